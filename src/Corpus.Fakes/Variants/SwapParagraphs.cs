using System.Collections.Generic;
using System.Linq;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>Two adjacent body paragraphs without quotes or names change places.</summary>
public sealed class SwapParagraphs : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the same paragraphs, two of them in each other's place; every quote and speaker unchanged";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var editable = new HashSet<int>(EditableBody(draft));
        var candidates = editable.Where(i => editable.Contains(i + 1) && Movable(draft, i, original) && Movable(draft, i + 1, original)).OrderBy(i => i).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var index = random.ListItem(candidates);
        (draft.Blocks[index], draft.Blocks[index + 1]) = (draft.Blocks[index + 1], draft.Blocks[index]);
        return $"p{index} ↔ p{index + 1}";
    }

    private static bool Movable(Draft draft, int i, Document original)
    {
        var block = draft.Blocks[i];
        return block.Quotes.Count == 0 && IsProse(block.Text) && !MentionsSomeone(block, original) && !IsRepeated(draft, i);
    }
}
