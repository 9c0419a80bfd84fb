namespace Corpus.Parsing;

/// <summary>A range of the document text: <c>Start</c> and <c>Length</c> in UTF-16 code units.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
