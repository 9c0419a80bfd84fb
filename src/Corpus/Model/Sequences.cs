using System.Collections.Generic;

namespace Corpus;

/// <summary>Value equality for the read-only lists inside the model records.</summary>
internal static class Sequences
{
    public static bool Equal<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(IReadOnlyList<T> items)
    {
        unchecked
        {
            var hash = 17 * 31 + items.Count;
            var comparer = EqualityComparer<T>.Default;
            for (var i = 0; i < items.Count && i < 8; i++)
            {
                hash = hash * 31 + (items[i] is null ? 0 : comparer.GetHashCode(items[i]!));
            }

            return hash;
        }
    }
}
