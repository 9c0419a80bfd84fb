using System;
using System.Text;

namespace Corpus.Tests;

[TestClass]
public sealed class CorpusTextTests
{
    [TestMethod]
    [DataRow("Xi\u00A0Jinping", "Xi Jinping", DisplayName = "NBSP")]
    [DataRow("  Xi Jinping \t", "Xi Jinping", DisplayName = "trimmed")]
    [DataRow("Xi\r\n  Jinping", "Xi Jinping", DisplayName = "line break and spaces")]
    [DataRow("\uFEFFXi\u200BJinping", "Xi Jinping", DisplayName = "BOM and zero-width space")]
    [DataRow("Xi Jinping", "Xi Jinping", DisplayName = "already clean")]
    [DataRow("", "", DisplayName = "empty")]
    public void Normalize_folds_white_space_runs_to_one_space_and_trims(string text, string expected)
    {
        CorpusText.Normalize(text).ShouldBe(expected);
    }

    [TestMethod]
    public void Slice_normalizes_only_the_range()
    {
        CorpusText.Slice("Leaders\u00A0meet\n\nXi\u00A0 Jinping  spoke", 14, 18).ShouldBe("Xi Jinping spoke");
    }

    [TestMethod]
    [DataRow(-1, 2)]
    [DataRow(0, 99)]
    [DataRow(5, -1)]
    public void Slice_rejects_a_range_outside_the_text(int start, int length)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => CorpusText.Slice("Xi Jinping", start, length));
    }

    [TestMethod]
    public void Decode_reads_the_utf8_that_generated_code_stores()
    {
        const string text = "Xi\u00A0Jinping \u201Csaid\u201D \u4E60\u8FD1\u5E73";
        var bytes = Encoding.UTF8.GetBytes(text);

        CorpusText.Decode(bytes).ShouldBe(text);
        CorpusText.Decode(new ReadOnlySpan<byte>(bytes)).ShouldBe(text);
        CorpusText.Decode(ReadOnlySpan<byte>.Empty).ShouldBeEmpty();
    }
}
