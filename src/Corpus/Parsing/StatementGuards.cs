using System;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// More guards in the manner of <see cref="PatternGuards"/>, for the anchored patterns <see cref="QuoteExtractor"/> runs on
/// every reported clause it keeps. Each is a necessary condition of its pattern, so a text it turns away has no match.
/// </summary>
internal static class StatementGuards
{
    /// <summary>
    /// <see cref="StatementPatterns.Leading"/> reads, after its verb (a word of <see cref="StatementPatterns.ReportingVerbWords"/>,
    /// the first of which starts at <paramref name="firstVerb"/>), white space, a comma or a colon and then the content,
    /// which opens with a character that is not white space: so one of those three comes after the first verb's word
    /// and before the sentence's last character that is not white space. "…, he said." has none.
    /// </summary>
    public static bool LeadingHasContentAfterVerb(string text, TextRange sentence, int firstVerb)
    {
        var verbEnd = firstVerb;
        while (verbEnd < sentence.End && char.IsLetter(text[verbEnd]))
        {
            verbEnd++;
        }

        var last = sentence.End - 1;
        while (last >= verbEnd && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        for (var at = verbEnd; at < last; at++)
        {
            if (text[at] is ',' or ':' || char.IsWhiteSpace(text[at]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="StatementPatterns.Leading"/> reads white space before its verb (a word of
    /// <see cref="StatementPatterns.ReportingVerbWords"/>), and before that white space the end of its subject, of an
    /// adverb, or a comma. No subject ends with a comma; a comma there closes an apposition, which a comma opened
    /// ("Putin, the president, said"), or a medium that "in" opened ("the mayor in a statement Friday, said"). So some
    /// reporting verb from <paramref name="firstVerb"/> on has white space before it, and before that white space no
    /// comma, or a comma with another comma or the word "in" before it. "… of the chairmen of, noted President Xi." has none.
    /// </summary>
    public static bool LeadingVerbCanFollowSubject(string text, TextRange sentence, int firstVerb)
    {
        for (var verb = firstVerb; verb >= 0; verb = StatementPatterns.ReportingVerbWords.NextIn(text, verb + 1, sentence.End))
        {
            if (verb <= sentence.Start || !char.IsWhiteSpace(text[verb - 1]))
            {
                continue;
            }

            var before = verb - 1;
            while (before >= sentence.Start && char.IsWhiteSpace(text[before]))
            {
                before--;
            }

            if (before >= sentence.Start && (text[before] != ',' || OpensApposition(text, sentence.Start, before)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a comma, or "in" between white space, comes in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    private static bool OpensApposition(string text, int start, int end)
    {
        if (text.IndexOf(',', start, end - start) >= 0)
        {
            return true;
        }

        for (var at = text.IndexOf("in", start, end - start, StringComparison.Ordinal); at >= 0; at = text.IndexOf("in", at + 1, end - at - 1, StringComparison.Ordinal))
        {
            if (at > start && char.IsWhiteSpace(text[at - 1]) && at + 2 < end && char.IsWhiteSpace(text[at + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="StatementPatterns.MidClause"/> ends with white space and content that opens with a lower-case letter,
    /// a digit or a quote mark, after its verb: so such a character after white space follows the first reporting verb
    /// from the joint on, which starts at <paramref name="verb"/> in <paramref name="s"/>. "… and set an," he said. has none.
    /// </summary>
    public static bool MidClauseHasContentAfterVerb(string s, int verb)
    {
        var at = verb;
        while (at < s.Length && char.IsLetter(s[at]))
        {
            at++;
        }

        for (at++; at < s.Length; at++)
        {
            var c = s[at];
            if ((c is (>= 'a' and <= 'z') or '"' or '\u201C' || char.IsDigit(c)) && char.IsWhiteSpace(s[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="StatementPatterns.OpeningParticiple"/> opens with a word of <see cref="Lexicon.ChainingVerbs"/> ("adding",
    /// "noting") in any case: with one of their first letters, or a character outside ASCII (which a case-insensitive
    /// match may take for one).
    /// </summary>
    public static bool OpeningParticipleCanMatch(string s) =>
        s.Length > 0 && (s[0] >= 128 || ParticipleInitials.IndexOf(char.ToLowerInvariant(s[0])) >= 0);

    /// <summary>The first letters of <see cref="Lexicon.ChainingVerbs"/>, in lower case.</summary>
    private static readonly string ParticipleInitials = new(Lexicon.ChainingVerbs.Select(v => char.ToLowerInvariant(v[0])).Distinct().ToArray());

    /// <summary><see cref="StatementPatterns.RefersBack"/> opens with "it", "so" or "this".</summary>
    public static bool RefersBackCanMatch(string text, TextRange range) =>
        range.Length >= 2
        && ((text[range.Start] == 'i' && text[range.Start + 1] == 't')
            || (text[range.Start] == 's' && text[range.Start + 1] == 'o')
            || (text[range.Start] == 't' && text[range.Start + 1] == 'h'));

    /// <summary><see cref="StatementPatterns.NoComment"/> holds the word "comment".</summary>
    public static bool NoCommentCanMatch(string text, TextRange range) =>
        range.Length >= 7 && text.IndexOf("comment", range.Start, range.Length, System.StringComparison.Ordinal) >= 0;

    /// <summary>
    /// <see cref="StatementPatterns.WireDatelineAtStart"/> opens with a capital, and after at most 60 more characters
    /// comes white space and a dash ("LONDON, Jan 6 (Reuters) -").
    /// </summary>
    public static bool WireDatelineAtStartCanMatch(string s)
    {
        if (s.Length < 3 || s[0] is < 'A' or > 'Z')
        {
            return false;
        }

        for (var i = 1; i <= 61 && i + 1 < s.Length; i++)
        {
            if (s[i + 1] is '-' or '\u2014' or '\u2013' && char.IsWhiteSpace(s[i]))
            {
                return true;
            }
        }

        return false;
    }
}
