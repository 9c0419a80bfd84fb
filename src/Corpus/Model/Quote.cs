namespace Corpus;

/// <summary>A statement attributed (or not yet attributable) to a speaker.</summary>
/// <param name="Text">The statement, normalized: for a direct quote the words inside the marks, for reported speech the reported clause.</param>
/// <param name="Kind">Direct (in quotation marks) or reported.</param>
/// <param name="Speaker">Who said it, or <see langword="null"/> when the text does not say.</param>
/// <param name="Cue">The reporting verb as written ("said", "pointed out", "according to"), or empty when there is none.</param>
/// <param name="ParagraphIndex">Index of the paragraph the statement starts in.</param>
/// <param name="Start">Offset of the statement's first character in <see cref="Document.Text"/>.</param>
/// <param name="Length">Length of the statement's range in <see cref="Document.Text"/>.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record Quote(string Text, QuoteKind Kind, Speaker? Speaker, string Cue, int ParagraphIndex, int Start, int Length)
{
    /// <inheritdoc />
    public override string ToString() => Speaker is null ? Text : $"{Speaker.Name} {Cue}: {Text}";
}
