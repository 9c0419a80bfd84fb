using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Emit;
using Corpus.Generators.Model;
using Corpus.Naming;

namespace Corpus.Generators;

/// <summary>
/// Gives every document a class name unique in its corpus and every generated file a hint name unique in the
/// compilation, in ordinal file-name order so the result never depends on the order files arrive in. Reports the
/// renames (CORPUS005, CORPUS011) and corpus classes that hide a namespace (CORPUS012).
/// </summary>
internal static class NameAssigner
{
    public static (NameMap Names, EquatableArray<DiagnosticInfo> Diagnostics) Assign(
        ImmutableArray<DocumentSummary> documents, string generatedNamespace, EquatableArray<string> namespaces)
    {
        var entries = new List<NameMap.Entry>();
        var indexHints = new List<NameMap.Entry>();
        var diagnostics = new List<DiagnosticInfo>();

        // Roslyn compares hint names ignoring case (they become files), C# compares class names ordinally.
        var hints = new NameScope(StringComparer.OrdinalIgnoreCase);
        var corpora = documents.GroupBy(d => d.Corpus, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var corpus in corpora)
        {
            indexHints.Add(new NameMap.Entry(corpus.Key, corpus.Key, hints.Take(corpus.Key) + ".g.cs"));
        }

        foreach (var corpus in corpora)
        {
            var ordered = corpus.OrderBy(d => d.FileName, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToList();
            if (namespaces.Contains(corpus.Key))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    CorpusDiagnostics.CorpusHidesNamespace, LocationInfo.WholeFile(ordered[0].Path), corpus.Key, ordered[0].FileName,
                    generatedNamespace.Length == 0 ? "(global)" : generatedNamespace));
            }

            var classes = new NameScope(StringComparer.Ordinal, GeneratedNames.ReservedDocumentNames.Append(corpus.Key).ToArray());
            foreach (var document in ordered)
            {
                var reserved = document.WantedName == corpus.Key || GeneratedNames.IsReservedDocumentName(document.WantedName);
                var name = reserved ? classes.Take(document.WantedName + "_") : classes.Take(document.WantedName);
                if (reserved)
                {
                    var owner = document.WantedName == corpus.Key
                        ? $"its corpus class '{corpus.Key}' (a class cannot hold a member of its own name)"
                        : $"a member the generator writes into every corpus or document class";
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.ReservedName, LocationInfo.WholeFile(document.Path), "document class name", document.WantedName,
                        document.FileName, owner, name, "CorpusName"));
                }
                else if (name != document.WantedName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.NameCollision, LocationInfo.WholeFile(document.Path), document.FileName, document.WantedName, corpus.Key, name));
                }

                entries.Add(new NameMap.Entry(document.Path, name, hints.Take(corpus.Key + "." + name) + ".g.cs"));
            }
        }

        return (new NameMap(entries.ToEquatableArray(), indexHints.ToEquatableArray()), diagnostics.ToEquatableArray());
    }
}
