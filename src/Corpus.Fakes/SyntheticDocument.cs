using Corpus.Parsing;

namespace Corpus.Fakes;

/// <summary>A synthetic article: the text of a seed file and the reading the parser must give it.</summary>
/// <param name="Seed">The <see cref="CorpusFaker"/> seed.</param>
/// <param name="Index">Which article of that faker (<see cref="CorpusFaker.Generate(int)"/>).</param>
/// <param name="FileName">The file name to write it under.</param>
/// <param name="Text">The whole text, as it will be written.</param>
/// <param name="Key">The right reading, known by construction.</param>
/// <param name="Plan">What the article was drawn to contain.</param>
public sealed record SyntheticDocument(int Seed, int Index, string FileName, string Text, AnswerKey Key, ArticlePlan Plan)
{
    /// <summary>How to get this article again.</summary>
    public string Reproduce => $"new CorpusFaker(seed: {Seed}, corpus).Generate({Index})";

    /// <summary>Reads the text with <see cref="CorpusParser.Parse(string, string)"/>.</summary>
    /// <returns>The parsed document.</returns>
    public Document Parse() => CorpusParser.Parse(Text, FileName);

    /// <inheritdoc />
    public override string ToString() => $"{FileName} ({Reproduce}): {Key.Title}";
}
