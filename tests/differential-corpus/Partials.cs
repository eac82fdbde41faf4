// Differential corpus: partial classes and partial methods.
namespace Corpus.Partials
{
    public partial class Hooks
    {
        partial void OnChanged(int value);

        partial void OnReset();

        public void Change(int value) { OnChanged(value); OnReset(); }
    }

    public partial class Hooks
    {
        partial void OnChanged(int value)
        {
            if (value > 0 || value < -10) { System.Console.WriteLine(value); }
        }

        partial void OnReset() { System.Console.WriteLine("reset"); }

        public int Other(int a) => a > 0 ? a : 0;
    }
}
