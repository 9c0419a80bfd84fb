using System.Collections.Generic;
#if NET8_0_OR_GREATER
using System;
using System.Buffers;
#endif

namespace Corpus.Parsing;

/// <summary>
/// Pairs quotation marks in one block: curly “…”, straight "…", guillemets «…», low „…“, corner brackets 「…」, and
/// single marks ‘…’ or '…' (nested inside double marks, or on their own in the British style). Only outermost spans are returned; an apostrophe ("Putin's") never opens a quote. A double mark
/// left open runs to the end of the block (the newswire convention for a quote that continues in the next paragraph), and so
/// does a curly single one whose text ends the block with a stop (the British one).
/// </summary>
internal static class QuoteMarks
{
    public static List<QuoteSpan> Find(string text, TextRange block)
    {
        var spans = new List<QuoteSpan>();
        var stack = new Stack<(char Close, int At)>();
        int? lastSingleCloser = null;
        for (var i = NextMark(text, block.Start, block.End); i >= 0; i = NextMark(text, i + 1, block.End))
        {
            var c = text[i];
            if (stack.Count > 0 && c == stack.Peek().Close && IsClosing(text, i, block, c))
            {
                var (_, open) = stack.Pop();
                if (stack.Count == 0)
                {
                    spans.Add(new QuoteSpan(open, i, Closed: true, new TextRange(open + 1, i - open - 1)));
                }

                continue;
            }

            var close = Closer(text, i, block, insideDouble: stack.Count > 0, ref lastSingleCloser);
            if (close != '\0')
            {
                stack.Push((close, i));
            }
        }

        // Marks still open at the end of the block: the outermost one runs to the end.
        if (stack.Count > 0)
        {
            var open = default(int);
            while (stack.Count > 0)
            {
                open = stack.Pop().At;
            }

            if (text[open] is '"' or '\u201C' or '\u00AB' or '\u201E' or '\u300C' || (text[open] == '\u2018' && EndsSentenceAtBlockEnd(text, open, block)))
            {
                spans.Add(new QuoteSpan(open, block.End, Closed: false, new TextRange(open + 1, block.End - open - 1)));
            }
        }

        spans.Sort((a, b) => a.Open.CompareTo(b.Open));
        return spans;
    }

    /// <summary>
    /// A curly single mark left open whose text runs as prose to a stop at the block's end: the British convention for a
    /// quote continued in the next paragraph ("said: ‘We were promised … a third time." then "‘If ministers …’").
    /// </summary>
    private static bool EndsSentenceAtBlockEnd(string text, int open, TextRange block)
    {
        var end = block.End;
        while (end > open && CorpusText.IsSpace(text[end - 1]))
        {
            end--;
        }

        return end - open > 20 && text[end - 1] is '.' or '?' or '!';
    }

    /// <summary>Every character that can open or close a quote: the scan jumps from one to the next.</summary>
    private static readonly char[] Marks = { '"', '\'', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u300C', '\u300D', '\u300E', '\u300F' };

#if NET8_0_OR_GREATER
    /// <summary><see cref="Marks"/>, searched with a plan made once instead of once per search.</summary>
    private static readonly SearchValues<char> MarkValues = SearchValues.Create(Marks);
#endif

    /// <summary>Where the first of <see cref="Marks"/> in <paramref name="text"/>[<paramref name="from"/>..<paramref name="end"/>) is, or -1.</summary>
    private static int NextMark(string text, int from, int end)
    {
#if NET8_0_OR_GREATER
        var found = text.AsSpan(from, end - from).IndexOfAny(MarkValues);
        return found < 0 ? -1 : from + found;
#else
        return text.IndexOfAny(Marks, from, end - from);
#endif
    }

    /// <summary>
    /// Where the block's last straight single mark that can close a quote is, or -1: one that follows a letter or a
    /// stop and is followed by white space, a stop or the block's end ("… on the day,' she said"), not an apostrophe
    /// inside a word ("don't") nor a plural possessive before a noun ("the players' union"). Found once per block, from
    /// its end, so that deciding whether each opening mark can be closed costs nothing more.
    /// </summary>
    private static int LastSingleCloser(string text, TextRange block)
    {
        for (var i = block.Length > 1 ? text.LastIndexOf('\'', block.End - 1, block.Length - 1) : -1; i > block.Start; i = i - 1 > block.Start ? text.LastIndexOf('\'', i - 1, i - block.Start) : -1)
        {
            var before = text[i - 1];
            var after = i + 1 < block.End ? text[i + 1] : ' ';
            if (before is ',' or '.' or '!' or '?' && (CorpusText.IsSpace(after) || after is '"' or ')'))
            {
                return i;
            }

            if (char.IsLetter(before) && (i + 1 >= block.End || after is '.' or ',' or ';' or ':' or '!' or '?' || (CorpusText.IsSpace(after) && i + 2 < block.End && !char.IsLower(text[i + 2]))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The closing mark for an opening mark at <paramref name="i"/>, or '\0' when it does not open a quote.</summary>
    private static char Closer(string text, int i, TextRange block, bool insideDouble, ref int? lastSingleCloser)
    {
        switch (text[i])
        {
            case '\u201C': return '\u201D';
            case '\u201E': return '\u201C';
            case '\u00AB': return '\u00BB';
            case '"': return StartsWord(text, i, block) ? '"' : '\0';
            case '\u2018': return !IsElision(text, i, block) && (insideDouble || StartsWord(text, i, block)) ? '\u2019' : '\0';
            case '\u300C': return '\u300D';
            case '\u300E': return '\u300F';
            // Straight single marks open a quote inside double marks, and on their own (British style: 'We won,' she
            // said) when a mark that can close them follows in the block: an apostrophe never stands at a word's start.
            case '\'': return !IsElision(text, i, block) && StartsWord(text, i, block) && (insideDouble || (lastSingleCloser ??= LastSingleCloser(text, block)) > i) ? '\'' : '\0';
            default: return '\0';
        }
    }

    /// <summary>A mark that opens: at the block start or after space or an opening bracket, and before a non-space.</summary>
    private static bool StartsWord(string text, int i, TextRange block)
    {
        var before = i == block.Start || CorpusText.IsSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or '"' or '\u201C';
        var after = i + 1 < block.End && !CorpusText.IsSpace(text[i + 1]);
        return before && after;
    }

    /// <summary>An apostrophe that stands for left-out digits: '90s, '24.</summary>
    private static bool IsElision(string text, int i, TextRange block) => i + 1 < block.End && char.IsDigit(text[i + 1]);

    /// <summary>A closing single mark is not an apostrophe inside a word ("Putin's").</summary>
    private static bool IsClosing(string text, int i, TextRange block, char c)
    {
        if (c is '\u2019' or '\'')
        {
            return i + 1 >= block.End || !char.IsLetter(text[i + 1]);
        }

        if (c == '"')
        {
            return i == block.Start || !CorpusText.IsSpace(text[i - 1]) || i + 1 >= block.End || CorpusText.IsSpace(text[i + 1]);
        }

        return true;
    }
}

/// <summary>An outermost quoted span: the marks' positions and the range between them.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or the block end when unclosed.</param>
/// <param name="Closed">Whether a closing mark was found in the block.</param>
/// <param name="Inner">The range between the marks.</param>
internal readonly record struct QuoteSpan(int Open, int Close, bool Closed, TextRange Inner);
