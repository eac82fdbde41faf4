using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CsCheck;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// A small model of C# control flow for the property-based tests: random statement trees that render to C#
/// and know, independently of the calculator, the cognitive complexity the specification gives them.
/// </summary>
internal static class CognitiveComplexityModel
{
    /// <summary>Conditions over the parameters <c>a</c>–<c>d</c>: atoms, negations and fully parenthesized <c>&amp;&amp;</c>/<c>||</c>.</summary>
    public static Gen<Condition> Conditions(int depth)
    {
        var atom = Gen.Int[0, 3].Select(i => (Condition)new Atom(i));
        if (depth == 0)
        {
            return atom;
        }

        var operand = Conditions(depth - 1);
        return Gen.Frequency(
            (3, atom),
            (1, operand.Select(c => (Condition)new Not(c))),
            (3, Gen.Select(Gen.Bool, operand, operand).Select(t => (Condition)new Logical(t.Item1, t.Item2, t.Item3))));
    }

    /// <summary>Blocks of up to three statements whose structures nest up to <paramref name="depth"/> deep.</summary>
    public static Gen<Block> Blocks(int depth) => Statements(depth).Array[0, 3].Select(a => new Block(a.ToImmutableArray()));

    public static Gen<Statement> Statements(int depth)
    {
        var plain = Gen.Const<Statement>(new Plain());
        if (depth == 0)
        {
            return plain;
        }

        var block = Blocks(depth - 1);
        var condition = Conditions(2);
        var optionalBlock = Gen.Frequency((1, Gen.Const(default(Block))), (1, block.Select(b => (Block?)b)));
        var elseIfs = Gen.Select(condition, block).Select(t => new ElseIf(t.Item1, t.Item2)).Array[0, 2];
        return Gen.Frequency(
            (2, plain),
            (3, Gen.Select(condition, block, elseIfs, optionalBlock).Select(t => (Statement)new IfElse(t.Item1, t.Item2, t.Item3.ToImmutableArray(), t.Item4))),
            (2, Gen.Select(Gen.Int[0, 3], condition, block).Select(t => (Statement)new Loop((LoopKind)t.Item1, t.Item2, t.Item3))),
            (1, block.Array[1, 3].Select(s => (Statement)new Switch(s.ToImmutableArray()))),
            (1, Gen.Select(block, block.Array[1, 2], optionalBlock).Select(t => (Statement)new TryCatch(t.Item1, t.Item2.ToImmutableArray(), t.Item3))),
            (1, block.Select(b => (Statement)new Lock(b))),
            (1, block.Select(b => (Statement)new Lambda(b))),
            (1, condition.Select(c => (Statement)new Ternary(c))));
    }
}

internal enum LoopKind
{
    For,
    ForEach,
    While,
    Do,
}

internal abstract record Condition
{
    /// <summary>The specification's cost: one per sequence of like operators.</summary>
    public int Cost() => Cost(null);

    /// <summary>The cost, knowing the operator this condition is the right operand of, if any.</summary>
    public abstract int Cost(Logical? rightOperandOf);

    public abstract string Render();
}

internal sealed record Atom(int Index) : Condition
{
    public override int Cost(Logical? rightOperandOf) => 0;

    public override string Render() => ((char)('a' + Index)).ToString();
}

internal sealed record Not(Condition Operand) : Condition
{
    public override int Cost(Logical? rightOperandOf) => Operand.Cost(null);

    public override string Render() => "!" + Operand.Render();
}

internal sealed record Logical(bool IsAnd, Condition Left, Condition Right) : Condition
{
    /// <summary>A sequence starts where neither the left operand nor the operator this is the right operand of is the same operator.</summary>
    public override int Cost(Logical? rightOperandOf) =>
        ((Left is Logical left && left.IsAnd == IsAnd) || rightOperandOf?.IsAnd == IsAnd ? 0 : 1) + Left.Cost(null) + Right.Cost(this);

    public override string Render() => "(" + Left.Render() + (IsAnd ? " && " : " || ") + Right.Render() + ")";
}

internal sealed record Block(ImmutableArray<Statement> Statements)
{
    public int Cost(int nesting) => Statements.Sum(s => s.Cost(nesting));

    /// <summary>The statements without braces, one per line.</summary>
    public string RenderStatements() => string.Concat(Statements.Select(s => s.Render() + "\n"));

    public string Render() => "{\n" + RenderStatements() + "}";

