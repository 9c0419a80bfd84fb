using System.Collections.Generic;
using System.Linq;
using System;
using Corpus.Generators.Model;
using Corpus.Naming;
using static Corpus.Naming.MemberNames;

namespace Corpus.Generators.Emit;

/// <summary>Writes the index of one corpus: <c>All</c> (file-name order, lazy) and <c>Speakers</c> (merged across documents).</summary>
internal static class CorpusIndexEmitter
{
    /// <summary>
    /// Above this many speakers they are fields, not properties: the runtime loads no class of more than 65,535
    /// methods, and every property has a getter. Reading <c>Speakers.X</c> looks the same either way.
    /// </summary>
    internal const int MaxSpeakerProperties = 10_000;

    /// <summary>CORPUS007 when there are documents but the compilation lacks the Corpus runtime, which all generated code needs.</summary>
    public static EquatableArray<DiagnosticInfo> RuntimeCheck(EquatableArray<DocumentSummary> documents, EmitSettings settings) =>
        documents.Count == 0 || settings.HasRuntime
            ? EquatableArray<DiagnosticInfo>.Empty
            : new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(Diagnostics.CorpusDiagnostics.RuntimeMissing, null) });

    /// <summary>
    /// Each corpus, in ordinal order, with the documents its index names: a document too large for its storage (CORPUS010)
    /// or whose emission failed (CORPUS099) has no class, so the index must not name it. None without the runtime.
    /// </summary>
    public static IEnumerable<(string Corpus, List<(DocumentSummary Summary, string ClassName)> Members)> Corpora(CorpusIndexInput input) =>
        !input.Settings.HasRuntime
            ? Enumerable.Empty<(string, List<(DocumentSummary, string)>)>()
            : input.Documents
                .GroupBy(s => s.Corpus, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, g
                    .Where(s => StorageLimits.Fits(s.LargeSize, input.Settings) && !input.FailedToEmit.Contains(s.Path))
                    .Select(s => (s, input.Names.ClassNameOf(s.Path)))
                    .ToList()));

    public static string Emit(string corpus, IReadOnlyList<(DocumentSummary Summary, string ClassName)> documents, EmitSettings settings)
    {
        var ordered = documents
            .OrderBy(d => d.Summary.FileName, StringComparer.Ordinal)
            .ThenBy(d => d.Summary.Path, StringComparer.Ordinal)
            .ToArray();
        var speakers = MergeSpeakers(ordered.SelectMany(d => d.Summary.Speakers));

        var writer = new SourceWriter();
        Header.Write(writer);
        Header.OpenNamespace(writer, settings.Namespace);
        writer.Summary($"The {corpus} corpus: {DocumentEmitter.Count(ordered.Length, "document")} generated from seed files, and their speakers.");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open($"public static partial class {corpus}");

        writer.Line("/// <summary>Every document of the corpus, in file-name order. A document's text is decoded only when that document is first read.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Document> {AllProperty} {{ get; }} = new global::Corpus.LazyDocumentList(new global::System.Func<global::Corpus.Document>[]");
        writer.Line("{");
        foreach (var (_, className) in ordered)
        {
            writer.Line($"    () => {className}.{DocumentProperty},");
        }

        writer.Line("});");
        writer.Line();

        if (settings.Has(MemberSets.Speakers))
        {
            WriteSpeakers(writer, corpus, speakers);
        }
        else
        {
            WriteSpeakerObjects(writer, corpus, speakers);
        }

        if (settings.TestData)
        {
            writer.Line();
            var prefix = GeneratedNames.NamespacePrefix(settings) + corpus + ".";
            WriteTestData(writer, corpus, prefix, ordered.Select(d => d.ClassName).ToArray(), settings.RowLabel);
        }

        writer.Close();
        Header.CloseNamespace(writer, settings.Namespace);
        return writer.ToString();
    }

    private static void WriteSpeakers(SourceWriter writer, string corpus, List<SpeakerSpec> speakers)
    {
        writer.Line("/// <summary>Every speaker of the corpus: one object per person or organisation, shared by all documents.</summary>");
        writer.Line($"/// <remarks>A speaker's quotes across the corpus: <c>{corpus}.{AllProperty}.QuotesBy({corpus}.{SpeakersClass}.Name)</c> (<c>Corpus.CorpusQueries</c>).</remarks>");
        writer.Open($"public static class {SpeakersClass}");
        foreach (var speaker in speakers)
        {
            writer.Summary($"{speaker.Name} ({speaker.Kind}), also called: {string.Join(", ", speaker.Aliases)}.");
            writer.Line($"/// <remarks>Every quote of theirs in the corpus: <c>{corpus}.{AllProperty}.QuotesBy({corpus}.{SpeakersClass}.{speaker.Id})</c>.</remarks>");
            var member = speakers.Count <= MaxSpeakerProperties ? $"global::Corpus.Speaker {speaker.Id} {{ get; }}" : $"readonly global::Corpus.Speaker {speaker.Id}";
            writer.Line($"public static {member} = {NewSpeaker(speaker)};");
            writer.Line();
        }

        writer.Line("/// <summary>Every speaker, in ordinal order of their ids.</summary>");
        var all = string.Join(", ", speakers.Select(s => s.Id));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Speaker> {AllProperty} {{ get; }} = new global::Corpus.Speaker[] {{ {all} }};");
        writer.Close();
    }

    /// <summary>
    /// The Speakers set switched off (<c>CorpusMembers</c>): <c>Speakers.All</c> only, and the speaker objects the documents'
    /// quotes share as undocumented fields of a private class, which code outside the corpus class cannot name.
    /// </summary>
    private static void WriteSpeakerObjects(SourceWriter writer, string corpus, List<SpeakerSpec> speakers)
    {
        writer.Line("/// <summary>Every speaker of the corpus: one object per person or organisation, shared by all documents.</summary>");
        writer.Line($"/// <remarks>No member per speaker: the Speakers set is switched off (CorpusMembers). A speaker's quotes: <c>{corpus}.{AllProperty}.QuotesBy(speaker)</c> (<c>Corpus.CorpusQueries</c>).</remarks>");
        writer.Open($"public static class {SpeakersClass}");
        writer.Line("/// <summary>Every speaker, in ordinal order of their ids.</summary>");
        var all = string.Join(", ", speakers.Select(s => SpeakerObjectsClass + "." + s.Id));
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Speaker> {AllProperty} {{ get; }} = new global::Corpus.Speaker[] {{ {all} }};");
        writer.Close();
        writer.Line();
        writer.Line("// The speaker objects the documents' quotes share: out of reach, the Speakers set being off (always written: analyzer CORPUS101 looks for it).");
        writer.Open($"private static class {SpeakerObjectsClass}");
        foreach (var speaker in speakers)
        {
            writer.Line($"internal static readonly global::Corpus.Speaker {speaker.Id} = {NewSpeaker(speaker)};");
        }

        writer.Close();
    }

    private static string NewSpeaker(SpeakerSpec speaker) =>
        $"new global::Corpus.Speaker({Literals.String(speaker.Id)}, {Literals.String(speaker.Name)}, global::Corpus.SpeakerKind.{speaker.Kind}, new string[] {{ {string.Join(", ", speaker.Aliases.Select(Literals.String))} }})";

    /// <summary>
    /// Rows for MSTest's <c>[DynamicData]</c>: every document, paragraph and quote of the corpus, each labelled with the
    /// generated member that names it, so a failing row reads <c>Talks.Quotes.PutinVeryHappy</c> rather than an index.
    /// Enumerating the rows builds the documents; nothing is built before.
    /// </summary>
    private static void WriteTestData(SourceWriter writer, string corpus, string prefix, string[] classes, string rowLabel)
    {
        const string Row = "global::Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow";
        writer.Line("/// <summary>");
        writer.Line($"/// Rows for data-driven MSTest tests over the {corpus} corpus, e.g.");
        writer.Line($"/// <c>[DynamicData(nameof({corpus}.TestData.Quotes), typeof({corpus}.TestData))]</c> on a method taking a <see cref=\"global::Corpus.Quote\"/>.");
        writer.Line("/// Each row is labelled with the generated member that names it.");
        writer.Line("/// </summary>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open($"public static class {TestDataClass}");

        writer.Line("/// <summary>Every document, in file-name order, labelled with its class name.</summary>");
        writer.Open($"public static global::System.Collections.Generic.IEnumerable<{Row}<global::Corpus.Document>> Documents");
        writer.Open("get");
        foreach (var name in classes)
        {
            writer.Line($"yield return new {Row}<global::Corpus.Document>({prefix}{name}.{DocumentProperty}) {{ {rowLabel} = {Literals.String(name)} }};");
        }

        if (classes.Length == 0)
        {
            writer.Line("yield break;");
        }

        writer.Close();
        writer.Close();
        writer.Line();

        WriteRows(ParagraphsClass, "paragraph", "Paragraph", ParagraphNamesProperty);
        writer.Line();
        WriteRows(QuotesClass, "quote", "Quote", QuoteNamesProperty);
        writer.Line();

        writer.Open($"private static global::System.Collections.Generic.IEnumerable<{Row}<T>> Rows<T>(global::System.Collections.Generic.IReadOnlyList<T> items, string prefix, string[] names)");
        writer.Open("for (var i = 0; i < items.Count; i++)");
        writer.Line($"yield return new {Row}<T>(items[i]) {{ {rowLabel} = global::Corpus.TestRows.Label(prefix, names, i) }};");
        writer.Close();
        writer.Close();
        writer.Close();

        void WriteRows(string property, string noun, string type, string names)
        {
            writer.Line($"/// <summary>Every {noun} of every document, in order, labelled with its generated member.</summary>");
            writer.Open($"public static global::System.Collections.Generic.IEnumerable<{Row}<global::Corpus.{type}>> {property}");
            writer.Open("get");
            foreach (var name in classes)
            {
                writer.Open($"foreach (var row in Rows({prefix}{name}.{DocumentProperty}.{property}, {Literals.String(name + "." + property)}, {prefix}{name}.{names}))");
                writer.Line("yield return row;");
                writer.Close();
            }

            if (classes.Length == 0)
            {
                writer.Line("yield break;");
            }

            writer.Close();
            writer.Close();
        }
    }

    /// <summary>One speaker per id; aliases are the union over every document, in ordinal order.</summary>
    private static List<SpeakerSpec> MergeSpeakers(IEnumerable<SpeakerSpec> seen)
    {
        var byId = new SortedDictionary<string, (SpeakerSpec First, SortedSet<string> Aliases)>(StringComparer.Ordinal);
        foreach (var speaker in seen)
        {
            if (!byId.TryGetValue(speaker.Id, out var entry))
            {
                entry = (speaker, new SortedSet<string>(StringComparer.Ordinal));
                byId[speaker.Id] = entry;
            }

            entry.Aliases.UnionWith(speaker.Aliases);
        }

        return byId.Values
            .Select(e => e.First with { Id = SpeakerMember(e.First.Id), Aliases = e.Aliases.ToEquatableArray() })
            .ToList();
    }
}
