using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Naming;

/// <summary>
/// The names used in one scope (a class's members). Gives each wanted name itself, else the smallest free suffix
/// <c>_2</c>, <c>_3</c>, …, and remembers the last suffix tried per name, so 100,000 paragraphs that open with the same
/// word take linear time, not quadratic.
/// </summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;
    private readonly Dictionary<string, int> _nextSuffix;

    /// <summary>Starts a scope in which <paramref name="reserved"/> are already taken.</summary>
    /// <param name="comparer">How names compare (ordinal for C# members; ordinal ignoring case for file names).</param>
    /// <param name="reserved">Names the scope already uses.</param>
    public NameScope(StringComparer comparer, params string[] reserved)
    {
        _taken = new HashSet<string>(reserved ?? Array.Empty<string>(), comparer ?? throw new ArgumentNullException(nameof(comparer)));
        _nextSuffix = new Dictionary<string, int>(comparer);
    }

    /// <summary>Returns <paramref name="name"/> or <paramref name="name"/> with the smallest free suffix, and takes it.</summary>
    /// <param name="name">The wanted name.</param>
    /// <returns>A name not used before in this scope.</returns>
    public string Take(string name)
    {
        if (_taken.Add(name))
        {
            return name;
        }

        // Every suffix below the remembered one was taken when it was tried, and names are never released.
        _nextSuffix.TryGetValue(name, out var n);
        for (n = Math.Max(n, 2); ; n++)
        {
            var candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                _nextSuffix[name] = n + 1;
                return candidate;
            }
        }
    }
}
