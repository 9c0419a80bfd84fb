using System;
using System.Collections.Generic;
using System.Linq;
using Bogus;
using Corpus.Fakes.Data;
using Corpus.Fakes.Language;

namespace Corpus.Fakes;

/// <summary>
/// The Bogus <see cref="Faker{T}"/> behind <see cref="CorpusFaker"/>: one rule per <see cref="ArticlePlan"/> property,
/// each drawing from its own per-purpose randomizer, so a rule a user adds or replaces never shifts another.
/// </summary>
public sealed class ArticleFaker : Faker<ArticlePlan>
{
    /// <summary>Creates the default rules from what was learned from a corpus.</summary>
    /// <param name="vocabulary">Words and sentence shapes.</param>
    /// <param name="speakers">Speakers to quote.</param>
    public ArticleFaker(CorpusVocabulary vocabulary, IReadOnlyList<SpeakerProfile> speakers)
        : base("en")
    {
        if (vocabulary is null)
        {
            throw new ArgumentNullException(nameof(vocabulary));
        }

        if (speakers is null || speakers.Count == 0)
        {
            throw new ArgumentException("At least one speaker is needed.", nameof(speakers));
        }

        CustomInstantiator(f => new ArticlePlan(f.Random.Int(0, int.MaxValue)));
        RuleFor(a => a.Title, (_, a) => vocabulary.Headline(a.RandomFor("title")));
        RuleFor(a => a.Published, (f, a) => a.RandomFor("has-date").Bool(0.85f) ? News(a, "published").Published() : null);
        RuleFor(a => a.DatelineFormat, (_, a) => News(a, "dateline-format").DatelineFormat());
        RuleFor(a => a.Outlet, (_, a) => News(a, "outlet").Outlet());
        RuleFor(a => a.Speakers, (_, a) => (IReadOnlyList<SpeakerProfile>)a.RandomFor("speakers").ListItems(speakers.ToList(), a.RandomFor("speaker-count").Number(1, Math.Min(3, speakers.Count))));
        RuleFor(a => a.BodyParagraphs, (_, a) => a.RandomFor("body-paragraphs").Number(2, 6));
        RuleFor(a => a.QuoteParagraphs, (_, a) => a.RandomFor("quote-paragraphs").Number(2, 7));
        RuleFor(a => a.Captions, (_, a) => a.RandomFor("captions").Number(0, 2));
        RuleFor(a => a.Banners, (_, a) => a.RandomFor("banners").Number(0, 2));
        RuleFor(a => a.BlankLines, (_, a) => a.RandomFor("blank-lines").Bool(0.7f));
    }

    private static NewsDataSet News(ArticlePlan article, string purpose) => new() { Random = article.RandomFor(purpose) };
}
