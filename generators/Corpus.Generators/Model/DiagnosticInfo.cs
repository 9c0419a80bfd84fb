using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Model;

/// <summary>A diagnostic as plain values, carried through the pipeline apart from the source model.</summary>
/// <param name="Id">The descriptor's id, e.g. <c>CORPUS001</c>.</param>
/// <param name="Location">Where in which seed file, or <see langword="null"/>.</param>
/// <param name="Arguments">The message arguments.</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, new EquatableArray<string>(arguments));

    /// <summary>The diagnostic to report.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Diagnostics.CorpusDiagnostics.ById(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.ToArray<object>());
}
