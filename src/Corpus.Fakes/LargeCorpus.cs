using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.Fakes;

/// <summary>
/// A deterministic corpus of many long synthetic articles, for scale tests and benchmarks: <see cref="Documents"/>
/// articles of at least <see cref="TotalBytes"/> of UTF-8 text together. The same seed and corpus give the same bytes
/// on every machine, so a test and a benchmark that ask for the same size read the same files.
/// </summary>
/// <remarks>
/// A default <see cref="CorpusFaker"/> article is about 2 KB (2 to 6 filler and 2 to 7 quote paragraphs of about
/// 230 bytes each). A large corpus draws the same articles with as many paragraphs as it takes to reach its share
/// of <see cref="TotalBytes"/> — about 360 paragraphs for the 80 KB of a 250-document, 20 MiB corpus — half filler,
/// half quotes, with everything else (title, date line, captions, speakers, wording) as the faker draws it.
/// </remarks>
/// <example>
/// <code>
/// var large = new LargeCorpus(seed: 5, corpus: Seeds.All);            // 250 documents, 20 MiB
/// large.WriteTo("obj/large-corpus");                                    // fake_5_0000.txt … fake_5_0249.txt
/// </code>
/// </example>
public sealed class LargeCorpus
{
    /// <summary>The default number of documents: the scale of the generator's large-corpus test.</summary>
    public const int DefaultDocuments = 250;

    /// <summary>The default total size: 20 MiB of UTF-8, past the 16 MiB that string literals could hold (CS8103).</summary>
    public const long DefaultTotalBytes = 20L * 1024 * 1024;

    /// <summary>A little under the UTF-8 bytes a paragraph of a long synthetic article takes (about 215), so one draw is mostly enough.</summary>
    private const int BytesPerParagraphGuess = 205;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The number of articles of <see cref="Archive"/>: a newsroom archive of short articles.</summary>
    public const int ArchiveDocuments = 5000;

    /// <summary>The least size of an <see cref="Archive"/> article in UTF-8 bytes.</summary>
    public const int ArchiveMinimumBytes = 2 * 1024;

    /// <summary>
    /// The greatest least size of an <see cref="Archive"/> article in UTF-8 bytes: an article comes out a little over the
    /// size drawn for it, so the articles run from 2 to about 8 KB.
    /// </summary>
    public const int ArchiveMaximumBytes = 6 * 1024;

    private readonly CorpusFaker _faker;

    /// <summary>For an archive, the least size of each article, drawn from the seed; null when every article gets an equal share.</summary>
    private readonly Func<int, long>? _sizeOf;

    /// <summary>Creates a large corpus learned from <paramref name="corpus"/>.</summary>
    /// <param name="seed">The seed everything derives from (the <see cref="CorpusFaker"/> seed).</param>
    /// <param name="corpus">Parsed documents to learn words, sentence shapes and speakers from, for example <c>Seeds.All</c>.</param>
    /// <param name="documents">How many documents; at least one.</param>
    /// <param name="totalBytes">The least total size in UTF-8 bytes; each document gets an equal share, rounded up.</param>
    public LargeCorpus(int seed, IEnumerable<Document> corpus, int documents = DefaultDocuments, long totalBytes = DefaultTotalBytes)
    {
        if (documents < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(documents), documents, "A corpus has at least one document.");
        }

