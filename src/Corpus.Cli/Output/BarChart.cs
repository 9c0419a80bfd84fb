namespace Corpus.Cli.Output;

/// <summary>Horizontal bars for a terminal chart: Unicode blocks in eighths of a column, or whole ASCII <c>#</c> columns.</summary>
internal static class BarChart
{
    private const char FullBlock = '\u2588';

    // U+258F (one eighth) … U+2589 (seven eighths): the left-aligned partial blocks.
    private static readonly string[] Eighths = ["", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589"];

    /// <summary>A bar for <paramref name="value"/> on a scale where <paramref name="max"/> fills <paramref name="width"/> columns.</summary>
    /// <remarks>Any value above zero gets at least the smallest visible bar, so a single quote is not drawn as none.</remarks>
    /// <param name="value">The value, zero or more.</param>
    /// <param name="max">The largest value of the chart.</param>
    /// <param name="width">Columns of the longest bar.</param>
    /// <param name="unicode">Whether block characters may be used; otherwise <c>#</c>.</param>
    /// <returns>The bar, at most <paramref name="width"/> columns; empty for zero.</returns>
    public static string Bar(int value, int max, int width, bool unicode)
    {
        if (value <= 0 || max <= 0 || width <= 0)
        {
            return string.Empty;
        }

        var units = unicode ? 8 : 1;
        var filled = System.Math.Max(1, Scale(value, max, width * units));
        return unicode
            ? new string(FullBlock, filled / 8) + Eighths[filled % 8]
            : new string('#', filled);
    }

    /// <summary><paramref name="value"/> / <paramref name="max"/> × <paramref name="length"/>, rounded half up, in integers so every machine draws the same.</summary>
    private static int Scale(int value, int max, int length) => (int)(((2L * value * length) + max) / (2L * max));
}
