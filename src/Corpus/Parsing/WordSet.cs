using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// A set of words, looked up in a range of text without allocating. A word of the text is a maximal run of letters,
/// compared ordinally. It tells cheaply whether a pattern can match at all: a pattern that needs a reporting verb
/// cannot match a sentence without one, and most sentences report nothing.
/// </summary>
internal sealed class WordSet
{
    private readonly string[]?[] _byFirstLetter = new string[128][];

    /// <summary>Bit <c>n</c> of entry <c>c</c>: some word starting with <c>c</c> has <c>n</c> letters (rejects most words at once).</summary>
    private readonly ulong[] _lengthsByFirstLetter = new ulong[128];

    /// <summary>Every word starts with a capital (titles): the scan only stops at capitals.</summary>
    private readonly bool _capitalized;

    /// <summary>The set of the first word of every phrase ("pointed out" → "pointed").</summary>
    /// <param name="phrases">Phrases of ASCII letters and spaces: a first word that is not a run of letters could hide inside a longer run.</param>
    public WordSet(IEnumerable<string> phrases)
    {
        foreach (var word in phrases.Select(p => p.Split(' ')[0]).Distinct(StringComparer.Ordinal))
        {
            if (word.Length == 0 || word.Length >= 64 || word.Any(c => c >= 128 || !char.IsLetter(c)))
            {
                throw new ArgumentException($"'{word}' is not a word of at most 63 ASCII letters.", nameof(phrases));
            }

            _lengthsByFirstLetter[word[0]] |= 1UL << word.Length;

            var bucket = _byFirstLetter[word[0]];
            _byFirstLetter[word[0]] = bucket is null ? new[] { word } : bucket.Concat(new[] { word }).ToArray();
        }

        _capitalized = Enumerable.Range('a', 26).All(c => _byFirstLetter[c] is null);
    }

    /// <summary>Whether a word of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) is in the set; the range's ends are word ends.</summary>
    public bool AnyIn(string text, int start, int end) => NextIn(text, start, end) >= 0;

    /// <summary>Whether a word of <paramref name="text"/> is in the set.</summary>
    public bool AnyIn(string text) => NextIn(text, 0, text.Length) >= 0;

    /// <summary>Where the first word of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) that is in the set starts, or -1.</summary>
    public int NextIn(string text, int start, int end)
    {
        if (_capitalized)
        {
            return NextCapitalizedIn(text, start, end);
        }

        var i = start;
        while (i < end)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && IsLetter(text[i]))
            {
                i++;
            }

            if (Contains(text, wordStart, i - wordStart))
            {
                return wordStart;
            }
        }

        return -1;
    }

    private int NextCapitalizedIn(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
#if NET8_0_OR_GREATER
            // Straight to the next capital: the test below fails everywhere else.
            var capital = text.AsSpan(i, end - i).IndexOfAnyInRange('A', 'Z');
            if (capital < 0)
            {
                return -1;
            }

            i += capital;
#endif
            if ((uint)(text[i] - 'A') <= 'Z' - 'A' && (i == start || !IsLetter(text[i - 1])) && IsWordAt(text, i, end))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the word that starts at <paramref name="start"/> (and ends by <paramref name="end"/>) is in the set.</summary>
    public bool IsWordAt(string text, int start, int end)
    {
        var wordEnd = start;
        while (wordEnd < end && IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > start && Contains(text, start, wordEnd - start);
    }

    private bool Contains(string text, int start, int length)
    {
        var first = text[start];
        if (first >= 128 || length >= 64 || (_lengthsByFirstLetter[first] & (1UL << length)) == 0 || _byFirstLetter[first] is not { } bucket)
        {
            return false;
        }

        foreach (var word in bucket)
        {
            if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="char.IsLetter(char)"/>, without a table lookup for ASCII.</summary>
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
}
