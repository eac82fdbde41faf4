// Differential corpus: one member per statement-level construct of RULES.md (AEOS1001).
// Compiled by the differential test both with the .NET SDK (CA1502) and in-process (Aeos); never part of a project.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Statements
{
    public class Branches
    {
        public int Empty() { return 0; }
        public int SingleIf(int a) { if (a > 0) { return 1; } return 0; }
        public int IfElse(int a) { if (a > 0) { return 1; } else { return 0; } }
        public int ElseIfChain(int a) { if (a > 10) return 3; else if (a > 5) return 2; else if (a > 0) return 1; else return 0; }
        public int NestedIfs(int a, int b) { if (a > 0) { if (b > 0) { return 1; } } return 0; }
        public int ConstantIf() { if (true) { return 1; } }
        public int Ternary(int a) => a > 0 ? 1 : 0;
        public int NestedTernary(int a) => a > 0 ? 1 : a < 0 ? -1 : 0;
        public int TernaryInIf(int a) { if (a > 0) { return a > 5 ? 5 : a; } return 0; }
        public void IfWithoutBraces(int a) { if (a > 0) Console.WriteLine(a); }
    }

    public class Loops
    {
        public int While(int a) { while (a > 0) { a--; } return a; }
        public int WhileTrue(int a) { while (true) { if (a-- < 0) { break; } } return a; }
        public int DoWhile(int a) { do { a--; } while (a > 0); return a; }
        public int For(int n) { var s = 0; for (var i = 0; i < n; i++) { s += i; } return s; }
        public int ForEver() { var s = 0; for (;;) { if (++s > 3) { break; } } return s; }
        public int ForEach(int[] a) { var s = 0; foreach (var x in a) { s += x; } return s; }
        public int ForEachDeconstruct(Dictionary<int, int> d) { var s = 0; foreach (var (k, v) in d) { s += k * v; } return s; }
        public int NestedLoops(int[][] a) { var s = 0; foreach (var row in a) { for (var i = 0; i < row.Length; i++) { while (s > 100) { s /= 2; } } } return s; }
        public int ContinueAndBreak(int[] a) { var s = 0; foreach (var x in a) { if (x < 0) continue; if (x > 9) break; s += x; } return s; }
        public IEnumerable<int> Iterator(int n) { for (var i = 0; i < n; i++) { yield return i; } }
    }

    public class Switches
    {
        public int Labels(int a) { switch (a) { case 1: return 1; case 2: return 2; default: return 0; } }
        public int StackedLabels(int a) { switch (a) { case 1: case 2: case 3: return 1; case 4: return 2; } return 0; }
        public int OnlyDefault(int a) { switch (a) { default: return a; } }
        public int NoDefault(string s) { switch (s) { case "a": return 1; case "b": return 2; } return 0; }
        public int TypePatterns(object o) { switch (o) { case int i: return i; case string s: return s.Length; case null: return -1; default: return 0; } }
        public int WhenClauses(object o) { switch (o) { case int i when i > 10: return 2; case int i when i > 0: return 1; default: return 0; } }
        public int RelationalLabels(int a) { switch (a) { case > 100: return 3; case > 10: return 2; case < 0: return -1; } return 0; }
        public int NestedSwitch(int a, int b) { switch (a) { case 1: switch (b) { case 1: return 11; default: return 10; } default: return 0; } }
        public int GotoCase(int a) { switch (a) { case 1: goto case 2; case 2: return 2; default: goto default_label; } default_label: return 0; }
        public int SwitchWithLogic(int a, bool b) { switch (a) { case 1 when b && a > 0: return 1; default: return 0; } }
    }

    public class Logic
    {
        public bool And(bool a, bool b) => a && b;
        public bool Or(bool a, bool b) => a || b;
        public bool Mixed(bool a, bool b, bool c) => a && b || c;
        public bool Long(bool a, bool b, bool c, bool d) => a && b && c && d;
        public bool Negated(bool a, bool b) => !(a || b);
        public bool InCondition(int a, int b) { if (a > 0 && b > 0 || a < -5) { return true; } return false; }
        public bool Comparison(int a) => a > 0 == a < 5;
        public bool NullableAnd(bool? a, bool? b) => (a & b) == true;
        public int IntegerBits(int a, int b) => (a & b) | (a ^ b);
        public bool CompoundBoolAssignment(bool a, bool b) { a &= b; a |= b; a ^= b; return a; }
    }

    public class NullHandling
    {
        public string Coalesce(string a) => a ?? "";
        public string CoalesceChain(string a, string b) => a ?? b ?? "";
        public int? ConditionalAccess(string a) => a?.Length;
        public int? ConditionalAccessChain(string a) => a?.Trim()?.Length;
        public char? ConditionalElement(string a) => a?[0];
        public int Combined(string a) => a?.Length ?? 0;
        public int ThrowExpression(string a) => a?.Length ?? throw new ArgumentNullException(nameof(a));
        public string CoalesceAssignment(string a) { a ??= "default"; return a; }
        public void ConditionalInvoke(Action a) { a?.Invoke(); }
        public bool IsNull(object o) => o is null;
        public bool IsNotNull(object o) => o is not null;
        public int PropertyPattern(object o) => o is string { Length: > 3 } s ? s.Length : 0;
    }

    public class Exceptions
    {
        public int TryCatch(string s) { try { return int.Parse(s); } catch (FormatException) { return -1; } }
        public int TryCatchWhen(string s) { try { return int.Parse(s); } catch (Exception e) when (e is FormatException || e is OverflowException) { return -1; } }
        public int TryFinally(Stream s) { try { return s.ReadByte(); } finally { s.Dispose(); } }
        public int Rethrow(string s) { try { return int.Parse(s); } catch (Exception) { throw; } }
        public int ManyCatches(string s) { try { return int.Parse(s); } catch (FormatException) { return 1; } catch (OverflowException) { return 2; } catch { return 3; } }
        public void UsingStatement(Stream s) { using (s) { s.WriteByte(1); } }
        public void UsingDeclaration() { using var s = new MemoryStream(); s.WriteByte(1); }
        public void Lock(object gate, List<int> list) { lock (gate) { list.Add(1); } }
        public int Goto(int a) { again: if (a-- > 0) { goto again; } return a; }
        public int Checked(int a) { checked { return a * 2; } }
    }

    public class LambdasAndLocals
    {
        private static readonly Func<int, int> Clamp = x => x > 10 ? 10 : x < 0 ? 0 : x;
        private readonly Predicate<string> _isShort = s => s != null && s.Length < 3;

        public int LambdaCounts(int[] a) => a.Count(x => x > 0 && x < 5);
        public int NestedLambdas(int[] a) => a.Select(x => a.Count(y => y > x ? true : false)).Sum();
        public int AnonymousMethod() { Func<int, int> f = delegate (int v) { return v > 0 ? 1 : 0; }; return f(1); }
        public int LocalFunction(int a) { return Local(a); int Local(int b) => b > 0 ? b : -b; }
        public int StaticLocalFunction(int a) { return Local(a); static int Local(int b) { if (b > 0) { return b; } return 0; } }
        public int NestedLocalFunctions(int a) { return Outer(a); int Outer(int b) { return Inner(b) ?? 0; int? Inner(int c) => c > 0 ? c : null; } }
        public int Query(int[] a) => (from x in a where x > 0 && x < 10 orderby x select x).Count();
        public int UsesFields(int a) => Clamp(a) + (_isShort("ab") ? 1 : 0);
        public Func<int, bool> ReturnsLambda(int limit) => v => v < limit || v > limit * 2;
        public async System.Threading.Tasks.Task<int> Async(System.Threading.Tasks.Task<int> t) { var v = await t; return v > 0 ? v : 0; }
    }

    public class Preprocessor
    {
        public int DisabledRegion(int a)
        {
#if AEOS_NEVER_DEFINED
            if (a > 0) { a--; }
            while (a > 0) { a--; }
#endif
            return a > 0 ? a : 0;
        }

        public int ElseRegion(int a)
        {
#if AEOS_NEVER_DEFINED
            for (var i = 0; i < a; i++) { }
#else
            if (a > 1 && a < 5) { a++; }
#endif
            return a;
        }

#if AEOS_NEVER_DEFINED
        public int DisabledMember(int a) => a > 0 ? 1 : 0;
#endif

        #region Regions do not matter
        public int InRegion(int a) => a > 0 ? 1 : 0;
        #endregion
    }
}
