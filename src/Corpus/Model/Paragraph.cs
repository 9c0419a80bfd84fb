using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>One block of an article, with its role and its exact range in the original text.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record Paragraph
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="index">Position among the document's paragraphs, from 0.</param>
    /// <param name="role">What the block is.</param>
    /// <param name="text">The block's text, normalized (see <see cref="Text"/>).</param>
    /// <param name="start">Offset of the first character in <see cref="Document.Text"/>.</param>
    /// <param name="length">Length of the range in <see cref="Document.Text"/>.</param>
    /// <param name="sentences">The block's sentences, in order.</param>
    public Paragraph(int index, ParagraphRole role, string text, int start, int length, IReadOnlyList<Sentence> sentences)
    {
        Index = index;
        Role = role;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Start = start;
        Length = length;
        Sentences = sentences ?? throw new ArgumentNullException(nameof(sentences));
    }

    /// <summary>Position among the document's paragraphs, from 0.</summary>
    public int Index { get; }

    /// <summary>What the block is: title, dateline, caption, heading, body, boilerplate, related teaser or duplicate.</summary>
    public ParagraphRole Role { get; }

    /// <summary>
    /// The block's text, normalized: every run of white space (non-breaking spaces and line breaks included)
    /// becomes one space, and the ends are trimmed. The exact original is <c>Document.Text.Substring(Start, Length)</c>.
    /// </summary>
    public string Text { get; }

    /// <summary>Offset of the block's first non-white-space character in <see cref="Document.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Length of the block's range in <see cref="Document.Text"/>, from its first to its last non-white-space character.</summary>
    public int Length { get; }

    /// <summary>The block's sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <inheritdoc />
    public bool Equals(Paragraph? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Index == other.Index && Role == other.Role && Start == other.Start && Length == other.Length
                && Text == other.Text && Sequences.Equal(Sentences, other.Sentences)));

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Index * 397) ^ Start ^ ((int)Role << 24));

    /// <inheritdoc />
    public override string ToString() => $"[{Index} {Role}] {Text}";
}
