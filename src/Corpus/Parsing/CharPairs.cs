using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// The pairs of neighbouring characters of one block, hashed into 1,024 bits, read once so that <see cref="RoleClassifier"/>
/// searches a block only for the phrases it may hold: a phrase that is in the block has each of its pairs there, so a
/// phrase with a pair whose bit is clear is not in it, and a search skipped so would have failed. A bit may be set by
/// another pair of the same hash; then the phrase is searched, as before.
/// </summary>
internal sealed class CharPairs
{
    private readonly ulong[] _bits = new ulong[Bits / 64];

    private const int Bits = 1024;

    /// <summary>Reads the pairs of <paramref name="text"/>, forgetting those of the text read before.</summary>
    public void Read(string text)
    {
        Array.Clear(_bits, 0, _bits.Length);
        for (var i = 1; i < text.Length; i++)
        {
            var hash = Hash(text[i - 1], text[i]);
            _bits[hash >> 6] |= 1UL << (hash & 63);
        }
    }

    /// <summary>Whether every pair of a phrase (<paramref name="pairs"/>, from <see cref="Of(string)"/>) may be in the text read.</summary>
    public bool MayHold(int[] pairs)
    {
        foreach (var hash in pairs)
        {
            if ((_bits[hash >> 6] & (1UL << (hash & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The hashes of the pairs of <paramref name="phrase"/>, each once, those of rarer letters first (they fail soonest).</summary>
    public static int[] Of(string phrase) =>
        Enumerable.Range(1, Math.Max(0, phrase.Length - 1))
            .Select(i => (Hash: Hash(phrase[i - 1], phrase[i]), Rarity: Math.Max(Rarity(phrase[i - 1]), Rarity(phrase[i]))))
            .GroupBy(p => p.Hash)
            .Select(g => g.First())
            .OrderByDescending(p => p.Rarity)
            .Select(p => p.Hash)
            .ToArray();

    /// <summary><see cref="Of(string)"/> of each phrase, in the same order.</summary>
    public static int[][] Of(IEnumerable<string> phrases) => phrases.Select(Of).ToArray();

    private static int Hash(char first, char second) => ((first & 31) << 5) | (second & 31);

    /// <summary>How rare a character is in English text: letters by their frequency, white space the most common, anything else rare.</summary>
    private static int Rarity(char c)
    {
        var rank = "etaoinshrdlcumwfgypbvkjxqz".IndexOf(c);
        return c == ' ' ? -1 : rank >= 0 ? rank : 26;
    }
}
