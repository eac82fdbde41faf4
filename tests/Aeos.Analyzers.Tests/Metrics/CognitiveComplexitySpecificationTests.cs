using Xunit;
using static Aeos.Analyzers.Tests.Metrics.CognitiveComplexityMeasure;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>
/// The worked examples of G. Ann Campbell's "Cognitive Complexity" specification (SonarSource), written in C#
/// with the same control flow, must score what the paper scores. Java's labelled <c>continue</c> becomes a
/// <c>goto</c>, <c>synchronized</c> becomes <c>lock</c>; the comments give each increment as the paper does.
/// The example of S3776's rule description is scored too.
/// </summary>
public sealed class CognitiveComplexitySpecificationTests
{
    private const string SumOfPrimes = """
        int SumOfPrimes(int max)
        {
            int total = 0;
            for (int i = 1; i <= max; ++i)          // +1
            {
                for (int j = 2; j < i; ++j)         // +2 (nesting = 1)
                {
                    if (i % j == 0)                 // +3 (nesting = 2)
                    {
                        goto next;                  // +1
                    }
                }

                total += i;
            next:;
            }

            return total;
        }
        """;

    private const string GetWords = """
        string GetWords(int number)
        {
            switch (number)                          // +1
            {
                case 1:
                    return "one";
                case 2:
                    return "a couple";
                case 3:
                    return "a few";
                default:
                    return "lots";
            }
        }
        """;

    private const string NestingExample = """
        void MyMethod(bool condition1, bool condition2)
        {
            try
            {
                if (condition1)                                  // +1
                {
                    for (int i = 0; i < 10; i++)                 // +2 (nesting = 1)
                    {
                        while (condition2) { }                   // +3 (nesting = 2)
                    }
                }
            }
            catch (Exception)                                    // +1
            {
                if (condition2) { }                              // +2 (nesting = 1)
            }
        }
        """;

    private const string LambdaExample = """
        void MyMethod2(bool condition1)
        {
            Action r = () =>                  // +0 (but nesting level is now 1)
            {
                if (condition1) { }           // +2 (nesting = 1)
            };
        }
        """;

    private const string LogicalSequences = """
        void Sequences(bool a, bool b, bool c, bool d, bool e, bool f)
        {
            if (a                             // +1 for `if`
                && b && c                     // +1
                || d || e                     // +1
                && f)                         // +1
            {
            }

            if (a                             // +1 for `if`
                &&                            // +1
                !(b && c))                    // +1
            {
            }
        }
        """;

    private const string OverriddenSymbolFrom = """
        MethodSymbol OverriddenSymbolFrom(ClassType classType)
        {
            if (classType.IsUnknown())                                   // +1
            {
                return Symbols.UnknownMethodSymbol;
            }

            bool unknownFound = false;
            List<Symbol> symbols = classType.GetSymbol().Members().Lookup(name);
            foreach (Symbol overrideSymbol in symbols)                   // +1
            {
                if (overrideSymbol.IsKind(Symbol.Mth)                    // +2 (nesting = 1)
                    && !overrideSymbol.IsStatic())                       // +1
                {
                    MethodSymbol methodSymbol = (MethodSymbol)overrideSymbol;
                    if (CanOverride(methodSymbol))                       // +3 (nesting = 2)
                    {
                        bool? overriding = CheckOverridingParameters(methodSymbol, classType);
                        if (overriding == null)                          // +4 (nesting = 3)
                        {
                            if (!unknownFound)                           // +5 (nesting = 4)
                            {
                                unknownFound = true;
                            }
                        }
                        else if (overriding.Value)                       // +1
                        {
                            return methodSymbol;
                        }
                    }
                }
            }

            if (unknownFound)                                            // +1
            {
                return Symbols.UnknownMethodSymbol;
            }

            return null;
        }
        """;

    private const string AddVersion = """
        void AddVersion(Entry entry, Transaction txn)
        {
            TransactionIndex ti = _persistit.GetTransactionIndex();
            while (true)                                                             // +1
            {
                try
                {
                    lock (this)
                    {
                        if (_first != null)                                          // +2 (nesting = 1)
                        {
                            if (_first.GetVersion() > entry.GetVersion())            // +3 (nesting = 2)
                            {
                                throw new RollbackException();
                            }

                            if (txn.IsActive())                                      // +3 (nesting = 2)
                            {
                                for (Entry e = _first; e != null; e = e.GetPrevious()) // +4 (nesting = 3)
                                {
                                    long version = e.GetVersion();
                                    long depends = ti.WwDependency(version, txn.GetTransactionStatus(), 0);
                                    if (depends == TimedOut)                         // +5 (nesting = 4)
                                    {
                                        throw new WwRetryException(version);
                                    }

                                    if (depends != 0                                 // +5 (nesting = 4)
                                        && depends != Aborted)                       // +1
                                    {
                                        throw new RollbackException();
                                    }
                                }
                            }
                        }

                        entry.SetPrevious(_first);
                        _first = entry;
                        break;
                    }
                }
                catch (WwRetryException re)                                          // +2 (nesting = 1)
                {
                    try
                    {
                        long depends = _persistit.GetTransactionIndex()
                            .WwDependency(re.GetVersionHandle(), txn.GetTransactionStatus(), DefaultMaxWaitTime);
                        if (depends != 0                                             // +3 (nesting = 2)
                            && depends != Aborted)                                   // +1
                        {
                            throw new RollbackException();
                        }
                    }
                    catch (ThreadInterruptedException ie)                            // +3 (nesting = 2)
                    {
                        throw new PersistitInterruptedException(ie);
                    }
                }
                catch (ThreadInterruptedException ie)                                // +2 (nesting = 1)
                {
                    throw new PersistitInterruptedException(ie);
                }
            }
        }
        """;

