using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Naming;

/// <summary>
/// Turns content into C# identifiers: PascalCase words, culture-invariant, capped in length, always valid.
/// Used by the parser (document and speaker ids) and by the generator (member names), so both agree.
/// </summary>
internal static class Identifiers
{
    /// <summary>Longest identifier produced, in characters; longer names are cut at a word boundary.</summary>
    public const int MaxLength = 64;

    /// <summary>Builds a PascalCase identifier from the first <paramref name="maxWords"/> words of <paramref name="text"/>.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="maxWords">How many words to use at most.</param>
    /// <param name="fallback">The name used when the text has no letters or digits.</param>
    /// <param name="skipLeadingStopWords">Whether to skip short function words at the start ("I am very happy" → "VeryHappy").</param>
    /// <returns>A valid C# identifier.</returns>
    public static string FromText(string text, int maxWords, string fallback, bool skipLeadingStopWords = false)
    {
        var words = Words(text);
        var first = 0;
        if (skipLeadingStopWords)
        {
            while (first < words.Count - 1 && Lexicon.NameStopWords.Contains(words[first]))
            {
                first++;
            }
        }

        var builder = new StringBuilder();
        for (var i = first; i < words.Count && i - first < maxWords; i++)
        {
            var word = Capitalize(words[i]);
            if (builder.Length > 0 && builder.Length + word.Length > MaxLength)
            {
                break;
            }

            builder.Append(word);
        }

        if (builder.Length > MaxLength)
        {
            builder.Length = MaxLength;
        }

        return Valid(builder.Length == 0 ? fallback : builder.ToString());
    }

    /// <summary>
    /// Makes <paramref name="name"/> a valid identifier: a leading digit or a C# keyword gets an underscore
    /// (<c>_9Lives</c>, <c>_class</c>), an empty name becomes "_".
    /// </summary>
    /// <param name="name">A candidate made of letters, digits and underscores.</param>
    /// <returns>A valid C# identifier.</returns>
    public static string Valid(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "_";
        }

        return IsIdentifierStart(name[0]) && !Keywords.Contains(name) ? name : "_" + name;
    }

    /// <summary>The reserved keywords of C#: never identifiers without an <c>@</c>.</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>Splits text into words of letters and digits; apostrophes inside a word are dropped ("Putin's" → "Putins").</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The words, in order.</returns>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsIdentifierPart(c))
            {
                current.Append(c);
            }
            else if ((c == '\'' || c == '\u2019') && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // An apostrophe inside a word joins its halves.
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static string Capitalize(string word) =>
        char.IsLower(word[0]) ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;

    private static bool IsIdentifierStart(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => true,
            _ => c == '_',
        };

    private static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) && c != '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
}
