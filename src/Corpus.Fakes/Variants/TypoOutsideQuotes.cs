using System.Linq;
using System.Text.RegularExpressions;
using Bogus;
using Corpus.Fakes.Drafts;
using Corpus.Fakes.Language;

namespace Corpus.Fakes;

/// <summary>
/// Two neighbouring letters of one ordinary word outside every quote change places ("relations" → "rleations"). Words
/// the parser reads as structure (reporting verbs, "that", "according", role nouns, month names) are never touched.
/// </summary>
public sealed class TypoOutsideQuotes : VariantOperator
{
    private static readonly Regex Word = new(@"(?<![\p{L}\p{Nd}'’-])[a-z]{5,}(?![\p{L}\p{Nd}'’-])", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override string Guarantee => "the same quotes, speakers, roles, title and date; one paragraph's text has the typo";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var options = (
            from index in EditableBody(draft)
            let block = draft.Blocks[index]
            from match in Word.Matches(block.Raw).Cast<Match>()
            where block.IsOutsideQuotes(match.Index, match.Length) && !SafeWords.StructureWords.Contains(match.Value)
            select (Block: index, Match: match)).ToList();
        if (options.Count == 0)
        {
            return null;
        }

        var (blockIndex, found) = random.ListItem(options);
        var word = found.Value;
        var swaps = Enumerable.Range(1, word.Length - 3).Where(i => word[i] != word[i + 1]).ToList();
        if (swaps.Count == 0)
        {
            return null;
        }

        var at = random.ListItem(swaps);
        var typo = word.Substring(0, at) + word[at + 1] + word[at] + word.Substring(at + 2);
        draft.Blocks[blockIndex].Replace(found.Index, found.Length, typo);
        return $"p{blockIndex} \"{word}\" → \"{typo}\"";
    }
}
