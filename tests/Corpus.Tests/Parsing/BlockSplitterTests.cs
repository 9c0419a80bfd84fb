using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class BlockSplitterTests
{
    [TestMethod]
    public void Blank_lines_separate_blocks()
    {
        Article.Blocks("Leaders meet in Beijing\n\nXi Jinping held talks with Putin.\n\nThe two sides signed a statement.")
            .ShouldBe(new[] { "Leaders meet in Beijing", "Xi Jinping held talks with Putin.", "The two sides signed a statement." });
    }

    [TestMethod]
    public void Every_non_blank_line_is_a_block_without_blank_lines_between()
    {
        Article.Blocks("Leaders meet in Beijing\nUpdated 18:19, 22-Mar-2023\nXi Jinping held talks with Putin.")
            .ShouldBe(new[] { "Leaders meet in Beijing", "Updated 18:19, 22-Mar-2023", "Xi Jinping held talks with Putin." });
    }

    [TestMethod]
    [DataRow("Xi Jinping held talks with the Russian president,\nwho is on a state visit.", DisplayName = "after a comma")]
    [DataRow("Xi Jinping held talks with Putin\nin Beijing on Thursday.", DisplayName = "lower-case continuation")]
    [DataRow("Xi Jinping held talks with Putin \u2014\nRussia's president since 2000.", DisplayName = "after a dash")]
    public void A_hard_wrapped_paragraph_is_one_block(string text)
    {
        Article.Blocks(text).ShouldBe(new[] { text });
    }

    [TestMethod]
    public void A_line_after_a_finished_sentence_is_a_new_block_even_in_lower_case()
    {
        Article.Blocks("Xi Jinping held talks with Putin.\nmore talks are planned for next year.")
            .ShouldBe(new[] { "Xi Jinping held talks with Putin.", "more talks are planned for next year." });
    }

    [TestMethod]
    public void Ranges_are_trimmed_of_spaces_tabs_and_non_breaking_spaces()
    {
        const string text = "  \u00A0Leaders meet in Beijing\t \n\n\u00A0 Xi held talks.\u00A0 ";

        var ranges = BlockSplitter.Split(text);

        ranges.Count.ShouldBe(2);
        text.Substring(ranges[0].Start, ranges[0].Length).ShouldBe("Leaders meet in Beijing");
        text.Substring(ranges[1].Start, ranges[1].Length).ShouldBe("Xi held talks.");
    }

    [TestMethod]
    [DataRow("\n", DisplayName = "LF")]
    [DataRow("\r\n", DisplayName = "CRLF")]
    [DataRow("\r", DisplayName = "CR")]
    [DataRow("\u2028", DisplayName = "LINE SEPARATOR")]
    public void Every_line_break_convention_gives_the_same_blocks(string newline)
    {
        var text = string.Join(newline, "Leaders meet in Beijing", string.Empty, "Xi held talks.", "Putin visited China.");

        Article.Blocks(text).ShouldBe(new[] { "Leaders meet in Beijing", "Xi held talks.", "Putin visited China." });
    }

    [TestMethod]
    public void A_byte_order_mark_is_not_part_of_the_first_block()
    {
        const string text = "\uFEFFLeaders meet in Beijing\nXi held talks.";

        var first = BlockSplitter.Split(text)[0];

        first.Start.ShouldBe(1);
        text.Substring(first.Start, first.Length).ShouldBe("Leaders meet in Beijing");
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow("   ", DisplayName = "spaces")]
    [DataRow("\n\r\n\r", DisplayName = "line breaks")]
    [DataRow("\u00A0\t\uFEFF\u200B", DisplayName = "NBSP, tab, BOM, zero-width space")]
    public void White_space_only_text_has_no_blocks(string text)
    {
        BlockSplitter.Split(text).ShouldBeEmpty();
    }

    [TestMethod]
    public void A_single_line_without_a_line_break_is_one_block()
    {
        Article.Blocks("Leaders meet in Beijing").ShouldBe(new[] { "Leaders meet in Beijing" });
    }
}
