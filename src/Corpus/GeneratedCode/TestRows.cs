using System;
using System.ComponentModel;
using System.Globalization;

namespace Corpus;

/// <summary>
/// Support for the <c>TestData</c> rows generated code writes for data-driven tests: the member names that label
/// each row are stored as UTF-8 data, one name per line, and read here on first use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TestRows
{
    /// <summary>Reads member names stored by generated code as a <c>"…"u8</c> literal, one name per line.</summary>
    /// <param name="utf8">The names, separated by <c>\n</c>.</param>
    /// <returns>The names, in order; empty for empty data.</returns>
    public static string[] MemberNames(ReadOnlySpan<byte> utf8) => Split(CorpusText.Decode(utf8));

    /// <summary>Reads member names stored by generated code as a byte array (consumers without UTF-8 literals).</summary>
    /// <param name="utf8">The names, separated by <c>\n</c>.</param>
    /// <returns>The names, in order; empty for empty data.</returns>
    public static string[] MemberNames(byte[] utf8) => Split(CorpusText.Decode(utf8));

    /// <summary>The label of a row: the generated member's path, or an indexer path for items past the member limit.</summary>
    /// <param name="prefix">The document class and member class, e.g. <c>Talks.Paragraphs</c>.</param>
    /// <param name="names">The member names of that class, in order.</param>
    /// <param name="index">The item's index in its document.</param>
    /// <returns><c>Talks.Paragraphs.XiSaid</c>, or <c>Talks.Document.Paragraphs[12000]</c> for an item without a member.</returns>
    public static string Label(string prefix, string[] names, int index)
    {
        if (prefix is null)
        {
            throw new ArgumentNullException(nameof(prefix));
        }

        if (names is not null && index >= 0 && index < names.Length)
        {
            return prefix + "." + names[index];
        }

        var dot = prefix.LastIndexOf('.');
        var at = "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        return dot < 0 ? prefix + at : prefix.Substring(0, dot) + ".Document" + prefix.Substring(dot) + at;
    }

    private static string[] Split(string names) => names.Length == 0 ? Array.Empty<string>() : names.Split('\n');
}
