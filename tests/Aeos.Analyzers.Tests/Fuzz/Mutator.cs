using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>What a mutation works on: the seed's text, its tokens and the random source that picks the place.</summary>
public sealed record MutationInput(string Text, IReadOnlyList<SyntaxToken> Tokens, Random Random);

/// <summary>One mutated file: where it came from, what was done to it, and its text.</summary>
public sealed record Mutant(string Seed, string Mutation, string Text)
{
    public override string ToString() => Seed + ": " + Mutation;
}

/// <summary>
/// The edits a half-typed file in an IDE goes through: a token deleted, duplicated or swapped with the next,
/// the file cut at a token, a punctuation character inserted, a line deleted. Deterministic for a given random source.
/// </summary>
public static class Mutator
{
    private static readonly string[] Insertions = { "{", "}", "(", ")", ";", ",", ".", "=>", "?", ":", "!", "@", "$", "#" };

    private static readonly Func<MutationInput, (string Name, string Text)>[] Mutations =
    {
        DeleteToken, DuplicateToken, TruncateAtToken, InsertPunctuation, SwapTokens, DeleteLine,
    };

    /// <summary><paramref name="count"/> mutants of the seeds, taken in turn, each with a mutation drawn from <paramref name="random"/>.</summary>
    public static IEnumerable<Mutant> Mutants(IReadOnlyList<(string Name, string Text)> seeds, int count, Random random)
    {
        var tokens = new Dictionary<string, IReadOnlyList<SyntaxToken>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var (name, text) = seeds[i % seeds.Count];
            if (!tokens.TryGetValue(name, out var seedTokens))
            {
                seedTokens = SyntaxFactory.ParseTokens(text).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
                tokens[name] = seedTokens;
            }

            if (seedTokens.Count < 2)
            {
                continue;
            }

            var mutation = Mutations[random.Next(Mutations.Length)];
            var (description, mutated) = mutation(new MutationInput(text, seedTokens, random));
            yield return new Mutant(name, description, mutated);
        }
    }

    private static (string, string) DeleteToken(MutationInput input)
    {
        var (text, tokens, random) = input;
        var token = tokens[random.Next(tokens.Count)];
        return (Describe("delete", token, text), text.Remove(token.SpanStart, token.Span.Length));
    }

    private static (string, string) DuplicateToken(MutationInput input)
    {
        var (text, tokens, random) = input;
        var token = tokens[random.Next(tokens.Count)];
        return (Describe("duplicate", token, text), text.Insert(token.Span.End, " " + token.Text));
    }

    private static (string, string) TruncateAtToken(MutationInput input)
    {
        var (text, tokens, random) = input;
        var token = tokens[random.Next(tokens.Count)];
        return (Describe("truncate at", token, text), text.Substring(0, token.SpanStart));
    }

    private static (string, string) InsertPunctuation(MutationInput input)
    {
        var (text, tokens, random) = input;
        var token = tokens[random.Next(tokens.Count)];
        var inserted = Insertions[random.Next(Insertions.Length)];
        return (Describe("insert '" + inserted + "' before", token, text), text.Insert(token.SpanStart, inserted));
    }

    private static (string, string) SwapTokens(MutationInput input)
    {
        var (text, tokens, random) = input;
        var index = random.Next(tokens.Count - 1);
        var (first, second) = (tokens[index], tokens[index + 1]);
        var between = text.Substring(first.Span.End, second.SpanStart - first.Span.End);
        var swapped = text.Substring(0, first.SpanStart) + second.Text + between + first.Text + text.Substring(second.Span.End);
        return (Describe("swap with the next token", first, text), swapped);
    }

    private static (string, string) DeleteLine(MutationInput input)
    {
        var (text, _, random) = input;
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        lines.RemoveAt(line);
        return ("delete line " + (line + 1), string.Join("\n", lines));
    }

    private static string Describe(string what, SyntaxToken token, string text)
    {
        var line = text.Take(token.SpanStart).Count(c => c == '\n') + 1;
        return what + " '" + token.Text + "' at line " + line;
    }
}
