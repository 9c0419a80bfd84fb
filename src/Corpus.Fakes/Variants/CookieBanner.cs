using System;
using System.Collections.Generic;
using System.Linq;
using Bogus;
using Corpus.Fakes.Data;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>A cookie banner or other page furniture inserted as a block of its own, where a scraper would leave it.</summary>
public sealed class CookieBanner : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "one more paragraph, Boilerplate; every other paragraph, quote and speaker unchanged, same title and date";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var banners = NewsDataSet.Banners
            .Where(b => draft.Blocks.All(x => !string.Equals(x.Text, b, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var places = Enumerable.Range(-1, draft.Blocks.Count + 1).Where(i => CanInsertAfter(draft, i)).ToList();
        if (banners.Count == 0 || places.Count == 0)
        {
            return null;
        }

        var banner = random.ListItem(banners);
        var after = random.ListItem((IList<int>)places);
        InsertAfter(draft, after, new DraftBlock(banner, ParagraphRole.Boilerplate));
        return $"\"{banner}\" as p{after + 1}";
    }
}
