using System;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// Shapes of the short lines around an article that a word list alone cannot tell from prose: bylines, photo
/// credits, contact lines, end marks, relative times and press-release section headings. Every test reads a block
/// once or a bounded stretch of it, with no regular expression, so a 300 KB line costs one pass.
/// </summary>
internal static class FurnitureShapes
{
    /// <summary>A byline is short: a few names, an agency, a role.</summary>
    private const int MaxBylineWords = 12;

    /// <summary>How far from a caption's end its credit may start: "Photograph: Sam Lee/PA", "REUTERS/Jane Doe".</summary>
    private const int MaxCreditLength = 60;

    private const int MaxCreditWords = 6;

    private static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    /// <summary>
    /// Who wrote the article: "By Jane Smith", "By Jane Smith and Tom Lee", "By JANE SMITH, Associated Press",
    /// "Interview by Tom Baxter", "Author Katrin Wolff", "Jane Smith, Political correspondent". Every word after
    /// "By" is a name (capitalised) or joins names, so "By the end of the year" and "By Monday, …" are not bylines.
    /// </summary>
    public static bool IsByline(string text, string lower, int words)
    {
        if (words > MaxBylineWords || EndsInStop(text))
        {
            return false;
        }

        if (text.StartsWith("By ", StringComparison.Ordinal) || text.StartsWith("BY ", StringComparison.Ordinal))
        {
            return AreNames(text.Substring(3), allowAffiliation: true);
        }

        foreach (var label in PageFurniture.AuthorLabels)
        {
            if (lower.StartsWith(label, StringComparison.Ordinal) && char.IsUpper(text[0]))
            {
                return AreNames(text.Substring(label.Length), allowAffiliation: true);
            }
        }

        // "Jane Smith, Political correspondent": a name, then a role that only a journalist has.
        var comma = text.IndexOf(',');
        if (comma <= 0)
        {
            return false;
        }

        var name = text.Substring(0, comma);
        var role = text.Substring(comma + 1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return WordCount(name) is >= 2 and <= 4 && AreNames(name, allowAffiliation: false)
            && role.Length is >= 1 and <= 5 && role.Any(w => PageFurniture.JournalistRoles.Contains(w.Trim(',', '.', ';')));
    }

    /// <summary>
    /// Names joined by "and", "&amp;" or commas, then (when <paramref name="allowAffiliation"/>) a capitalised
    /// affiliation after a comma or "|": "Jane Smith and Tom Lee, Associated Press". Words of names start with a
    /// capital letter ("McRae", "J.", "O'Neil"); a month or weekday right after "By" is a deadline, not a name.
    /// </summary>
    private static bool AreNames(string text, bool allowAffiliation)
    {
        var parts = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var first = parts[0].Trim(',', ':').ToLowerInvariant();
        if (Lexicon.Months.ContainsKey(first.TrimEnd('.')) || Weekdays.Contains(first))
        {
            return false;
        }

        var names = 0;
        foreach (var raw in parts)
        {
            var word = raw.TrimEnd(',', ';');
            if (word is "and" or "&" or "|" or "de" or "van" or "von" or "der" or "bin" or "al" or "la" or "le" or "da" or "del" or "of" or "the"
                || (allowAffiliation && word is "in" or "for"))
            {
                continue;
            }

            if (word.Length == 0 || !char.IsUpper(word[0]) || word.Any(c => !char.IsLetter(c) && c is not '.' and not '\'' and not '\u2019' and not '-'))
            {
                return false;
            }

            names++;
        }

        return names > 0;
    }

    /// <summary>
    /// A credit at the end of a caption: "… at the meeting. Photograph: Sam Lee/PA", "… 2025. (Photo: AP)",
    /// "… in Shouguang. (Xinhua/Zhang Wei)", "… January 4, 2025. REUTERS/Jane Doe", or a block that is only such a
    /// credit. The credit follows a full stop or an opening bracket, so prose that mentions a photo is not one.
    /// </summary>
    public static bool EndsWithCredit(string text, string lower)
    {
        var from = Math.Max(0, text.Length - MaxCreditLength);
        foreach (var label in MayHoldCreditLabel(lower, from) ? PageFurniture.CreditLabels : NoLabels)
        {
            // Only an occurrence from `from` on counts, and the last one is the one read: the search stays in that stretch.
            var at = lower.Length == 0 ? -1 : lower.LastIndexOf(label, lower.Length - 1, lower.Length - Math.Min(from, lower.Length), StringComparison.Ordinal);
            if (at > 0 && at >= from && FollowsStopOrBracket(text, at) && IsShortCredit(text.Substring(at + label.Length)))
            {
                return true;
            }
        }

        // An agency credit has its slash in the stretch the tail is cut from.
        return text.IndexOf('/', from) >= 0 && IsAgencyCredit(CreditTail(text, from));
    }

    private static readonly string[] NoLabels = Array.Empty<string>();

    /// <summary>
    /// Whether <paramref name="lower"/> from <paramref name="from"/> on may hold one of <see cref="PageFurniture.CreditLabels"/>:
    /// each of them holds a colon or "by ", so a stretch with neither holds none and is not searched for each in turn.
    /// </summary>
    private static bool MayHoldCreditLabel(string lower, int from)
    {
        from = Math.Min(from, lower.Length);
        return !EveryCreditLabelHoldsColonOrBy || lower.IndexOf(':', from) >= 0 || lower.IndexOf("by ", from, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether <see cref="MayHoldCreditLabel"/> may judge by a colon or "by ": true unless a label without either is added.</summary>
    private static readonly bool EveryCreditLabelHoldsColonOrBy =
        PageFurniture.CreditLabels.All(label => label.IndexOf(':') >= 0 || label.IndexOf("by ", StringComparison.Ordinal) >= 0);

    /// <summary>The last stretch of a caption that a credit could be: the whole of a short block, else what follows its last stop or bracket.</summary>
    private static string CreditTail(string text, int from)
    {
        if (text.Length <= MaxCreditLength)
        {
            return text;
        }

        for (var i = text.Length - 1; i > from && i >= 2; i--)
        {
            if (text[i - 1] == ' ' && (text[i] is '(' or '[' || text[i - 2] is '.' or ')'))
            {
                return text.Substring(i);
            }
        }

        return string.Empty;
    }

    private static bool FollowsStopOrBracket(string text, int at)
    {
        if (text[at - 1] == '(')
        {
            return true;
        }

        return at >= 2 && text[at - 1] == ' ' && text[at - 2] is '.' or '!' or '?' or ')' or '\u201D' or '"';
    }

    private static bool IsShortCredit(string credit)
    {
        credit = credit.Trim().TrimEnd(')');
        return credit.Length > 0 && WordCount(credit) <= MaxCreditWords && !EndsInStop(credit);
    }

    /// <summary>
    /// "Xinhua/Zhang Wei", "(Xinhua/Zhang Wei)", "REUTERS/Jane Doe", "Ethan Swope/AP", "[Omar Ashtawy/Reuters]": an
    /// agency and a photographer, either way round, with one slash between.
    /// </summary>
    private static bool IsAgencyCredit(string tail)
    {
        var credit = tail.Trim();
        var bracketed = credit.Length > 2 && ((credit[0] == '(' && credit[credit.Length - 1] == ')') || (credit[0] == '[' && credit[credit.Length - 1] == ']'));
        credit = bracketed ? credit.Substring(1, credit.Length - 2) : credit.TrimEnd('.');
        var slash = credit.IndexOf('/');
        if (slash <= 0 || slash != credit.LastIndexOf('/') || slash == credit.Length - 1)
        {
            return false;
        }

        var agency = credit.Substring(0, slash).Trim();
        var person = credit.Substring(slash + 1).Trim();
        var agencyWords = WordCount(agency);
        var personWords = WordCount(person);
        if (agencyWords is < 1 or > 2 || personWords is < 1 or > 4 || !AreNames(agency, false) || !AreNames(person, false))
        {
            return false;
        }

        // Unbracketed, "Business/Economy" is a section label: one side must be an agency in capitals ("REUTERS/Jane Doe",
        // "Ethan Swope/AP") or the photographer named in full.
        return bracketed || personWords >= 2 || agency.All(c => !char.IsLower(c)) || person.All(c => !char.IsLower(c));
    }

    /// <summary>A line that is only an e-mail address, a web address or a telephone number: a press contact.</summary>
    public static bool IsContactLine(string text)
    {
        if (text.Length > 80)
        {
            return false;
        }

        if (text.IndexOf(' ') < 0)
        {
            var at = text.IndexOf('@');
            if ((at > 0 && text.IndexOf('.', at) > at + 1)
                || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // "+1 408-555-0192", "(020) 7946 0958", "Tel: +44 20 7946 0958".
        var digits = 0;
        var start = text.StartsWith("tel", StringComparison.OrdinalIgnoreCase) || text.StartsWith("phone", StringComparison.OrdinalIgnoreCase)
            ? text.IndexOf(' ') + 1
            : 0;
        if (start < 0)
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')' or '.' or ':'))
            {
                return false;
            }
        }

        return digits >= 7 && (text[start] is '+' or '(' || text.IndexOf(' ', start) > 0 || Count(text, '-') >= 2) && DateReader.Find(text) is null && !LooksLikeDate(text);
    }

    /// <summary>"Copyright 2025 Nikkei Inc.", "Copyright (c) 2025 …": "Copyright" and a year or sign; "Copyright law …" is prose.</summary>
    public static bool IsCopyrightLine(string lower)
    {
        const string Copyright = "copyright ";
        if (!lower.StartsWith(Copyright, StringComparison.Ordinal) || lower.Length == Copyright.Length)
        {
            return false;
        }

        var next = lower[Copyright.Length];
        return char.IsDigit(next) || next == '\u00A9' || lower.Substring(Copyright.Length).StartsWith("(c)", StringComparison.Ordinal);
    }

    /// <summary>"###", "* * *", "-30-": the marks that end a press release or a wire story.</summary>
    public static bool IsEndMark(string text)
    {
        if (text == "-30-")
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c is not ('#' or '*' or '-' or '=' or '_' or '~' or ' '))
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>
    /// A time printed relative to the reader's day: "3 hours ago", "Updated 3 hours ago", "Yesterday", "Published
    /// 2 days ago". A dateline, but one that gives no date: the day it counts from is not printed.
    /// </summary>
    public static bool IsRelativeTime(string lower)
    {
        var rest = lower.Trim().TrimEnd('.');
        foreach (var opener in PageFurniture.DatelineOpeners)
        {
            if (rest.StartsWith(opener, StringComparison.Ordinal) && rest.Length > opener.Length && !char.IsLetter(rest[opener.Length]))
            {
                rest = rest.Substring(opener.Length).TrimStart(':', ' ');
                if (rest.StartsWith("on ", StringComparison.Ordinal))
                {
                    rest = rest.Substring(3);
                }

                break;
            }
        }

        // "yesterday at 18:05", "today, 09:15".
        var day = rest.IndexOfAny(new[] { ' ', ',' });
        var head = day < 0 ? rest : rest.Substring(0, day);
        if (PageFurniture.RelativeDays.Contains(rest) || (PageFurniture.RelativeDays.Contains(head) && IsClockTail(rest.Substring(head.Length))))
        {
            return true;
        }

        if (!rest.EndsWith(" ago", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = rest.Substring(0, rest.Length - 4).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            return (parts[0].All(char.IsDigit) || parts[0] is "a" or "an" or "one" or "two" or "few") && PageFurniture.TimeUnits.Contains(parts[1]);
        }

        // "3h ago", "45min ago".
        if (parts.Length == 1)
        {
            var digits = parts[0].TakeWhile(char.IsDigit).Count();
            return digits > 0 && PageFurniture.TimeUnits.Contains(parts[0].Substring(digits));
        }

        return false;
    }

    private static bool IsClockTail(string tail)
    {
        tail = tail.TrimStart(',', ' ');
        if (tail.StartsWith("at ", StringComparison.Ordinal))
        {
            tail = tail.Substring(3);
        }

        return tail.Length is >= 4 and <= 12 && char.IsDigit(tail[0]) && tail.All(c => char.IsDigit(c) || c is ':' or '.' or ' ' or 'a' or 'p' or 'm');
    }

    /// <summary>
    /// The first word of the name in a press release's company profile heading, "About Lumen Devices" or "About XYZ
    /// Corp." ("Lumen", "XYZ"), else null. Every word after "About" is capitalised, so "About 300 people attended" and
    /// "About half of them" are no headings; "the" is passed over ("About the Company").
    /// </summary>
    public static string? AboutName(string text, int words)
    {
        if (words is < 2 or > 8 || !text.StartsWith("About ", StringComparison.Ordinal))
        {
            return null;
        }

        var name = text.Substring(6).TrimEnd(':', ' ');
        if (EndsInStop(name) && !Lexicon.Abbreviations.Contains(LastWord(name).TrimEnd('.')))
        {
            return null; // "About Lumen Devices." is a sentence; "About XYZ Corp." is not.
        }

        if (!AreNames(name, allowAffiliation: false))
        {
            return null;
        }

        var first = name.Split(' ').FirstOrDefault(w => w is not ("the" or "The"));
        return first?.TrimEnd('.', ',');
    }

    private static string LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text.Substring(space + 1);
    }

    /// <summary>Ends in a full stop, question or exclamation mark, before any closing quotes or brackets.</summary>
    public static bool EndsInStop(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '"' or '\u201D' or '\u2019' or '\'' or ')')
        {
            end--;
        }

        return end > 0 && text[end - 1] is '.' or '!' or '?';
    }

    private static bool LooksLikeDate(string text) => Count(text, '-') == 2 && text.Trim().Length == 10;

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> would give, without allocating them.</summary>
    internal static int WordCount(string text)
    {
#if NET8_0_OR_GREATER
        // Without two spaces in a row (blocks are folded), every space but a last one is followed by a word: counted vectorized.
        var span = text.AsSpan();
        if (span.IndexOf("  ".AsSpan()) < 0)
        {
            return span.Count(' ') + (text.Length > 0 && text[0] != ' ' ? 1 : 0) - (text.Length > 0 && text[text.Length - 1] == ' ' ? 1 : 0);
        }
#endif
        var count = 0;
        var previous = ' ';
        foreach (var c in text)
        {
            if (previous == ' ' && c != ' ')
            {
                count++;
            }

            previous = c;
        }

        return count;
    }

    /// <summary>How often <paramref name="c"/> occurs in <paramref name="text"/>.</summary>
    internal static int Count(string text, char c)
    {
        var count = 0;
        for (var i = text.IndexOf(c); i >= 0; i = text.IndexOf(c, i + 1))
        {
            count++;
        }

        return count;
    }
}
