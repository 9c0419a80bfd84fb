using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus;

/// <summary>One article of a corpus: its original text and everything the parser read from it.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record Document
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The generated identifier (the nested class name in the generated corpus).</param>
    /// <param name="fileName">The seed file's name, without folders.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time as printed, or <see langword="null"/> when the page gives none.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="paragraphs">Every block, in order.</param>
    /// <param name="quotes">Every statement, in order of appearance.</param>
    /// <param name="speakers">Every speaker of a statement in this document.</param>
    public Document(
        string id,
        string fileName,
        string title,
        DateTime? published,
        string text,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<Speaker> speakers)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Published = published;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Paragraphs = paragraphs ?? throw new ArgumentNullException(nameof(paragraphs));
        Quotes = quotes ?? throw new ArgumentNullException(nameof(quotes));
        Speakers = speakers ?? throw new ArgumentNullException(nameof(speakers));
        Body = paragraphs.Where(p => p.Role == ParagraphRole.Body).ToArray();
    }

    /// <summary>The generated identifier: the nested class name of this document in the generated corpus.</summary>
    public string Id { get; }

    /// <summary>The seed file's name, without folders.</summary>
    public string FileName { get; }

    /// <summary>
    /// The seed file's path relative to the project directory, with forward slashes (<c>articles/2024/talks.txt</c>): what
    /// tells apart two documents whose files have one name in different folders. The generated code sets it; it is the
    /// file name when the file lies outside the project directory, and for a document parsed at run time unless set
    /// (<c>document with { RelativePath = "articles/talks.txt" }</c>). Not part of equality: a document parsed at run time
    /// from a file's text equals the one generated from the file, wherever the file is.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string RelativePath
    {
        get => _relativePath ?? FileName;
        init => _relativePath = value ?? throw new ArgumentNullException(nameof(value));
    }

    private readonly string? _relativePath;

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>Publication time, local as printed (no time zone is invented), or <see langword="null"/> when the page gives none or it is ambiguous.</summary>
    public DateTime? Published { get; }

    /// <summary>The whole original text, nothing dropped.</summary>
    public string Text { get; }

    /// <summary>Every block in order, boilerplate included.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The paragraphs whose role is <see cref="ParagraphRole.Body"/>.</summary>
    public IReadOnlyList<Paragraph> Body { get; }

    /// <summary>Every statement, in order of appearance.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every speaker of a statement in this document, in order of first statement.</summary>
    public IReadOnlyList<Speaker> Speakers { get; }

    /// <inheritdoc />
    public bool Equals(Document? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id && FileName == other.FileName && Title == other.Title && Published == other.Published
                && Text == other.Text
                && Sequences.Equal(Paragraphs, other.Paragraphs)
                && Sequences.Equal(Quotes, other.Quotes)
                && Sequences.Equal(Speakers, other.Speakers)));

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(FileName) ^ Text.Length;

    /// <inheritdoc />
    public override string ToString() => $"{FileName}: {Title}";
}
