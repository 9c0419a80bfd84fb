using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bogus;
using Corpus.Fakes.Data;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// A quote's reporting verb is replaced by another of the same tense that the parser reads in the same places
/// ("said" → "noted", "says" → "adds").
/// </summary>
public sealed class ReportingVerbSwap : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the same quotes and speakers; the changed quote's cue is the new verb";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var options = (
            from index in EditableBody(draft)
            let block = draft.Blocks[index]
            from quote in block.Quotes
            let alternatives = Group(quote.Cue)
            where alternatives is not null && block.Quotes.Count(q => q.Cue == quote.Cue) == 1
            let matches = Regex.Matches(block.Raw, @"(?<![\p{L}])" + Regex.Escape(quote.Cue) + @"(?![\p{L}])", RegexOptions.CultureInvariant)
                .Cast<Match>().Where(m => block.IsOutsideQuotes(m.Index, m.Length)).ToArray()
            where matches.Length == 1
            select (Block: index, Quote: quote, Verbs: alternatives, Match: matches[0])).ToList();
        if (options.Count == 0)
        {
            return null;
        }

        var (blockIndex, chosen, verbs, found) = random.ListItem(options);
        var verb = random.ListItem(verbs.Where(v => v != chosen.Cue).ToList());
        draft.Blocks[blockIndex].Replace(found.Index, found.Length, verb);
        chosen.Cue = verb;
        return $"p{blockIndex} \"{found.Value}\" → \"{verb}\"";
    }

    private static IReadOnlyList<string>? Group(string cue) =>
        NewsDataSet.InvertibleVerbs.Contains(cue) ? NewsDataSet.InvertibleVerbs
        : NewsDataSet.PresentVerbs.Contains(cue) ? NewsDataSet.PresentVerbs
        : null;
}
