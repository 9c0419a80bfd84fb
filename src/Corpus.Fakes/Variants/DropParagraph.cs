using System.Linq;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// A body paragraph without quotes or names is dropped, as an editor's cut would. Only paragraphs whose removal can
/// change no other reading are chosen: not a heading's only prose, not the lead the date or title come from, not one
/// the related-links tail counts on.
/// </summary>
public sealed class DropParagraph : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "one fewer paragraph; every quote and speaker unchanged (in the paragraph after the cut, one index lower)";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var candidates = EditableBody(draft).Where(i => CanDrop(draft, i, original)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var index = random.ListItem(candidates);
        var separator = draft.Separators[index];
        if (index > 0 && index == draft.Blocks.Count - 1)
        {
            draft.Separators[index - 1] = separator; // the text's ending moves up
        }

        draft.RemoveAt(index);
        return $"p{index} dropped";
    }

    internal static bool CanDrop(Draft draft, int i, Document original)
    {
        var blocks = draft.Blocks;
        var block = blocks[i];
        if (block.Quotes.Count > 0 || !IsProse(block.Text) || MentionsSomeone(block, original) || IsRepeated(draft, i))
        {
            return false;
        }

        // The block before must not become a heading (short, unpunctuated, now followed by prose) or stop being one.
        if (i > 0 && blocks[i - 1].Role is ParagraphRole.Body or ParagraphRole.Heading && !IsProse(blocks[i - 1].Text))
        {
            return false;
        }

        // Related links start after a few body paragraphs; with one fewer the tail could start later.
        var related = blocks.FindIndex(b => b.Role == ParagraphRole.Related);
        if (related > i && blocks.Take(related).Count(b => b.Role == ParagraphRole.Body) <= ParserVocabulary.BodyParagraphsBeforeRelated)
        {
            return false;
        }

        // The neighbours become adjacent: they must not be a teaser printed twice.
        return i == 0 || i + 1 >= blocks.Count
            || !string.Equals(blocks[i - 1].Text, blocks[i + 1].Text, System.StringComparison.OrdinalIgnoreCase);
    }
}
