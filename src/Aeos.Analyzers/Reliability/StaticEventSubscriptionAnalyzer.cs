using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4013: an instance member of a class subscribes a handler that holds <c>this</c> (an instance method
/// group, or a lambda that uses <c>this</c>) to a static event that is known to keep strong references (a
/// field-like event declared in this compilation, or <c>Microsoft.Win32.SystemEvents</c>), and the class has
/// no <c>-=</c> on that event anywhere. Events of instances (injected or not), events with hand-written
/// accessors and events of other assemblies are not reported: the rule cannot tell who lives longer or
/// whether the publisher holds its handlers weakly.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StaticEventSubscriptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.StaticEventSubscriptionLeak);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var systemEvents = start.Compilation.GetTypeByMetadataName("Microsoft.Win32.SystemEvents");
            start.RegisterSymbolStartAction(s => StartType(s, systemEvents), SymbolKind.NamedType);
        });
    }

    private static void StartType(SymbolStartAnalysisContext context, INamedTypeSymbol? systemEvents)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.IsStatic || type.TypeKind != TypeKind.Class)
        {
            return;
        }

        var subscriptions = new ConcurrentQueue<(IEventAssignmentOperation Assignment, ISymbol Member)>();
        var removed = new ConcurrentDictionary<IEventSymbol, bool>(SymbolEqualityComparer.Default);
        context.RegisterOperationAction(
            c =>
            {
                var assignment = (IEventAssignmentOperation)c.Operation;
                if (assignment.EventReference is not IEventReferenceOperation { Event: { IsStatic: true } @event })
                {
                    return;
                }

                if (!assignment.Adds)
                {
                    removed[@event.OriginalDefinition] = true;
                }
                else if (IsSubscriptionOfThis(assignment, c.ContainingSymbol, type) && KeepsHandlersStrongly(@event, systemEvents))
                {
                    subscriptions.Enqueue((assignment, c.ContainingSymbol));
                }
            },
            OperationKind.EventAssignment);
        context.RegisterSymbolEndAction(c =>
        {
            foreach (var (assignment, member) in subscriptions.Where(s => !removed.ContainsKey(((IEventReferenceOperation)s.Assignment.EventReference).Event.OriginalDefinition)))
            {
                var @event = ((IEventReferenceOperation)assignment.EventReference).Event;
                c.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.StaticEventSubscriptionLeak,
                    assignment.Syntax.GetLocation(),
                    ContainingSymbols.PropertiesFor(assignment, member),
                    @event.ContainingType.Name + "." + @event.Name,
                    type.Name));
            }
        });
    }

    /// <summary>True when an instance member of <paramref name="type"/> itself subscribes a handler that holds <c>this</c>.</summary>
    private static bool IsSubscriptionOfThis(IEventAssignmentOperation assignment, ISymbol member, INamedTypeSymbol type) =>
        !member.IsStatic
        && SymbolEqualityComparer.Default.Equals(member.ContainingType, type)
        && assignment.HandlerValue is IDelegateCreationOperation creation
        && creation.Target switch
        {
            IMethodReferenceOperation method => !method.Method.IsStatic && method.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance },
            IAnonymousFunctionOperation lambda => lambda.Body.Descendants().Any(o => o is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }),
            _ => false,
        };

    /// <summary>
    /// True for a field-like event of this compilation (the compiler's delegate field holds every handler) and for
    /// the events of <c>Microsoft.Win32.SystemEvents</c>, documented to leak subscribers that do not detach.
    /// </summary>
    private static bool KeepsHandlersStrongly(IEventSymbol @event, INamedTypeSymbol? systemEvents) =>
        SymbolEqualityComparer.Default.Equals(@event.ContainingType, systemEvents)
        || (@event.DeclaringSyntaxReferences.Length > 0 && @event.AddMethod is { IsImplicitlyDeclared: true });
}
