using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers;

/// <summary>The resource-leak rules of the reliability family (AEOS standard §9.2, memory leaks).</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UndisposedLocal = Create(
        RuleIdentifiers.UndisposedLocal,
        DiagnosticCategories.Reliability,
        "Disposable local never disposed",
        "'{0}' ({1}) is created here and never disposed, returned, stored or passed on; declare it with '{2}'",
        "A local that holds a new IDisposable or IAsyncDisposable object and is neither disposed nor handed to anyone keeps its handle, connection, buffer or timer until the garbage collector finalizes it, if ever. A using declaration disposes it when the block ends, also when an exception leaves it.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StaticEventSubscriptionLeak = Create(
        RuleIdentifiers.StaticEventSubscriptionLeak,
        DiagnosticCategories.Reliability,
        "Static event subscription keeps instances alive",
        "'{0}' is a static event and the handler subscribed here holds this '{1}', which never unsubscribes from it; every instance stays reachable for the life of the process",
        "A static event keeps a strong reference to each handler until it is removed. A handler that is an instance method or a lambda using this keeps the subscriber, and all it references, alive for the life of the process. Unsubscribe with -= where the instance's life ends (Dispose, an unload or close handler).",
        DiagnosticSeverity.Warning);
}
