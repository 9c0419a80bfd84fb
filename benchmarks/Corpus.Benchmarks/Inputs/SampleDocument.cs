namespace Corpus.Benchmarks.Inputs;

/// <summary>Documents of three sizes, for costs that should grow with a document's size.</summary>
public enum SampleDocument
{
    /// <summary>The smallest seed (about 4.6 KB).</summary>
    SmallestSeed,

    /// <summary>The largest seed (about 15 KB).</summary>
    LargestSeed,

    /// <summary>The first document of the large corpus (about 84 KB).</summary>
    LargeCorpusDocument,
}