        if (totalBytes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(totalBytes), totalBytes, "A size is not negative.");
        }

        _faker = new CorpusFaker(seed, corpus ?? throw new ArgumentNullException(nameof(corpus)));
        Documents = documents;
        TotalBytes = totalBytes;
    }

    private LargeCorpus(int seed, IEnumerable<Document> corpus, int documents, Func<int, long> sizeOf)
        : this(seed, corpus, documents, totalBytes: 0)
    {
        _sizeOf = sizeOf;
        var total = 0L;
        for (var i = 0; i < documents; i++)
        {
            total += sizeOf(i);
        }

        TotalBytes = total;
    }

    /// <summary>
    /// A newsroom archive: <see cref="ArchiveDocuments"/> articles of 2 to about 8 KB (each at least a size drawn evenly
    /// from 2 to 6 KB per article from the seed), about 23 MB together. This is the shape of a real archive (thousands of short articles, about
    /// 150,000 paragraphs and quotes), where <see cref="LargeCorpus(int, IEnumerable{Document}, int, long)"/>'s default is
    /// a few hundred very long ones.
    /// </summary>
    /// <param name="seed">The seed everything derives from.</param>
    /// <param name="corpus">Parsed documents to learn from, for example <c>Seeds.All</c>.</param>
    /// <param name="documents">How many articles; <see cref="ArchiveDocuments"/> unless a test wants fewer of the same shape.</param>
    /// <returns>The archive; article <c>i</c> is the same whatever <paramref name="documents"/> is.</returns>
    public static LargeCorpus Archive(int seed, IEnumerable<Document> corpus, int documents = ArchiveDocuments)
    {
        if (documents < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(documents), documents, "A corpus has at least one document.");
        }

        return new LargeCorpus(seed, corpus, documents, index =>
            ArchiveMinimumBytes + Seeding.For(seed, "archive-size", index).Number(0, ArchiveMaximumBytes - ArchiveMinimumBytes));
    }

    /// <summary>The seed everything derives from.</summary>
    public int Seed => _faker.Seed;

    /// <summary>How many documents the corpus has.</summary>
    public int Documents { get; }

    /// <summary>The least total size of the corpus in UTF-8 bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>
    /// The least size of each document in UTF-8 bytes: an equal share of <see cref="TotalBytes"/>, rounded up (for an
    /// <see cref="Archive"/>, the average; each article has its own, <see cref="BytesOf"/>).
    /// </summary>
    public long BytesPerDocument => (TotalBytes + Documents - 1) / Documents;

    /// <summary>The least size of document <paramref name="index"/> in UTF-8 bytes.</summary>
    /// <param name="index">Which document, from 0 to <see cref="Documents"/> - 1.</param>
    /// <returns>Its share of <see cref="TotalBytes"/>, or for an <see cref="Archive"/> its own size between 2 and 6 KB.</returns>
    public long BytesOf(int index) => _sizeOf?.Invoke(index) ?? BytesPerDocument;

    /// <summary>Document <paramref name="index"/>: the same on every run, whichever documents were made before it.</summary>
    /// <param name="index">Which document, from 0 to <see cref="Documents"/> - 1.</param>
    /// <returns>The article (file name <c>fake_{seed}_{index:D4}.txt</c>), its answer key and its plan.</returns>
    public SyntheticDocument Generate(int index)
    {
        if (index < 0 || index >= Documents)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The corpus has {Documents} documents.");
        }

        // Draw the article with as many paragraphs as the guess says; when it comes out short, draw it again with the
        // count scaled by how short it was. Each draw depends only on (seed, index, count), so the result is fixed.
        var wanted = BytesOf(index);
        var paragraphs = (int)Math.Min(int.MaxValue / 2, Math.Max(4, wanted / BytesPerParagraphGuess));
        while (true)
        {
            var count = paragraphs;
            var article = _faker.Generate(index, plan =>
            {
                plan.BodyParagraphs = count / 2;
                plan.QuoteParagraphs = count - (count / 2);
            });
            var size = Utf8.GetByteCount(article.Text);
            if (size >= wanted)
            {
                return article;
            }

            paragraphs = (int)Math.Min(int.MaxValue / 2, (long)Math.Ceiling(count * (wanted * 1.02 / Math.Max(1, size))) + 2);
        }
    }

    /// <summary>Every document, in index order.</summary>
    /// <returns>The articles, made one at a time as they are enumerated.</returns>
    public IEnumerable<SyntheticDocument> Generate()
    {
        for (var i = 0; i < Documents; i++)
        {
            yield return Generate(i);
        }
    }

    /// <summary>
    /// Writes every document into <paramref name="directory"/> as a seed file (UTF-8 without a BOM, <c>\n</c> line
    /// ends). Answer keys are not written: at this size they serve no test; <see cref="SeedFileWriter"/> writes one.
    /// </summary>
    /// <param name="directory">The folder; created if missing. Files of the same names are overwritten.</param>
    /// <returns>The paths written, in index order.</returns>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        Directory.CreateDirectory(directory);
        var paths = new List<string>(Documents);
        foreach (var article in Generate())
        {
            var path = Path.Combine(directory, article.FileName);
            File.WriteAllBytes(path, Utf8.GetBytes(article.Text));
            paths.Add(path);
        }

        return paths;
    }
}
