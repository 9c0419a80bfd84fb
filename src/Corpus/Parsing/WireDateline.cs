using System;

namespace Corpus.Parsing;

/// <summary>
/// The dateline a wire story or press release opens its first paragraph with: a place in capitals, perhaps a state
/// and a date, perhaps the agency, then a dash or the agency's closing mark — "LONDON, Jan 6 (Reuters) - …",
/// "WASHINGTON (AP) — …", "BEIJING, Jan. 5 (Xinhua) -- …", "MOSCOW, January 5. /TASS/. …", "SAN JOSE, Calif., Jan. 14,
/// 2025 /PRNewswire/ -- …". The paragraph stays body; only its opening is read, so a long paragraph costs nothing more.
/// </summary>
internal static class WireDateline
{
    /// <summary>How far into a paragraph a wire dateline may end: a place, a state, a date and an agency.</summary>
    private const int MaxLength = 100;

    /// <summary>
    /// The dateline that opens <paramref name="paragraph"/>, or null. "SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/"
    /// for "SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ -- Lumen Devices, Inc. …".
    /// </summary>
    public static string? Find(string paragraph)
    {
        var window = paragraph.Length <= MaxLength ? paragraph : paragraph.Substring(0, MaxLength);
        var end = EndOf(window);
        if (end <= 0)
        {
            return null;
        }

        // The story starts after the dash with a capital or a quote: "NATO - the alliance …" is no dateline.
        var story = end;
        while (story < window.Length && window[story] is ' ' or '-' or '\u2014' or '\u2013' or '/' or '.')
        {
            story++;
        }

        if (story < window.Length && char.IsLower(window[story]))
        {
            return null;
        }

        var dateline = window.Substring(0, end).TrimEnd();
        return OpensWithPlace(dateline) ? dateline : null;
    }

    /// <summary>The publication date a wire dateline prints, when it prints a year: "Jan 6 (Reuters)" gives none.</summary>
    public static DateTime? DateOf(string dateline) => DateReader.Find(dateline);

    /// <summary>Where the dateline ends: at its dash (" - ", " — ", " -- ", " – ") or after an agency in slashes ("/TASS/.").</summary>
    private static int EndOf(string window)
    {
        var end = -1;
        foreach (var dash in new[] { " - ", " \u2014 ", " -- ", " \u2013 ", " \u2014", "\u2014 " })
        {
            var at = window.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && (end < 0 || at < end))
            {
                end = at;
            }
        }

        // "MOSCOW, January 5. /TASS/. Russia …": the agency's closing slash, then a stop.
        var agency = window.IndexOf("/. ", StringComparison.Ordinal);
        if (agency > 0 && window.LastIndexOf(" /", agency, StringComparison.Ordinal) > 0 && (end < 0 || agency < end))
        {
            end = agency + 2;
        }

        return end;
    }

    /// <summary>
    /// A place in capitals ("LONDON", "SAN JOSE", "ST. LOUIS") before the first comma, bracket or slash, and nothing in
    /// the dateline that a sentence has: no lower-case run of words before the agency.
    /// </summary>
    private static bool OpensWithPlace(string dateline)
    {
        var letters = 0;
        var i = 0;
        for (; i < dateline.Length && dateline[i] is not (',' or '(' or '/'); i++)
        {
            var c = dateline[i];
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not (' ' or '.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        if (letters < 3)
        {
            return false;
        }

        // After the place: a state ("Calif."), a date ("Jan. 14, 2025", "January 5."), an agency ("(Reuters)",
        // "/PRNewswire/"); a lower-case word outside the agency's brackets would be a sentence ("LONDON is …").
        var depth = 0;
        var wordStart = true;
        for (; i < dateline.Length; i++)
        {
            var c = dateline[i];
            if (c is '(')
            {
                depth++;
            }
            else if (c is ')')
            {
                depth--;
            }
            else if (wordStart && depth == 0 && char.IsLower(c))
            {
                return false;
            }

            wordStart = c is ' ' or '(' or '/';
        }

        return true;
    }
}
