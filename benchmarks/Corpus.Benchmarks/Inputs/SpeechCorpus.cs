using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Fakes;

namespace Corpus.Benchmarks.Inputs;

/// <summary>
/// A corpus in the shape of the State of the Union addresses: few documents, each long and of very few paragraphs. Made
/// deterministically from <see cref="LargeCorpus"/>'s synthetic articles (<see cref="Documents"/> of them, at least
/// <see cref="TotalBytes"/> in all, so about 45 KB each): the headline and the <c>Published:</c> line are kept, and every
/// other block of the article is joined with spaces into 1, 2 or 3 paragraphs (by the document's index), one line each.
/// </summary>
public static class SpeechCorpus
{
    /// <summary>How many speeches: about as many as there are State of the Union addresses.</summary>
    public const int Documents = 230;

    /// <summary>The least total size in UTF-8 bytes: 10 MB, about 45 KB a speech.</summary>
    public const long TotalBytes = 10_000_000;

    /// <summary>The body paragraphs of an address's underlying article: 61 to 76 KB of text (seed 5: 15.7 MB in all, no quotes).</summary>
    public const int AddressBodyParagraphs = 210;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes every speech into <paramref name="folder"/> as <c>speech_{seed}_{index:D4}.txt</c>.</summary>
    /// <param name="folder">The folder; created if missing.</param>
    /// <param name="seed">The seed of the underlying <see cref="LargeCorpus"/>.</param>
    /// <param name="corpus">Parsed documents to learn from (the seeds).</param>
    public static void WriteTo(string folder, int seed, IEnumerable<Document> corpus)
    {
        Directory.CreateDirectory(folder);
        var articles = new LargeCorpus(seed, corpus, Documents, TotalBytes);
        foreach (var article in articles.Generate())
        {
            var name = $"speech_{seed}_{article.Index:D4}.txt";
            File.WriteAllBytes(Path.Combine(folder, name), Utf8.GetBytes(Speech(article.Text, paragraphs: 1 + (article.Index % 3))));
        }
    }

    /// <summary>
    /// Writes speeches that quote little, as the State of the Union addresses do: the same shape, made from synthetic
    /// articles of <see cref="AddressBodyParagraphs"/> body paragraphs and no quote paragraphs (a <see cref="CorpusFaker"/>
    /// with those two rules), as <c>address_{seed}_{index:D4}.txt</c>.
    /// </summary>
    /// <param name="folder">The folder; created if missing.</param>
    /// <param name="seed">The seed of the faker.</param>
    /// <param name="corpus">Parsed documents to learn from (the seeds).</param>
    public static void WriteAddressesTo(string folder, int seed, IEnumerable<Document> corpus)
    {
        Directory.CreateDirectory(folder);
        var faker = new CorpusFaker(seed, corpus);
        faker.Articles.RuleFor(a => a.QuoteParagraphs, 0).RuleFor(a => a.BodyParagraphs, AddressBodyParagraphs);
        for (var i = 0; i < Documents; i++)
        {
            var article = faker.Generate(i);
            File.WriteAllBytes(Path.Combine(folder, $"address_{seed}_{i:D4}.txt"), Utf8.GetBytes(Speech(article.Text, paragraphs: 1 + (i % 3))));
        }
    }

    /// <summary>An article as a speech: its headline, its date line, and the rest joined into <paramref name="paragraphs"/> lines.</summary>
    /// <param name="article">A synthetic article (blocks separated by blank lines).</param>
    /// <param name="paragraphs">How many paragraphs the body becomes.</param>
    /// <returns>The speech's text.</returns>
    public static string Speech(string article, int paragraphs)
    {
        var blocks = article.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Replace('\n', ' '))
            .ToList();
        var head = blocks.Take(1).Concat(blocks.Skip(1).Take(1).Where(b => b.StartsWith("Published:", StringComparison.Ordinal))).ToList();
        var body = blocks.Skip(head.Count).ToList();
        var per = (body.Count + paragraphs - 1) / paragraphs;
        var joined = Enumerable.Range(0, paragraphs)
            .Select(i => string.Join(' ', body.Skip(i * per).Take(per)))
            .Where(p => p.Length > 0);
        return string.Join("\n\n", head.Concat(joined)) + "\n";
    }
}
