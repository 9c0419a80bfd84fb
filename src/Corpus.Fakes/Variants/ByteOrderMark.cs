using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>A UTF-8 byte order mark (U+FEFF) at the start of the text, as Windows editors write it.</summary>
public sealed class ByteOrderMark : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the same reading: every paragraph, quote, speaker, the title and the date";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        if (draft.Bom)
        {
            return null;
        }

        draft.Bom = true;
        return "U+FEFF added";
    }
}
