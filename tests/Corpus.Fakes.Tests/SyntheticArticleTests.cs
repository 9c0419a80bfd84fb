using System;
using System.Linq;
using Corpus.Fakes.Data;

namespace Corpus.Fakes.Tests;

[TestClass]
public sealed class SyntheticArticleTests
{
    private static readonly CorpusFaker Faker = new(11, SeedCorpus.All);

    [TestMethod]
    public void Speakers_are_the_corpus_speakers_whose_names_read_back()
    {
        Faker.Speakers.Select(s => s.Name).ShouldContain("Xi Jinping");
        Faker.Speakers.Select(s => s.Name).ShouldContain("Vladimir Putin");
        Faker.Speakers.Single(s => s.Name == "Xi Jinping").ShortForms.ShouldContain("Xi");
        Faker.Speakers.ShouldAllBe(s => SeedCorpus.All.SelectMany(d => d.Speakers).Any(x => x.Name == s.Name));
    }

    [TestMethod]
    public void Text_uses_the_corpus_vocabulary_not_lorem_ipsum()
    {
        var corpusWords = SeedCorpus.All.SelectMany(d => d.Text.Split(' ', '\n', ',', '.', '"')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var article = Faker.Generate(0);
        var words = article.Key.Paragraphs.Where(p => p.Role == ParagraphRole.Body)
            .SelectMany(p => p.Text.Split(' ', ',', '.', '"')).Where(w => w.Length > 0).ToArray();
        words.Count(corpusWords.Contains).ShouldBeGreaterThan(words.Length * 9 / 10);
        article.Text.ShouldNotContain("lorem", Case.Insensitive);
    }

    [TestMethod]
    public void Each_article_carries_roles_quotes_speakers_and_date_in_its_key()
    {
        var articles = Faker.Documents().Take(40).ToArray();
        articles.ShouldAllBe(a => a.Key.Paragraphs[0].Role == ParagraphRole.Title || a.Key.Paragraphs[0].Role == ParagraphRole.Boilerplate);
        articles.SelectMany(a => a.Key.Paragraphs.Select(p => p.Role)).Distinct()
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Dateline, ParagraphRole.Caption, ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Boilerplate }, ignoreOrder: true);
        articles.SelectMany(a => a.Key.Quotes.Select(q => q.Kind)).Distinct().ShouldBe(new[] { QuoteKind.Direct, QuoteKind.Reported }, ignoreOrder: true);
        articles.Count(a => a.Key.Published is not null).ShouldBeGreaterThan(20);
        articles.ShouldAllBe(a => a.Key.Quotes.Count == a.Plan.QuoteParagraphs + a.Key.Quotes.Count(q => q.Cue == "" && a.Key.Quotes.Any(o => o.ParagraphIndex == q.ParagraphIndex && o != q)));
    }

    [TestMethod]
    public void Every_dateline_format_is_read_as_the_date_printed()
    {
        foreach (var format in Enum.GetValues<DatelineFormat>())
        {
            var faker = new CorpusFaker(21, SeedCorpus.All);
            faker.Articles.RuleFor(a => a.DatelineFormat, format).RuleFor(a => a.Published, new DateTime(2024, 5, 16, 19, 37, 0));
            var article = faker.Generate(0);
            article.Parse().Published.ShouldBe(new DateTime(2024, 5, 16, 19, 37, 0), format.ToString());
        }
    }

    [TestMethod]
    public void Rules_set_titles_speakers_and_paragraph_counts()
    {
        var faker = new CorpusFaker(8, SeedCorpus.All);
        var putin = faker.Speakers.Single(s => s.Name == "Vladimir Putin");
        faker.Articles
            .RuleFor(a => a.Title, (f, a) => "Leaders meet in the capital " + a.RandomFor("suffix").Number(1, 9))
            .RuleFor(a => a.Speakers, new[] { putin })
            .RuleFor(a => a.BodyParagraphs, 3)
            .RuleFor(a => a.QuoteParagraphs, 4)
            .RuleFor(a => a.Banners, 0)
            .RuleFor(a => a.Captions, 0);

        var article = faker.Generate(0);
        var parsed = article.Parse();

        parsed.Title.ShouldStartWith("Leaders meet in the capital ");
        parsed.Speakers.Select(s => s.Name).ShouldBe(new[] { "Vladimir Putin" });
        parsed.Body.Count.ShouldBe(7);
        article.Key.Differences(parsed).ShouldBeEmpty();
    }

    [TestMethod]
    public void The_news_data_set_is_available_on_any_bogus_faker()
    {
        var f = new Bogus.Faker { Random = new Bogus.Randomizer(1) };
        NewsDataSet.Outlets.ShouldContain(f.News().Outlet());
        NewsDataSet.Banners.ShouldContain(f.News().Banner());
        f.News().Dateline(DatelineFormat.UpdatedTimeFirst, new DateTime(2023, 3, 22, 18, 19, 0), "CGTN").ShouldBe("Updated 18:19, 22-Mar-2023");
    }

    [TestMethod]
    public void A_faker_without_a_corpus_makes_variants_but_no_articles()
    {
        var faker = new CorpusFaker(seed: 42);
        faker.VariantsOf(SeedCorpus.Talks).Take(3).Count().ShouldBe(3);
        Should.Throw<InvalidOperationException>(() => faker.Generate(0)).Message.ShouldContain("corpus");
    }
}
