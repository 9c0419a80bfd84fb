using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>
/// Splits a text into blocks: every non-blank line is a block, except that a line that plainly continues the one
/// before it (a hard-wrapped paragraph) joins it. Ranges are trimmed of white space and cover every other character.
/// </summary>
internal static class BlockSplitter
{
    public static List<TextRange> Split(string text)
    {
        var lines = Lines(text);
        var blocks = new List<TextRange>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var previousIsAdjacent = i > 0 && lines[i - 1].Length > 0 && blocks.Count > 0;
            if (previousIsAdjacent && Continues(text, blocks[blocks.Count - 1], line))
            {
                var last = blocks[blocks.Count - 1];
                blocks[blocks.Count - 1] = new TextRange(last.Start, line.End - last.Start);
            }
            else
            {
                blocks.Add(line);
            }
        }

        return blocks;
    }

    /// <summary>The characters of <see cref="CorpusText.IsLineBreak"/>: the scan jumps from one to the next.</summary>
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>Every line's trimmed range; a blank line has length 0.</summary>
    private static List<TextRange> Lines(string text)
    {
        var lines = new List<TextRange>();
        var start = 0;
        while (true)
        {
            var i = text.IndexOfAny(LineBreaks, start);
            if (i < 0)
            {
                lines.Add(Trim(text, start, text.Length));
                return lines;
            }

            lines.Add(Trim(text, start, i));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }
    }

    private static TextRange Trim(string text, int start, int end)
    {
        while (start < end && CorpusText.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CorpusText.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }

    /// <summary>A wrapped line: the previous line stops mid-sentence and this one starts in lower case.</summary>
    private static bool Continues(string text, TextRange previous, TextRange line)
    {
        var last = text[previous.End - 1];
        var first = text[line.Start];
        if (last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')' or '|')
        {
            return false;
        }

        return char.IsLower(first) || last is ',' or ';' or '-' or '\u2013' or '\u2014';
    }
}
