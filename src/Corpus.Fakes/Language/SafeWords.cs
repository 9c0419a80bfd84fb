using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Fakes.Language;

/// <summary>
/// What synthetic filler must never contain, taken from the parser's own word lists: a reporting verb, "according to",
/// a boilerplate phrase, a title word before a name. Filler that avoids them is read as plain body text by construction.
/// </summary>
internal static class SafeWords
{
    private static readonly Regex Structural = new(
        @"\b(?:" + ParserVocabulary.Alternation(ParserVocabulary.ReportingVerbs.Concat(ParserVocabulary.InvertibleVerbs).Concat(ParserVocabulary.ChainingVerbs).Concat(ParserVocabulary.AttributingVerbs)
            .Concat(new[] { "according", "he", "she", "reports", "reported" })) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Lowercase words that carry structure for the parser: typos must not touch them.</summary>
    public static readonly HashSet<string> StructureWords = new(
        ParserVocabulary.ReportingVerbs.Concat(ParserVocabulary.InvertibleVerbs).Concat(ParserVocabulary.ChainingVerbs).Concat(ParserVocabulary.VerbObjects)
            .Concat(ParserVocabulary.RoleNouns).Concat(ParserVocabulary.NameStopWords).Concat(ParserVocabulary.FurniturePhrases).Concat(ParserVocabulary.FurnitureWords).Concat(ParserVocabulary.CaptionOpeners)
            .Concat(ParserVocabulary.RelatedOpeners).Concat(ParserVocabulary.DatelineWords).Concat(ParserVocabulary.MonthNames)
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
        && !ParserVocabulary.IsTitleWord(token.TrimEnd(','))
        && !ParserVocabulary.IsOrganizationWord(token.TrimEnd(','))
        && !Structural.IsMatch(token);

    /// <summary>Whether a generated sentence or paragraph is plain text for the parser.</summary>
    public static bool IsPlain(string text)
    {
        var lower = text.ToLowerInvariant();
        return !Structural.IsMatch(text) && !ParserVocabulary.FurniturePhrases.Concat(ParserVocabulary.FurnitureWords).Any(p => lower.Contains(p))
            && !ParserVocabulary.CaptionOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            && !ParserVocabulary.RelatedOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
            && !ParserVocabulary.DatelineWords.Any(p => lower.StartsWith(p, StringComparison.Ordinal));
    }
}
