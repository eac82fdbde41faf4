using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// Appends to <c>progress/progress.log.jsonl</c>. Each line is validated against the shipped schema first;
/// appends happen under the machine-wide lock of the log and go through a temporary copy that replaces
/// the log in one rename, so parallel project builds never interleave or lose lines, and a log whose
/// last line was cut short by a crash is never extended with more lines after a broken one.
/// </summary>
internal static class ProgressLog
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <exception cref="InvalidDataException">The entry does not satisfy the schema (the message lists why).</exception>
    /// <exception cref="JsonParseException">A line already in the log is not JSON (Line is its line number).</exception>
    public static void Append(string logFile, ProgressEntry entry, SchemaValidator validator)
    {
        var line = entry.ToJsonLine();
        var problems = validator.Validate(JsonParser.Parse(line));
        if (problems.Count > 0)
        {
            throw new InvalidDataException("the progress entry does not satisfy aeos.progress.schema.json: " + string.Join("; ", problems));
        }

        using var fileLock = FileLock.Acquire(logFile, LockTimeout);
        var existing = File.Exists(logFile) ? File.ReadAllText(logFile, Encoding.UTF8) : string.Empty;
        CheckLines(existing);
        AtomicFile.Write(logFile, Encoding.UTF8.GetBytes(existing + line + "\n"));
    }

    /// <summary>The log's entries as parsed objects, oldest first; an empty list when there is no log.</summary>
    public static IReadOnlyList<JsonObject> Read(string logFile) =>
        File.Exists(logFile) ? Lines(File.ReadAllText(logFile, Encoding.UTF8)).Select(l => l.Value).OfType<JsonObject>().ToList() : new List<JsonObject>();

    private static void CheckLines(string text)
    {
        foreach (var line in Lines(text))
        {
            if (line.Value is not JsonObject)
            {
                throw new JsonParseException("each line must be a JSON object", line.Number, 1);
            }
        }
    }

    private static IEnumerable<(int Number, JsonNode Value)> Lines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            JsonNode value;
            try
            {
                value = JsonParser.Parse(lines[i]);
            }
            catch (JsonParseException e)
            {
                throw new JsonParseException(e.Problem, i + 1, e.Column);
            }

            yield return (i + 1, value);
        }
    }
}
