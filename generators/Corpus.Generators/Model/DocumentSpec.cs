namespace Corpus.Generators.Model;

/// <summary>Everything the emitter needs to write one document: a value-equal snapshot of a parsed document.</summary>
/// <param name="Corpus">The corpus class name.</param>
/// <param name="Path">The seed file's path (sorting and diagnostics only; never emitted).</param>
/// <param name="FileName">The seed file's name.</param>
/// <param name="WantedName">The class name wanted before collisions are resolved (title-derived or <c>CorpusName</c>).</param>
/// <param name="Title">The headline.</param>
/// <param name="Published">Publication time as <c>yyyy-MM-ddTHH:mm:ss</c>, or <see langword="null"/>.</param>
/// <param name="Text">The whole original text.</param>
/// <param name="Paragraphs">Every paragraph, with its member name.</param>
/// <param name="Quotes">Every quote, with its member name.</param>
/// <param name="Speakers">The speakers of this document's quotes.</param>
internal sealed record DocumentSpec(
    string Corpus,
    string Path,
    string FileName,
    string WantedName,
    string Title,
    string? Published,
    string Text,
    EquatableArray<ParagraphSpec> Paragraphs,
    EquatableArray<QuoteSpec> Quotes,
    EquatableArray<SpeakerSpec> Speakers);

/// <summary>One paragraph: its member name, role, range, sentence ranges (start/length pairs) and preview.</summary>
internal sealed record ParagraphSpec(string Name, ParagraphRole Role, int Start, int Length, EquatableArray<int> Sentences, string Preview);

/// <summary>One quote: its member name, kind, speaker id, cue, paragraph, range and preview.</summary>
internal sealed record QuoteSpec(string Name, QuoteKind Kind, string? SpeakerId, string Cue, int ParagraphIndex, int Start, int Length, string Preview);

/// <summary>One speaker as a document saw it.</summary>
internal sealed record SpeakerSpec(string Id, string Name, SpeakerKind Kind, EquatableArray<string> Aliases);

/// <summary>What the corpus index needs of one document.</summary>
internal sealed record DocumentSummary(string Corpus, string Path, string FileName, string WantedName, EquatableArray<SpeakerSpec> Speakers);

/// <summary>The class name every document of a compilation gets, after collisions are resolved.</summary>
internal sealed record NameMap(EquatableArray<NameMap.Entry> Entries)
{
    public string ClassNameOf(string path)
    {
        foreach (var entry in Entries)
        {
            if (entry.Path == path)
            {
                return entry.ClassName;
            }
        }

        return "_";
    }

    internal sealed record Entry(string Corpus, string Path, string ClassName);
}

/// <summary>Compilation-wide settings of the emitted code.</summary>
/// <param name="Namespace">The namespace of the generated code, or empty for the global namespace.</param>
/// <param name="Storage">How document text is stored.</param>
/// <param name="HasRuntime">Whether the compilation references the Corpus runtime library.</param>
internal sealed record EmitSettings(string Namespace, TextStorage Storage, bool HasRuntime);

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
