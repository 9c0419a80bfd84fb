using System.Linq;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>A caption (or the title) printed twice in a row, as pages that repeat a picture's caption or headline do.</summary>
public sealed class DuplicateCaption : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "one more paragraph, Duplicate, right after the one it repeats; everything else unchanged";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var candidates = Enumerable.Range(0, draft.Blocks.Count)
            .Where(i => draft.Blocks[i].Role is ParagraphRole.Caption or ParagraphRole.Title && CanInsertAfter(draft, i))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var index = random.ListItem(candidates);
        InsertAfter(draft, index, new DraftBlock(draft.Blocks[index].Raw, ParagraphRole.Duplicate));
        return $"p{index} ({draft.Blocks[index].Role}) repeated";
    }
}
