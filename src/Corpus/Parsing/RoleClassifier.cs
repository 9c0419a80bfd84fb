using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// Gives every block a role from general features: repetition, length, end punctuation, keywords from
/// <see cref="Lexicon"/>, date shapes and position. No rule names a seed's exact strings.
/// </summary>
internal static class RoleClassifier
{
    private const int MaxFurnitureLength = 300;
    private const int MaxTitleLength = 250;
    private const int MaxHeadingWords = 14;
    private const int MaxDatelineWords = 10;
    private const int MinProseWords = 6;

    /// <summary>Body paragraphs that must come before a repeated headline can open the related-articles tail.</summary>
    private const int BodyBeforeRelated = 3;

    /// <summary>
    /// A block longer than <see cref="MaxFurnitureLength"/> is only tested for how its lower-case form starts, so
    /// only this much of it is lower-cased: lower-casing every long paragraph was most of this stage's time.
    /// </summary>
    private static readonly int LongestOpener = Lexicon.RelatedOpeners.Concat(Lexicon.DatelineWords).Max(p => p.Length);

    public static ParagraphRole[] Classify(IReadOnlyList<string> blocks)
    {
        var roles = new ParagraphRole[blocks.Count];
        var words = new int[blocks.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = WordCount(blocks[i]);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titleFound = false;
        var bodyCount = 0;
        var inRelatedTail = false;

        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i];
            var lower = (text.Length <= MaxFurnitureLength ? text : text.Substring(0, LongestOpener)).ToLowerInvariant();
            ParagraphRole role;

            if (!seen.Add(text))
            {
                role = ParagraphRole.Duplicate;
            }
            else if (IsBoilerplate(text, lower, words[i]))
            {
                role = ParagraphRole.Boilerplate;
            }
            else if (IsCaption(text, lower))
            {
                role = ParagraphRole.Caption;
            }
            else if (IsDateline(text, lower, words[i]))
            {
                role = ParagraphRole.Dateline;
            }
            else if (inRelatedTail || (bodyCount >= BodyBeforeRelated && OpensRelated(blocks, i, lower)))
            {
                inRelatedTail = true;
                role = ParagraphRole.Related;
            }
            else if (!titleFound && IsTitleShaped(text, words[i]))
            {
                titleFound = true;
                role = ParagraphRole.Title;
            }
            else if (titleFound && IsHeadingShaped(text, words[i]) && FollowedByProse(blocks, words, i))
            {
                role = ParagraphRole.Heading;
            }
            else
            {
                role = ParagraphRole.Body;
                bodyCount++;
            }

            roles[i] = role;
        }

        return roles;
    }

    /// <summary>
    /// Page furniture: a short block with a phrase only furniture uses ("All rights reserved"), or with a word
    /// furniture shares with prose ("cookies", "I agree") when the block is no prose at all, opens with that word
    /// ("Subscribe to our newsletter …") or talks to the reader ("By continuing to browse our site you agree …").
    /// A news sentence about cookies or subscriptions is none of these.
    /// </summary>
    private static bool IsBoilerplate(string text, string lower, int words) =>
        text.Length <= MaxFurnitureLength
        && (Lexicon.FurniturePhrases.Any(p => lower.Contains(p))
            || ((!IsProse(text, words) || Lexicon.FurnitureWords.Any(p => lower.StartsWith(p, StringComparison.Ordinal))
                    || Lexicon.ReaderAddress.Any(w => ContainsWord(lower, w)))
                && Lexicon.FurnitureWords.Any(p => lower.Contains(p)))); // Searched last: most short blocks are prose.

    private static bool IsCaption(string text, string lower)
    {
        if (text.Length > MaxFurnitureLength)
        {
            return false;
        }

        if (Lexicon.CaptionOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        // "… in Beijing, May 16, 2024. /Xinhua": a picture agency credit after a slash at the end.
        var slash = text.LastIndexOf('/');
        if (slash > 0 && slash >= text.Length - 30 && text[slash - 1] == ' ')
        {
            var credit = text.Substring(slash + 1).TrimEnd(')', ' ', '.');
            if (credit.Length > 0 && char.IsUpper(credit[0]) && credit.Split(' ').Length <= 3)
            {
                return true;
            }
        }

        // "(R)", "(L)", "(2nd L)", "(front)": positions of people in a picture, whose caption is dated or is no full
        // sentence. In a sentence of prose, "(R)" is as likely a party ("Senator Morton (R) of Kentucky, …").
        var positions = lower.IndexOfAny(Parentheses) >= 0
            && (lower.Contains("(r)") || lower.Contains("(l)") || lower.Contains(" l)") || lower.Contains(" r)")
                || lower.Contains("(front") || lower.Contains("(c)"));
        return positions && (DateReader.Find(text) is not null || !EndsSentence(text));
    }

    /// <summary>Every picture position ("(R)", "(2nd L)", "(front)") holds one of these: most captions are not searched for them.</summary>
    private static readonly char[] Parentheses = { '(', ')' };

    /// <summary>Reads as a sentence of prose: several words and a final stop.</summary>
    private static bool IsProse(string text, int words) => words >= MinProseWords && EndsSentence(text);

    private static bool ContainsWord(string lower, string word)
    {
        for (var i = lower.IndexOf(word, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(lower[i - 1])) && (end == lower.Length || !char.IsLetter(lower[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateline(string text, string lower, int words)
    {
        if (words > MaxDatelineWords)
        {
            return false;
        }

        var date = DateReader.Find(text, out var sawDate);
        return sawDate && (date is not null || Lexicon.DatelineWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal)));
    }

    private static bool OpensRelated(IReadOnlyList<string> blocks, int index, string lower)
    {
        if (Lexicon.RelatedOpeners.Any(p => lower.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        // A tag list: "Culture | Chinese Civilization | Characteristics".
        if (Count(blocks[index], '|') >= 2)
        {
            return true;
        }

        // A teaser headline printed twice in a row, as link lists do.
        return index + 1 < blocks.Count
            && string.Equals(blocks[index], blocks[index + 1], StringComparison.OrdinalIgnoreCase)
            && !EndsSentence(blocks[index]);
    }

    private static bool IsTitleShaped(string text, int words) =>
        text.Length <= MaxTitleLength && words >= 2 && !text.EndsWith(".", StringComparison.Ordinal);

    private static bool IsHeadingShaped(string text, int words) =>
        words <= MaxHeadingWords && !EndsSentence(text) && !IntroducesQuote(text);

    /// <summary>"Earlier, Mitchell said in a statement:": a reporting clause that hands over to the next block's quote is prose.</summary>
    private static bool IntroducesQuote(string text) =>
        text.Length > 0 && text[text.Length - 1] == ':' && StatementPatterns.ReportingVerbWords.AnyIn(text);

    private static bool FollowedByProse(IReadOnlyList<string> blocks, int[] words, int index) =>
        index + 1 < blocks.Count && EndsSentence(blocks[index + 1]) && words[index + 1] > MaxHeadingWords;

    /// <summary>The last character before any closing quotes or brackets is a full stop.</summary>
    private static bool EndsSentence(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '"' or '\u201D' or '\u2019' or '\'' or ')')
        {
            end--;
        }

        return end > 0 && text[end - 1] is '.' or '!' or '?';
    }

    /// <summary>How many words <c>Split(' ', RemoveEmptyEntries)</c> would give, without allocating them.</summary>
    private static int WordCount(string text)
    {
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

    private static int Count(string text, char c)
    {
        var count = 0;
        for (var i = text.IndexOf(c); i >= 0; i = text.IndexOf(c, i + 1))
        {
            count++;
        }

        return count;
    }
}
