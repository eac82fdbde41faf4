using System.IO;
using Aeos.Build.Tasks.Evidence;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class ChecksumsTests
{
    [Fact]
    public void EveryOutputFileGetsItsSha256InSha256sumFormatSortedByPath()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(directory.File("sub"));
        File.WriteAllText(directory.File("b.txt"), "abc");
        File.WriteAllText(Path.Combine(directory.Path, "sub", "a.txt"), string.Empty);

        var text = Checksums.Compute(directory.Path);

        // FIPS 180-2's test vector for "abc", and the hash of the empty input.
        Assert.Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  b.txt\n" +
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  sub/a.txt\n",
            text);
    }

    [Fact]
    public void AMissingOutputFolderHasNoChecksums() => Assert.Equal(string.Empty, Checksums.Compute(Path.Combine(Path.GetTempPath(), "aeos-no-such-" + System.Guid.NewGuid().ToString("N"))));
}
