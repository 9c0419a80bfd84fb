using System;
using System.Linq;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// The text ends after some paragraph, as a download cut short does. The cut comes after the title, date line and
/// lead, and keeps the full name of every speaker still quoted.
/// </summary>
public sealed class Truncate : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the paragraphs before the cut with their roles, their quotes and speakers, the title and the date, unchanged";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var blocks = draft.Blocks;
        var first = new[] { draft.FirstIndex(ParagraphRole.Title), draft.FirstIndex(ParagraphRole.Dateline), draft.FirstIndex(ParagraphRole.Body) }.Max();
        var candidates = Enumerable.Range(Math.Max(first, 0), Math.Max(0, blocks.Count - 1 - Math.Max(first, 0)))
            .Where(k => first >= 0 && CanCutAfter(draft, k))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var cut = random.ListItem(candidates);
        var ending = draft.Separators[blocks.Count - 1];
        var removed = blocks.Count - cut - 1;
        while (blocks.Count > cut + 1)
        {
            draft.RemoveAt(blocks.Count - 1);
        }

        draft.Separators[cut] = ending;
        return $"after p{cut} ({removed} paragraphs cut)";
    }

    private static bool CanCutAfter(Draft draft, int k)
    {
        var blocks = draft.Blocks;
        if (blocks[k].Role == ParagraphRole.Heading || string.Equals(blocks[k].Text, blocks[k + 1].Text, StringComparison.OrdinalIgnoreCase))
        {
            return false; // a heading needs the prose after it; a teaser needs its repeat
        }

        // Every speaker still quoted keeps a mention of the full name, so short forms still resolve to it.
        var kept = blocks.Take(k + 1).ToList();
        return kept.SelectMany(b => b.Quotes).Where(q => q.Speaker is not null && q.SpeakerKind == SpeakerKind.Person && q.Speaker.Contains(' '))
            .All(q => KeepsFullName(kept, q.Speaker!));
    }
}
