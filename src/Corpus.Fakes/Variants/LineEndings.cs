using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>Every line break becomes CRLF, LF or CR (one style, different from the current one).</summary>
public sealed class LineEndings : VariantOperator
{
    private static readonly Regex Break = new(@"\r\n|\r|\n", RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public override string Guarantee => "the same reading: every paragraph, quote, speaker, the title and the date";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var current = draft.LineBreak;
        var style = random.ListItem((IList<string>)new[] { "\r\n", "\n", "\r" }.Where(s => s != current).ToList());
        draft.Leading = Break.Replace(draft.Leading, style);
        for (var i = 0; i < draft.Separators.Count; i++)
        {
            draft.Separators[i] = Break.Replace(draft.Separators[i], style);
        }

        foreach (var block in draft.Blocks)
        {
            foreach (var match in Break.Matches(block.Raw).Cast<Match>().Reverse().ToArray())
            {
                block.Replace(match.Index, match.Length, style);
            }
        }

        return Show(current) + " → " + Show(style);
    }
}
