using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.QueryInLoopAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class QueryInLoopAnalyzerTests
{
    /// <summary>The shapes of EF Core the rule recognises, declared under their real names (no package needed).</summary>
    private const string EntityFramework = """
        namespace Microsoft.EntityFrameworkCore
        {
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;
            using System.Linq.Expressions;
            using System.Threading;
            using System.Threading.Tasks;

            public class DbContext { }

            public abstract class DbSet<T> : IQueryable<T>
                where T : class
            {
                public abstract Type ElementType { get; }
                public abstract Expression Expression { get; }
                public abstract IQueryProvider Provider { get; }
                public abstract IEnumerator<T> GetEnumerator();
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public abstract T? Find(params object?[]? keyValues);
            }

            public static class EntityFrameworkQueryableExtensions
            {
                public static Task<List<T>> ToListAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => Task.FromResult(source.ToList());
                public static IQueryable<T> Include<T, TProperty>(this IQueryable<T> source, Expression<Func<T, TProperty>> path) => source;
            }

            public static class ProxiesExtensions { }
        }
        """;

    private const string Model = """
        using System.Collections.Generic;
        using Microsoft.EntityFrameworkCore;

        public class Order
        {
            public int Id { get; set; }
            public int CustomerId { get; set; }
            public virtual ICollection<Line> Lines { get; set; } = new List<Line>();
            public List<string> Notes { get; set; } = new();
        }

        public class Line
        {
            public int OrderId { get; set; }
        }

        public class Customer
        {
            public int Id { get; set; }
        }

        public abstract class ShopContext : DbContext
        {
            public abstract DbSet<Order> Orders { get; }
            public abstract DbSet<Line> Lines { get; }
            public abstract DbSet<Customer> Customers { get; }
        }
        """;

    private const string NPlusOne = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        public class Report
        {
            public async Task<int> BuildAsync(ShopContext db, List<Order> orders)
            {
                var total = 0;
                foreach (var order in orders)
                {
                    var lines = {|#0:db.Lines.Where(l => l.OrderId == order.Id).ToList()|};
                    var customer = {|#1:db.Customers.FirstOrDefault(c => c.Id == order.CustomerId)|};
                    total += {|#2:db.Lines.Count(l => l.OrderId == order.Id)|};
                    var more = await {|#3:db.Lines.Where(l => l.OrderId == order.Id).ToListAsync()|};
                    var found = {|#4:db.Customers.Find(order.CustomerId)|};
                    foreach (var line in {|#5:db.Lines.Where(l => l.OrderId == order.Id)|}) { total++; }
                    foreach (var line in {|#6:order.Lines|}) { total++; }
                    total += lines.Count + more.Count;
                }

                return total;
            }
        }
        """;

    private const string NotNPlusOne = """
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.EntityFrameworkCore;

        public class Report
        {
            public int Build(ShopContext db, List<Order> orders, List<Line> cached)
            {
                var all = db.Lines.ToList();
                var byOrder = all.ToLookup(l => l.OrderId);
                var total = 0;
                foreach (var order in orders)
                {
                    total += byOrder[order.Id].Count();
                    total += cached.Where(l => l.OrderId == order.Id).ToList().Count;
                    total += cached.AsQueryable().Count(l => l.OrderId == order.Id);
                    foreach (var note in order.Notes) { total++; }
                }

                foreach (var order in db.Orders.Include(o => o.Lines))
                {
                    foreach (var line in order.Lines) { total++; }
                }

                for (var attempt = 0; attempt < 1; attempt++)
                {
                    total += db.Orders.Count();
                }

                foreach (var line in order0().Lines) { total++; }
                return total;

                Order order0() => orders[0];
            }
        }
        """;

    private const string AdoAndDapper = """
        using System.Collections.Generic;
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using Dapper;

        namespace Dapper
        {
            public static class SqlMapper
            {
                public static IEnumerable<T> Query<T>(this IDbConnection connection, string sql, object? param = null) => Enumerable.Empty<T>();
                public static int Execute(this IDbConnection connection, string sql, object? param = null) => 0;
            }
        }

        public class Repository
        {
            public int Save(DbConnection connection, int[] ids)
            {
                var total = 0;
                foreach (var id in ids)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "select count(*) from lines where order_id = @id";
                    total += (int)({|#0:command.ExecuteScalar()|} ?? 0);
                    total += {|#1:connection.Query<int>("select 1", new { id })|}.Count();
                    total += {|#2:connection.Execute("delete from lines where id = @id", new { id })|};
                }

                using var once = connection.CreateCommand();
                total += once.ExecuteNonQuery();
                return total;
            }
        }
        """;

    [Fact]
    public async Task QueriesExecutedPerIterationAreReported()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(EntityFramework);
        test.TestState.Sources.Add(Model);
        test.TestState.Sources.Add(("/0/Report.cs", NPlusOne));
        test.ExpectedDiagnostics.Add(Expected(0, "ToList()"));
        test.ExpectedDiagnostics.Add(Expected(1, "FirstOrDefault(…)"));
        test.ExpectedDiagnostics.Add(Expected(2, "Count(…)"));
        test.ExpectedDiagnostics.Add(Expected(3, "ToListAsync()"));
        test.ExpectedDiagnostics.Add(Expected(4, "Find(…)"));
        test.ExpectedDiagnostics.Add(Expected(5, "db.Lines.Where(l => l.OrderId == order.Id)"));
        test.ExpectedDiagnostics.Add(Expected(6, "order.Lines"));

        await test.RunAsync();
    }

    [Fact]
    public async Task InMemoryQueriesEagerLoadingAndSingleRunLoopsAreNotReported()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(EntityFramework);
        test.TestState.Sources.Add(Model);
        test.TestState.Sources.Add(("/0/Report.cs", NotNPlusOne));

        await test.RunAsync();
    }

    [Fact]
    public async Task AdoNetCommandsAndDapperQueriesArePerIteration()
    {
        await Verify.VerifyAnalyzerAsync(AdoAndDapper, Expected(0, "ExecuteScalar()"), Expected(1, "Query(…)"), Expected(2, "Execute(…)"));
    }

    [Fact]
    public async Task NavigationsAreNotLazyWithoutProxiesOrALazyLoader()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(EntityFramework.Replace("public static class ProxiesExtensions { }", string.Empty, System.StringComparison.Ordinal));
        test.TestState.Sources.Add(Model);
        test.TestState.Sources.Add("""
            using System.Collections.Generic;

            public class Totals
            {
                public int Count(List<Order> orders)
                {
                    var total = 0;
                    foreach (var order in orders) { foreach (var line in order.Lines) { total++; } }
                    return total;
                }
            }
            """);

        await test.RunAsync();
    }

    [Fact]
    public async Task AnyQueryProviderIsRecognisedWithoutEntityFramework()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;

            public class Lookup
            {
                public int Count(IQueryable<int> table, IEnumerable<int> keys)
                {
                    var total = 0;
                    foreach (var key in keys)
                    {
                        total += {|#0:table.Count(v => v == key)|};
                        total += {|#1:table.Where(v => v > key).ToArray()|}.Length;
                        total += keys.Count(k => k == key);
                    }

                    return total;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "Count(…)"), Expected(1, "ToArray()"));
    }

    [Fact]
    public async Task NavigationsOfEntitiesWithALazyLoaderAreLazy()
    {
        const string source = """
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore.Infrastructure;

            namespace Microsoft.EntityFrameworkCore.Infrastructure
            {
                public interface ILazyLoader { }
            }

            public class Blog
            {
                private readonly ILazyLoader? _loader;

                public ICollection<string> Posts { get; } = new List<string>();
            }

            public class Reader
            {
                public int Count(List<Blog> blogs)
                {
                    var total = 0;
                    foreach (var blog in blogs) { foreach (var post in {|#0:blog.Posts|}) { total++; } }
                    return total;
                }
            }
            """;
        var test = new Verify.Test();
        test.TestState.Sources.Add(EntityFramework.Replace("public static class ProxiesExtensions { }", string.Empty, System.StringComparison.Ordinal));
        test.TestState.Sources.Add(source);
        test.ExpectedDiagnostics.Add(Expected(0, "blog.Posts"));

        await test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string query) =>
        Verify.Diagnostic(DiagnosticDescriptors.QueryInLoop).WithLocation(location).WithArguments(query);
}
