using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aeos.Benchmarks;

/// <summary>The yardstick of the target in docs/performance.md: one plain syntax walk over every tree.</summary>
public class SyntaxWalkBenchmark
{
    private ImmutableArray<SyntaxTree> _trees;

    [Params(BenchmarkCorpus.Generated, BenchmarkCorpus.Repository)]
    public string Corpus { get; set; } = BenchmarkCorpus.Generated;

    [GlobalSetup]
    public void Setup()
    {
        _trees = BenchmarkCorpus.Load(Corpus);
        System.Console.WriteLine($"// Corpus '{Corpus}': {_trees.Length} files, {BenchmarkCorpus.CountFunctions(_trees)} functions");
    }

    [Benchmark]
    public int SyntaxWalk() => new CountingWalker().VisitAll(_trees);

    internal sealed class CountingWalker : CSharpSyntaxWalker
    {
        public int Nodes { get; private set; }

        public int VisitAll(ImmutableArray<SyntaxTree> trees)
        {
            foreach (var tree in trees)
            {
                Visit(tree.GetRoot());
            }

            return Nodes;
        }

        public override void Visit(SyntaxNode? node)
        {
            Nodes++;
            base.Visit(node);
        }
    }
}
