namespace Corpus;

/// <summary>One sentence of a paragraph.</summary>
/// <param name="Text">The sentence, normalized like <see cref="Paragraph.Text"/>.</param>
/// <param name="Start">Offset of the sentence's first character in <see cref="Document.Text"/>.</param>
/// <param name="Length">Length of the sentence's range in <see cref="Document.Text"/>.</param>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record Sentence(string Text, int Start, int Length)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
