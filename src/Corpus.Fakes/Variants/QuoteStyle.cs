using System.Linq;
using System.Text;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>Straight quotation marks and apostrophes become curly ones, or curly ones straight.</summary>
public sealed class QuoteStyle : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the same quotes (same ranges, texts differ only in the marks), speakers, roles, title and date";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var straight = draft.Blocks.Any(b => b.Raw.IndexOf('"') >= 0);
        var curly = draft.Blocks.Any(b => b.Raw.IndexOfAny(new[] { '\u201C', '\u201D' }) >= 0);
        if (!straight && !curly)
        {
            return null;
        }

        var toCurly = straight && (!curly || random.Bool());
        foreach (var block in draft.Blocks)
        {
            var raw = new StringBuilder(block.Raw);
            var open = false;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (toCurly && c == '"')
                {
                    raw[i] = open ? '\u201D' : '\u201C';
                    open = !open;
                }
                else if (toCurly && c == '\'' && i > 0 && char.IsLetter(raw[i - 1]) && i + 1 < raw.Length && char.IsLetter(raw[i + 1]))
                {
                    raw[i] = '\u2019'; // an apostrophe inside a word: Putin's
                }
                else if (!toCurly && c is '\u201C' or '\u201D')
                {
                    raw[i] = '"';
                }
                else if (!toCurly && c is '\u2018' or '\u2019')
                {
                    raw[i] = '\'';
                }
            }

            // One character for one: quote ranges stay on the same characters.
            block.Replace(0, block.Raw.Length, raw.ToString());
        }

        return toCurly ? "straight → curly" : "curly → straight";
    }
}
