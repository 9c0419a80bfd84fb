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
    /// capitalized word and four lower-case words (ASCII letters, white space and one comma) before "he", "He", "she" or
    /// "She", which white space precedes (unless it opens the sentence) and follows. So such a word is among the first six
    /// runs of letters, and nothing but letters, white space and commas comes before it.
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

            if (c != ',' && !char.IsWhiteSpace(c))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    private static bool IsPronounAt(string s, int i) =>
        (s[i] is 'h' or 'H' && i + 2 < s.Length && s[i + 1] == 'e' && char.IsWhiteSpace(s[i + 2]))
        || (s[i] is 's' or 'S' && i + 3 < s.Length && s[i + 1] == 'h' && s[i + 2] == 'e' && char.IsWhiteSpace(s[i + 3]));

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
