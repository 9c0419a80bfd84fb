using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Cli;

/// <summary>Culture-invariant text for the human-readable commands (<c>show</c>, <c>inspect</c>, <c>stats</c>, <c>fake</c>).</summary>
internal static class Format
{
    /// <summary>How many characters of a quote <c>show</c> prints.</summary>
    public const int QuotePreviewLength = 100;

    /// <summary>A publication time as <c>yyyy-MM-dd HH:mm</c> (seconds only when set), or "no date".</summary>
    /// <remarks>Midnight prints as the date alone: that is what the parser returns for a date printed without a time.</remarks>
    /// <param name="published">The document's publication time.</param>
    /// <returns>The formatted time.</returns>
    public static string Date(DateTime? published) => published switch
    {
        null => "no date",
        { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { Second: 0 } date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        { } date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
    };

    /// <summary>How many paragraphs have each role, in the order of <see cref="ParagraphRole"/>: "Title 1, Body 11, Duplicate 2".</summary>
    /// <param name="paragraphs">A document's paragraphs.</param>
    /// <returns>The counts of the roles that occur.</returns>
    public static string RoleCounts(IEnumerable<Paragraph> paragraphs) =>
        string.Join(", ", paragraphs
            .GroupBy(p => p.Role)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()}")));

    /// <summary>A speaker's name, or a marker for a statement nobody is named for.</summary>
    /// <param name="speaker">The quote's speaker.</param>
    /// <returns>The name to print.</returns>
    public static string Speaker(Speaker? speaker) => speaker?.Name ?? "(unattributed)";

    /// <summary>A reporting verb, or a marker when the statement has none.</summary>
    /// <param name="cue">The quote's cue.</param>
    /// <returns>The cue to print.</returns>
    public static string Cue(string cue) => cue.Length == 0 ? "(no cue)" : cue;

    /// <summary>A range in the document text, end exclusive: <c>47..81</c>.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="length">Length of the range.</param>
    /// <returns>The formatted range.</returns>
    public static string Range(int start, int length) =>
        string.Create(CultureInfo.InvariantCulture, $"{start}..{start + length}");

    /// <summary>A number, invariant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its digits.</returns>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, plural when not one: "1 quote", "62 quotes".</summary>
    /// <param name="count">The number.</param>
    /// <param name="noun">The singular noun; the plural adds "s".</param>
    /// <returns>The phrase.</returns>
    public static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Number(count)} {noun}s";

    /// <summary>Shortens <paramref name="text"/> to at most <paramref name="max"/> characters, cutting at a word break where one is near.</summary>
    /// <param name="text">The text to shorten.</param>
    /// <param name="max">The longest result, ellipsis included.</param>
    /// <returns>The text itself when short enough, else its start followed by "...".</returns>
    public static string Shorten(string text, int max)
    {
        const string Ellipsis = "...";
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - Ellipsis.Length;
        var space = text.LastIndexOf(' ', cut);
        if (space > cut * 3 / 4)
        {
            cut = space;
        }

        return text.Substring(0, cut).TrimEnd() + Ellipsis;
    }
}
