using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Model;
using Corpus.Naming;

namespace Corpus.Generators;

/// <summary>
/// Gives every corpus a class name unique in the compilation and every document a class name unique in its corpus,
/// and every generated file a hint name unique in the compilation, in ordinal order so the result never depends on
/// the order files arrive in. Reports the renames (CORPUS005, CORPUS011, CORPUS016) and corpus classes that hide a
/// namespace (CORPUS012).
/// </summary>
internal static class NameAssigner
{
    public static CorpusNames Assign(EquatableArray<DocumentSummary> documents, string generatedNamespace, EquatableArray<string> namespaces)
    {
        var entries = new List<NameMap.Entry>();
        var corpusEntries = new List<NameMap.Entry>();
        var diagnostics = new List<DiagnosticInfo>();

        var corpora = AssignCorpusClasses(documents, diagnostics);

        // Roslyn compares hint names ignoring case (they become files), C# compares class names ordinally.
        var hints = new NameScope(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, className, _) in corpora)
        {
            corpusEntries.Add(new NameMap.Entry(key, className, hints.Take(className) + ".g.cs"));
        }

        foreach (var (_, corpusClass, members) in corpora)
        {
            var ordered = MemberNames.InNamingOrder(members, d => d.FileName, d => d.Path).ToList();
            if (namespaces.Contains(corpusClass))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    CorpusDiagnostics.CorpusHidesNamespace, LocationInfo.WholeFile(ordered[0].Path), corpusClass, ordered[0].FileName,
                    generatedNamespace.Length == 0 ? "(global)" : generatedNamespace));
            }

            var classes = MemberNames.DocumentClassScope(corpusClass);
            foreach (var document in ordered)
            {
                var name = MemberNames.TakeDocumentClass(classes, corpusClass, document.WantedName, out var reserved);
                if (reserved)
                {
                    var owner = document.WantedName == corpusClass
                        ? $"its corpus class '{corpusClass}' (a class cannot hold a member of its own name)"
                        : $"a member the generator writes into every corpus or document class";
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.ReservedName, LocationInfo.WholeFile(document.Path), "document class name", document.WantedName,
                        document.FileName, owner, name, "CorpusName"));
                }
                else if (name != document.WantedName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.NameCollision, LocationInfo.WholeFile(document.Path), document.FileName, document.WantedName, corpusClass, name));
                }

                entries.Add(new NameMap.Entry(document.Path, name, hints.Take(corpusClass + "." + name) + ".g.cs"));
            }
        }

        return new CorpusNames(new NameMap(entries.ToEquatableArray(), corpusEntries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// One class per <c>Corpus</c> metadata value, ordered by class name. Two values can want one class (<c>My News</c>
    /// and <c>My.News</c> both make <c>MyNews</c>): the two corpora stay apart, and the one whose value is the class name
    /// as written keeps it, else the ordinally first value; the other gets the smallest free suffix <c>_2</c>, <c>_3</c>, …
    /// and CORPUS016 on its first file.
    /// </summary>
    private static List<(string Key, string ClassName, List<DocumentSummary> Members)> AssignCorpusClasses(
        EquatableArray<DocumentSummary> documents, List<DiagnosticInfo> diagnostics)
    {
        var corpora = documents
            .GroupBy(d => d.Corpus, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Wanted: g.First().CorpusClass, Members: g.OrderBy(d => d.FileName, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal).ToList()))
            .OrderBy(c => c.Key == c.Wanted ? 0 : 1)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

        var classes = new NameScope(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal); // class name → the corpus that has it
        var assigned = new List<(string Key, string ClassName, List<DocumentSummary> Members)>();
        foreach (var (key, wanted, members) in corpora)
        {
            var className = classes.Take(wanted);
            if (className != wanted)
            {
                var first = members[0];
                diagnostics.Add(DiagnosticInfo.Create(
                    CorpusDiagnostics.CorpusNameCollision, LocationInfo.WholeFile(first.Path), key, first.FileName, wanted, owners[wanted], className));
            }

            owners[className] = key;
            assigned.Add((key, className, members));
        }

        return assigned.OrderBy(c => c.ClassName, StringComparer.Ordinal).ToList();
    }
}
