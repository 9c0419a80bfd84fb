using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes.Tests;

/// <summary>Each operator alone, on every seed: it does what its guarantee says, and the parser agrees.</summary>
[TestClass]
public sealed class VariantOperatorTests
{
    public static IEnumerable<object[]> Operators => VariantOperator.All.Select(o => new object[] { o.Name });

    [TestMethod]
    [DynamicData(nameof(Operators))]
    public void Operator_keeps_its_guarantee_on_every_seed(string name)
    {
        var op = VariantOperator.All.Single(o => o.Name == name);
        var applied = 0;
        foreach (var document in SeedCorpus.All)
        {
            for (var i = 0; i < 30; i++)
            {
                var draft = Draft.From(document);
                var done = op.TryApply(draft, document, new Bogus.Randomizer(i));
                if (done is null)
                {
                    continue;
                }

                applied++;
                var parsed = Corpus.Parsing.CorpusParser.Parse(draft.Render(), document.FileName);
                var context = $"{name} on {document.FileName} with Randomizer({i}): {done}";
                ParserInvariants.Violations(parsed).ShouldBeEmpty(context);
                draft.Key().Differences(parsed).ShouldBeEmpty(context);
            }
        }

        applied.ShouldBeGreaterThan(0, $"{name} found nothing to change in any seed");
    }

    [TestMethod]
    public void The_first_variants_of_the_seeds_use_every_operator_and_chains_of_one_to_three()
    {
        var variants = SeedCorpus.All.SelectMany(d => new CorpusFaker(42).VariantsOf(d).Take(40)).ToArray();
        var used = variants.SelectMany(v => v.Operations).Select(o => o.Split(':')[0]).ToHashSet();

        used.ShouldBe(VariantOperator.All.Select(o => o.Name), ignoreOrder: true);
        variants.Select(v => v.Operations.Count).Distinct().Order().ShouldBe(new[] { 1, 2, 3 });
        variants.ShouldAllBe(v => v.Guarantees.Count == v.Operations.Count);
    }

    [TestMethod]
    public void A_document_unchanged_reads_as_its_own_key()
    {
        foreach (var document in SeedCorpus.All)
        {
            var draft = Draft.From(document);
            draft.Render().ShouldBe(document.Text);
            draft.Key().Differences(document).ShouldBeEmpty();
        }
    }

    [TestMethod]
    public void Dropping_a_paragraph_leaves_one_fewer_and_the_same_quotes()
    {
        var talks = SeedCorpus.Talks;
        var draft = Draft.From(talks);
        new DropParagraph().TryApply(draft, talks, new Bogus.Randomizer(1)).ShouldNotBeNull();
        var key = draft.Key();
        key.Paragraphs.Count.ShouldBe(talks.Paragraphs.Count - 1);
        key.Quotes.Select(q => (q.Kind, q.Speaker, q.Text)).ShouldBe(talks.Quotes.Select(q => (q.Kind, q.Speaker?.Name, q.Text)));
    }

    [TestMethod]
    public void A_cookie_banner_is_one_more_boilerplate_paragraph()
    {
        var talks = SeedCorpus.Talks;
        var draft = Draft.From(talks);
        new CookieBanner().TryApply(draft, talks, new Bogus.Randomizer(2)).ShouldNotBeNull();
        var parsed = Corpus.Parsing.CorpusParser.Parse(draft.Render(), talks.FileName);
        parsed.Paragraphs.Count(p => p.Role == ParagraphRole.Boilerplate).ShouldBe(talks.Paragraphs.Count(p => p.Role == ParagraphRole.Boilerplate) + 1);
        parsed.Quotes.Select(q => q.Text).ShouldBe(talks.Quotes.Select(q => q.Text));
    }

    [TestMethod]
    public void A_swapped_speaker_name_form_keeps_the_speaker()
    {
        var document = SeedCorpus.All.Single(d => d.FileName.StartsWith("002", StringComparison.Ordinal));
        var changed = Enumerable.Range(0, 20).Select(i =>
        {
            var draft = Draft.From(document);
            return (Draft: draft, Done: new SpeakerNameForm().TryApply(draft, document, new Bogus.Randomizer(i)));
        }).First(x => x.Done is not null);

        changed.Done!.ShouldMatch("\"(Xi|Xi Jinping|President Xi|Chinese President Xi Jinping|Putin|Vladimir Putin|Russian President Vladimir Putin)\" → ");
        var parsed = Corpus.Parsing.CorpusParser.Parse(changed.Draft.Render(), document.FileName);
        parsed.Speakers.Select(s => s.Name).ShouldBe(document.Speakers.Select(s => s.Name));
    }
}
