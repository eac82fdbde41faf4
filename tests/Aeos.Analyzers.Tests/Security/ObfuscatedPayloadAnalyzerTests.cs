using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.ObfuscatedPayloadAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

/// <summary>The encoded payloads are built at run time, so that this file holds no long encoded literal itself.</summary>
public sealed class ObfuscatedPayloadAnalyzerTests
{
    private static readonly string Base64 = new string('Q', 120);
    private static readonly string Hex = string.Concat(System.Linq.Enumerable.Repeat("4d5a", 30));
    private static readonly string HexData = string.Concat(System.Linq.Enumerable.Repeat("00ff", 30));
    private static readonly string WindowsExecutable = "TVqQ" + new string('A', 116);
    private static readonly string LinuxExecutable = "f0VMRg" + new string('A', 114);

    /// <summary>Data tables: long constants decoded once into static members, read as data.</summary>
    private static string DataTables() => $$"""
        using System;
        using System.IO;
        using System.Text;

        public static class Tables
        {
            private const string Encoded = "{{Base64}}";
            private static readonly byte[] Table = Convert.FromBase64String("{{Base64}}");
            private static readonly byte[] FromConst = Convert.FromBase64String(Encoded);
            internal static byte[] Hex { get; } = Convert.FromHexString("{{HexData}}");
            private static readonly string Text = Encoding.UTF8.GetString(Convert.FromBase64String(Encoded));
            private static readonly MemoryStream Stream = new MemoryStream(Convert.FromBase64String(Encoded));
            private static readonly byte[] Assigned;

            static Tables()
            {
                Assigned = Convert.FromBase64String(Encoded);
            }

            public static int Lookup(int i) => Table[i] + FromConst[i] + Hex[i] + Text.Length + Assigned[i] + (int)Stream.Length;

            public static Stream Open() => new MemoryStream(Table);

            public static string Describe() => Encoding.UTF8.GetString(Assigned);
        }
        """;

    /// <summary>Look-alikes of data tables that are payloads: executables, sinks, lambdas, locals, instance fields, and reads passed to a sink.</summary>
    private static string StagedPayloads() => $$"""
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Net.Sockets;
        using System.Reflection;
        using System.Text;

        public static class Stages
        {
            private const string Encoded = "{{Base64}}";
            private static readonly byte[] Stage = Convert.FromBase64String(Encoded);
            internal static readonly string Script = Encoding.UTF8.GetString(Convert.FromBase64String("{{Base64}}"));
            private static readonly byte[] Binary = {|#0:Convert.FromHexString("{{Hex}}")|};
            private static readonly byte[] Windows = {|#1:Convert.FromBase64String("{{WindowsExecutable}}")|};
            private static readonly byte[] Linux = {|#2:Convert.FromBase64String("{{LinuxExecutable}}")|};
            private static readonly Assembly Loaded = Assembly.Load({|#3:Convert.FromBase64String(Encoded)|});
            private static readonly Func<byte[]> Later = () => {|#4:Convert.FromBase64String(Encoded)|};
            private static readonly byte[] Dropped;

            static Stages()
            {
                var bytes = {|#5:Convert.FromBase64String(Encoded)|};
                Dropped = bytes;
            }

            public static int Sizes() => Binary.Length + Windows.Length + Linux.Length + Dropped.Length + Later().Length + Loaded.GetTypes().Length;

            public static void Run(Socket socket)
            {
                {|#6:Assembly.Load(Stage)|};
                {|#7:File.WriteAllBytes("stage.exe", Stage)|};
                {|#8:socket.Send(Stage)|};
            }
        }

        public class Runner
        {
            private readonly byte[] _data = {|#9:Convert.FromBase64String("{{Base64}}")|};

            public void Go() => {|#10:Process.Start(Stages.Script)|};

            public ProcessStartInfo Info() => {|#11:new ProcessStartInfo { FileName = Stages.Script }|};

            public int Size() => _data.Length;
        }
        """;

