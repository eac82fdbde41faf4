using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aeos.Build.Tasks.Quarantine;

/// <summary>The first source line of methods, from the assembly's portable PDB (embedded or beside it); nothing without one.</summary>
internal sealed class SourcePositions : IDisposable
{
    private readonly MetadataReaderProvider? _provider;

    private readonly MetadataReader? _pdb;

    private SourcePositions(MetadataReaderProvider? provider)
    {
        _provider = provider;
        _pdb = provider?.GetMetadataReader();
    }

    public static SourcePositions Open(PEReader image, string assemblyPath)
    {
        try
        {
            var embedded = image.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
            if (embedded.DataSize > 0)
            {
                return new SourcePositions(image.ReadEmbeddedPortablePdbDebugDirectoryData(embedded));
            }

            var pdb = Path.ChangeExtension(assemblyPath, ".pdb");
            return File.Exists(pdb) ? new SourcePositions(MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb))) : new SourcePositions(null);
        }
        catch (BadImageFormatException)
        {
            // A Windows PDB or a damaged one: the tests are still named, only without a position.
            return new SourcePositions(null);
        }
    }

    /// <summary>Gives the test the position of the first of the methods that has source.</summary>
    public QuarantinedTest Locate(QuarantinedTest test, IEnumerable<MethodDefinitionHandle> methods)
    {
        if (_pdb is null)
        {
            return test;
        }

        foreach (var method in methods)
        {
            var points = _pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints().Where(p => !p.IsHidden).ToList();
            if (points.Count > 0)
            {
                var first = points.OrderBy(p => p.StartLine).First();
                test.File = _pdb.GetString(_pdb.GetDocument(first.Document).Name);
                test.Line = first.StartLine;
                test.Column = first.StartColumn;
                return test;
            }
        }

        return test;
    }

    public void Dispose() => _provider?.Dispose();
}
