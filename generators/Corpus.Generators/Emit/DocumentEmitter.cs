using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System;
using Corpus.Generators.Model;
using Corpus.Naming;
using static Corpus.Naming.MemberNames;

namespace Corpus.Generators.Emit;

/// <summary>Writes the nested class of one document: its file name, lazy document, paragraphs and quotes.</summary>
internal static class DocumentEmitter
{

    /// <summary>
    /// <c>var council = News.X.Paragraphs;</c> is CS0723 (a static class is no value): the hover says what to hold instead.
    /// </summary>
    private static string HoldRemarks(string corpusClass, string className, EmitSettings settings)
    {
        var qualified = (settings.Namespace.Length == 0 ? string.Empty : settings.Namespace + ".") + corpusClass + "." + className;
        return $"/// <remarks>A static class, not a value: hold the document (<c>var document = {corpusClass}.{className}.{DocumentProperty};</c>, then " +
            $"<c>document.Paragraphs</c>, <c>document.Quotes</c>), or give the class a short name with a using alias (<c>using Article = {qualified};</c>, " +
            $"then <c>Article.{ParagraphsClass}.…</c>, <c>Article.{QuotesClass}.…</c>).</remarks>";
    }

    /// <summary>Emits the document, catching any failure so that it becomes CORPUS099 and the index leaves the document out.</summary>
    public static EmittedDocument TryEmit(DocumentToEmit document)
    {
        var (spec, corpusClass, className, hintName, settings) = document;

        // No runtime: CORPUS007 and nothing generated. Too large for its storage: CORPUS010 comes from the diagnostics pipeline.
        if (!settings.HasRuntime || !StorageLimits.Fits(spec.Size, settings))
        {
            return new EmittedDocument(spec.Path, hintName, null, null);
        }

        try
        {
            if (TestHooks.FailEmittingFileName.Value is { } failing && failing == spec.FileName)
            {
                throw new InvalidOperationException("Emission failed on purpose (test hook).");
            }

            return new EmittedDocument(spec.Path, hintName, Emit(spec, corpusClass, className, settings), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EmittedDocument(spec.Path, hintName, null, new EmitFailure(exception.GetType().Name, exception.Message));
        }
    }

    public static string Emit(DocumentSpec spec, string corpusClass, string className, EmitSettings settings)
    {
        var writer = new SourceWriter();
        Header.Write(writer);
        Header.OpenNamespace(writer, settings.Namespace);
        writer.Open($"public static partial class {corpusClass}");

        writer.Summary(spec.Title);
        writer.Line($"/// <remarks>From <c>{Literals.Xml(spec.RelativePath)}</c>{Published(spec)}: {Count(spec.Paragraphs.Count, "paragraph")}, {Count(spec.Quotes.Count, "quote")}.</remarks>");
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open($"public static partial class {className}");

        writer.Line("/// <summary>The name of the seed file this document was generated from.</summary>");
        writer.Line($"public const string {FileNameConstant} = {Literals.String(spec.FileName)};");
        writer.Line();
        writer.Line("/// <summary>The seed file's path relative to the project directory, with forward slashes (its name when it lies outside).</summary>");
        writer.Line($"public const string {RelativePathConstant} = {Literals.String(spec.RelativePath)};");
        writer.Line();
        writer.Line($"private static global::Corpus.Document? {DocumentField};");
        writer.Line();
        writer.Line("/// <summary>The document, built on first use from its stored text (later calls return the same instance).</summary>");
        writer.Open($"public static global::Corpus.Document {DocumentProperty}");
        writer.Open("get");
        writer.Line($"var document = global::System.Threading.Volatile.Read(ref {DocumentField});");
        writer.Line($"return document ?? global::System.Threading.Interlocked.CompareExchange(ref {DocumentField}, {BuildMethod}(), null) ?? {DocumentField}!;");
        writer.Close();
        writer.Close();
        writer.Line();

        WriteBuild(writer, spec, corpusClass, className, settings);
        writer.Line();
        WriteText(writer, spec, settings);
        if (settings.TestData)
        {
            // The rows keep their labels whatever CorpusMembers says: the names the members have, or would have.
            writer.Line();
            WriteMemberNames(writer, spec, settings);
        }

        if (settings.Has(MemberSets.Paragraphs))
        {
            writer.Line();
            WriteParagraphs(writer, spec, HoldRemarks(corpusClass, className, settings));
        }

        if (settings.Has(MemberSets.Quotes))
        {
            writer.Line();
            WriteQuotes(writer, spec, HoldRemarks(corpusClass, className, settings));
        }

        writer.Close();
        writer.Close();
        Header.CloseNamespace(writer, settings.Namespace);
        return writer.ToString();
    }

    /// <summary>
    /// <c>Build</c> hands the text and the layout (<see cref="Layout"/>) to the runtime's <c>DocumentLayout</c>: data, not
    /// one statement per paragraph, which made a large corpus slow to compile and a document's first read slow to JIT.
    /// </summary>
    private static void WriteBuild(SourceWriter writer, DocumentSpec spec, string corpusClass, string className, EmitSettings settings)
    {
        var cues = new Distinct();
        var speakers = new Distinct();
        var layout = Layout(spec, cues, speakers);
        // Quotes reach their speakers through Speakers.X, or through the corpus class's private SpeakerObjects when the Speakers set is off.
        var speakerClass = settings.Has(MemberSets.Speakers) ? SpeakersClass : SpeakerObjectsClass;
        var prefix = $"{GeneratedNames.NamespacePrefix(settings)}{corpusClass}.{speakerClass}.";

        writer.Line($"private static global::Corpus.Document {BuildMethod}() => global::Corpus.DocumentLayout.Build(");
        writer.Line($"    {Literals.String(className)}, {FileNameConstant}, {RelativePathConstant}, {Literals.String(spec.Title)}, {DateLiteral(spec.Published)}, {TextExpression(spec, settings)}, {LayoutProperty},");
        writer.Line($"    {ArrayOf("string", cues.Values.Select(Literals.String))},");
        writer.Line($"    {ArrayOf("global::Corpus.Speaker", speakers.Values.Select(id => prefix + SpeakerMember(id)))});");
        writer.Line();
        writer.Line("/// <summary>Paragraph, sentence and quote ranges for <c>Corpus.DocumentLayout</c>, as ASCII numbers.</summary>");
        writer.Line(settings.Storage == TextStorage.Utf8Literal
            ? $"private static global::System.ReadOnlySpan<byte> {LayoutProperty} => {Literals.Utf8(layout)};"
            : $"private static string {LayoutProperty} => {Literals.String(layout)};");
    }

    /// <summary>The document's layout (<see cref="LayoutFormat"/>), which <c>Corpus.DocumentLayout</c> reads at run time.</summary>
    internal static string Layout(DocumentSpec spec, Distinct cues, Distinct speakers)
    {
        var layout = new LayoutFormat.Writer(spec.Paragraphs.Count);
        foreach (var p in spec.Paragraphs)
        {
            layout.Paragraph(p.Role, p.Start, p.Length, p.Sentences);
        }

        layout.Quotes(spec.Quotes.Count);
        foreach (var q in spec.Quotes)
        {
            layout.Quote(q.Kind, q.SpeakerId is null ? 0 : speakers.IndexOf(q.SpeakerId) + 1, cues.IndexOf(q.Cue), q.ParagraphIndex, q.Start, q.Length);
        }

        return layout.ToString();
    }

    private static string ArrayOf(string type, IEnumerable<string> items)
    {
        var list = string.Join(", ", items);
        return list.Length == 0 ? $"global::System.Array.Empty<{type}>()" : $"new {type}[] {{ {list} }}";
    }

    /// <summary>Distinct values in first-seen order, each with its index (a document may have tens of thousands of speakers).</summary>
    internal sealed class Distinct
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public List<string> Values { get; } = new();

        public int IndexOf(string value)
        {
            if (!_indexes.TryGetValue(value, out var index))
            {
                _indexes[value] = index = Values.Count;
                Values.Add(value);
            }

            return index;
        }
    }

