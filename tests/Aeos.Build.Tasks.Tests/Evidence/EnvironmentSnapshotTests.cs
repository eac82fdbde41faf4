using System.IO;
using Aeos.Build.Tasks.Evidence;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class EnvironmentSnapshotTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void TheCommitIsReadFromALooseBranchReference()
    {
        using var directory = new TemporaryDirectory();
        var git = Git(directory.Path);
        Directory.CreateDirectory(Path.Combine(git, "refs", "heads"));
        File.WriteAllText(Path.Combine(git, "refs", "heads", "main"), Commit + "\n");

        Assert.Equal(Commit, EnvironmentSnapshot.Commit(Path.Combine(directory.Path)));
    }

    [Fact]
    public void TheCommitIsReadFromPackedReferencesFromASubfolder()
    {
        using var directory = new TemporaryDirectory();
        var git = Git(directory.Path);
        File.WriteAllText(Path.Combine(git, "packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n" + "ffffffffffffffffffffffffffffffffffffffff refs/heads/other\n" + Commit + " refs/heads/main\n");
        Directory.CreateDirectory(directory.File("src"));

        Assert.Equal(Commit, EnvironmentSnapshot.Commit(directory.File("src")));
    }

    [Fact]
    public void AWorktreeReadsItsHeadAndTheSharedReferences()
    {
        using var directory = new TemporaryDirectory();
        var main = Git(directory.File("main"));
        Directory.CreateDirectory(Path.Combine(main, "refs", "heads"));
        File.WriteAllText(Path.Combine(main, "refs", "heads", "feature"), Commit + "\n");
        var worktreeGit = Path.Combine(main, "worktrees", "wt");
        Directory.CreateDirectory(worktreeGit);
        File.WriteAllText(Path.Combine(worktreeGit, "HEAD"), "ref: refs/heads/feature\n");
        File.WriteAllText(Path.Combine(worktreeGit, "commondir"), "../..\n");
        Directory.CreateDirectory(directory.File("wt"));
        File.WriteAllText(Path.Combine(directory.File("wt"), ".git"), "gitdir: " + worktreeGit + "\n");

        Assert.Equal(Commit, EnvironmentSnapshot.Commit(directory.File("wt")));
    }

    [Fact]
    public void ADetachedHeadIsTheCommitItself()
    {
        using var directory = new TemporaryDirectory();
        var git = Path.Combine(directory.Path, ".git");
        Directory.CreateDirectory(git);
        File.WriteAllText(Path.Combine(git, "HEAD"), Commit + "\n");

        Assert.Equal(Commit, EnvironmentSnapshot.Commit(directory.Path));
    }

    [Fact]
    public void TheSnapshotNamesTheSdkMsbuildAndAeosVersion()
    {
        using var directory = new TemporaryDirectory();

        var text = EnvironmentSnapshot.Serialize("10.0.401", "18.9.11", directory.Path);

        Assert.Contains("\"sdk\": \"10.0.401\"", text, System.StringComparison.Ordinal);
        Assert.Contains("\"msbuild\": \"18.9.11\"", text, System.StringComparison.Ordinal);
        Assert.Contains("\"Aeos.Analyzers\": \"", text, System.StringComparison.Ordinal);
        Assert.Equal(text, EnvironmentSnapshot.Serialize("10.0.401", "18.9.11", directory.Path));
        Assert.True(RepositorySchemas.IsValid("aeos.environment.schema.json", text), text);
    }

    private static string Git(string root)
    {
        var git = Path.Combine(root, ".git");
        Directory.CreateDirectory(git);
        File.WriteAllText(Path.Combine(git, "HEAD"), "ref: refs/heads/main\n");
        return git;
    }
}
