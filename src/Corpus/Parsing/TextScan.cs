using System;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace Corpus.Parsing;

/// <summary>
/// Skips, in the name scans of <see cref="SpeakerTable"/>, the stretches of text that hold no capitalized word (most of
/// prose): what those scans do there changes nothing, so they resume where the next word that may matter starts.
/// </summary>
internal static class TextScan
{
#if NET8_0_OR_GREATER
    /// <summary>ASCII characters other than capitals (and other than '"' when a scan also follows quotes).</summary>
    private static readonly SearchValues<char> NoCapital = SearchValues.Create(AsciiExcept(quote: false));

    private static readonly SearchValues<char> NoCapitalNorQuote = SearchValues.Create(AsciiExcept(quote: true));

    private static string AsciiExcept(bool quote)
    {
        var chars = new System.Text.StringBuilder();
        for (var c = (char)0; c < 128; c++)
        {
            if (c is not (>= 'A' and <= 'Z') && !(quote && c == '"'))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }
#endif

    /// <summary>
    /// Where a scan of words that is at a word's start at <paramref name="from"/> must resume so as to meet every word
    /// that starts with a capital or any character outside ASCII (and, with <paramref name="quote"/>, every '"'), in the
    /// words as the scans cut them: a run of letters, apostrophes and hyphens, with a period as its second character.
    /// Every word that starts before the returned position starts with an ASCII character that is no capital, and no
    /// word or '"' stands across it. <paramref name="text"/>'s length when no such character is left.
    /// </summary>
    public static int NextWordThatMayMatter(string text, int from, bool quote)
    {
        int stop;
#if NET8_0_OR_GREATER
        var found = text.AsSpan(from).IndexOfAnyExcept(quote ? NoCapitalNorQuote : NoCapital);
        stop = found < 0 ? text.Length : from + found;
#else
        stop = from;
        while (stop < text.Length && text[stop] < 128 && text[stop] is not (>= 'A' and <= 'Z') && !(quote && text[stop] == '"'))
        {
            stop++;
        }
#endif
        if (stop == text.Length)
        {
            return stop;
        }

        // Back to the start of the run of word characters the stop is in: the character before that run is ASCII and
        // never part of a word, so a word starts right after it.
        while (stop > from && text[stop - 1] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\'' or '-' or '.')
        {
            stop--;
        }

        return stop;
    }
}
