using System;
using System.IO;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The pinned-packages gate on the real `dotnet build` of the sample, whose versions are central (Directory.Packages.props).</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class PackagePinningTests
{
    private const string Project = "Aeos.Sample/Aeos.Sample.csproj";

    private const string Reference = "<PackageReference Include=\"Aeos.Analyzers\" />";

    private readonly PackageFixture _fixture;

    public PackagePinningTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void AFloatingOverrideFailsALockFilePinsItAndAMissingLockFileFails()
    {
        var consumer = _fixture.CreateConsumer("pinning");
        var projectFile = Path.Combine(consumer.Directory, "Aeos.Sample", "Aeos.Sample.csproj");
        var original = consumer.Read(Project);

        var pinned = consumer.Dotnet("build", Project);
        Assert.True(pinned.ExitCode == 0, pinned.ToString());
        Assert.DoesNotContain("AEOS960", pinned.Output, StringComparison.Ordinal);
        Assert.Contains("\"packages_unpinned\": 0", consumer.Read("artifacts/evidence/Aeos.Sample.metrics.json"), StringComparison.Ordinal);
        Assert.Contains("package versions pinned, 1 referenced", consumer.Read("artifacts/progress/progress.log.jsonl"), StringComparison.Ordinal);

        // The one version the feed has, reached by a floating override: restore succeeds, the gate fails.
        consumer.Write(Project, original.Replace(Reference, "<PackageReference Include=\"Aeos.Analyzers\" VersionOverride=\"0.*\" />", StringComparison.Ordinal));
        var floating = consumer.Dotnet("build", Project);
        Assert.True(floating.ExitCode != 0, floating.ToString());
        Assert.Contains(projectFile + " : error AEOS9601: Aeos.Sample: package Aeos.Analyzers is not pinned: the floating version '0.*' restores the newest match, so each new release changes the build (VersionOverride in Aeos.Sample.csproj)", floating.Output, StringComparison.Ordinal);
        Assert.Contains("\"packages_unpinned\": 1", consumer.Read("artifacts/evidence/Aeos.Sample.metrics.json"), StringComparison.Ordinal);
        Assert.Contains("**1 referenced, 1 unpinned**", consumer.Read("artifacts/reports/summary.md"), StringComparison.Ordinal);

        var locked = consumer.Dotnet("build", Project, "-p:RestorePackagesWithLockFile=true");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.DoesNotContain("AEOS960", locked.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(consumer.ProjectDirectory, "packages.lock.json")), locked.ToString());

        consumer.Delete("Aeos.Sample/packages.lock.json");
        var unlocked = consumer.Dotnet("build", Project, "--no-restore", "-p:RestorePackagesWithLockFile=true");
        Assert.True(unlocked.ExitCode != 0, unlocked.ToString());
        Assert.Contains(projectFile + " : error AEOS9603: Aeos.Sample asks for a lock file (RestorePackagesWithLockFile=true), but '" + Path.Combine(consumer.ProjectDirectory, "packages.lock.json") + "' does not exist", unlocked.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ABoundedCentralRangeIsAWarningAtDirectoryPackagesProps()
    {
        var consumer = _fixture.CreateConsumer("pinning-range");
        var central = consumer.Read("Directory.Packages.props");
        consumer.Write("Directory.Packages.props", central.Replace("Version=\"$(AeosVersion)\"", "Version=\"[$(AeosVersion), 1.0.0)\"", StringComparison.Ordinal));

        var build = consumer.Dotnet("build", Project);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(Path.Combine(consumer.Directory, "Directory.Packages.props") + " : warning AEOS9602: Aeos.Sample: package Aeos.Analyzers has the version range '[0.1.0, 1.0.0)' (central PackageVersion in Directory.Packages.props)", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error AEOS960", build.Output, StringComparison.Ordinal);
    }
}
