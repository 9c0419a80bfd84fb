using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Parsing;

namespace Corpus.Fakes.Language;

/// <summary>
/// What synthetic filler must never contain, taken from the parser's own word lists: a reporting verb, "according to",
/// a boilerplate phrase, a title word before a name. Filler that avoids them is read as plain body text by construction.
/// </summary>
internal static class SafeWords
{
    private static readonly Regex Structural = new(
        @"\b(?:" + Lexicon.Alternation(Lexicon.ReportingVerbs.Concat(Lexicon.InvertibleVerbs).Concat(Lexicon.ChainingVerbs).Concat(Lexicon.AttributingVerbs)
            .Concat(new[] { "according", "he", "she", "reports", "reported" })) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Lowercase words that carry structure for the parser: typos must not touch them.</summary>
    public static readonly HashSet<string> StructureWords = new(
        Lexicon.ReportingVerbs.Concat(Lexicon.InvertibleVerbs).Concat(Lexicon.ChainingVerbs).Concat(Lexicon.VerbObjects)
            .Concat(Lexicon.RoleNouns).Concat(Lexicon.NameStopWords).Concat(Lexicon.FurniturePhrases).Concat(Lexicon.FurnitureWords).Concat(Lexicon.CaptionOpeners)
            .Concat(Lexicon.RelatedOpeners).Concat(Lexicon.DatelineWords).Concat(Lexicon.Months.Keys)
            .Concat(new[] { "according", "that", "while", "when", "during", "after", "before", "titled", "entitled", "called", "named", "dubbed", "known" })
            .SelectMany(w => w.Split(' ', ':', '(', ')'))
            .Where(w => w.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    public static bool IsUsableToken(string token) =>
        token.Length > 0
        && token.All(c => char.IsLetter(c) || c is '-' or ',' or '\'')
        && char.IsLetter(token[0])
        && char.IsLetter(token.TrimEnd(',')[token.TrimEnd(',').Length - 1])
        && (token.IndexOf(',') < 0 || token.IndexOf(',') == token.Length - 1)
        && !Lexicon.TitleWords.Contains(token.TrimEnd(','))
        && !Lexicon.OrganizationWords.Contains(token.TrimEnd(','))
        && !Structural.IsMatch(token);

    /// <summary>Whether a generated sentence or paragraph is plain text for the parser.</summary>
    public static bool IsPlain(string text)
    {
        var lower = text.ToLowerInvariant();
        return !Structural.IsMatch(text) && !Lexicon.FurniturePhrases.Concat(Lexicon.FurnitureWords).Any(p => lower.Contains(p))
            && !Lexicon.CaptionOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            && !Lexicon.RelatedOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            && !Lexicon.DatelineWords.Any(p => lower.StartsWith(p, StringComparison.Ordinal));
    }
}
