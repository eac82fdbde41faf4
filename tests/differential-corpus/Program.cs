// Differential corpus: top-level statements are one function (the generated entry point).
using System;

var total = args.Length > 0 ? args.Length : 0;
foreach (var arg in args)
{
    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
    {
        total++;
    }
}

Console.WriteLine(total > 3 ? "many" : "few");
