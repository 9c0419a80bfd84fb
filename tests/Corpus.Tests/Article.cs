using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests;

/// <summary>Small inline articles and direct access to the parser's stages.</summary>
internal static class Article
{
    /// <summary>A lead paragraph that names both leaders in full, so that short forms resolve to them.</summary>
    public const string Lead = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.";

    /// <summary>Blocks separated by blank lines (LF), parsed as "test.txt".</summary>
    public static Document Parse(params string[] blocks) => CorpusParser.Parse(string.Join("\n\n", blocks), "test.txt");

    /// <summary>A titled, dated article: title, dateline, <see cref="Lead"/>, then <paramref name="body"/>.</summary>
    public static Document WithLead(params string[] body) =>
        Parse(new[] { "Leaders hold talks in Beijing", "Updated 18:19, 22-Mar-2023", Lead }.Concat(body).ToArray());

    /// <summary>The one quote whose text starts with <paramref name="opening"/>.</summary>
    public static Quote QuoteStarting(this Document document, string opening) =>
        document.Quotes.Single(q => q.Text.StartsWith(opening, StringComparison.Ordinal));

    /// <summary>The one paragraph whose normalized text is <paramref name="text"/>.</summary>
    public static Paragraph ParagraphOf(this Document document, string text) =>
        document.Paragraphs.Single(p => p.Text == text);

    public static string[] Blocks(string text) =>
        BlockSplitter.Split(text).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    public static string[] Sentences(string text) =>
        SentenceSplitter.Split(text, new TextRange(0, text.Length)).Select(r => text.Substring(r.Start, r.Length)).ToArray();

    public static List<QuoteSpan> Marks(string text) => QuoteMarks.Find(text, new TextRange(0, text.Length));

    public static string Inner(string text, QuoteSpan span) => text.Substring(span.Inner.Start, span.Inner.Length);

    public static ParagraphRole[] Roles(params string[] blocks) => RoleClassifier.Classify(blocks);
}

/// <summary>The repository's seeds/ folder, for the few invariants checked on real articles.</summary>
internal static class SeedFiles
{
    public static string Directory { get; } = Find();

    public static IEnumerable<object[]> Names =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (System.IO.Directory.Exists(seeds) && System.IO.Directory.Exists(Path.Combine(dir.FullName, "src", "Corpus")))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