    /// <summary>The same block with a plain statement added before every statement, at every depth.</summary>
    public Block Padded() => new(Statements.SelectMany(s => new[] { new Plain(), s.Padded() }).ToImmutableArray());
}

internal abstract record Statement
{
    public abstract int Cost(int nesting);

    public abstract string Render();

    public abstract Statement Padded();
}

internal sealed record Plain : Statement
{
    public override int Cost(int nesting) => 0;

    public override string Render() => "x++;";

    public override Statement Padded() => this;
}

internal sealed record ElseIf(Condition Condition, Block Body);

internal sealed record IfElse(Condition Condition, Block Then, ImmutableArray<ElseIf> ElseIfs, Block? Else) : Statement
{
    public override int Cost(int nesting) =>
        1 + nesting + Condition.Cost() + Then.Cost(nesting + 1)
        + ElseIfs.Sum(e => 1 + e.Condition.Cost() + e.Body.Cost(nesting + 1))
        + (Else is null ? 0 : 1 + Else.Cost(nesting + 1));

    public override string Render()
    {
        var text = new StringBuilder("if (" + Condition.Render() + ")\n" + Then.Render());
        foreach (var elseIf in ElseIfs)
        {
            text.Append("\nelse if (").Append(elseIf.Condition.Render()).Append(")\n").Append(elseIf.Body.Render());
        }

        if (Else is not null)
        {
            text.Append("\nelse\n").Append(Else.Render());
        }

        return text.ToString();
    }

    public override Statement Padded() =>
        new IfElse(Condition, Then.Padded(), ElseIfs.Select(e => new ElseIf(e.Condition, e.Body.Padded())).ToImmutableArray(), Else?.Padded());
}

internal sealed record Loop(LoopKind Kind, Condition Condition, Block Body) : Statement
{
    public override int Cost(int nesting) => 1 + nesting + (Kind == LoopKind.ForEach ? 0 : Condition.Cost()) + Body.Cost(nesting + 1);

    public override string Render() => Kind switch
    {
        LoopKind.For => "for (var i = 0; " + Condition.Render() + "; i++)\n" + Body.Render(),
        LoopKind.ForEach => "foreach (var item in items)\n" + Body.Render(),
        LoopKind.While => "while (" + Condition.Render() + ")\n" + Body.Render(),
        _ => "do\n" + Body.Render() + "\nwhile (" + Condition.Render() + ");",
    };

    public override Statement Padded() => this with { Body = Body.Padded() };
}

internal sealed record Switch(ImmutableArray<Block> Sections) : Statement
{
    public override int Cost(int nesting) => 1 + nesting + Sections.Sum(s => s.Cost(nesting + 1));

    public override string Render() =>
        "switch (x)\n{\n" + string.Concat(Sections.Select((s, i) => "case " + i + ":\n" + s.Render() + "\nbreak;\n")) + "}";

    public override Statement Padded() => new Switch(Sections.Select(s => s.Padded()).ToImmutableArray());
}

internal sealed record TryCatch(Block Try, ImmutableArray<Block> Catches, Block? Finally) : Statement
{
    public override int Cost(int nesting) =>
        Try.Cost(nesting) + Catches.Sum(c => 1 + nesting + c.Cost(nesting + 1)) + (Finally?.Cost(nesting) ?? 0);

    public override string Render() =>
        "try\n" + Try.Render()
        + string.Concat(Catches.Select(c => "\ncatch (Exception)\n" + c.Render()))
        + (Finally is null ? string.Empty : "\nfinally\n" + Finally.Render());

    public override Statement Padded() => new TryCatch(Try.Padded(), Catches.Select(c => c.Padded()).ToImmutableArray(), Finally?.Padded());
}

internal sealed record Lock(Block Body) : Statement
{
    public override int Cost(int nesting) => Body.Cost(nesting);

    public override string Render() => "lock (o)\n" + Body.Render();

    public override Statement Padded() => new Lock(Body.Padded());
}

internal sealed record Lambda(Block Body) : Statement
{
    public override int Cost(int nesting) => Body.Cost(nesting + 1);

    public override string Render() => "Action f = () =>\n" + Body.Render() + ";";

    public override Statement Padded() => new Lambda(Body.Padded());
}

internal sealed record Ternary(Condition Condition) : Statement
{
    public override int Cost(int nesting) => 1 + nesting + Condition.Cost();

    public override string Render() => "x = " + Condition.Render() + " ? 1 : 2;";

    public override Statement Padded() => this;
}
