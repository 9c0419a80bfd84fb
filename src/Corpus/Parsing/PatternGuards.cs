using System;

namespace Corpus.Parsing;

/// <summary>
/// Where each pattern of <see cref="StatementPatterns"/> can match at all, told by a scan far cheaper than the pattern.
/// Every guard is a necessary condition of its pattern: a sentence it turns away has no match, so no result changes.
/// Most sentences report nothing, and turning them away before the regex interpreter is most of the parser's speed.
/// </summary>
internal static class PatternGuards
{
    /// <summary>Characters that neither a subject nor an apposition holds, so none stands between a subject and its verb.</summary>
    private static readonly char[] ClauseStops = { ';', ':', '"', '\u201C', '\u201D' };

    /// <summary>
    /// "Xi Jinping, head of …, said that …": <see cref="StatementPatterns.Leading"/> opens with a subject (a capital,
    /// "the", "he" or "she") and reaches its verb before any character that no subject or apposition holds; so the
    /// sentence's first reporting verb, at <paramref name="firstVerb"/>, comes before any such character.
    /// </summary>
    public static bool LeadingCanMatch(string text, TextRange sentence, int firstVerb) =>
        text[sentence.Start] is (>= 'A' and <= 'Z') or 't' or 'h' or 's' or '(' // "(AP) -- The commission said" after a dateline split at "Ore."
        && text.IndexOfAny(ClauseStops, sentence.Start, firstVerb - sentence.Start) < 0;

    /// <summary>
    /// "Noting …, Putin said that …": <see cref="StatementPatterns.Inner"/> reaches its verb from a comma after the
    /// sentence's first character, with no character in between that no subject or apposition holds. The verbs are
    /// read from <paramref name="firstVerb"/> on; one pass keeps the last comma and stop before each.
    /// </summary>
    public static bool InnerCanMatch(string text, TextRange sentence, int firstVerb)
    {
        int lastComma = -1, lastStop = -1, scanned = sentence.Start;
        var verbs = StatementPatterns.ReportingVerbWords;
        for (var verb = firstVerb; verb >= 0; verb = verbs.NextIn(text, verb + 1, sentence.End))
        {
            for (; scanned < verb; scanned++)
            {
                if (text[scanned] == ',')
                {
                    lastComma = scanned;
                }
                else if (Array.IndexOf(ClauseStops, text[scanned]) >= 0)
                {
                    lastStop = scanned;
                }
            }

            if (lastComma > sentence.Start && lastComma > lastStop)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"…, said Putin." <see cref="StatementPatterns.Inverted"/> needs an invertible verb right after a comma.</summary>
    public static bool InvertedCanMatch(string text, TextRange sentence)
    {
        if (sentence.Length < 2)
        {
            return false;
        }

        for (var comma = text.IndexOf(',', sentence.Start + 1, sentence.Length - 1); comma >= 0; comma = text.IndexOf(',', comma + 1, sentence.End - comma - 1))
        {
            var verb = comma + 1;
            while (verb < sentence.End && char.IsWhiteSpace(text[verb]))
            {
                verb++;
            }

            if (verb > comma + 1 && StatementPatterns.InvertibleVerbWords.IsWordAt(text, verb, sentence.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"quoted X as saying": the other verb <see cref="StatementPatterns.BeforeQuote"/> may end with.</summary>
    private static readonly WordSet QuotedAs = new(new[]
    {
        "quoted", // "was quoted as saying"
        "say", "tell", "ask", "add", "write", "explain", "declare", "insist", "warn", "reply", "answer", "shout", "cry", "scream", "whisper", "remark", // "she would tell him,"
    });

    /// <summary>How many words from its end a text before a quote is searched for the verb of <see cref="StatementPatterns.BeforeQuote"/>.</summary>
    private const int BeforeQuoteWords = 24;

    /// <summary>
    /// "Xi told the press in a speech on Thursday that: " <see cref="StatementPatterns.BeforeQuote"/> ends with its verb
    /// and at most a few more words (the verb's second word, a two-word object, a circumstance of at most 80 characters,
    /// "that", a colon), so the verb is among the last <see cref="BeforeQuoteWords"/> words.
    /// </summary>
    public static bool BeforeQuoteCanMatch(string before)
    {
        // A circumstance between the verb and the mark ("said in a speech on Thursday:") comes with a colon; without
        // one, the verb is among the last six words.
        var reach = LastNonSpace(before) == ':' ? BeforeQuoteWords : 6;
        var start = before.Length;
        for (var words = 0; words < reach && start > 0; words++)
        {
            while (start > 0 && char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }

            while (start > 0 && !char.IsWhiteSpace(before[start - 1]))
            {
                start--;
            }
        }

        return StatementPatterns.ReportingVerbWords.AnyIn(before, start, before.Length) || QuotedAs.AnyIn(before, start, before.Length);
    }

    /// <summary>
    /// <see cref="StatementPatterns.InvertedBeforeQuote"/> ends with a comma or a colon before the quote mark ("Says
    /// Jannsen, director of …:", ", says Pasley,", "O'Banion's reaction was:").
    /// </summary>
    public static bool InvertedBeforeQuoteCanMatch(string before) => LastNonSpace(before) is ':' or ',';

    /// <summary>Whether the last character of <paramref name="before"/> that is not white space is a colon.</summary>
    public static bool EndsWithColon(string before) => LastNonSpace(before) == ':';

    /// <summary>The last character of <paramref name="text"/> that is not white space, or '\0'.</summary>
    private static char LastNonSpace(string text)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > 0 ? text[end - 1] : '\0';
    }

    /// <summary>
    /// <see cref="StatementPatterns.AfterQuoteOther"/> starts, after commas and spaces, with "as ", "according" or "(".
    /// </summary>
    public static bool AfterQuoteOtherCanMatch(string after)
    {
        var at = 0;
        while (at < after.Length && (after[at] == ',' || char.IsWhiteSpace(after[at])))
        {
            at++;
        }

        return at < after.Length && (after[at] == '(' || string.CompareOrdinal(after, at, "as ", 0, 3) == 0 || string.CompareOrdinal(after, at, "according", 0, 9) == 0);
    }

    private static readonly WordSet ParentheticalVerbs = new(new[] { "said", "says", "added", "adds", "noted", "notes", "explained", "recalled", "insisted", "argued" });

    /// <summary><see cref="StatementPatterns.ParentheticalSaid"/> holds one of its verbs.</summary>
    public static bool HasParentheticalSaid(string before) => before.IndexOf(',') >= 0 && ParentheticalVerbs.AnyIn(before);
}
