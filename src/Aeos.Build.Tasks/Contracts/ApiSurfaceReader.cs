using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Reads the public API surface from an assembly's metadata. The assembly is never loaded, so this
/// works for any target framework and never locks the file past the read.
/// </summary>
internal static class ApiSurfaceReader
{
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <param name="annotated">Whether nullable reference annotations are written (format 2); false reproduces format 1.</param>
    public static ApiSurface Read(string assemblyPath, string? version, bool annotated = true)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        if (!image.HasMetadata)
        {
            throw new BadImageFormatException("the file has no .NET metadata");
        }

        var reader = image.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            throw new BadImageFormatException("the file is a module, not an assembly");
        }

        var assembly = reader.GetAssemblyDefinition();
        var lines = new List<string>();
        var nullable = annotated ? new NullableContexts(reader) : null;
        foreach (var handle in reader.TypeDefinitions.Where(handle => Visibility.IsVisible(reader, handle)))
        {
            new TypeSurface(reader, handle, nullable).AddTo(lines);
        }

        var assemblyVersion = assembly.Version.ToString();
        var sorted = lines.Distinct(StringComparer.Ordinal).OrderBy(line => line, StringComparer.Ordinal).ToList();
        return new ApiSurface(reader.GetString(assembly.Name), assemblyVersion, string.IsNullOrEmpty(version) ? assemblyVersion : version!, sorted, annotated ? ApiSurface.Annotated : ApiSurface.Unannotated);
    }
}
