using System;
using System.Collections.Generic;
using System.Globalization;
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

    /// <summary>The one quote whose text holds <paramref name="words"/>.</summary>
    public static Quote QuoteContaining(this Document document, string words) =>
        document.Quotes.Single(q => q.Text.Contains(words, StringComparison.Ordinal));

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

    /// <summary>The single quote of <paramref name="document"/>, whatever its text.</summary>
    public static Quote OnlyQuote(this Document document)
    {
        document.Quotes.Count.ShouldBe(1, "quotes: " + string.Join(" | ", document.Quotes));
        return document.Quotes[0];
    }

    /// <summary>Runs <paramref name="action"/> with <paramref name="culture"/> as the current culture and UI culture.</summary>
    public static T UnderCulture<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}

/// <summary>What every parsed document must satisfy, whatever its text: checked on inline articles and on the seeds.</summary>
internal static class Invariants
{
    public static void HoldFor(Document document, string input)
    {
        document.Text.ShouldBe(input);
        EveryNonSpaceCharacterIsInExactlyOneParagraph(document);
        ParagraphRangesAreInOrderAndDisjoint(document);
        ParagraphTextIsTheNormalizedRange(document);
        SentencesLieInsideTheirParagraph(document);
        QuotesLieInsideTheirParagraph(document);
    }

    /// <summary>Two parses of the same article with other white space (line breaks, a BOM) read the same things.</summary>
    public static void ReadAlike(Document actual, Document expected)
    {
        actual.Title.ShouldBe(expected.Title);
        actual.Published.ShouldBe(expected.Published);
        actual.Paragraphs.Select(p => (p.Role, p.Text)).ShouldBe(expected.Paragraphs.Select(p => (p.Role, p.Text)));
        actual.Quotes.Select(q => (q.Kind, q.Text, q.Speaker?.Name)).ShouldBe(expected.Quotes.Select(q => (q.Kind, q.Text, q.Speaker?.Name)));
    }

    public static void EveryNonSpaceCharacterIsInExactlyOneParagraph(Document document)
    {
        var owners = new int[document.Text.Length];
        foreach (var paragraph in document.Paragraphs)
        {
            for (var i = paragraph.Start; i < paragraph.Start + paragraph.Length; i++)
            {
                owners[i]++;
            }
        }

        for (var i = 0; i < owners.Length; i++)
        {
            if (!CorpusText.IsSpace(document.Text[i]))
            {
                owners[i].ShouldBe(1, $"character {i} '{document.Text[i]}' lies in {owners[i]} paragraphs");
            }
        }
    }

    public static void ParagraphRangesAreInOrderAndDisjoint(Document document)
    {
        var end = 0;
        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            paragraph.Index.ShouldBe(i);
            paragraph.Length.ShouldBeGreaterThan(0, paragraph.ToString());
            paragraph.Start.ShouldBeGreaterThanOrEqualTo(end, paragraph.ToString());
            end = paragraph.Start + paragraph.Length;
            end.ShouldBeLessThanOrEqualTo(document.Text.Length);
        }
    }

    public static void ParagraphTextIsTheNormalizedRange(Document document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            paragraph.Text.ShouldBe(CorpusText.Slice(document.Text, paragraph.Start, paragraph.Length));
            paragraph.Text.ShouldBe(paragraph.Text.Trim());
            paragraph.Text.ShouldNotContain('\u00A0');
            paragraph.Text.ShouldNotContain('\n');
            paragraph.Text.ShouldNotContain('\r');
            paragraph.Text.ShouldNotContain("  ");
        }

        document.Body.ShouldBe(document.Paragraphs.Where(p => p.Role == ParagraphRole.Body).ToArray());
    }

    public static void SentencesLieInsideTheirParagraph(Document document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            var end = paragraph.Start;
            foreach (var sentence in paragraph.Sentences)
            {
                sentence.Start.ShouldBeGreaterThanOrEqualTo(end, sentence.Text);
                end = sentence.Start + sentence.Length;
                end.ShouldBeLessThanOrEqualTo(paragraph.Start + paragraph.Length, sentence.Text);
                sentence.Text.ShouldBe(CorpusText.Slice(document.Text, sentence.Start, sentence.Length));
            }
        }
    }

    public static void QuotesLieInsideTheirParagraph(Document document)
    {
        foreach (var quote in document.Quotes)
        {
            quote.ParagraphIndex.ShouldBeInRange(0, document.Paragraphs.Count - 1, quote.ToString());
            var paragraph = document.Paragraphs[quote.ParagraphIndex];
            quote.Length.ShouldBeGreaterThan(0, quote.ToString());
            quote.Start.ShouldBeGreaterThanOrEqualTo(paragraph.Start, quote.ToString());
            (quote.Start + quote.Length).ShouldBeLessThanOrEqualTo(paragraph.Start + paragraph.Length, quote.ToString());
            quote.Text.ShouldBe(CorpusText.Slice(document.Text, quote.Start, quote.Length));
        }
    }
}

/// <summary>The repository's seeds/ folder, for the few invariants checked on real articles.</summary>
internal static class SeedFiles
{
    public static string Directory => RepositoryPaths.Seeds;

    public static IEnumerable<object[]> Names =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Select(n => new object[] { n! });

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

}
