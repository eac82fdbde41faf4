using System.Threading.Tasks;
using Aeos.Analyzers.Reliability;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.SwallowedExceptionAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>SwallowedExceptionAnalyzer: the catches that are deliberate: cleanup, specific exceptions, stated reasons, generated code.</summary>
public sealed partial class SwallowedExceptionAnalyzerTests
{
    [Fact]
    public async Task CatchesThatStateWhyTheyIgnoreTheFailureAreNotReported()
    {
        const string source = """
            using System;
            using System.IO;

            public class Cleaner
            {
                public int Clean(string path, string[] lines)
                {
                    try { File.Delete(path); }
                    catch (IOException) { /* the file may already be gone: deleting is best effort */ }

                    try { File.Delete(path + ".1"); }
                    catch { } // best effort: the temporary file is removed at the next start anyway

                    try { File.Delete(path + ".2"); }
                    // A locked file is removed by the next run.
                    catch (Exception) { }

                    try { File.Delete(path + ".3"); }
                    catch (UnauthorizedAccessException) // read-only folders are skipped on purpose
                    {
                    }

                    var sum = 0;
                    foreach (var line in lines)
                    {
                        try { sum += int.Parse(line); }
                        catch (FormatException)
                        {
                            // Malformed lines are comments in this format.
                            continue;
                        }
                    }

                    return sum;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task CommentsThatStateNoReasonOrSitElsewhereDoNotExcuseACatch()
    {
        const string source = """
            using System;
            using System.IO;

            public class Cleaner
            {
                public void Clean(string path)
                {
                    try { File.Delete(path); }
                    {|#0:catch|} (Exception) { /* TODO: log this */ }

                    try { File.Delete(path + ".1"); }
                    {|#1:catch|} (Exception ex)
                    {
                        // Console.WriteLine(ex);
                    }

                    try { File.Delete(path + ".2"); }
                    {|#2:catch|} { // 
                    }

                    try
                    {
                        // Deleting may fail when the file is open.
                        File.Delete(path + ".3");
                    }
                    {|#3:catch|} { }

                    try { File.Delete(path + ".4"); } // the file may be open in an editor
                    {|#4:catch|} { }

                    try { File.Delete(path + ".5"); }
                    {|#5:catch|} (IOException) { }
                    catch (Exception) { } // anything else is not ours to report
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Expected(0, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(1, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(2, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(3, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(4, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(5, SwallowedExceptionAnalyzer.EmptyReason));
    }

    [Fact]
    public async Task AFilteredCatchOfASpecificTypeIsDeliberateButAFilteredGeneralCatchIsNot()
    {
        const string source = """
            using System;
            using System.IO;

            public class Cleaner
            {
                private const int SharingViolation = unchecked((int)0x80070020);

                public void Clean(string path, bool quiet)
                {
                    try { File.Delete(path); }
                    catch (IOException ex) when (ex.HResult == SharingViolation) { }

                    try { File.Delete(path + ".1"); }
                    catch (UnauthorizedAccessException) when (quiet) { }

                    try { File.Delete(path + ".2"); }
                    {|#0:catch|} (Exception) when (quiet) { }

                    try { File.Delete(path + ".3"); }
                    {|#1:catch|} (SystemException ex) when (ex is IOException) { }

                    try { File.Delete(path + ".4"); }
                    {|#2:catch|} when (quiet) { }
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            Expected(0, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(1, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(2, SwallowedExceptionAnalyzer.EmptyReason));
    }

    [Fact]
    public async Task CatchesThatAssignAFallbackValueAreNotReported()
    {
        const string source = """
            using System;

            public class Parser
            {
                public int[] ParseAll(string[] texts)
                {
                    var values = new int[texts.Length];
                    for (var i = 0; i < texts.Length; i++)
                    {
                        try { values[i] = int.Parse(texts[i]); }
                        catch (FormatException) { values[i] = -1; }
                    }

                    return values;
                }

                public (int Low, int High) ParseRange(string low, string high)
                {
                    int first, last;
                    try { (first, last) = (int.Parse(low), int.Parse(high)); }
                    catch (FormatException) { (first, last) = (0, int.MaxValue); }

                    return (first, last);
                }

                public int ParseOrZero(string text)
                {
                    try { return int.Parse(text); }
                    catch (FormatException) { return 0; }
                }

                public void ParseAndDrop(string text)
                {
                    try { int.Parse(text); }
                    {|#0:catch|} (FormatException)
                    {
                        var (a, b) = (0, 1);
                        a += b;
                    }
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, SwallowedExceptionAnalyzer.UnhandledReason));
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Model.g.cs", "public class G\n{\n    public void M()\n    {\n        try { M(); } catch { }\n    }\n}\n"));

        await test.RunAsync();
    }
}