    private const string ToRegexp = """
        static string ToRegexp(string antPattern, string directorySeparator)
        {
            string escapedDirectorySeparator = '\\' + directorySeparator;
            StringBuilder sb = new StringBuilder(antPattern.Length);
            sb.Append('^');
            int i = antPattern.StartsWith("/") ||                        // +1
                antPattern.StartsWith("\\") ? 1 : 0;                     // +1
            while (i < antPattern.Length)                                // +1
            {
                char ch = antPattern[i];
                if (SpecialChars.IndexOf(ch) != -1)                      // +2 (nesting = 1)
                {
                    sb.Append('\\').Append(ch);
                }
                else if (ch == '*')                                      // +1
                {
                    if (i + 1 < antPattern.Length                        // +3 (nesting = 2)
                        && antPattern[i + 1] == '*')                     // +1
                    {
                        if (i + 2 < antPattern.Length                    // +4 (nesting = 3)
                            && IsSlash(antPattern[i + 2]))               // +1
                        {
                            sb.Append("(?:.*").Append(escapedDirectorySeparator).Append("|)");
                            i += 2;
                        }
                        else                                             // +1
                        {
                            sb.Append(".*");
                            i += 1;
                        }
                    }
                    else                                                 // +1
                    {
                        sb.Append("[^").Append(escapedDirectorySeparator).Append("]*?");
                    }
                }
                else if (ch == '?')                                      // +1
                {
                    sb.Append("[^").Append(escapedDirectorySeparator).Append(']');
                }
                else if (IsSlash(ch))                                    // +1
                {
                    sb.Append(escapedDirectorySeparator);
                }
                else                                                     // +1
                {
                    sb.Append(ch);
                }

                i++;
            }

            sb.Append('$');
            return sb.ToString();
        }
        """;

    // S3776's own rule description scores this function 5 and its refactoring below 3.
    private const string AbsNested = """
        int Abs(int n)
        {
            if (n >= 0)                       // +1
            {
                return n;
            }
            else                              // +1
            {
                if (n == int.MinValue)        // +2 (nesting = 1)
                {
                    throw new ArgumentException("outside of int boundaries");
                }
                else                          // +1
                {
                    return -n;
                }
            }
        }
        """;

    private const string AbsFlat = """
        int Abs(int n)
        {
            if (n == int.MinValue)            // +1
            {
                throw new ArgumentException("outside of int boundaries");
            }
            else if (n >= 0)                  // +1
            {
                return n;
            }
            else                              // +1
            {
                return -n;
            }
        }
        """;

    [Theory]
    [InlineData(nameof(AbsNested), 5)]
    [InlineData(nameof(AbsFlat), 3)]
    [InlineData(nameof(SumOfPrimes), 7)]
    [InlineData(nameof(GetWords), 1)]
    [InlineData(nameof(NestingExample), 9)]
    [InlineData(nameof(LambdaExample), 2)]
    [InlineData(nameof(LogicalSequences), 7)]
    [InlineData(nameof(OverriddenSymbolFrom), 19)]
    [InlineData(nameof(AddVersion), 35)]
    [InlineData(nameof(ToRegexp), 20)]
    public void WorkedExampleScoresWhatThePaperScores(string example, int expected)
    {
        Assert.Equal(expected, Method(Example(example)).Value);
    }

    [Fact]
    public void SumOfPrimesIncrementsAreThePapers()
    {
        Assert.Equal("For+1 For+2 If+3 Goto+1", Trace(Method(SumOfPrimes)));
    }

    [Fact]
    public void ToRegexpIncrementsAreThePapers()
    {
        const string expected = "LogicalOperators+1 Conditional+1 While+1 If+2 ElseIf+1 If+3 LogicalOperators+1 If+4 LogicalOperators+1 Else+1 Else+1 ElseIf+1 ElseIf+1 Else+1";

        Assert.Equal(expected, Trace(Method(ToRegexp)));
    }

    private static string Example(string name) => name switch
    {
        nameof(SumOfPrimes) => SumOfPrimes,
        nameof(GetWords) => GetWords,
        nameof(NestingExample) => NestingExample,
        nameof(LambdaExample) => LambdaExample,
        nameof(LogicalSequences) => LogicalSequences,
        nameof(OverriddenSymbolFrom) => OverriddenSymbolFrom,
        nameof(AddVersion) => AddVersion,
        nameof(AbsNested) => AbsNested,
        nameof(AbsFlat) => AbsFlat,
        _ => ToRegexp,
    };
}
