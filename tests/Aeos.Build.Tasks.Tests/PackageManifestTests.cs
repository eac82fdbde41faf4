using System.IO;
using Aeos.Build.Tasks.Sbom;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class PackageManifestTests
{
    [Fact]
    public void AnExpressionWinsOverNuGetsCompatibilityUrl()
    {
        using var restore = new SampleRestore();

        var manifest = PackageManifest.Read(restore.PackageDirectory("App.Lib", "1.0.0"), "App.Lib");

        Assert.Equal((LicenseKind.Expression, "MIT"), (manifest.Kind, manifest.License));
        Assert.False(manifest.IsDevelopmentDependency);
    }

    [Fact]
    public void ALicenceFileIsNamedWithItsTextAndADevelopmentDependencyIsRecognised()
    {
        using var restore = new SampleRestore();

        var manifest = PackageManifest.Read(restore.PackageDirectory("Tool.Dev", "1.0.0+build.5"), "Tool.Dev");

        Assert.Equal((LicenseKind.File, "docs/LICENSE.txt", "Tool licence\ntext"), (manifest.Kind, manifest.License, manifest.LicenseText));
        Assert.True(manifest.IsDevelopmentDependency);
    }

    [Fact]
    public void OnlyAUrlIsAUrl()
    {
        using var restore = new SampleRestore();

        var manifest = PackageManifest.Read(restore.PackageDirectory("Analyzer.Helper", "1.0.0"), "Analyzer.Helper");

        Assert.Equal((LicenseKind.Url, "https://example.com/license"), (manifest.Kind, manifest.License));
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<package><metadata><license type=\"expression\">MIT</metadata></package>")]
    [InlineData("<!DOCTYPE package [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><package><metadata><license type=\"expression\">&x;</license></metadata></package>")]
    public void AMissingOrBrokenNuspecIsAnUnknownLicenceNotACrash(string nuspec)
    {
        using var directory = new TemporaryDirectory();
        Assert.Same(PackageManifest.Unknown, PackageManifest.Read(directory.Path, "Absent"));

        File.WriteAllText(directory.File("broken.nuspec"), nuspec);

        Assert.Same(PackageManifest.Unknown, PackageManifest.Read(directory.Path, "Broken"));
    }

    [Fact]
    public void ALicenceFileOutsideThePackageIsNotRead()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("pkg"));
        File.WriteAllText(directory.File("secret.txt"), "not the licence");

        var manifest = PackageManifest.Parse("<package><metadata><license type=\"file\">../secret.txt</license></metadata></package>", directory.File("pkg"));

        Assert.Equal((LicenseKind.File, "../secret.txt", null), (manifest.Kind, manifest.License, manifest.LicenseText));
    }

    [Fact]
    public void ElementsDirectlyAfterOneAnotherAreAllRead()
    {
        var manifest = PackageManifest.Parse("<package><metadata><licenseUrl>https://x</licenseUrl><developmentDependency>true</developmentDependency></metadata></package>", ".");

        Assert.Equal((LicenseKind.Url, true), (manifest.Kind, manifest.IsDevelopmentDependency));
    }
}
