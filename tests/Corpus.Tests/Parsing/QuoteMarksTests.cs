using System.Linq;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class QuoteMarksTests
{
    [TestMethod]
    [DataRow("Putin said \"we are friends\" today.", DisplayName = "straight")]
    [DataRow("Putin said \u201Cwe are friends\u201D today.", DisplayName = "curly")]
    [DataRow("Putin said \u00ABwe are friends\u00BB today.", DisplayName = "guillemets")]
    public void Double_marks_enclose_a_quote(string text)
    {
        var span = Article.Marks(text).Single();

        Article.Inner(text, span).ShouldBe("we are friends");
        span.Closed.ShouldBeTrue();
    }

    [TestMethod]
    public void Two_quotes_in_a_block_are_two_spans_in_order()
    {
        const string text = "\"We are friends,\" Putin said. \"And good neighbours.\"";

        Article.Marks(text).Select(s => Article.Inner(text, s)).ShouldBe(new[] { "We are friends,", "And good neighbours." });
    }

    [TestMethod]
    [DataRow("\"As the saying goes, 'a mountain is formed by soil,' and so is friendship,\" Xi said.", DisplayName = "straight")]
    [DataRow("\u201CAs the saying goes, \u2018a mountain is formed by soil,\u2019 and so is friendship,\u201D Xi said.", DisplayName = "curly")]
    public void Single_quotes_nested_inside_double_quotes_stay_inside_one_span(string text)
    {
        var span = Article.Marks(text).Single();

        Article.Inner(text, span).ShouldStartWith("As the saying goes, ");
        Article.Inner(text, span).ShouldEndWith("and so is friendship,");
    }

    [TestMethod]
    [DataRow("Putin's visit marks the 75th anniversary of ties.", DisplayName = "straight possessive")]
    [DataRow("Putin\u2019s visit marks the 75th anniversary of ties.", DisplayName = "curly possessive")]
    [DataRow("Trade has grown since the '90s and the \u201990s.", DisplayName = "decades")]
    [DataRow("The leaders' talks and the sides' views converged.", DisplayName = "plural possessives")]
    public void Apostrophes_are_not_quote_marks(string text)
    {
        Article.Marks(text).ShouldBeEmpty();
    }

    [TestMethod]
    public void Apostrophes_inside_a_quote_do_not_close_it()
    {
        const string text = "\"Russia's and China's ties since the '90s are strong,\" Putin said.";

        Article.Inner(text, Article.Marks(text).Single()).ShouldBe("Russia's and China's ties since the '90s are strong,");
    }

    [TestMethod]
    public void An_unclosed_quote_runs_to_the_end_of_the_block()
    {
        const string text = "Putin said: \"This is the start of a new era";

        var span = Article.Marks(text).Single();

        span.Closed.ShouldBeFalse();
        Article.Inner(text, span).ShouldBe("This is the start of a new era");
    }

    [TestMethod]
    public void A_lone_closing_mark_opens_nothing()
    {
        Article.Marks("This is the start of a new era,\" Putin said.").ShouldBeEmpty();
    }

    [TestMethod]
    public void An_empty_block_has_no_quotes()
    {
        Article.Marks(string.Empty).ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("'They deserved it on the day,' she said.", "They deserved it on the day,", DisplayName = "British single marks")]
    [DataRow("\u2018They deserved it on the day,\u2019 she said.", "They deserved it on the day,", DisplayName = "curly single marks")]
    [DataRow("\u300C\u6211\u4EEC\u4F1A\u8D62\u300D, Li said.", "\u6211\u4EEC\u4F1A\u8D62", DisplayName = "corner brackets")]
    [DataRow("He said \u201Ewir kommen wieder\u201C today.", "wir kommen wieder", DisplayName = "German low-high marks")]
    public void Quotes_in_other_conventions_are_spans(string text, string inner)
    {
        var span = Article.Marks(text).Single();

        Article.Inner(text, span).ShouldBe(inner);
        span.Closed.ShouldBeTrue();
    }

    [TestMethod]
    [DataRow("The players' union said 'tis the season and rock 'n' roll won.", DisplayName = "possessive and elisions")]
    [DataRow("We don't know, and 'em folks won't either.", DisplayName = "no mark that can close")]
    public void Apostrophes_alone_open_no_quote(string text) => Article.Marks(text).ShouldBeEmpty();
}
