using System.Collections.Generic;
using System.Linq;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>The names of the type parameters in scope, so a signature shows <c>T</c> rather than <c>!0</c>.</summary>
internal sealed class GenericScope
{
    public GenericScope(IReadOnlyList<string> typeParameters, IReadOnlyList<string> methodParameters)
    {
        TypeParameters = typeParameters;
        MethodParameters = methodParameters;
    }

    public IReadOnlyList<string> TypeParameters { get; }

    public IReadOnlyList<string> MethodParameters { get; }

    public GenericScope WithMethodParameters(IReadOnlyList<string> methodParameters) => new(TypeParameters, methodParameters);

    // Out-of-range indexes only occur in malformed metadata; the metadata notation keeps the line readable.
    public string TypeParameter(int index) => index < TypeParameters.Count ? TypeParameters[index] : "!" + index;

    public string MethodParameter(int index) => index < MethodParameters.Count ? MethodParameters[index] : "!!" + index;

    public bool Declares(string typeName) => TypeParameters.Contains(typeName) || MethodParameters.Contains(typeName);
}
