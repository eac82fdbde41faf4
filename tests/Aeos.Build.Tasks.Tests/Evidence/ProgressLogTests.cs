using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Build.Tasks.Evidence;
using Aeos.Shared.Json;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class ProgressLogTests
{
    [Fact]
    public void AnEntryIsOneLineWithTheStandardsFieldsInItsOrder()
    {
        var line = Entry("build:App").ToJsonLine();

        Assert.DoesNotContain('\n', line);
        var names = ((JsonObject)JsonParser.Parse(line)).Properties.Select(p => p.Key);
        Assert.Equal(new[] { "timestamp", "loop_id", "area", "assumptions", "actions", "metrics_before", "metrics_after", "contracts", "gates_added", "artifacts", "next_steps", "risks", "rollbacks" }, names);
        Assert.True(RepositorySchemas.IsValid("aeos.progress.schema.json", line), line);
    }

    [Fact]
    public void AnEntryThatBreaksTheSchemaIsNotAppended()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("progress.log.jsonl");
        ProgressLog.Append(log, Entry("build:A"), Validator());
        var before = File.ReadAllText(log);
        var bad = Entry("build:B");
        bad.LoopId = "not-a-ulid";

        var error = Assert.Throws<InvalidDataException>(() => ProgressLog.Append(log, bad, Validator()));

        Assert.Contains("/loop_id", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(log));
    }

    [Fact]
    public void ALogWithABrokenLineIsReportedAtThatLineAndLeftAsItWas()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("progress.log.jsonl");
        var content = Entry("build:A").ToJsonLine() + "\n{\"timestamp\": \"2026\n";
        File.WriteAllText(log, content);

        var error = Assert.Throws<JsonParseException>(() => ProgressLog.Append(log, Entry("build:B"), Validator()));

        Assert.Equal(2, error.Line);
        Assert.Equal(content, File.ReadAllText(log));
    }

    [Fact]
    public void ParallelAppendsKeepEveryLineWhole()
    {
        using var directory = new TemporaryDirectory();
        var log = directory.File("progress.log.jsonl");
        var validator = Validator();

        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => ProgressLog.Append(log, Entry("build:P" + i), validator));

        var entries = ProgressLog.Read(log);
        Assert.Equal(40, entries.Count);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => "build:P" + i).OrderBy(a => a, StringComparer.Ordinal), entries.Select(e => ((JsonString)e["area"]!).Value).OrderBy(a => a, StringComparer.Ordinal));
    }

    internal static ProgressEntry Entry(string area)
    {
        var entry = new ProgressEntry { Timestamp = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), LoopId = "01ARYZ6S41TSV4RRFFQ69G5FAV", Area = area, Validated = true };
        entry.Actions.Add("built");
        entry.MetricsAfter["errors"] = 0;
        entry.MetricsAfter["coverage"] = 0.85;
        entry.Risks.Add("none");
        entry.Rollbacks.Add("n/a");
        return entry;
    }

    private static SchemaValidator Validator() => SchemaValidatorTests.Validator("aeos.progress.schema.json");
}
