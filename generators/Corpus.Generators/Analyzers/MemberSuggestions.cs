using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// Ranks the current members of a generated class by how close they are to a name that no longer exists. Names are made
/// of a text's opening words, so a reworded quote keeps most of its words: shared words rank first (a word dropped or
/// added in the middle keeps the rest), then edit distance (a typo, a changed digit), then ordinal order.
/// </summary>
public static class MemberSuggestions
{
    /// <summary>At most this many suggestions: enough to choose from, short enough to read in one message.</summary>
    public const int Max = 3;

    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="missing"/>, best first; none that share too little.</summary>
    public static IReadOnlyList<string> Rank(string missing, IEnumerable<string> candidates)
    {
        var missingWords = Words(missing);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Shared: Shared(missingWords, Words(c)), Distance: EditDistance(missing, c)))
            .Where(c => IsClose(missing, missingWords.Count, c.Shared, c.Distance))
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(Max)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Close enough to suggest: half the words in common, or a third of the characters to change at most.</summary>
    private static bool IsClose(string missing, int missingWords, int shared, int distance) =>
        (missingWords > 0 && shared * 2 >= missingWords) || distance * 3 <= missing.Length;

    /// <summary>
    /// The words of a PascalCase name, ignoring case: <c>VasquezBudgetKeepsThe75thYear_2</c> → vasquez, budget, keeps,
    /// the, 75th, year. A collision suffix (<c>_2</c>) and underscores are no words.
    /// </summary>
    public static List<string> Words(string name)
    {
        var suffix = name.LastIndexOf('_');
        if (suffix > 0 && suffix < name.Length - 1 && name.Substring(suffix + 1).All(char.IsDigit))
        {
            name = name.Substring(0, suffix);
        }

        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '_';
            var opens = c != '_' && (start < 0
                || (char.IsUpper(c) && !char.IsUpper(name[i - 1]))
                || (char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1])) // "RShakes": R, Shakes
                || (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if ((c == '_' || opens) && start >= 0)
            {
                words.Add(name.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }

            if (opens)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>How many words the two names share, as multisets.</summary>
    private static int Shared(List<string> left, List<string> right)
    {
        var remaining = right.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var word in left)
        {
            if (remaining.TryGetValue(word, out var n) && n > 0)
            {
                remaining[word] = n - 1;
                shared++;
            }
        }

        return shared;
    }

    /// <summary>Levenshtein distance, ignoring case.</summary>
    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