    private static void WriteText(SourceWriter writer, DocumentSpec spec, EmitSettings settings)
    {
        var storage = StorageOf(spec, settings);
        if (storage == TextStorage.StringLiteral)
        {
            writer.Line($"private static string {TextProperty} => {Literals.String(spec.Text)};");
        }
        else
        {
            WriteUtf8(writer, Utf8Suffix, spec.Text, storage);
        }
    }

    /// <summary>Writes a UTF-8 data member: a <c>"…"u8</c> literal, or a <c>byte[]</c> where the consumer has no UTF-8 literals.</summary>
    private static void WriteUtf8(SourceWriter writer, string name, string text, TextStorage storage)
    {
        if (storage == TextStorage.Utf8Literal)
        {
            writer.Line($"private static global::System.ReadOnlySpan<byte> {name} => {Literals.Utf8(text)};");
            return;
        }

        writer.Line($"private static readonly byte[] {name} = new byte[]");
        writer.Line("{");
        var bytes = Encoding.UTF8.GetBytes(text);
        var line = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            line.Append("0x").Append(bytes[i].ToString("X2", CultureInfo.InvariantCulture)).Append(',');
            if (i % 32 == 31 || i == bytes.Length - 1)
            {
                writer.Line("    " + line.ToString());
                line.Clear();
            }
            else
            {
                line.Append(' ');
            }
        }

