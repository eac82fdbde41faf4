using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// The catches of AEOS4005 that ignore a failure on purpose and say so: a comment in the clause (above the
/// <c>catch</c> keyword, on its line or in its block) states the reason, and a <c>when</c> filter on a
/// specific exception type shows the one failure the code expects. Neither hides an error silently.
/// </summary>
internal static class DeliberateCatches
{
    /// <summary>Comments that announce missing handling rather than explain its absence.</summary>
    private static readonly string[] PendingMarkers = { "TODO", "FIXME" };

    /// <summary>True when the catch is filtered on a specific type or carries a comment stating a reason.</summary>
    public static bool IsDeliberate(CatchClauseSyntax syntax, ICatchClauseOperation clause) =>
        IsFilteredOnSpecificType(clause) || StatesAReason(syntax);

    /// <summary>
    /// A <c>when</c> filter on a type narrower than <see cref="Exception"/> and <see cref="SystemException"/>:
    /// <c>catch (IOException ex) when (ex.HResult == SharingViolation)</c>.
    /// </summary>
    private static bool IsFilteredOnSpecificType(ICatchClauseOperation clause) =>
        clause.Filter is not null && clause.ExceptionType is { } type && !IsGeneral(type);

    private static bool IsGeneral(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object
        || (type.ContainingNamespace?.ToDisplayString() == "System" && type.Name is "Exception" or "SystemException");

    /// <summary>
    /// A comment in the clause's full span: the lines directly above <c>catch</c>, its line and its block.
    /// An empty comment, a <c>TODO</c>/<c>FIXME</c> and commented-out code (text ending in <c>;</c>) state no reason.
    /// </summary>
    private static bool StatesAReason(CatchClauseSyntax syntax)
    {
        foreach (var trivia in syntax.DescendantTrivia())
        {
            if (IsReason(trivia))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReason(SyntaxTrivia trivia)
    {
        string text;
        if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
        {
            text = trivia.ToString().Substring(2);
        }
        else if (trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
        {
            var full = trivia.ToString();
            text = full.Length >= 4 && full.EndsWith("*/", StringComparison.Ordinal) ? full.Substring(2, full.Length - 4) : full.Substring(2);
        }
        else
        {
            return false;
        }

        text = text.Trim().TrimStart('/', '*').Trim();
        return text.Length > 0
            && !text.EndsWith(";", StringComparison.Ordinal)
            && !Array.Exists(PendingMarkers, marker => text.StartsWith(marker, StringComparison.OrdinalIgnoreCase));
    }
}
