using System.Collections.Generic;
using System.Linq;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// Spaces inside paragraphs become no-break spaces, tabs or double spaces, and lines get trailing white space, as
/// copy-paste from web pages leaves them.
/// </summary>
public sealed class OddWhitespace : VariantOperator
{
    private static readonly string[] Spaces = { "\u00A0", "  ", "\t", " \u00A0", "\u2009" };

    /// <inheritdoc />
    public override string Guarantee => "the same reading: paragraph and quote texts are normalized, so nothing read changes";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var spaces = draft.Blocks.SelectMany((b, bi) => Enumerable.Range(1, System.Math.Max(0, b.Raw.Length - 2))
                .Where(i => b.Raw[i] == ' ' && b.Raw[i - 1] != ' ' && b.Raw[i + 1] != ' ')
                .Select(i => (Block: bi, At: i)))
            .ToList();
        if (spaces.Count == 0)
        {
            return null;
        }

        var count = random.Number(1, System.Math.Min(8, spaces.Count));
        var chosen = random.ListItems(spaces, count).OrderByDescending(s => s.Block).ThenByDescending(s => s.At).ToList();
        var done = new List<string>();
        foreach (var (block, at) in chosen)
        {
            var space = random.ArrayElement(Spaces);
            draft.Blocks[block].Replace(at, 1, space);
            done.Add($"p{block}@{at} {Show(space)}");
        }

        if (random.Bool())
        {
            var line = random.Number(0, draft.Separators.Count - 1);
            draft.Separators[line] = " \t" + draft.Separators[line];
            done.Add($"trailing white space after p{line}");
        }

        return string.Join(", ", done);
    }
}
