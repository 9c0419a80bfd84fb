using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Fakes.Data;
using Corpus.Fakes.Drafts;
using Corpus.Fakes.Language;

namespace Corpus.Fakes;

/// <summary>
/// Seeded synthetic fixtures: whole articles that look like a corpus (<see cref="Generate(int)"/>), and variants of a
/// real document (<see cref="VariantsOf"/>), each with its <see cref="AnswerKey"/>. Everything comes from the one seed:
/// article <c>i</c> and variant <c>i</c> are the same on every run and machine, whatever else was generated before.
/// </summary>
/// <example>
/// <code>
/// foreach (var variant in new CorpusFaker(seed: 42).VariantsOf(talks).Take(500))
///     variant.Key.Differences(variant.Parse()).ShouldBeEmpty(variant.Reproduce);
/// </code>
/// </example>
public sealed class CorpusFaker
{
    private readonly object _gate = new();
    private readonly ArticleFaker? _articles;

    /// <summary>A faker for variants only; it has no corpus to learn synthetic articles from.</summary>
    /// <param name="seed">The seed everything derives from.</param>
    public CorpusFaker(int seed)
    {
        Seed = seed;
        Speakers = Array.Empty<SpeakerProfile>();
    }

    /// <summary>A faker whose synthetic articles use the words, sentence shapes and speakers of <paramref name="corpus"/>.</summary>
    /// <param name="seed">The seed everything derives from.</param>
    /// <param name="corpus">Parsed documents to learn from, for example <c>Seeds.All</c>.</param>
    public CorpusFaker(int seed, IEnumerable<Document> corpus)
        : this(seed)
    {
        if (corpus is null)
        {
            throw new ArgumentNullException(nameof(corpus));
        }

        var documents = corpus.ToArray();
        Vocabulary = new CorpusVocabulary(documents);
        Speakers = documents.SelectMany(d => d.Speakers)
            .Select(SpeakerProfile.From)
            .OfType<SpeakerProfile>()
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => s.FirstMention.Length).ThenBy(s => s.FirstMention, StringComparer.Ordinal).First() with
            {
                ShortForms = g.SelectMany(s => s.ShortForms).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToArray(),
            })
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();
        if (Speakers.Count == 0)
        {
            throw new ArgumentException("No speaker of the corpus has a name the parser reads back; synthetic quotes need one.", nameof(corpus));
        }

        _articles = new ArticleFaker(Vocabulary, Speakers);
    }

    /// <summary>The seed everything derives from.</summary>
    public int Seed { get; }

    /// <summary>What was learned from the corpus; <see langword="null"/> for a variants-only faker.</summary>
    public CorpusVocabulary? Vocabulary { get; }

    /// <summary>The corpus's speakers that synthetic articles quote.</summary>
    public IReadOnlyList<SpeakerProfile> Speakers { get; }

    /// <summary>The rules that draw each article's <see cref="ArticlePlan"/>; extend them with <c>RuleFor</c>.</summary>
    public ArticleFaker Articles => _articles ?? throw new InvalidOperationException("This faker has no corpus: create it with new CorpusFaker(seed, documents).");

    /// <summary>Learns from <paramref name="corpus"/>: same as the constructor, reads well in a fluent setup.</summary>
    /// <param name="corpus">Parsed documents.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The faker.</returns>
    public static CorpusFaker From(IEnumerable<Document> corpus, int seed = 0) => new(seed, corpus);

    /// <summary>Synthetic article number <paramref name="index"/>: the same for the same seed, corpus and rules.</summary>
    /// <param name="index">Which article, from 0.</param>
    /// <returns>The article and its answer key.</returns>
    public SyntheticDocument Generate(int index) => Generate(index, reshape: null);

    /// <summary>Article <paramref name="index"/> with its drawn plan changed by <paramref name="reshape"/> before any text is written.</summary>
    internal SyntheticDocument Generate(int index, Action<ArticlePlan>? reshape)
    {
        var articles = Articles;
        ArticlePlan plan;
        lock (_gate)
        {
            plan = articles.UseSeed(Seeding.Derive(Seed, "article", index)).Generate();
        }

        reshape?.Invoke(plan);

        var fileName = string.Format(CultureInfo.InvariantCulture, "fake_{0}_{1:D4}.txt", Seed, index);
        var draft = ArticleComposer.Compose(Vocabulary!, plan, fileName);
        return new SyntheticDocument(Seed, index, fileName, draft.Render(), draft.Key(), plan);
    }

    /// <summary>Articles 0, 1, 2, … without end; take as many as needed.</summary>
    /// <returns>The articles.</returns>
    public IEnumerable<SyntheticDocument> Documents()
    {
        for (var i = 0; ; i++)
        {
            yield return Generate(i);
        }
    }

    /// <summary>Variants 0, 1, 2, … of <paramref name="document"/> without end; take as many as needed.</summary>
    /// <param name="document">A parsed real document; its reading is the base of every key.</param>
    /// <returns>The variants.</returns>
    public IEnumerable<Variant> VariantsOf(Document document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return Enumerate();

        IEnumerable<Variant> Enumerate()
        {
            var original = Draft.From(document);
            for (var i = 0; ; i++)
            {
                yield return Variant(document, original, i);
            }
        }
    }

    /// <summary>Variant number <paramref name="index"/> of <paramref name="document"/>: one to three operators in a chain.</summary>
    /// <param name="document">A parsed real document.</param>
    /// <param name="index">Which variant, from 0.</param>
    /// <returns>The variant.</returns>
    public Variant Variant(Document document, int index) =>
        Variant(document ?? throw new ArgumentNullException(nameof(document)), Draft.From(document), index);

    private Variant Variant(Document document, Draft original, int index)
    {
        var random = Seeding.For(Seed, "variant:" + document.FileName, index);
        var draft = original.Clone();
        var operations = new List<string>();
        var guarantees = new List<string>();
        var wanted = random.Number(1, 3);
        for (var attempt = 0; operations.Count < wanted && attempt < 12; attempt++)
        {
            var op = random.ListItem((IList<VariantOperator>)VariantOperator.All);
            var done = op.TryApply(draft, document, random);
            if (done is not null)
            {
                operations.Add(op.Name + ": " + done);
                guarantees.Add(op.Name + ": " + op.Guarantee);
            }
        }

        return new Variant(Seed, index, document.FileName, operations, guarantees, draft.Render(), draft.Key());
    }
}
