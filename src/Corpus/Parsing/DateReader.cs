using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// Reads a date (and time, when printed) from a dateline or sentence. Formats: "22-Mar-2023", "16/05/2024 17:54",
/// "May 16, 2024 19:37 PM", "16 May 2024", "2024-05-16T17:54", "09.01.2025" (dots are day-first wherever they are
/// printed). A time is read as printed, before or after the date ("09:15 GMT, 4 Jan 2025", "Tue 7 Jan 2025 18.02
/// GMT"): a time-zone word is passed over, never converted. An ambiguous day/month order or an impossible date gives
/// no date rather than a wrong one; a relative day ("3 hours ago", "Yesterday") has no date shape at all.
/// </summary>
internal static class DateReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string Time = @"(?:(?:\s*,?\s*|\s+at\s+)(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*(?<ampm>[AP]\.?M\.?))?)?";
    private const string Weekday = @"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*)?";
    private const string MonthName = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    private static readonly Regex[] Patterns =
    {
        new(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s](?<h>\d{2}):(?<min>\d{2}))?", Options, StatementPatterns.Timeout),
        new(@"\b(?<d>\d{1,2})-" + MonthName + @"-(?<y>\d{4})\b", Options, StatementPatterns.Timeout),
        new(@"\b(?<a>\d{1,2})/(?<b>\d{1,2})/(?<y>\d{4})\b" + Time, Options, StatementPatterns.Timeout),
        new(@"\b" + MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" + Time, Options, StatementPatterns.Timeout),
        new(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"\.?,?\s+(?<y>\d{4})\b" + Time, Options, StatementPatterns.Timeout),
        new(@"\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b" + Time, Options, StatementPatterns.Timeout),
    };

    /// <summary>A character that every match of the pattern at the same index holds, or '\0'.</summary>
    private static readonly char[] PatternNeeds = { '-', '-', '/', '\0', '\0', '.' };

    /// <summary>How far before a date a time printed ahead of it may start: "10:32 AM EST, Wednesday " is 24 characters.</summary>
    private const int LeadingTimeWindow = 36;

    // A time printed before the date, with an optional AM/PM, zone word and weekday: "Updated 18:19, 22-Mar-2023",
    // "Updated 4:37 PM EST, January 8, 2025", "Updated 10:32 AM EST, Mon January 6, 2025". Only the few characters
    // before the date are searched.
    private static readonly Regex LeadingTime = new(
        @"\b(?<h>\d{1,2})[:.](?<min>\d{2})(?:\s*(?<ampm>[AP]\.?M\.?))?(?:\s+(?-i:[A-Z]{2,5}))?\s*,?\s*" + Weekday + @"$", Options, StatementPatterns.Timeout);

    /// <summary>The first date in <paramref name="text"/>, with its time when one is printed next to it.</summary>
    public static DateTime? Find(string text) => Find(text, out _);

    /// <summary>The first date in <paramref name="text"/>, and whether the text holds a date-shaped string at all.</summary>
    public static DateTime? Find(string text, out bool sawDate)
    {
        sawDate = false;
        if (!HasFourDigits(text))
        {
            return null;
        }

        Match? best = null;
        for (var i = 0; i < Patterns.Length; i++)
        {
            var pattern = Patterns[i];
            if (PatternNeeds[i] != '\0' && text.IndexOf(PatternNeeds[i]) < 0)
            {
                continue; // "2024-05-16", "22-Mar-2023" need a hyphen, "16/05/2024" a slash.
            }

            var match = pattern.Match(text);
            if (match.Success && (best is null || match.Index < best.Index))
            {
                best = match;
            }
        }

        if (best is null)
        {
            return null;
        }

        sawDate = true;
        return Read(best, text);
    }

    /// <summary>
    /// Every date shape has a four-digit year (<c>\d</c>: any decimal digit): a text without four digits in a row is
    /// not searched, which spares five patterns on most short blocks and first sentences.
    /// </summary>
    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static DateTime? Read(Match match, string text)
    {
        var year = Number(match, "y");
        int month, day;
        if (match.Groups["a"].Success)
        {
            var a = Number(match, "a");
            var b = Number(match, "b");
            if (a > 12 && b <= 12)
            {
                (day, month) = (a, b);
            }
            else if (b > 12 && a <= 12)
            {
                (month, day) = (a, b);
            }
            else if (a == b)
            {
                (day, month) = (a, b);
            }
            else
            {
                return null; // 05/06/2024: day-first and month-first are both possible.
            }
        }
        else
        {
            month = match.Groups["mon"].Success ? Lexicon.Months[match.Groups["mon"].Value] : Number(match, "m");
            day = Number(match, "d");
        }

        int hour = 0, minute = 0;
        var ampm = match.Groups["ampm"];
        if (match.Groups["h"].Success)
        {
            hour = Number(match, "h");
            minute = Number(match, "min");
        }
        else
        {
            var from = Math.Max(0, match.Index - LeadingTimeWindow);
            var before = LeadingTime.Match(text.Substring(from, match.Index - from));
            if (before.Success && (from == 0 || before.Index > 0 || !char.IsDigit(text[from - 1])))
            {
                hour = Number(before, "h");
                minute = Number(before, "min");
                ampm = before.Groups["ampm"];
            }
        }

        if (ampm.Success)
        {
            var pm = char.ToUpperInvariant(ampm.Value[0]) == 'P';
            if (pm && hour < 12)
            {
                hour += 12; // "7:37 PM"; "19:37 PM" is already on the 24-hour clock.
            }
            else if (!pm && hour == 12)
            {
                hour = 0;
            }
        }

        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59)
        {
            return null;
        }

        return new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
