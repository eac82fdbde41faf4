using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.SqlInjectionAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class SqlInjectionAnalyzerTests
{
    /// <summary>Look-alikes of Microsoft.Data.SqlClient, Dapper and EF Core with their real names and parameter names.</summary>
    private const string Libraries = """
        using System;
        using System.Collections.Generic;
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using System.Threading.Tasks;

        namespace Microsoft.Data.SqlClient
        {
            public sealed class SqlCommand : DbCommand
            {
                public SqlCommand(string cmdText, DbConnection connection) { CommandText = cmdText; }
                public override string CommandText { get; set; } = "";
                public override int CommandTimeout { get; set; }
                public override CommandType CommandType { get; set; }
                public override bool DesignTimeVisible { get; set; }
                public override UpdateRowSource UpdatedRowSource { get; set; }
                protected override DbConnection? DbConnection { get; set; }
                protected override DbParameterCollection DbParameterCollection => throw new NotSupportedException();
                protected override DbTransaction? DbTransaction { get; set; }
                public override void Cancel() { }
                public override int ExecuteNonQuery() => 0;
                public override object? ExecuteScalar() => null;
                public override void Prepare() { }
                protected override DbParameter CreateDbParameter() => throw new NotSupportedException();
                protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw new NotSupportedException();
            }
        }

        namespace Dapper
        {
            public static class SqlMapper
            {
                public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object? param = null) => Array.Empty<T>();
                public static Task<int> ExecuteAsync(this IDbConnection cnn, string sql, object? param = null) => Task.FromResult(0);
            }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public static class RelationalQueryableExtensions
            {
                public static IQueryable<T> FromSqlRaw<T>(this IQueryable<T> source, string sql, params object[] parameters) => source;
                public static IQueryable<T> FromSqlInterpolated<T>(this IQueryable<T> source, FormattableString sql) => source;
            }
        }
        """;

    private const string Positives = """
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using System.Threading.Tasks;
        using Dapper;
        using Microsoft.Data.SqlClient;
        using Microsoft.EntityFrameworkCore;

        public class Orders
        {
            public async Task<int> DeleteAsync(IDbConnection db, string customer)
            {
                await Task.Yield();
                return await db.ExecuteAsync({|#0:"DELETE FROM Orders WHERE Customer = '" + customer + "'"|});
            }

            public object Find(DbConnection connection, string name, int page)
            {
                var sql = $"SELECT * FROM Orders WHERE Name = '{name}'";
                using var command = new SqlCommand({|#1:sql|}, connection);
                var text = "SELECT * FROM Orders WHERE 1 = 1";
                text += " AND Name = '" + name + "'";
                command.CommandText = {|#2:text|};
                return connection.Query<int>({|#3:string.Format("SELECT Id FROM Orders WHERE Name = '{0}' AND Page = {1}", name, page)|});
            }

            public IQueryable<int> Raw(IQueryable<int> ids, string filter) =>
                ids.Where(i => i > 0).FromSqlRaw({|#4:$"SELECT Id FROM Orders WHERE {filter}"|});
        }
        """;

    private const string Negatives = """
        using System;
        using System.Data;
        using System.Data.Common;
        using System.Linq;
        using Dapper;
        using Microsoft.Data.SqlClient;
        using Microsoft.EntityFrameworkCore;

        public class Safe
        {
            private const string Table = "Orders";

            public object Find(DbConnection connection, string name, int id, Guid key, DateTime since)
            {
                using var command = new SqlCommand("SELECT * FROM " + Table + " WHERE Name = @name", connection);
                command.CommandText = $"SELECT * FROM Orders WHERE Id = {id} AND Key = '{key}' AND Since > '{since:o}'";
                var rows = connection.Query<int>("SELECT Id FROM Orders WHERE Name = @name", new { name });
                var log = "Looking for " + name;
                Console.WriteLine(log);
                return rows;
            }

            public object Passed(DbConnection connection, string sql) => connection.Query<int>(sql);

            public IQueryable<int> Interpolated(IQueryable<int> ids, string name) =>
                ids.FromSqlInterpolated($"SELECT Id FROM Orders WHERE Name = {name}");
        }
        """;

    [Fact]
    public async Task SqlBuiltFromDataIsReportedAtEverySqlApi()
    {
        var test = new Verify.Test { TestCode = Positives };
        test.TestState.Sources.Add(Libraries);
        test.ExpectedDiagnostics.Add(Expected(0, "ExecuteAsync", "concatenation"));
        test.ExpectedDiagnostics.Add(Expected(1, "SqlCommand", "interpolation"));
        test.ExpectedDiagnostics.Add(Expected(2, "SqlCommand.CommandText", "concatenation"));
        test.ExpectedDiagnostics.Add(Expected(3, "Query", "string.Format"));
        test.ExpectedDiagnostics.Add(Expected(4, "FromSqlRaw", "interpolation"));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConstantSqlParametersTextFreeValuesAndFormattableStringsAreNotReported()
    {
        var test = new Verify.Test { TestCode = Negatives };
        test.TestState.Sources.Add(Libraries);

        await test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string sink, string how) =>
        Verify.Diagnostic(DiagnosticDescriptors.SqlInjection).WithLocation(location).WithArguments(sink, how);
}
