using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

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

    /// <summary>
    /// Bit <c>n</c> of entry <c>(c0 &lt;&lt; 5) | (c1 &amp; 31)</c>: some word of <c>n</c> letters, at least two, starts with
    /// <c>c0</c> and a letter of the same 5 low bits as <c>c1</c> (rejects most of the words that pass the first letter).
    /// </summary>
    private readonly ulong[] _lengthsByFirstTwoLetters = new ulong[128 << 5];

    /// <summary>
    /// Bit <c>n</c> of entry <c>StartIndex</c>: some word of the set of <c>n</c> letters may start with those
    /// characters. A word of one letter sets its bit in every entry of its first letter (the character after it is no letter
    /// of it); a word of two or more sets it in the entry of its first letter and the 5 low bits of its second. Entries of a
    /// first character outside ASCII letters are 0.
    /// </summary>
    private readonly ulong[] _lengthsByStart = new ulong[128 << 5];

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
            if (word.Length >= 2)
            {
                _lengthsByFirstTwoLetters[FirstTwoLetters(word[0], word[1])] |= 1UL << word.Length;
            }

            if (word.Length == 1)
            {
                for (var second = 0; second < 32; second++)
                {
                    _lengthsByStart[(word[0] << 5) | second] |= 1UL << 1;
                }
            }
            else
            {
                _lengthsByStart[FirstTwoLetters(word[0], word[1])] |= 1UL << word.Length;
            }

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

#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            return NextInBlocks(text, start, end);
        }
#endif

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

    /// <summary>
    /// <see cref="NextIn(string, int, int)"/>, and in the same scan whether a word of the range is in <paramref name="other"/>
    /// (<c>other.AnyIn(text, start, end)</c>): one pass over the words for both sets. Neither set may be capitalized.
    /// </summary>
    public int NextIn(string text, int start, int end, WordSet other, out bool inOther)
    {
        if (_capitalized || other._capitalized)
        {
            inOther = other.AnyIn(text, start, end);
            return NextIn(text, start, end);
        }

#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            return NextInBlocks(text, start, end, other, out inOther);
        }
