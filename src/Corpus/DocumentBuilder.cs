using System;
using System.Collections.Generic;
using Corpus.Parsing;

namespace Corpus;

/// <summary>
/// Assembles a <see cref="Document"/> from ranges into its text. The parser and the generated code both build
/// documents through this one class, which is why a parsed seed and its generated document are equal.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly string _id;
    private readonly string _fileName;
    private readonly string? _relativePath;
    private readonly string _title;
    private readonly DateTime? _published;
    private readonly string _text;
    private readonly List<Paragraph> _paragraphs = new();
    private readonly List<Quote> _quotes = new();
    private readonly List<Speaker> _speakers = new();
    private readonly HashSet<Speaker> _speakerSet = new(); // List.Contains made 60,000 speakers take minutes

    /// <summary>Starts a document.</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    public DocumentBuilder(string id, string fileName, string title, DateTime? published, string text)
    {
        _id = id ?? throw new ArgumentNullException(nameof(id));
        _fileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        _title = title ?? throw new ArgumentNullException(nameof(title));
        _published = published;
        _text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>Starts a document whose seed file's path relative to the project is known.</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="relativePath">The seed file's path relative to the project directory (<see cref="Document.RelativePath"/>).</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    public DocumentBuilder(string id, string fileName, string relativePath, string title, DateTime? published, string text)
        : this(id, fileName, title, published, text)
    {
        _relativePath = relativePath ?? throw new ArgumentNullException(nameof(relativePath));
    }

    /// <summary>Adds the next paragraph.</summary>
    /// <param name="role">The paragraph's role.</param>
    /// <param name="start">Offset of the paragraph in the text.</param>
    /// <param name="length">Length of the paragraph's range.</param>
    /// <param name="sentenceRanges">Start and length of every sentence, in pairs.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Paragraph(ParagraphRole role, int start, int length, params int[] sentenceRanges)
    {
        if (sentenceRanges is null || sentenceRanges.Length % 2 != 0)
        {
            throw new ArgumentException("Sentence ranges come in (start, length) pairs.", nameof(sentenceRanges));
        }

        var sentences = new Sentence[sentenceRanges.Length / 2];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = SentenceAt(sentenceRanges[2 * i], sentenceRanges[(2 * i) + 1]);
        }

        _paragraphs.Add(new Paragraph(_paragraphs.Count, role, CorpusText.Slice(_text, start, length), start, length, sentences));
        return this;
    }

    /// <summary>Adds the next paragraph as the parser read it: its text is already normalized, so it is not sliced twice.</summary>
    internal void Paragraph(ParagraphRole role, string normalizedText, TextRange range, IReadOnlyList<TextRange> sentenceRanges)
    {
        // In a paragraph that needed no folding, a trimmed sentence needs none either: it is copied, not scanned again, and
        // one that is the whole paragraph is the paragraph's text.
        var unfolded = normalizedText.Length == range.Length && string.CompareOrdinal(_text, range.Start, normalizedText, 0, range.Length) == 0;
        var sentences = new Sentence[sentenceRanges.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentenceRanges[i];
            sentences[i] = unfolded && sentence.Length > 0 && !CorpusText.IsSpace(_text[sentence.Start]) && !CorpusText.IsSpace(_text[sentence.End - 1])
                ? new Sentence(sentence.Start == range.Start && sentence.Length == range.Length ? normalizedText : _text.Substring(sentence.Start, sentence.Length), sentence.Start, sentence.Length)
                : SentenceAt(sentence.Start, sentence.Length);
        }

        _paragraphs.Add(new Paragraph(_paragraphs.Count, role, normalizedText, range.Start, range.Length, sentences));
    }

    /// <summary>
    /// The text of sentence <paramref name="sentence"/> of paragraph <paramref name="paragraph"/> as added: the range
    /// normalized (<see cref="CorpusText.Slice"/>), so a parser stage that reads the sentence needs no copy of its own.
    /// </summary>
    internal string SentenceText(int paragraph, int sentence) => _paragraphs[paragraph].Sentences[sentence].Text;

    private Sentence SentenceAt(int start, int length) => new(CorpusText.Slice(_text, start, length), start, length);

    /// <summary>Adds the next quote.</summary>
    /// <param name="kind">Direct or reported.</param>
    /// <param name="speaker">Who said it, or <see langword="null"/>.</param>
    /// <param name="cue">The reporting verb as written.</param>
    /// <param name="paragraphIndex">The paragraph the quote starts in.</param>
    /// <param name="start">Offset of the quote in the text.</param>
    /// <param name="length">Length of the quote's range.</param>
    /// <returns>This builder.</returns>
    public DocumentBuilder Quote(QuoteKind kind, Speaker? speaker, string cue, int paragraphIndex, int start, int length)
    {
        _quotes.Add(new Quote(CorpusText.Slice(_text, start, length), kind, speaker, cue ?? string.Empty, paragraphIndex, start, length));
        if (speaker is not null && _speakerSet.Add(speaker))
        {
            _speakers.Add(speaker);
        }

        return this;
    }

    /// <summary>Builds the document.</summary>
    /// <returns>The document.</returns>
    public Document Build() =>
        new(_id, _fileName, _title, _published, _text, _paragraphs.ToArray(), _quotes.ToArray(), _speakers.ToArray())
        {
            RelativePath = _relativePath ?? _fileName,
        };
}
