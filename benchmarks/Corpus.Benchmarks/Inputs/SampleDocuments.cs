using System.Linq;

namespace Corpus.Benchmarks.Inputs;

/// <summary>The texts behind <see cref="SampleDocument"/>.</summary>
public static class SampleDocuments
{
    /// <summary>The text of a sample document.</summary>
    /// <param name="document">Which one.</param>
    /// <returns>Its file name and text.</returns>
    public static SeedText Get(SampleDocument document) => document switch
    {
        SampleDocument.SmallestSeed => BenchmarkInputs.Load(CorpusKind.Seeds).OrderBy(t => t.Utf8Bytes).First(),
        SampleDocument.LargestSeed => BenchmarkInputs.Load(CorpusKind.Seeds).OrderBy(t => t.Utf8Bytes).Last(),
        _ => BenchmarkInputs.Load(CorpusKind.Large)[0],
    };
}
