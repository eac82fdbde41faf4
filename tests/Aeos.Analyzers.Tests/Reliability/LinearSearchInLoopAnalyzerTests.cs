using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.LinearSearchInLoopAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class LinearSearchInLoopAnalyzerTests
{
    private const string Searches = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public record Customer(int Id, string Name);

        public record Order(int Id, int CustomerId);

        public class Matcher
        {
            private readonly List<Customer> _customers = new();

            public int Match(IEnumerable<Order> orders, List<int> blocked, int[] vip, IEnumerable<int> archived)
            {
                var hits = 0;
                foreach (var order in orders)
                {
                    if ({|#0:blocked.Contains(order.CustomerId)|}) { continue; }
                    var customer = {|#1:_customers.FirstOrDefault(c => c.Id == order.CustomerId)|};
                    hits += {|#2:Array.IndexOf(vip, order.CustomerId)|};
                    hits += {|#3:archived.Contains(order.Id)|} ? 1 : 0;
                    hits += {|#4:this._customers.Where(c => c.Name == "x")|}.Count();
                    {|#5:blocked.Remove(order.Id)|};
                }

                for (var i = 0; i < 10; i++)
                {
                    hits += {|#6:_customers.Find(c => c.Id == i)|} is null ? 0 : 1;
                }

                return hits;
            }
        }
        """;

    private const string NotSearches = """
        using System.Collections.Generic;
        using System.Linq;

        public record Line(string Sku);

        public record Order(int Id, List<Line> Lines);

        public class Matcher
        {
            private static readonly string[] Currencies = { "EUR", "USD", "GBP" };

            public int Match(List<Order> orders, HashSet<int> blocked, Dictionary<int, string> names, ISet<int> archived, string text)
            {
                var hits = 0;
                var small = new List<int> { 1, 2, 3 };
                foreach (var order in orders)
                {
                    hits += blocked.Contains(order.Id) ? 1 : 0;
                    hits += names.ContainsKey(order.Id) ? 1 : 0;
                    hits += archived.Contains(order.Id) ? 1 : 0;
                    hits += Enumerable.Contains(blocked, order.Id) ? 1 : 0;
                    hits += order.Lines.Any(l => l.Sku == "x") ? 1 : 0;
                    var local = new List<int> { order.Id };
                    hits += local.Contains(order.Id) ? 1 : 0;
                    hits += Currencies.Contains("EUR") ? 1 : 0;
                    hits += small.Contains(order.Id) ? 1 : 0;
                    hits += text.Contains('x') ? 1 : 0;
                    hits += orders.Count + (orders.Any() ? 1 : 0);
                }

                foreach (var once in new[] { 1 })
                {
                    hits += orders.FindIndex(o => o.Id == once);
                }

                var found = orders.Where(o => o.Id > 0).ToList();
                return hits + found.Count;
            }
        }
        """;

    private const string KeySearchesInALoop = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public record Address(string City);

        public record Customer(int Id, string Name, Address Address);

        public record Order(int Id, long LongId, int CustomerId, string Name, string City, Func<int> Callback);

        public class Matcher
        {
            private readonly List<Customer> _customers = new();

            public int Match(IEnumerable<Order> orders, List<int> ids, int[] vip, List<Func<int>> callbacks)
            {
                var hits = 0;
                foreach (var order in orders)
                {
                    hits += {|#11:callbacks.Contains(order.Callback)|} ? 1 : 0;
                    hits += {|#0:_customers.Any(c => c.Id == order.CustomerId)|} ? 1 : 0;
                    hits += {|#1:_customers.Any(c => order.CustomerId == c.Id)|} ? 1 : 0;
                    hits += {|#2:ids.Exists(id => id == order.Id)|} ? 1 : 0;
                    hits += {|#3:_customers.FirstOrDefault(c => c.Name.Equals(order.Name))|} is null ? 0 : 1;
                    hits += {|#4:_customers.First(c => c.Address.City == order.City)|}.Id;
                    hits += {|#5:_customers.All(c => c.Id != order.CustomerId)|} ? 1 : 0;
                    hits += {|#6:_customers.Count(c => { return c.Id == order.Id; })|};
                    hits += {|#7:Array.FindIndex(vip, v => v == order.CustomerId)|};
                    hits += {|#8:ids.FindIndex(0, id => id == order.Id)|};
                    hits += {|#9:_customers.Any(c => c.Id == order.LongId)|} ? 1 : 0;
                    hits += {|#10:ids.IndexOf(order.Id)|};
                }

                return hits;
            }
        }
        """;

    [Fact]
    public async Task SearchesRepeatedByALoopAreReportedWithWhatToBuild()
    {
        await Verify.VerifyAnalyzerAsync(
            Searches,
            Expected(0, "Contains", "blocked", "HashSet"),
            Expected(1, "FirstOrDefault", "_customers", "Dictionary or HashSet"),
            Expected(2, "IndexOf", "vip", "Dictionary"),
            Expected(3, "Contains", "archived", "HashSet"),
            Expected(4, "Where", "this._customers", "lookup (ToLookup)"),
            Expected(5, "Remove", "blocked", "HashSet"),
            Expected(6, "Find", "_customers", "Dictionary or HashSet"));
    }

    [Fact]
    public async Task SetsPerItemCollectionsSmallLiteralsAndSingleRunLoopsAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(NotSearches);
    }

    [Fact]
    public async Task SearchInALambdaIsNotChargedToTheLoopAroundIt()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            public class Deferred
            {
                public List<Func<bool>> Build(List<int> ids, int[] keys)
                {
                    var checks = new List<Func<bool>>();
                    foreach (var key in keys)
                    {
                        checks.Add(() => ids.Contains(key));
                    }

                    return checks;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task WhileConditionsRunOncePerIteration()
    {
        const string source = """
            using System.Collections.Generic;

            public class Walker
            {
                public int Walk(Queue<int> pending, List<int> visited)
                {
                    var steps = 0;
                    while (pending.Count > 0 && !{|#0:visited.Contains(pending.Peek())|})
                    {
                        visited.Add(pending.Dequeue());
                        steps++;
                    }

                    return steps;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "Contains", "visited", "HashSet"));
    }

    [Fact]
    public async Task SearchesWithAnArbitraryPredicateAreNotReported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public record Customer(int Id, int ParentId, string Name, string[] Tags, bool Active);

            public record Order(int Id, int CustomerId, string Prefix);

            public class Matcher
            {
                private readonly List<Customer> _customers = new();

                public int Match(IEnumerable<Order> orders, List<int> ids, int[] vip, Func<Customer, bool> wanted)
                {
                    var hits = 0;
                    foreach (var order in orders)
                    {
                        hits += _customers.Any(c => c.Name.StartsWith(order.Prefix)) ? 1 : 0;
                        hits += _customers.FirstOrDefault(c => c.Id > order.Id) is null ? 0 : 1;
                        hits += _customers.Where(c => c.Id == order.CustomerId && c.Active).Count();
                        hits += _customers.Find(c => c.Id == c.ParentId) is null ? 0 : 1;
                        hits += _customers.Exists(IsVip) ? 1 : 0;
                        hits += _customers.Count(wanted);
                        hits += Array.Find(vip, v => v % order.Id == 0);
                        hits += _customers.All(c => c.Id == order.CustomerId) ? 1 : 0;
                        hits += _customers.Any(c => c.Tags[0] == order.Prefix) ? 1 : 0;
                        hits += _customers.Any(c => c.Name.ToUpperInvariant() == order.Prefix) ? 1 : 0;
                        hits += _customers.Where((c, i) => c.Id == i).Count();
                        hits += ids.TrueForAll(id => id == order.Id) ? 1 : 0;
                        hits += _customers.Any(c => !c.Name.Equals(order.Prefix)) ? 1 : 0;
                    }

                    return hits;
                }

                private static bool IsVip(Customer customer) => customer.Active;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source);
    }

    [Fact]
    public async Task SearchesByEqualityOrKeyAreReported()
    {

        await Verify.VerifyAnalyzerAsync(
            KeySearchesInALoop,
            Expected(0, "Any", "_customers", "Dictionary or HashSet"),
            Expected(1, "Any", "_customers", "Dictionary or HashSet"),
            Expected(2, "Exists", "ids", "Dictionary or HashSet"),
            Expected(3, "FirstOrDefault", "_customers", "Dictionary or HashSet"),
            Expected(4, "First", "_customers", "Dictionary or HashSet"),
            Expected(5, "All", "_customers", "Dictionary or HashSet"),
            Expected(6, "Count", "_customers", "lookup (ToLookup)"),
            Expected(7, "FindIndex", "vip", "Dictionary"),
            Expected(8, "FindIndex", "ids", "Dictionary"),
            Expected(9, "Any", "_customers", "Dictionary or HashSet"),
            Expected(10, "IndexOf", "ids", "Dictionary"),
            Expected(11, "Contains", "callbacks", "HashSet"));
    }

    private static DiagnosticResult Expected(int location, string method, string collection, string suggestion) =>
        Verify.Diagnostic(DiagnosticDescriptors.LinearSearchInLoop).WithLocation(location).WithArguments(method, collection, suggestion);
}
