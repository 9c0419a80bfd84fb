using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class CorpusParserTests
{
    private const string Talks =
        "Leaders hold talks in Beijing\n" +
        "Updated 18:19, 22-Mar-2023\n\n" +
        "Photo: AFP/Sergei Bobylyov\n\n" +
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday.\n\n" +
        "Xi said that the two countries will deepen their cooperation in energy, adding that trade grew by 2.7 percent to US$240 billion.\n\n" +
        "\"We are very happy to visit China again,\" Putin said. \"Our ties since the '90s are strong.\"\n\n" +
        "We use cookies to improve your experience.\n" +
        "I agree\n";

    /// <summary>Articles of every awkward shape, named for the test explorer.</summary>
    public static IEnumerable<object[]> Shapes => new[]
    {
        new object[] { "empty", string.Empty },
        new object[] { "white space only", " \n\t\u00A0\r\n " },
        new object[] { "one line", "Leaders hold talks in Beijing" },
        new object[] { "LF", Talks },
        new object[] { "CRLF", Talks.Replace("\n", "\r\n") },
        new object[] { "CR", Talks.Replace("\n", "\r") },
        new object[] { "BOM", "\uFEFF" + Talks },
        new object[] { "NBSP and tabs", Talks.Replace(" the ", "\u00A0the\t ") },
        new object[] { "hard-wrapped", "Leaders hold talks\n\nXi Jinping held talks with\nthe Russian president, who is on a state visit,\nin Beijing on Thursday." },
        new object[] { "unbalanced quotes", "Talks in Beijing\n\nPutin said: \"This is a new era.\n\nXi said \u201Cwe agree\u201D and \"more\n\n\u201D\" ' \u2019" },
        new object[] { "marks only", "\"\n\u201C\u201D\n'\n\u00AB" },
        new object[] { "no title", "Xi Jinping held talks with Putin. They agreed, Xi said.\n\nPutin said that the visit was a success." },
    };

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Every_article_satisfies_the_document_invariants(string shape, string text)
    {
        var document = CorpusParser.Parse(text, shape + ".txt");

        Invariants.HoldFor(document, text);
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Parsing_is_deterministic(string shape, string text)
    {
        CorpusParser.Parse(text, shape).ShouldBe(CorpusParser.Parse(text, shape));
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void A_Turkish_culture_reads_the_same_document(string shape, string text)
    {
        var invariant = Article.UnderCulture("en-US", () => CorpusParser.Parse(text, shape));

        var turkish = Article.UnderCulture("tr-TR", () => CorpusParser.Parse(text, shape));

        turkish.ShouldBe(invariant);
        turkish.Quotes.Select(q => q.Speaker?.Id).ShouldBe(invariant.Quotes.Select(q => q.Speaker?.Id));
    }

    [TestMethod]
    [DataRow("\r\n", DisplayName = "CRLF")]
    [DataRow("\r", DisplayName = "CR")]
    public void Line_endings_do_not_change_what_is_read(string newline)
    {
        var lf = CorpusParser.Parse(Talks, "talks.txt");

        var other = CorpusParser.Parse(Talks.Replace("\n", newline), "talks.txt");

        Invariants.ReadAlike(other, lf);
    }

    [TestMethod]
    public void The_sample_article_is_read_as_a_whole()
    {
        var document = CorpusParser.Parse(Talks, "talks.txt");

        document.Title.ShouldBe("Leaders hold talks in Beijing");
        document.Published.ShouldBe(new DateTime(2023, 3, 22, 18, 19, 0));
        document.Paragraphs.Select(p => p.Role).ShouldBe(new[]
        {
            ParagraphRole.Title, ParagraphRole.Dateline, ParagraphRole.Caption, ParagraphRole.Body, ParagraphRole.Body,
            ParagraphRole.Body, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate,
        });
        document.Body.Count.ShouldBe(3);
        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Xi Jinping", "Xi Jinping", "Vladimir Putin", "Vladimir Putin" });
    }

    [TestMethod]
    public void A_byte_order_mark_is_kept_in_the_text_but_not_in_the_title()
    {
        var document = CorpusParser.Parse("\uFEFF" + Talks, "talks.txt");

        document.Text[0].ShouldBe('\uFEFF');
        document.Paragraphs[0].Start.ShouldBe(1);
        document.Title.ShouldBe("Leaders hold talks in Beijing");
    }

    [TestMethod]
    public void Paragraph_text_is_normalized_while_the_range_keeps_the_original()
    {
        const string text = "Leaders\u00A0hold talks\n\n  Xi Jinping\u00A0 held\ttalks with Putin.\u00A0\n";

        var body = CorpusParser.Parse(text, "talks.txt").Paragraphs[1];

        body.Text.ShouldBe("Xi Jinping held talks with Putin.");
        text.Substring(body.Start, body.Length).ShouldBe("Xi Jinping\u00A0 held\ttalks with Putin.");
    }

    [TestMethod]
    public void A_hard_wrapped_paragraph_reads_as_one_line()
    {
        var document = CorpusParser.Parse("Leaders hold talks\n\nXi Jinping held talks with\nthe Russian president, who is on a state visit,\nin Beijing on Thursday.", "t.txt");

        document.Paragraphs[1].Text.ShouldBe("Xi Jinping held talks with the Russian president, who is on a state visit, in Beijing on Thursday.");
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow(" \r\n\u00A0\t ", DisplayName = "white space only")]
    public void An_empty_article_has_no_paragraphs_and_is_named_after_its_file(string text)
    {
        var document = CorpusParser.Parse(text, "folder/empty-article.txt");

        document.Paragraphs.ShouldBeEmpty();
        document.Quotes.ShouldBeEmpty();
        document.Speakers.ShouldBeEmpty();
        document.Published.ShouldBeNull();
        document.Title.ShouldBe("empty-article");
        document.FileName.ShouldBe("empty-article.txt");
    }

    [TestMethod]
    public void A_single_line_is_the_title()
    {
        var document = Article.Parse("Leaders hold talks in Beijing");

        document.Paragraphs.Single().Role.ShouldBe(ParagraphRole.Title);
        document.Title.ShouldBe("Leaders hold talks in Beijing");
        document.Id.ShouldBe("LeadersHoldTalksInBeijing");
    }

    [TestMethod]
    public void Without_a_title_block_the_first_body_paragraph_is_the_title()
    {
        Article.Parse("Xi Jinping held talks with Putin in Beijing.", "They signed a joint statement.").Title
            .ShouldBe("Xi Jinping held talks with Putin in Beijing.");
    }

    [TestMethod]
    public void A_long_first_body_paragraph_gives_a_title_of_its_first_120_characters()
    {
        var lead = string.Join(" ", Enumerable.Repeat("Xi Jinping held talks with Putin in Beijing.", 6));

        var title = Article.Parse(lead).Title;

        title.Length.ShouldBeLessThanOrEqualTo(120);
        lead.ShouldStartWith(title);
    }

    [TestMethod]
    public void The_document_id_is_made_of_the_first_ten_words_of_the_title()
    {
        Article.Parse("Xi and Putin hold talks on trade and energy in Beijing on Thursday").Id
            .ShouldBe("XiAndPutinHoldTalksOnTradeAndEnergyIn");
    }

    [TestMethod]
    public void Null_text_or_file_name_is_rejected()
    {
        Should.Throw<ArgumentNullException>(() => CorpusParser.Parse(null!, "a.txt"));
        Should.Throw<ArgumentNullException>(() => CorpusParser.Parse("text", null!));
    }
}
