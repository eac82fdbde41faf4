// Differential corpus: the constructs where Aeos deliberately differs from CA1502 (docs/rules/AEOS1001.md).
using System;

namespace Corpus.Differences
{
    public class SwitchExpressions
    {
        public int Arms(int a) => a switch { 1 => 10, 2 => 20, _ => 0 };
        public int ArmsWithoutDiscard(int a) => a switch { > 0 => 1, <= 0 => 0 };
        public int DiscardWithWhen(int a) => a switch { 1 => 1, _ when a > 5 => 2, _ => 0 };
        public string Types(object o) => o switch { int => "int", string s when s.Length > 0 => "text", _ => "other" };
    }

    public class PatternCombinators
    {
        public bool Or(int a) => a is 1 or 2;
        public bool AndOr(int a) => a is > 0 and < 10 or 100;
        public bool NotWithOr(object o) => o is not (int or long);
        public int CaseLabelWithOr(int a) { switch (a) { case 1 or 2: return 1; default: return 0; } }
    }

    public class NonShortCircuit
    {
        public bool BoolAnd(bool a, bool b) => a & b;
        public bool BoolOr(bool a, bool b) => a | b;
        public bool Mixed(bool a, bool b, bool c) => a & b | c && a;
    }

    public abstract class WithoutBodies
    {
        public int Auto { get; set; }
        public string Name { get; init; }
        public int WithInitializer { get; } = DateTime.Now.Second > 30 ? 1 : 0;
        public abstract int Abstract(int a);

        [System.Runtime.InteropServices.DllImport("libc")]
        public static extern int getpid();
    }

    public interface IContract
    {
        int Required(int a);
        int Value { get; }
    }
}
