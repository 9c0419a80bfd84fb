using System.Collections.Generic;
using Corpus.Parsing;

namespace Corpus.Fakes;

/// <summary>
/// A real document changed by a chain of <see cref="VariantOperator"/>s, with the reading the parser must give it:
/// the parser's reading of the original, changed as each operator says.
/// </summary>
/// <param name="Seed">The <see cref="CorpusFaker"/> seed.</param>
/// <param name="Index">Which variant of that document (<see cref="CorpusFaker.Variant(Document, int)"/>).</param>
/// <param name="FileName">The original document's file name.</param>
/// <param name="Operations">What was done, in order, each with where ("Typo: p12 'relations' → 'rleations'").</param>
/// <param name="Guarantees">What must still hold, one line per operator.</param>
/// <param name="Text">The changed text.</param>
/// <param name="Key">The reading the parser must give it.</param>
public sealed record Variant(int Seed, int Index, string FileName, IReadOnlyList<string> Operations, IReadOnlyList<string> Guarantees, string Text, AnswerKey Key)
{
    /// <summary>How to get this variant again, with the operator chain: print it when a check fails.</summary>
    public string Reproduce => $"new CorpusFaker(seed: {Seed}).Variant({FileName}, {Index}) = {string.Join(" → ", Operations)}";

    /// <summary>Reads the changed text with <see cref="CorpusParser.Parse(string, string)"/>.</summary>
    /// <returns>The parsed document.</returns>
    public Document Parse() => CorpusParser.Parse(Text, FileName);

    /// <inheritdoc />
    public override string ToString() => Reproduce;
}
