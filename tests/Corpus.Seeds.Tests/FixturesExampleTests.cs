using System.IO;
using System.Linq;
using Corpus.Fakes;

namespace Corpus.Seeds.Tests;

/// <summary>The README's "Synthetic fixtures" example, on the generated seed corpus, so the example keeps compiling and passing.</summary>
[TestClass]
public sealed class FixturesExampleTests
{
    [TestMethod]
    public void Readme_example_synthetic_articles_and_variants_of_a_generated_document_read_as_their_keys()
    {
        var faker = new CorpusFaker(seed: 42, Seeds.All);                       // learns words, sentence shapes, speakers
        faker.Articles.RuleFor(a => a.QuoteParagraphs, 3);                      // Bogus rules: titles, speakers, counts, …
        foreach (var article in faker.Documents().Take(20))                     // synthetic articles with known answers
            article.Key.Differences(article.Parse()).ShouldBeEmpty(article.Reproduce);

        var talks = Seeds.XiJinpingTalksWithRussianPresidentPutin.Document;
        foreach (var variant in new CorpusFaker(seed: 42).VariantsOf(talks).Take(50))  // curly quotes, CRLF, banners, typos, …
            variant.Key.Differences(variant.Parse()).ShouldBeEmpty(variant.Reproduce);  // prints seed + operator chain

        var folder = Directory.CreateTempSubdirectory("corpus-readme-").FullName;
        try
        {
            SeedFileWriter.Write(folder, faker.Generate(0)).ShouldEndWith("fake_42_0000.txt");
            File.Exists(Path.Combine(folder, "fake_42_0000.key.json")).ShouldBeTrue();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
