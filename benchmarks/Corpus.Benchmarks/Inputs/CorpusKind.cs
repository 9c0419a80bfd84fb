namespace Corpus.Benchmarks.Inputs;

/// <summary>Which corpus a benchmark reads.</summary>
public enum CorpusKind
{
    /// <summary>The repository's five seed articles (about 40 KB).</summary>
    Seeds,

    /// <summary>250 synthetic articles of about 84 KB, at least 20 MiB in all (<see cref="Corpus.Fakes.LargeCorpus"/>, seed 5).</summary>
    Large,

    /// <summary>A newsroom archive: 5,000 synthetic articles of 2 to about 8 KB, about 23 MB in all (<see cref="Corpus.Fakes.LargeCorpus.Archive"/>, seed 5).</summary>
    Archive,

    /// <summary>
    /// Speeches in the shape of the State of the Union addresses: 230 texts of about 45 KB (10 MB), each of one to three
    /// very long paragraphs (<see cref="SpeechCorpus"/>).
    /// </summary>
    Speeches,

    /// <summary>
    /// The shape of <see cref="Speeches"/> (230 texts of one to three paragraphs each) without quotes, as real addresses
    /// have few: made from articles of body paragraphs only (<see cref="SpeechCorpus.WriteAddressesTo"/>), 61 to 76 KB each,
    /// 15.7 MB in all.
    /// </summary>
    Addresses,
}
