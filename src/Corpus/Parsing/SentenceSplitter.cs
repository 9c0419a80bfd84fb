using System;
using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>
/// Splits a block into sentences at '.', '!' or '?' (and any closing quotes or brackets after them) followed by
/// white space and a capital, digit or opening quote. Abbreviations (U.N., Mr.), initials and decimals (2.7,
/// US$240) do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static List<TextRange> Split(string text, TextRange block)
    {
        var sentences = new List<TextRange>();
        var start = block.Start;
        var end = block.End;
        for (var from = block.Start; from < end;)
        {
            var i = text.IndexOfAny(Stops, from, end - from);
            if (i < 0)
            {
                break;
            }

            from = i + 1;
            var c = text[i];
            var after = i + 1;
            while (after < end && IsCloser(text[after]))
            {
                after++;
            }

            if (after >= end || !CorpusText.IsSpace(text[after]))
            {
                continue;
            }

            var next = after;
            while (next < end && CorpusText.IsSpace(text[next]))
            {
                next++;
            }

            if (next >= end || !IsOpener(text[next]) || (c == '.' && IsAbbreviation(text, block.Start, i) && !EndsNameThenSentence(text, block.Start, i, next, end)))
            {
                continue;
            }

            sentences.Add(Trimmed(text, start, after));
            start = next;
            from = next;
        }

        if (start < end)
        {
            sentences.Add(Trimmed(text, start, end));
        }

        return sentences;
    }

    private static readonly char[] Stops = { '.', '!', '?' };

    private static TextRange Trimmed(string text, int start, int end)
    {
        while (start < end && CorpusText.IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && CorpusText.IsSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool IsOpener(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u00AB'
        || (char.IsLetter(c) && !char.IsLower(c));

    /// <summary>
    /// "… said Martin Greer of Bache &amp; Co. Greer said steel prices …": an abbreviation that ends a firm's
    /// name (Co., Inc., Corp., Ltd., Bros.) ends the sentence too when one capitalized word and a lower-case one
    /// follow it; "Acme Co. President John Smith" (a run of capitals) goes on.
    /// </summary>
    private static bool EndsNameThenSentence(string text, int blockStart, int dot, int next, int end)
    {
        var wordStart = dot;
        while (wordStart > blockStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (!NameEndings.Contains(text.Substring(wordStart, dot - wordStart)) || !char.IsUpper(text[next]))
        {
            return false;
        }

        var after = next;
        while (after < end && char.IsLetter(text[after]))
        {
            after++;
        }

        return after + 1 < end && text[after] == ' ' && char.IsLower(text[after + 1]);
    }

    private static readonly HashSet<string> NameEndings = new(StringComparer.Ordinal) { "Co", "Inc", "Corp", "Ltd", "Bros" };

    /// <summary>The word before the period at <paramref name="dot"/> is an abbreviation, an initial or a dotted acronym.</summary>
    private static bool IsAbbreviation(string text, int blockStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > blockStart && !CorpusText.IsSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '\u201C'))
        {
            wordStart--;
        }

        var word = text.Substring(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // An initial: "John F. Kennedy".
        }

        if (word.IndexOf('.') >= 0 && word.Replace(".", string.Empty).Length <= 3)
        {
            return true; // A dotted acronym: "U.N.", "U.S.", "a.m."
        }

        return Lexicon.Abbreviations.Contains(word);
    }
}
