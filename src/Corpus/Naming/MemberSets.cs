using System;
using System.Collections.Generic;

namespace Corpus.Naming;

/// <summary>The member sets a corpus gets (the <c>CorpusMembers</c> property); the document classes, <c>All</c> and <c>TestData</c> always.</summary>
[System.Flags]
internal enum MemberSets
{
    /// <summary>No set: each document class has <c>FileName</c>, <c>RelativePath</c> and <c>Document</c> only.</summary>
    Documents = 0,

    /// <summary>A document's <c>Paragraphs.X</c>.</summary>
    Paragraphs = 1,

    /// <summary>A document's <c>Quotes.X</c>.</summary>
    Quotes = 2,

    /// <summary>A corpus's <c>Speakers.X</c> (<c>Speakers.All</c> is always there).</summary>
    Speakers = 4,

    /// <summary>Every set: the default.</summary>
    All = Paragraphs | Quotes | Speakers,
}

/// <summary>
/// The names the <c>CorpusMembers</c> property and <c>corpus members --members</c> take: <c>All</c> (the default),
/// <c>Documents</c> (no set), or <c>Paragraphs</c>, <c>Quotes</c> and <c>Speakers</c> separated by <c>;</c> or <c>,</c>,
/// in any case. The generator and the command line read a value with this one reader, so both name the same members.
/// </summary>
internal static class MemberSetNames
{
    /// <summary>Every name, in the order messages list them.</summary>
    private static readonly (string Name, MemberSets Sets)[] Names =
    {
        (nameof(MemberSets.All), MemberSets.All),
        (nameof(MemberSets.Documents), MemberSets.Documents),
        (nameof(MemberSets.Paragraphs), MemberSets.Paragraphs),
        (nameof(MemberSets.Quotes), MemberSets.Quotes),
        (nameof(MemberSets.Speakers), MemberSets.Speakers),
    };

    /// <summary>Reads <paramref name="value"/>: the sets it names (<see cref="MemberSets.All"/> when it names none) and the words that name no set.</summary>
    /// <param name="value">The property's value, or null.</param>
    /// <param name="unknown">The words that are no set's name, in order, each once; empty when every word is one.</param>
    /// <returns>The sets named, or <see cref="MemberSets.All"/> when the value is empty or names an unknown set.</returns>
    public static MemberSets Read(string? value, out IReadOnlyList<string> unknown)
    {
        var found = new List<string>();
        var sets = MemberSets.Documents;
        var any = false;
        foreach (var raw in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            any = true;
            var match = Array.FindIndex(Names, n => string.Equals(n.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match < 0)
            {
                if (!found.Contains(part))
                {
                    found.Add(part);
                }
            }
            else
            {
                sets |= Names[match].Sets;
            }
        }

        unknown = found;
        return !any || found.Count > 0 ? MemberSets.All : sets;
    }
}
