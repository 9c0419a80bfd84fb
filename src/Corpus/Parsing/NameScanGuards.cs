using System;
using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>
/// Where the patterns of <see cref="SpeakerTable"/>'s sentence scans can match at all, told by a scan far cheaper than
/// the pattern (as <see cref="PatternGuards"/> does for the statement patterns). Every guard is a necessary condition of
/// its pattern: a sentence it turns away has no match, so no result changes.
/// </summary>
internal static class NameScanGuards
{
    /// <summary>
    /// "For an instant he glared …": the pronoun subject pattern, anchored at the sentence's start, reads at most one
    /// capitalized word and four lower-case words or numbers (ASCII letters, digits, white space and one comma), and a
    /// subordinating word, before "he", "He", "she" or "She", which white space precedes (unless it opens the sentence) and
    /// follows. So such a word is among the first six runs of letters or digits, and nothing but letters, digits, white
    /// space and commas comes before it.
    /// </summary>
    public static bool PronounSubjectCanMatch(string sentence)
    {
        var words = 0;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (IsAsciiLetter(c))
            {
                if ((i == 0 || char.IsWhiteSpace(sentence[i - 1])) && IsPronounAt(sentence, i))
                {
                    return true;
                }

                if (++words > 5)
                {
                    return false;
                }

                while (i < sentence.Length && IsAsciiLetter(sentence[i]))
                {
                    i++;
                }

                continue;
            }

            if (c is >= '0' and <= '9')
            {
                if (++words > 5)
                {
                    return false;
                }

                while (i < sentence.Length && sentence[i] is >= '0' and <= '9')
                {
                    i++; // "In 1929, when he was 22 …": a year is one of the opening words.
                }

                continue;
            }

            if (c != ',' && !char.IsWhiteSpace(c))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// "The Kalvarian Foreign Ministry delivered …", "Yesterday, The …": the body subject pattern, anchored at the
    /// sentence's start, reads "The" and white space either first or after an optional clause: a capital, at most 80
    /// characters without a stop (<see cref="OpeningStops"/>), then a comma, or white space and "--" or "—", then white
    /// space. So the sentence opens with "The" and white space, or has "The" with white space on both sides whose run of
    /// white space before it follows such a comma or dash, which starts at most <see cref="MaxOpeningComma"/> characters in
    /// and not after the first stop.
    /// </summary>
    public static bool BodySubjectCanMatch(string sentence)
    {
        if (IsTheAt(sentence, 0))
        {
            return true;
        }

        if (sentence.Length == 0 || sentence[0] is < 'A' or > 'Z')
        {
            return false;
        }

        var stop = sentence.IndexOfAny(OpeningStops, 1);
        var reach = stop < 0 ? MaxOpeningComma : Math.Min(stop, MaxOpeningComma);
        for (var at = sentence.IndexOf("The", 1, StringComparison.Ordinal); at >= 0; at = sentence.IndexOf("The", at + 1, StringComparison.Ordinal))
        {
            if (IsTheAt(sentence, at) && OpeningClauseEndsBefore(sentence, at, reach))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The" and white space at <paramref name="at"/>, then what the pattern reads after them: a capital (a name), or one
    /// or two lower-case words and a comma ("The company, Acme Corp., …").
    /// </summary>
    private static bool IsTheAt(string s, int at)
    {
        if (at + 3 >= s.Length || string.CompareOrdinal(s, at, "The", 0, 3) != 0 || !char.IsWhiteSpace(s[at + 3]))
        {
            return false;
        }

        var i = SkipWhiteSpace(s, at + 3);
        if (i < s.Length && s[i] is >= 'A' and <= 'Z')
        {
            return true;
        }

        var word = i;
        i = SkipLowerCase(s, word);
        if (i == word)
        {
            return false;
        }

        if (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            var next = SkipWhiteSpace(s, i);
            var end = SkipLowerCase(s, next);
            i = end > next ? end : i;
        }

        return i < s.Length && s[i] == ',';
    }

    private static int SkipWhiteSpace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipLowerCase(string s, int i)
    {
        while (i < s.Length && s[i] is >= 'a' and <= 'z')
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether white space comes before <paramref name="at"/>, and before that run a comma, or white space and "--" or
    /// "—", that starts at 1 or later and at <paramref name="reach"/> or earlier.
    /// </summary>
    private static bool OpeningClauseEndsBefore(string s, int at, int reach)
    {
        var last = at - 1;
        if (last < 0 || !char.IsWhiteSpace(s[last]))
        {
            return false;
        }

        while (last >= 0 && char.IsWhiteSpace(s[last]))
        {
            last--;
        }

        var start = last < 0 ? -1
            : s[last] == ',' ? last
            : s[last] == '—' && last >= 1 && char.IsWhiteSpace(s[last - 1]) ? last - 1
            : s[last] == '-' && last >= 2 && s[last - 1] == '-' && char.IsWhiteSpace(s[last - 2]) ? last - 2
            : -1;
        return start >= 1 && start <= reach;
    }

    /// <summary>
    /// "Gov. Sollars sent a telegram …", "a letter from Sen. Yancey": the document author pattern holds one of its verbs
    /// ("made" of "made public") or "from"; a sentence with none of them, even inside a longer word, has no match.
    /// </summary>
    public static bool DocumentAuthorCanMatch(string sentence)
    {
        foreach (var word in DocumentAuthorWords)
        {
            if (sentence.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the document author pattern (<c>SpeakerTable.DocumentAuthor</c>) can match <paramref name="sentence"/>, read
    /// at its document nouns. Each of its four branches puts white space before the noun (a maximal run of letters, so a
    /// word of <see cref="SpeakerTable.DocumentWords"/>), and before that one of: (1) a determiner ("a", "an", "the", "his",
    /// "her", "its", "their") after white space, perhaps with one or two words of <c>[a-z-]</c> between, the token before it
    /// one of the verbs ("sent", "made" of "made public" or "made its", "public"); (2) "a", "an" or "the" at a word boundary,
    /// the same words between, and after the noun white space, "from", white space and a capital; (3) "in" at a word
    /// boundary right before the noun's white space; (4) "his", "her", "a" or "an" after white space, the same words between,
    /// and the token before it "in". Tokens are maximal runs of other characters than white space (the pattern's <c>\s</c>,
    /// <see cref="char.IsWhiteSpace(char)"/>): every one of those words is one, but for the determiners and "in" at a word
    /// boundary, which end one ("(the letter"). A sentence where no noun has any of these shapes has no match.
    /// </summary>
    public static bool DocumentAuthorMayMatch(string sentence)
    {
        for (var noun = SpeakerTable.DocumentWords.NextIn(sentence, 0, sentence.Length); noun >= 0;)
        {
            var end = noun;
            while (end < sentence.Length && char.IsLetter(sentence[end]))
            {
                end++;
            }

            if (NounMayBeAuthored(sentence, noun, end))
            {
                return true;
            }

            noun = SpeakerTable.DocumentWords.NextIn(sentence, end, sentence.Length);
        }

        return false;
    }

    private static bool NounMayBeAuthored(string s, int noun, int end)
    {
        if (noun == 0 || !char.IsWhiteSpace(s[noun - 1]))
        {
            return false;
        }

        var tokenEnd = noun;
        for (var between = 0; between <= 2; between++)
        {
            // The token before the white space that ends at tokenEnd.
            while (tokenEnd > 0 && char.IsWhiteSpace(s[tokenEnd - 1]))
            {
                tokenEnd--;
            }

            var tokenStart = TokenStart(s, tokenEnd);
            if (tokenStart == tokenEnd)
            {
                return false; // The text's start.
            }

            if (between == 0 && EndsWithWord(s, tokenStart, tokenEnd, "in"))
            {
                return true; // (3)
            }

            if (EndsWithWord(s, tokenStart, tokenEnd, "a") || EndsWithWord(s, tokenStart, tokenEnd, "an") || EndsWithWord(s, tokenStart, tokenEnd, "the"))
            {
                if (FromAndCapitalAfter(s, end))
                {
                    return true; // (2)
                }
            }

            if (IsToken(s, tokenStart, tokenEnd, "a") || IsToken(s, tokenStart, tokenEnd, "an") || IsToken(s, tokenStart, tokenEnd, "the") || IsToken(s, tokenStart, tokenEnd, "his")
                || IsToken(s, tokenStart, tokenEnd, "her") || IsToken(s, tokenStart, tokenEnd, "its") || IsToken(s, tokenStart, tokenEnd, "their"))
            {
                var beforeEnd = tokenStart;
                while (beforeEnd > 0 && char.IsWhiteSpace(s[beforeEnd - 1]))
                {
                    beforeEnd--;
                }

                var beforeStart = TokenStart(s, beforeEnd);
                if (beforeEnd < tokenStart && beforeStart < beforeEnd)
                {
                    if (IsToken(s, beforeStart, beforeEnd, "in"))
                    {
                        return true; // (4)
                    }

                    foreach (var verb in DocumentAuthorVerbs)
                    {
                        if (IsToken(s, beforeStart, beforeEnd, verb))
                        {
                            return true; // (1)
                        }
                    }
                }
            }

            // A word between the determiner and the noun is lower-case letters and hyphens, after white space.
            for (var k = tokenStart; k < tokenEnd; k++)
            {
                if (s[k] is not ((>= 'a' and <= 'z') or '-'))
                {
                    return false;
                }
            }

            tokenEnd = tokenStart;
            if (tokenEnd == 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The verbs of the pattern's first branch, one token each ("made public" is two: either is enough).</summary>
    private static readonly string[] DocumentAuthorVerbs =
    {
        "sent", "wrote", "issued", "delivered", "released", "mailed", "signed", "dispatched", "filed", "drafted", "cabled", "wired", "made", "public", "submitted", "presented", "published", "completed",
    };

    /// <summary>Where the token (a maximal run of characters other than white space) that ends at <paramref name="end"/> starts.</summary>
    private static int TokenStart(string s, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(s[start - 1]))
        {
            start--;
        }

        return start;
    }

    private static bool IsToken(string s, int start, int end, string word) =>
        end - start == word.Length && string.CompareOrdinal(s, start, word, 0, word.Length) == 0;

    /// <summary>Whether the token <paramref name="s"/>[<paramref name="start"/>..<paramref name="end"/>) ends with <paramref name="word"/> after no letter or digit.</summary>
    private static bool EndsWithWord(string s, int start, int end, string word) =>
        end - start >= word.Length && string.CompareOrdinal(s, end - word.Length, word, 0, word.Length) == 0
        && (end - word.Length == 0 || !char.IsLetterOrDigit(s[end - word.Length - 1]));

    /// <summary>White space, "from", white space and a capital at <paramref name="at"/>.</summary>
    private static bool FromAndCapitalAfter(string s, int at)
    {
        var k = at;
        while (k < s.Length && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        if (k == at || k + 4 > s.Length || string.CompareOrdinal(s, k, "from", 0, 4) != 0)
        {
            return false;
        }

        var after = k + 4;
        k = after;
        while (k < s.Length && char.IsWhiteSpace(s[k]))
        {
            k++;
        }

        return k > after && k < s.Length && s[k] is >= 'A' and <= 'Z';
    }

    /// <summary>The words of which the document author pattern holds at least one.</summary>
    private static readonly string[] DocumentAuthorWords =
    {
        "from", "sent", "wrote", "issued", "delivered", "released", "mailed", "signed", "dispatched", "filed", "drafted", "cabled", "wired", "made", "submitted", "presented", "published", "completed", "in his", "in her", "in a", " by ",
    };

    /// <summary>The characters that end the optional clause before the opening name ("Yesterday afternoon, Vladimir Putin …").</summary>
    private static readonly char[] OpeningStops = { ',', ';', ':', '"', '\u201C', '\u201D' };

    /// <summary>How far the opening name pattern reads its optional clause: a capital and at most 80 more characters before its comma.</summary>
    private const int MaxOpeningComma = 81;

    /// <summary>
    /// Whether the opening name of <paramref name="sentence"/> (the pattern <c>SentenceSubject</c>, without a wire
    /// dateline) may hold a word that <paramref name="byWord"/> has. That name is up to seven capitalized words, each
    /// one word of the sentence (the last one perhaps with a comma after it), from its start (after an optional quote
    /// mark) or from after the first comma, when that comes within <see cref="MaxOpeningComma"/> characters and no other
    /// stop comes before it; the words looked up in the table are words of that name, perhaps without a possessive.
    /// So when no such word, with or without a comma or a possessive, is in the table, no person is found. Text whose
    /// white space is not single spaces (never so after <see cref="CorpusText.Normalize"/>) is not judged: true.
    /// </summary>
    public static bool OpeningNameMayBeKnown<T>(string sentence, Dictionary<string, T> byWord)
    {
        if (AnyKnownFrom(sentence, 0, byWord) is not false)
        {
            return true;
        }

        if (sentence.Length == 0 || sentence[0] is < 'A' or > 'Z')
        {
            return false;
        }

        var comma = sentence.IndexOfAny(OpeningStops, 1);
        if (comma < 0 || comma > MaxOpeningComma || sentence[comma] != ',' || comma + 1 >= sentence.Length || !char.IsWhiteSpace(sentence[comma + 1]))
        {
            return false;
        }

        return AnyKnownFrom(sentence, comma + 2, byWord) is not false;
    }

    /// <summary>
    /// Whether one of the (at most seven) words from <paramref name="start"/> on that open with a capital, after an
    /// optional quote mark before the first, is in <paramref name="byWord"/>; null when the white space is not single spaces.
    /// </summary>
    private static bool? AnyKnownFrom<T>(string sentence, int start, Dictionary<string, T> byWord)
    {
        if (start < sentence.Length && sentence[start] is '"' or '\u201C')
        {
            start++;
        }

        for (var words = 0; words < 7 && start < sentence.Length; words++)
        {
            if (char.IsWhiteSpace(sentence[start]))
            {
                return null; // Two white spaces in a row, or one after the comma: not folded text.
            }

            if (sentence[start] is < 'A' or > 'Z')
            {
                return false; // Every word of the name opens with a capital.
            }

            var end = start;
            while (end < sentence.Length && !char.IsWhiteSpace(sentence[end]))
            {
                end++;
            }

            if (end < sentence.Length && sentence[end] != ' ')
            {
                return null;
            }

            var length = end - start;
            if (length > 1 && sentence[end - 1] == ',')
            {
                length--;
            }

            var word = sentence.Substring(start, length);
            if (byWord.ContainsKey(word) || (WithoutPossessive(word) is { } bare && byWord.ContainsKey(bare)))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>The word without "'s", "’s" or the apostrophe after a plural's "s" (as <c>SpeakerTable.StripPossessive</c>); null when it has none.</summary>
    private static string? WithoutPossessive(string word) =>
        word.EndsWith("'s", System.StringComparison.Ordinal) || word.EndsWith("’s", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 2)
        : word.Length > 2 && word[word.Length - 2] == 's' && word[word.Length - 1] is '\'' or '’' ? word.Substring(0, word.Length - 1)
        : null;

    private static bool IsPronounAt(string s, int i) =>
        (s[i] is 'h' or 'H' && i + 2 < s.Length && s[i + 1] == 'e' && char.IsWhiteSpace(s[i + 2]))
        || (s[i] is 's' or 'S' && i + 3 < s.Length && s[i + 1] == 'h' && s[i + 2] == 'e' && char.IsWhiteSpace(s[i + 3]));

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
