using System.Linq;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators;

/// <summary>
/// The namespace of the generated code: <c>CorpusNamespace</c>, else <c>RootNamespace</c>, else the global namespace.
/// A value that is not a namespace is passed over with CORPUS014 rather than written into code that cannot compile.
/// </summary>
/// <param name="Namespace">The namespace to generate into, or empty for the global namespace.</param>
/// <param name="Diagnostics">CORPUS014 when a property was passed over.</param>
internal sealed record NamespaceSetting(string Namespace, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static NamespaceSetting Resolve(string? corpusNamespace, string? rootNamespace)
    {
        corpusNamespace = corpusNamespace?.Trim() ?? string.Empty;
        rootNamespace = rootNamespace?.Trim() ?? string.Empty;
        if (corpusNamespace.Length > 0)
        {
            if (IsValid(corpusNamespace))
            {
                return new NamespaceSetting(corpusNamespace, EquatableArray<DiagnosticInfo>.Empty);
            }

            var fallback = IsValid(rootNamespace) ? rootNamespace : string.Empty;
            return new NamespaceSetting(fallback, Report("CorpusNamespace", corpusNamespace, fallback));
        }

        if (rootNamespace.Length == 0 || IsValid(rootNamespace))
        {
            return new NamespaceSetting(rootNamespace, EquatableArray<DiagnosticInfo>.Empty);
        }

        return new NamespaceSetting(string.Empty, Report("RootNamespace", rootNamespace, string.Empty));
    }

    /// <summary>Dotted identifiers, none of them a keyword.</summary>
    public static bool IsValid(string value) =>
        value.Length > 0 && value.Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None);

    private static EquatableArray<DiagnosticInfo> Report(string property, string value, string used) =>
        new(new[]
        {
            DiagnosticInfo.Create(
                CorpusDiagnostics.InvalidNamespace, null, property, value, used.Length == 0 ? "the global namespace" : $"namespace '{used}' (RootNamespace)"),
        });
}
