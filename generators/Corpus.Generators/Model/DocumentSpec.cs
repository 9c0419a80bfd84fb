using Corpus.Naming;

namespace Corpus.Generators.Model;

/// <summary>Everything the emitter needs to write one document: a value-equal snapshot of a parsed document.</summary>
/// <param name="Corpus">The corpus: the file's <c>Corpus</c> metadata, trimmed. Files with one value are one corpus.</param>
/// <param name="CorpusClass">The corpus class name wanted before corpora that want the same one are told apart (CORPUS016).</param>
/// <param name="Path">The seed file's path (sorting and diagnostics only; never emitted).</param>
/// <param name="FileName">The seed file's name.</param>
/// <param name="RelativePath">The seed file's path relative to the project directory, forward slashes (the file name outside it).</param>
/// <param name="WantedName">The class name wanted before collisions are resolved (title-derived or <c>CorpusName</c>).</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">Publication time as <c>yyyy-MM-ddTHH:mm:ss</c>, or <see langword="null"/>.</param>
/// <param name="Text">The whole original text.</param>
/// <param name="Size">What storing the text takes.</param>
/// <param name="Paragraphs">Every paragraph, with its member name.</param>
/// <param name="Quotes">Every quote, with its member name.</param>
/// <param name="Speakers">The speakers of this document's quotes.</param>
internal sealed record DocumentSpec(
    string Corpus,
    string CorpusClass,
    string Path,
    string FileName,
    string RelativePath,
    string WantedName,
    string Title,
    string? Published,
    string Text,
    TextSize Size,
    EquatableArray<ParagraphSpec> Paragraphs,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<SpeakerSpec> Speakers);

/// <summary>One paragraph: its member name (none past the first 10,000), role, range, sentence ranges (start/length pairs) and preview.</summary>
internal sealed record ParagraphSpec(string? Name, ParagraphRole Role, int Start, int Length, EquatableArray<int> Sentences, string Preview);

/// <summary>One quote: its member name (none past the first 10,000), kind, speaker id, cue, paragraph, range and preview.</summary>
internal sealed record QuoteSpec(string? Name, QuoteKind Kind, string? SpeakerId, string Cue, int ParagraphIndex, int Start, int Length, string Preview);

/// <summary>One speaker as a document saw it.</summary>
internal sealed record SpeakerSpec(string Id, string Name, SpeakerKind Kind, EquatableArray<string> Aliases);

/// <summary>What storing a document's text takes: its length in UTF-16 chars and UTF-8 bytes, and whether UTF-8 can hold it.</summary>
/// <param name="Chars">Length in UTF-16 code units.</param>
/// <param name="Utf8Bytes">Length in UTF-8 bytes.</param>
/// <param name="HasLoneSurrogate">Whether the text holds a lone surrogate, which no UTF-8 literal can carry.</param>
internal readonly record struct TextSize(int Chars, long Utf8Bytes, bool HasLoneSurrogate)
{
    /// <summary>Measures a text.</summary>
    public static TextSize Of(string text) => new(text.Length, System.Text.Encoding.UTF8.GetByteCount(text), HasLoneSurrogateIn(text));

    /// <summary>True when <paramref name="value"/> holds a lone surrogate, which no UTF-8 literal can carry.</summary>
    public static bool HasLoneSurrogateIn(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What the corpus index needs of one document.</summary>
/// <param name="Corpus">The corpus: the file's <c>Corpus</c> metadata, trimmed.</param>
/// <param name="CorpusClass">The corpus class name wanted before corpora that want the same one are told apart.</param>
/// <param name="Path">The seed file's path.</param>
/// <param name="FileName">The seed file's name.</param>
/// <param name="WantedName">The class name wanted before collisions are resolved.</param>
/// <param name="LargeSize">The text's size when it is large enough that some storage cannot hold it, else <see langword="null"/>
/// (so that editing a small document does not re-emit the index).</param>
/// <param name="Speakers">The speakers of this document's quotes.</param>
internal sealed record DocumentSummary(string Corpus, string CorpusClass, string Path, string FileName, string WantedName, TextSize? LargeSize, EquatableArray<SpeakerSpec> Speakers);

/// <summary>The class name every corpus and document of a compilation gets, after collisions are resolved.</summary>
/// <param name="Entries">One entry per document.</param>
/// <param name="Corpora">One entry per corpus: its <c>Corpus</c> metadata, class name and index file's hint name.</param>
internal sealed record NameMap(EquatableArray<NameMap.Entry> Entries, EquatableArray<NameMap.Entry> Corpora)
{
    public string ClassNameOf(string path) => Find(Entries, path)?.ClassName ?? "_";

    /// <summary>The class of the corpus whose <c>Corpus</c> metadata is <paramref name="corpus"/>.</summary>
    public string CorpusClassOf(string corpus) => Find(Corpora, corpus)?.ClassName ?? corpus;

    /// <summary>The file name of the document's generated source: unique ignoring case, as Roslyn requires.</summary>
    public string HintNameOf(string path) => Find(Entries, path)?.HintName ?? "_.g.cs";

    public string IndexHintNameOf(string corpus) => Find(Corpora, corpus)?.HintName ?? corpus + ".g.cs";

    private static Entry? Find(EquatableArray<Entry> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>A generated class and its source file.</summary>
    /// <param name="Key">The seed file's path (documents) or the <c>Corpus</c> metadata (corpora).</param>
    /// <param name="ClassName">The class name.</param>
    /// <param name="HintName">The generated file's hint name.</param>
    internal sealed record Entry(string Key, string ClassName, string HintName);
}

/// <summary>Compilation-wide settings of the emitted code.</summary>
/// <param name="Namespace">The namespace of the generated code, or empty for the global namespace.</param>
/// <param name="Storage">How document text is stored.</param>
/// <param name="HasRuntime">Whether the compilation references the Corpus runtime library.</param>
/// <param name="TestData">Whether the compilation references MSTest's <c>TestDataRow&lt;T&gt;</c>, so each corpus gets a
/// <c>TestData</c> class of rows for <c>[DynamicData]</c>.</param>
/// <param name="RowLabel">
/// The <c>TestDataRow&lt;T&gt;</c> property that labels a row: <c>ArgumentsDisplayName</c> (the test's name, then the label
/// in parentheses) where MSTest has it, else <c>DisplayName</c> (the label alone), which MSTest 3.8 to 4.0 have.
/// </param>
/// <param name="Members">The member sets to write (the <c>CorpusMembers</c> property).</param>
internal sealed record EmitSettings(string Namespace, TextStorage Storage, bool HasRuntime, bool TestData, string RowLabel, MemberSets Members = MemberSets.All)
{
    /// <summary>Whether <paramref name="set"/> is generated.</summary>
    public bool Has(MemberSets set) => (Members & set) == set;
}

/// <summary>How a document's text is stored in generated code.</summary>
internal enum TextStorage
{
    /// <summary>A <c>"…"u8</c> literal (C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c> available).</summary>
    Utf8Literal,

    /// <summary>A static <c>byte[]</c> of UTF-8 (older language versions).</summary>
    ByteArray,

    /// <summary>A plain string literal: only for a text with lone surrogates, which UTF-8 cannot carry.</summary>
    StringLiteral,
}
