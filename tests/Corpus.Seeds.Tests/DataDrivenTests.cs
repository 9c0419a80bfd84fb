using System.Linq;
using Corpus;

namespace Corpus.Seeds.Tests;

/// <summary>
/// The generated <c>Seeds.TestData</c> rows drive MSTest's <c>[DynamicData]</c>: one test case per paragraph or quote,
/// each shown by the member that names it (e.g. <c>Quote_text_lies_inside_its_paragraph (XiJinpingTalks….Quotes.PutinVeryHappy…)</c>).
/// </summary>
[TestClass]
public sealed class DataDrivenTests
{
    [TestMethod]
    [DynamicData(nameof(Seeds.TestData.Quotes), typeof(Seeds.TestData))]
    public void Quote_text_lies_inside_its_paragraph(Quote quote)
    {
        var document = Seeds.All.Single(d => d.Quotes.Contains(quote));
        var paragraph = document.Paragraphs[quote.ParagraphIndex];

        quote.Start.ShouldBeGreaterThanOrEqualTo(paragraph.Start);
        document.Text.Substring(quote.Start, quote.Length).ShouldNotBeNullOrWhiteSpace();
    }

    [TestMethod]
    [DynamicData(nameof(Seeds.TestData.Paragraphs), typeof(Seeds.TestData))]
    public void Paragraph_text_is_normalized(Paragraph paragraph)
    {
        paragraph.Text.ShouldNotContain('\u00A0');
        paragraph.Text.ShouldBe(paragraph.Text.Trim());
    }

    [TestMethod]
    [DynamicData(nameof(Seeds.TestData.Documents), typeof(Seeds.TestData))]
    public void Every_document_has_a_title_and_body(Document document)
    {
        document.Title.ShouldNotBeNullOrWhiteSpace();
        document.Body.ShouldNotBeEmpty();
    }

    [TestMethod]
    public void Rows_cover_every_paragraph_and_quote_once_and_are_labelled_by_their_members()
    {
        var quotes = Seeds.TestData.Quotes.ToList();
        var paragraphs = Seeds.TestData.Paragraphs.ToList();

        quotes.Count.ShouldBe(Seeds.All.Sum(d => d.Quotes.Count));
        paragraphs.Count.ShouldBe(Seeds.All.Sum(d => d.Paragraphs.Count));
        Seeds.TestData.Documents.Select(r => r.ArgumentsDisplayName).ShouldBe(Seeds.All.Select(d => d.Id));

        var putin = Seeds.XiJinpingTalksWithRussianPresidentPutin.Quotes.PutinVeryHappyToVisitChinaAgain;
        quotes.Single(r => ReferenceEquals(r.Value, putin)).ArgumentsDisplayName
            .ShouldBe("XiJinpingTalksWithRussianPresidentPutin.Quotes.PutinVeryHappyToVisitChinaAgain");
        quotes.Select(r => r.ArgumentsDisplayName).ShouldBeUnique();
        paragraphs.Select(r => r.ArgumentsDisplayName).ShouldBeUnique();
    }
}
