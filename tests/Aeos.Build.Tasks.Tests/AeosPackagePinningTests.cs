using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Packages;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosPackagePinningTests : IDisposable
{
    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void AFloatingVersionIsAeos9601NamingProjectAndPackage()
    {
        var gate = Gate(Reference("Serilog", "Version", "3.*"), Reference("xunit", "Version", "2.9.3"));

        Assert.False(gate.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9601", "App.csproj"), (error.Code, error.File));
        Assert.StartsWith("App: package Serilog is not pinned: the floating version '3.*' restores the newest match", error.Message, StringComparison.Ordinal);
        Assert.Contains("(PackageReference in App.csproj)", error.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "Serilog 3.*" }, gate.Unpinned);
        Assert.Equal(2, gate.PackageCount);
    }

    [Fact]
    public void MissingVersionsAndOpenRangesAreErrorsAndABoundedRangeIsAWarning()
    {
        var gate = Gate(Reference("NoVersion"), Reference("Open", "Version", "(1.0, 2.0)"), Reference("Bounded", "Version", "[1.0, 2.0)"));

        Assert.False(gate.Execute());

        Assert.Equal(new[] { "AEOS9601", "AEOS9601" }, _engine.Errors.Select(e => e.Code));
        Assert.Contains("package NoVersion is not pinned: it has no version", _engine.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("package Open is not pinned: the range '(1.0, 2.0)' has no inclusive lower bound", _engine.Errors[1].Message, StringComparison.Ordinal);
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("AEOS9602", warning.Code);
        Assert.Contains("package Bounded has the version range '[1.0, 2.0)'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "NoVersion (no version)", "Open (1.0, 2.0)", "Bounded [1.0, 2.0)" }, gate.Unpinned);
    }

    [Fact]
    public void CentralVersionsAndOverridesAreJudgedNotTheReferencesOwnVersion()
    {
        var gate = Gate(Reference("Pinned"), Reference("Floats"), Reference("Overridden", "VersionOverride", "5.*"), Reference("Unmanaged"));
        gate.CentralVersions = true;
        gate.PackageVersions = new ITaskItem[] { Version("Pinned", "1.0.0"), Version("floats", "2.*"), Version("Overridden", "5.0.0") };

        Assert.False(gate.Execute());

        Assert.Equal(new[] { "Floats 2.*", "Overridden 5.*" }, gate.Unpinned);
        Assert.Contains("(central PackageVersion in App.csproj)", _engine.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("(VersionOverride in App.csproj)", _engine.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactCentralAndGlobalVersionsPass()
    {
        var gate = Gate(Reference("A"), Reference("B", "VersionOverride", "[2.0.0]"), Reference("Sdk.Implicit", "IsImplicitlyDefined", "true"));
        gate.CentralVersions = true;
        gate.PackageVersions = new ITaskItem[] { Version("A", "1.0.0"), Version("B", "1.*") };
        gate.GlobalPackageReferences = new ITaskItem[] { Version("Analyzers", "[3.3.4, )") };

        Assert.True(gate.Execute());

        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.Equal(3, gate.PackageCount);
    }

    [Fact]
    public void AGlobalPackageReferenceThatFloatsIsReported()
    {
        var gate = Gate();
        gate.GlobalPackageReferences = new ITaskItem[] { Version("Analyzers", "1.*") };

        Assert.False(gate.Execute());

        Assert.Contains("(GlobalPackageReference in App.csproj)", Assert.Single(_engine.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALockFileThatExistsPinsFloatingVersions()
    {
        File.WriteAllText(_root.File("packages.lock.json"), "{}");
        var gate = Gate(Reference("Serilog", "Version", "3.*"), Reference("Bounded", "Version", "[1.0, 2.0)"));
        gate.LockFileRequested = true;
        gate.LockFile = _root.File("packages.lock.json");

        Assert.True(gate.Execute());

        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        Assert.True(gate.LockFilePinned);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("package Serilog '3.*' is not pinned in App.csproj; the lock file", StringComparison.Ordinal));
    }

    [Fact]
    public void ARequestedLockFileThatDoesNotExistIsAeos9603()
    {
        var gate = Gate(Reference("Serilog", "Version", "3.*"));
        gate.LockFileRequested = true;
        gate.LockFile = _root.File("packages.lock.json");

        Assert.False(gate.Execute());

        Assert.Equal(new[] { "AEOS9603", "AEOS9601" }, _engine.Errors.Select(e => e.Code));
        Assert.Contains("App asks for a lock file (RestorePackagesWithLockFile=true), but '" + _root.File("packages.lock.json") + "' does not exist", _engine.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(gate.LockFilePinned);
    }

    private AeosPackagePinning Gate(params ITaskItem[] references) => new()
    {
        BuildEngine = _engine,
        ProjectName = "App",
        ProjectFile = "App.csproj",
        PackageReferences = references,
    };

    private static TaskItem Reference(string id, string metadata = "", string value = "")
    {
        var item = new TaskItem(id);
        if (metadata.Length > 0)
        {
            item.SetMetadata(metadata, value);
        }

        return item;
    }

    private static TaskItem Version(string id, string version) => Reference(id, "Version", version);
}
