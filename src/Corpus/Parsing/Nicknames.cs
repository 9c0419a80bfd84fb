namespace Corpus.Parsing;

/// <summary>
/// A nickname printed in quote marks inside a name, as newspapers print it: Aurelio "Pepper" Mazzocchi, Walter "Dutch"
/// Kessler. Its marks are no quotation, and the name around them is one name, as with the nickname in parentheses
/// ("Walter (Dutch) Kessler"), which the attribution rules already read. <see cref="Mask"/> gives the text the rules read
/// with such marks turned into parentheses; every offset stays where it was, and the document keeps its own text.
/// </summary>
internal static class Nicknames
{
    /// <summary>The longest nickname read between its marks.</summary>
    private const int MaxLength = 24;

    /// <summary>
    /// <paramref name="text"/> with the quote marks around each nickname inside a name replaced by "(" and ")", or
    /// <paramref name="text"/> itself when it holds none. A nickname is one or two capitalized words in marks with a
    /// capitalized word and a space before them and a space and a capitalized word after them.
    /// </summary>
    public static string Mask(string text)
    {
        char[]? masked = null;
        for (var open = text.IndexOfAny(Opening); open >= 0; open = open + 1 < text.Length ? text.IndexOfAny(Opening, open + 1) : -1)
        {
            var close = NicknameEnd(text, open);
            if (close < 0)
            {
                continue;
            }

            masked ??= text.ToCharArray();
            masked[open] = '(';
            masked[close] = ')';
            open = close;
        }

        return masked is null ? text : new string(masked);
    }

    /// <summary>The marks that open a nickname: straight and curly double quotes.</summary>
    private static readonly char[] Opening = { '"', '\u201C' };

    /// <summary>Where the closing mark of a nickname opened at <paramref name="open"/> stands; -1 when it is not one.</summary>
    private static int NicknameEnd(string text, int open)
    {
        // A capitalized word and one space before the mark: "Aurelio "…".
        if (open < 3 || text[open - 1] != ' ' || !char.IsLetter(text[open - 2]))
        {
            return -1;
        }

        var wordStart = open - 2;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (!char.IsUpper(text[wordStart]) || open + 2 >= text.Length || !char.IsUpper(text[open + 1]))
        {
            return -1;
        }

        var closing = text[open] == '"' ? '"' : '\u201D';
        var words = 1;
        for (var i = open + 1; i < text.Length && i - open <= MaxLength; i++)
        {
            var c = text[i];
            if (c == closing)
            {
                // A space and a capitalized word after the mark: "…" Mazzocchi".
                return i > open + 1 && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && char.IsLetter(text[i + 2]) ? i : -1;
            }

            if (c == ' ')
            {
                if (++words > 2 || i + 1 >= text.Length || !char.IsUpper(text[i + 1]))
                {
                    return -1;
                }
            }
            else if (!char.IsLetter(c) && c is not ('.' or '\'' or '\u2019' or '-'))
            {
                return -1;
            }
        }

        return -1;
    }
}
