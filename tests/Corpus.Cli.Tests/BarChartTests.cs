using Corpus.Cli.Output;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class BarChartTests
{
    [TestMethod]
    [DataRow(29, "##########")]
    [DataRow(15, "#####")] // 5.17 rounds down
    [DataRow(14, "#####")] // 4.83 rounds up
    [DataRow(1, "#")] // 0.34 would be nothing; any quote shows
    [DataRow(0, "")]
    public void Ascii_bars_are_whole_hashes_rounded_half_up(int value, string bar)
    {
        BarChart.Bar(value, 29, 10, unicode: false).ShouldBe(bar);
    }

    [TestMethod]
    [DataRow(16, "\u2588\u2588\u2588\u2588\u2588")]
    [DataRow(9, "\u2588\u2588\u2589")] // 22.5 eighths round to 23: two full blocks and 7/8
    [DataRow(4, "\u2588\u258E")] // 10 eighths: one full block and 2/8
    [DataRow(1, "\u258D")] // 2.5 eighths round to 3/8
    public void Unicode_bars_use_eighth_blocks(int value, string bar)
    {
        BarChart.Bar(value, 16, 5, unicode: true).ShouldBe(bar);
    }

    [TestMethod]
    public void A_writer_that_is_not_the_console_gets_plain_80_column_output()
    {
        using var writer = new System.IO.StringWriter();

        OutputStyle.For(writer).ShouldBe(OutputStyle.Plain);
        OutputStyle.Plain.ShouldBe(new OutputStyle(Fancy: false, Width: 80));
    }
}
