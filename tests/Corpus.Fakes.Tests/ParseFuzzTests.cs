using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Corpus.Fakes.Tests;

/// <summary>
/// Many documents through <c>CorpusParser.Parse</c>: each must keep the parser's own invariants and read as its
/// answer key says. A failure prints the seed and the operator chain that reproduce it.
/// </summary>
[TestClass]
public sealed class ParseFuzzTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Variants_of_every_seed_read_as_their_keys_say()
    {
        var faker = new CorpusFaker(FuzzSettings.Seed);
        var failures = new List<string>();
        var count = 0;
        foreach (var document in SeedCorpus.All)
        {
            foreach (var variant in faker.VariantsOf(document).Take(FuzzSettings.Count))
            {
                count++;
                Check(variant.Reproduce, variant.Guarantees, () => variant.Parse(), variant.Key, failures);
            }
        }

        TestContext.WriteLine($"{count} variants of {SeedCorpus.All.Length} seeds, seed {FuzzSettings.Seed}: {failures.Count} failed");
        failures.ShouldBeEmpty(Report(failures));
    }

    [TestMethod]
    public void Synthetic_articles_read_as_their_keys_say()
    {
        var faker = new CorpusFaker(FuzzSettings.Seed, SeedCorpus.All);
        var failures = new List<string>();
        foreach (var article in faker.Documents().Take(FuzzSettings.Count))
        {
            Check(article.Reproduce, Array.Empty<string>(), article.Parse, article.Key, failures);
        }

        TestContext.WriteLine($"{FuzzSettings.Count} synthetic articles, seed {FuzzSettings.Seed}: {failures.Count} failed");
        failures.ShouldBeEmpty(Report(failures));
    }

    [TestMethod]
    public void Variants_of_synthetic_articles_read_as_their_keys_say()
    {
        var faker = new CorpusFaker(FuzzSettings.Seed, SeedCorpus.All);
        var failures = new List<string>();
        foreach (var article in faker.Documents().Take(Math.Max(5, FuzzSettings.Count / 20)))
        {
            foreach (var variant in faker.VariantsOf(article.Parse()).Take(20))
            {
                Check($"{article.Reproduce} then {variant.Reproduce}", variant.Guarantees, variant.Parse, variant.Key, failures);
            }
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    private static void Check(string reproduce, IReadOnlyList<string> guarantees, Func<Document> parse, AnswerKey key, List<string> failures)
    {
        Document parsed;
        try
        {
            parsed = parse();
        }
        catch (Exception e)
        {
            failures.Add($"{reproduce}\n  threw {e.GetType().Name}: {e.Message}");
            return;
        }

        var problems = ParserInvariants.Violations(parsed).Concat(key.Differences(parsed)).ToList();
        if (problems.Count > 0)
        {
            failures.Add($"{reproduce}\n  must hold: {string.Join("; ", guarantees)}\n  " + string.Join("\n  ", problems.Take(8)));
        }
    }

    private static string Report(IReadOnlyList<string> failures)
    {
        var report = new StringBuilder();
        report.AppendLine($"{failures.Count} failed; the first ones (rerun one with the expression printed):");
        foreach (var failure in failures.Take(10))
        {
            report.AppendLine(failure);
        }

        return report.ToString();
    }
}
