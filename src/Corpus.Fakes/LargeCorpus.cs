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

    private readonly CorpusFaker _faker;

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

    /// <summary>The seed everything derives from.</summary>
    public int Seed => _faker.Seed;

    /// <summary>How many documents the corpus has.</summary>
    public int Documents { get; }

    /// <summary>The least total size of the corpus in UTF-8 bytes.</summary>
    public long TotalBytes { get; }

    /// <summary>The least size of each document in UTF-8 bytes: an equal share of <see cref="TotalBytes"/>, rounded up.</summary>
    public long BytesPerDocument => (TotalBytes + Documents - 1) / Documents;

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
        var wanted = BytesPerDocument;
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
