using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void WritesOnlyWhenTheContentChanges()
    {
        var path = _directory.File("sub/dir/file.json");

        Assert.True(AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes("one")));
        Assert.False(AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes("one")));
        Assert.True(AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes("two")));
        Assert.True(AtomicFile.WriteIfChanged(path, Encoding.UTF8.GetBytes("twO")));

        Assert.Equal("twO", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void ConcurrentWritersNeverLeaveAPartialFile()
    {
        var path = _directory.File("shared.txt");
        var contents = new[] { new string('a', 200_000), new string('b', 100_000), new string('c', 300_000) };

        Parallel.For(0, 60, i => AtomicFile.Write(path, Encoding.UTF8.GetBytes(contents[i % 3])));

        Assert.Contains(File.ReadAllText(path), contents);
        Assert.Single(Directory.GetFiles(_directory.Path));
    }
}