#endif

        var first = -1;
        inOther = false;
        var i = start;
        while (i < end && (first < 0 || !inOther))
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

            if (first < 0 && Contains(text, wordStart, i - wordStart))
            {
                first = wordStart;
            }

            inOther = inOther || other.Contains(text, wordStart, i - wordStart);
        }

        return first;
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// <see cref="NextIn(string, int, int)"/>, reading the text 32 characters at a time: the letters of a block are found at once, and
    /// only a word whose first letter starts some word of the set is measured and compared. Its words are the same
    /// maximal runs of letters in the same order (a word may start at <paramref name="start"/>, and ends by
    /// <paramref name="end"/>), so it finds the same word.
    /// </summary>
    private int NextInBlocks(string text, int start, int end)
    {
        var previousIsLetter = false;
        var lengths = _lengthsByStart;
        for (var block = start; block < end; block += BlockLength)
        {
            var length = Math.Min(BlockLength, end - block);
            var letters = LettersOfRange(text, block, length);
            var starts = letters & ~((letters << 1) | (previousIsLetter ? 1UL : 0UL));
            while (starts != 0)
            {
                var offset = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var at = block + offset;

                // The word's letters within the block; one that reaches the block's end is measured on (rarely needed:
                // only when its first two letters and the block's part of it may still start a word of the set).
                var inBlock = Math.Min(BitOperations.TrailingZeroCount(~letters >> offset), length - offset);
                var mask = lengths[StartIndex(text, at)];
                if (offset + inBlock < length)
                {
                    // The whole word is in the block: one table lookup rules out nearly every word, without a branch per test.
                    if (((mask >> Math.Min(inBlock, 63)) & 1) == 0)
                    {
                        continue;
                    }
                }
                else if ((mask >> Math.Min(inBlock, 63)) == 0)
                {
                    continue; // No word of the set starts so and is as long as the block's part of this one, or longer.
                }

                var wordEnd = at + inBlock;
                while (wordEnd < end && IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (Contains(text, at, wordEnd - at))
                {
                    return at;
                }
            }

            previousIsLetter = ((letters >> (length - 1)) & 1) != 0;
        }

        return -1;
    }


    /// <summary>The entry of <see cref="_lengthsByStart"/> for the word that starts at <paramref name="at"/>: its first character (127, a row of zeros, for any character past ASCII) and the 5 low bits of the character after it, if any.</summary>
    private static int StartIndex(string text, int at) =>
        (Math.Min((int)text[at], 127) << 5) | (at + 1 < text.Length ? text[at + 1] & 31 : 0);

    /// <summary>
    /// <see cref="NextIn(string, int, int, WordSet, out bool)"/> 32 characters at a time, as <see cref="NextInBlocks(string, int, int)"/>
    /// reads them: a word is looked up in a set only when that set's table lets it through, and the scan stops once it has
    /// found a word of this set and one of <paramref name="other"/>.
    /// </summary>
    private int NextInBlocks(string text, int start, int end, WordSet other, out bool inOther)
    {
        var first = -1;
        inOther = false;
        var previousIsLetter = false;
        var lengths = _lengthsByStart;
        var otherLengths = other._lengthsByStart;
        for (var block = start; block < end; block += BlockLength)
        {
            var length = Math.Min(BlockLength, end - block);
            var letters = LettersOfRange(text, block, length);
            var starts = letters & ~((letters << 1) | (previousIsLetter ? 1UL : 0UL));
            while (starts != 0)
            {
                var offset = BitOperations.TrailingZeroCount(starts);
                starts &= starts - 1;
                var at = block + offset;
                var inBlock = Math.Min(BitOperations.TrailingZeroCount(~letters >> offset), length - offset);
                var index = StartIndex(text, at);
                var mask = (first < 0 ? lengths[index] : 0UL) | (inOther ? 0UL : otherLengths[index]);
                if (offset + inBlock < length)
                {
                    if (((mask >> Math.Min(inBlock, 63)) & 1) == 0)
                    {
                        continue;
                    }
                }
                else if ((mask >> Math.Min(inBlock, 63)) == 0)
                {
                    continue;
                }

                var wordEnd = at + inBlock;
                while (wordEnd < end && IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (first < 0 && Contains(text, at, wordEnd - at))
                {
                    first = at;
                }

                inOther = inOther || other.Contains(text, at, wordEnd - at);
                if (first >= 0 && inOther)
                {
                    return first;
                }
            }

            previousIsLetter = ((letters >> (length - 1)) & 1) != 0;
        }

        return first;
    }

    /// <summary>
    /// Bit <c>k</c>: <c>text[block + k]</c> is a letter, for the <paramref name="length"/> (at most 32) characters from
    /// <paramref name="block"/>. A shorter block (a range's last) is read as a whole one when the text goes on for 32
    /// characters, and the bits past its length cleared.
    /// </summary>
    private static ulong LettersOfRange(string text, int block, int length) =>
        length == BlockLength ? LettersOfBlock(text, block)
        : block + BlockLength <= text.Length ? LettersOfBlock(text, block) & ((1UL << length) - 1)
        : LettersOf(text, block, length);

    /// <summary>The characters a block of <see cref="NextInBlocks(string, int, int)"/> reads.</summary>
    private const int BlockLength = 32;

    /// <summary>Bit <c>k</c>: <c>text[block + k]</c> is a letter (<see cref="IsLetter"/>), for the 32 characters from <paramref name="block"/>.</summary>
    private static ulong LettersOfBlock(string text, int block)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan(block, BlockLength));
        var low = Vector256.Create<ushort>(chars);
        var high = Vector256.Create<ushort>(chars.Slice(16));
        var letters = AsciiLetters(low) | ((ulong)AsciiLetters(high) << 16);
        var nonAscii = Vector256.GreaterThan(low, Vector256.Create((ushort)127)).ExtractMostSignificantBits()
            | ((ulong)Vector256.GreaterThan(high, Vector256.Create((ushort)127)).ExtractMostSignificantBits() << 16);
        while (nonAscii != 0)
        {
            var k = BitOperations.TrailingZeroCount(nonAscii);
            nonAscii &= nonAscii - 1;
            if (char.IsLetter(text[block + k]))
            {
                letters |= 1UL << k;
            }
        }

        return letters;
    }

    /// <summary>Bit <c>k</c>: the character <c>k</c> of <paramref name="chars"/> is an ASCII letter.</summary>
    private static uint AsciiLetters(Vector256<ushort> chars) =>
        Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();

    /// <summary>As <see cref="LettersOfBlock"/>, for a shorter block of <paramref name="length"/> characters.</summary>
    private static ulong LettersOf(string text, int block, int length)
    {
        var letters = 0UL;
        for (var k = 0; k < length; k++)
        {
            if (IsLetter(text[block + k]))
            {
                letters |= 1UL << k;
            }
        }

        return letters;
    }
#endif

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
        if (first >= 128 || length >= 64 || (_lengthsByFirstLetter[first] & (1UL << length)) == 0 || _byFirstLetter[first] is not { } bucket
            || (length >= 2 && (text[start + 1] >= 128 || (_lengthsByFirstTwoLetters[FirstTwoLetters(first, text[start + 1])] & (1UL << length)) == 0)))
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

    /// <summary>The entry of <see cref="_lengthsByFirstTwoLetters"/> for two ASCII characters.</summary>
    private static int FirstTwoLetters(char first, char second) => (first << 5) | (second & 31);

    /// <summary><see cref="char.IsLetter(char)"/>, without a table lookup for ASCII.</summary>
    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);
}
