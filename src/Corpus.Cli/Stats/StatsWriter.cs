using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Cli.Output;

namespace Corpus.Cli.Stats;

/// <summary>Prints <see cref="CorpusStats"/> as a small table and a bar chart of quotes per speaker.</summary>
internal static class StatsWriter
{
    private const int MinBarWidth = 10;
    private const int MaxBarWidth = 60;
    private const string Bold = "1";
    private const string Cyan = "36";

    /// <summary>Writes the table and the chart.</summary>
    /// <param name="stats">The counts.</param>
    /// <param name="source">What was counted, for the first line.</param>
    /// <param name="style">Colour, characters and width.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(CorpusStats stats, string source, OutputStyle style, TextWriter output)
    {
        // Roles and kinds that do not occur are left out here; --json lists them all.
        var rows = new List<(string Label, int Count)> { ("Documents", stats.Documents), ("Paragraphs", stats.Paragraphs) };
        rows.AddRange(stats.ParagraphsByRole.Where(r => r.Value > 0).Select(r => ("  " + r.Key, r.Value)));
        rows.Add(("Quotes", stats.Quotes));
        rows.AddRange(stats.QuotesByKind.Where(k => k.Value > 0).Select(k => ("  " + k.Key, k.Value)));
        rows.Add(("Speakers", stats.Speakers));

        output.WriteLine($"{style.Paint("Corpus statistics", Bold)}: {source}");
        output.WriteLine();
        WriteTable(rows, output);
        output.WriteLine();
        output.WriteLine(style.Paint("Quotes per speaker", Bold));

        var bars = stats.QuotesPerSpeaker.Select(s => (s.Name, s.Quotes)).ToList();
        if (stats.UnattributedQuotes > 0)
        {
            bars.Add((Format.Speaker(null), stats.UnattributedQuotes));
        }

        if (bars.Count == 0)
        {
            output.WriteLine("  (no quotes)");
            return;
        }

        WriteChart(bars, style, output);
    }

    private static void WriteTable(List<(string Label, int Count)> rows, TextWriter output)
    {
        var labelWidth = rows.Max(r => r.Label.Length);
        var countWidth = rows.Max(r => Format.Number(r.Count).Length);
        foreach (var (label, count) in rows)
        {
            output.WriteLine($"  {label.PadRight(labelWidth)}  {Format.Number(count).PadLeft(countWidth)}");
        }
    }

    private static void WriteChart(List<(string Name, int Count)> bars, OutputStyle style, TextWriter output)
    {
        var nameWidth = bars.Max(b => b.Name.Length);
        var max = bars.Max(b => b.Count);
        var countWidth = Format.Number(max).Length;

        // "  name  count  bar", one column spare so a terminal never wraps the line.
        var barWidth = Math.Clamp(style.Width - (2 + nameWidth + 2 + countWidth + 2) - 1, MinBarWidth, MaxBarWidth);
        foreach (var (name, count) in bars)
        {
            var bar = style.Paint(BarChart.Bar(count, max, barWidth, style.Fancy), Cyan);
            output.WriteLine($"  {name.PadRight(nameWidth)}  {Format.Number(count).PadLeft(countWidth)}  {bar}");
        }
    }
}