        writer.Line("};");
    }

    /// <summary>
    /// The member names of the paragraphs and quotes, for the display names of <c>TestData</c> rows. Stored as one UTF-8
    /// literal per kind rather than a string per name: a large corpus has tens of thousands of names, and every
    /// string literal takes room in the 16 MiB user-string heap the whole assembly shares (CS8103).
    /// </summary>
    private static void WriteMemberNames(SourceWriter writer, DocumentSpec spec, EmitSettings settings)
    {
        var storage = settings.Storage == TextStorage.ByteArray ? TextStorage.ByteArray : TextStorage.Utf8Literal;
        WriteNames(ParagraphNamesProperty, ParagraphNamesField, "paragraph", spec.Paragraphs.Select(p => p.Name));
        writer.Line();
        WriteNames(QuoteNamesProperty, QuoteNamesField, "quote", spec.Quotes.Select(q => q.Name));

        void WriteNames(string property, string field, string noun, IEnumerable<string?> names)
        {
            writer.Line($"private static string[]? {field};");
            writer.Line();
            writer.Line($"/// <summary>The generated member name of each {noun} that has one, in order.</summary>");
            writer.Line($"internal static string[] {property} => {field} ??= global::Corpus.TestRows.MemberNames({property}{Utf8Suffix});");
            writer.Line();
            WriteUtf8(writer, property + Utf8Suffix, string.Join("\n", names.TakeWhile(n => n is not null)), storage);
        }
    }

    private static void WriteParagraphs(SourceWriter writer, DocumentSpec spec, string remarks)
    {
        writer.Line("/// <summary>The paragraphs of this document, named by their opening words.</summary>");
        writer.Line(remarks);
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open($"public static class {ParagraphsClass}");
        for (var i = 0; i < spec.Paragraphs.Count; i++)
        {
            var p = spec.Paragraphs[i];
            if (p.Name is null)
            {
                break;
            }

            if (i > 0)
            {
                writer.Line();
            }

            writer.Summary($"{p.Role}: {p.Preview}");
            writer.Line($"public static global::Corpus.Paragraph {p.Name} => {DocumentProperty}.Paragraphs[{Number(i)}];");
        }

        writer.Close();
    }

    private static void WriteQuotes(SourceWriter writer, DocumentSpec spec, string remarks)
    {
        writer.Line("/// <summary>The quotes of this document, named by speaker and opening words.</summary>");
        writer.Line(remarks);
        writer.Line(Header.GeneratedCodeAttribute);
        writer.Open($"public static class {QuotesClass}");
        var names = new Dictionary<string, string>(StringComparer.Ordinal); // the first speaker of an id, as a scan would find
        foreach (var speaker in spec.Speakers)
        {
            if (!names.ContainsKey(speaker.Id))
            {
                names[speaker.Id] = speaker.Name;
            }
        }

        for (var i = 0; i < spec.Quotes.Count; i++)
        {
            var q = spec.Quotes[i];
            if (q.Name is null)
            {
                break;
            }

            if (i > 0)
            {
                writer.Line();
            }

            var speaker = q.SpeakerId is not null && names.TryGetValue(q.SpeakerId, out var name) ? name : "unattributed";
            writer.Summary($"{speaker} ({QuoteHow(q)}): {q.Preview}");
            writer.Line($"public static global::Corpus.Quote {q.Name} => {DocumentProperty}.Quotes[{Number(i)}];");
        }

        writer.Close();
    }

    /// <summary>A quote's kind and cue, <c>Reported, said</c>; the kind alone when no verb introduced it (a Q&amp;A answer, a quote after its speaker's name).</summary>
    internal static string QuoteHow(QuoteSpec quote) => quote.Cue.Length == 0 ? quote.Kind.ToString() : $"{quote.Kind}, {quote.Cue}";

    private static TextStorage StorageOf(DocumentSpec spec, EmitSettings settings) => StorageLimits.StorageOf(spec.Size, settings);

    private static string TextExpression(DocumentSpec spec, EmitSettings settings) =>
        StorageOf(spec, settings) == TextStorage.StringLiteral ? TextProperty : $"global::Corpus.CorpusText.Decode({Utf8Suffix})";

    private static string DateLiteral(string? published)
    {
        if (published is null)
        {
            return "null";
        }

        var date = System.DateTime.ParseExact(published, "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        return string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateTime({0}, {1}, {2}, {3}, {4}, {5})",
            date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second);
    }

    private static string Published(DocumentSpec spec) =>
        spec.Published is null ? string.Empty : ", published " + spec.Published.Replace('T', ' ');

    internal static string Count(int n, string noun) => Number(n) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