    private static string Positives() => $$"""
        using System;
        using System.Text;
        using System.Threading.Tasks;

        public class Loader
        {
            private const string Payload = "{{Base64}}";

            public async Task<byte[]> LoadAsync()
            {
                await Task.Yield();
                var stage = "{{Hex}}";
                var bytes = {|#0:Convert.FromHexString(stage)|};
                return {|#1:Convert.FromBase64String(Payload)|};
            }

            public string Url() => {|#2:new string(new[] { (char)104, (char)116, (char)116, (char)112, (char)58, (char)47, (char)47 })|};
            public string Cmd() => {|#3:Encoding.ASCII.GetString(new byte[] { 99, 109, 100, 46, 101, 120, 101 })|};
            public string Name() => {|#4:((char)112).ToString() + (char)111 + (char)119 + (char)101 + (char)114 + (char)115|};
            public string Joined() => {|#5:string.Concat(new[] { (char)119, (char)103, (char)101, (char)116, (char)32, (char)45 })|};
        }
        """;

    private const string Negatives = """
        using System;
        using System.Text;

        public class Ordinary
        {
            public byte[] Small() => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
            public byte[] Input(string data) => Convert.FromBase64String(data);
            public string Separator() => new string(new[] { (char)13, (char)10 });
            public string Letters() => new string(new[] { 'h', 'e', 'l', 'l', 'o', '!' });
            public string Decode(byte[] data) => Encoding.UTF8.GetString(data);
            public string Binary() => Encoding.UTF8.GetString(new byte[] { 0, 1, 2, 3, 200, 255, 7 });
            public string Label(int n) => "Item " + n + " of " + n * 2 + ".";
        }
        """;

    [Fact]
    public async Task EncodedLiteralsAndCharacterCodesAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            Positives(),
            Expected(0, "A 120-character hex literal is decoded at run time"),
            Expected(1, "A 120-character Base64 literal is decoded at run time"),
            Expected(2, "A string is assembled from 7 character codes"),
            Expected(3, "A string is assembled from 7 character codes"),
            Expected(4, "A string is assembled from 6 character codes"),
            Expected(5, "A string is assembled from 6 character codes"));

    [Fact]
    public async Task ShortLiteralsInputsLettersAndBinaryDataAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    [Fact]
    public async Task DataTablesDecodedOnceIntoStaticMembersAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(DataTables());

    [Fact]
    public async Task ExecutablesSinksLambdasLocalsInstanceFieldsAndDataTablesPassedToASinkAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            StagedPayloads(),
            Expected(0, "A 120-character hex literal decodes to a Windows executable (MZ header)"),
            Expected(1, "A 120-character Base64 literal decodes to a Windows executable (MZ header)"),
            Expected(2, "A 120-character Base64 literal decodes to an ELF executable"),
            Expected(3, "A 120-character Base64 literal is decoded at run time"),
            Expected(4, "A 120-character Base64 literal is decoded at run time"),
            Expected(5, "A 120-character Base64 literal is decoded at run time"),
            Expected(6, "The 120-character Base64 literal decoded into 'Stages.Stage' is passed to Assembly.Load"),
            Expected(7, "The 120-character Base64 literal decoded into 'Stages.Stage' is passed to File.WriteAllBytes"),
            Expected(8, "The 120-character Base64 literal decoded into 'Stages.Stage' is passed to Socket.Send"),
            Expected(9, "A 120-character Base64 literal is decoded at run time"),
            Expected(10, "The 120-character Base64 literal decoded into 'Stages.Script' is passed to Process.Start"),
            Expected(11, "The 120-character Base64 literal decoded into 'Stages.Script' is passed to new ProcessStartInfo"));

    private static DiagnosticResult Expected(int location, string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.ObfuscatedPayload).WithLocation(location).WithArguments(what);
}
