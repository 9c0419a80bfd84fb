using System.Linq;
using Corpus;
using Corpus.Parsing;

namespace Corpus.Seeds.Tests;

/// <summary>The invariant of the design: parsing a seed at run time gives the document the generator compiled in.</summary>
[TestClass]
public sealed class ParserAgreementTests
{
    public static System.Collections.Generic.IEnumerable<object[]> Documents => Seeds.All.Select(d => new object[] { d.FileName });

    [TestMethod]
    [DynamicData(nameof(Documents))]
    public void Runtime_parse_equals_the_generated_document(string fileName)
    {
        var generated = Seeds.All.Single(d => d.FileName == fileName);

        var parsed = CorpusParser.Parse(SeedFiles.Read(fileName), fileName);

        parsed.Paragraphs.ShouldBe(generated.Paragraphs);
        parsed.Quotes.ShouldBe(generated.Quotes);
        parsed.ShouldBe(generated);
    }

    [TestMethod]
    public void Generated_documents_are_built_once()
    {
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.ShouldBeSameAs(Seeds.XiJinpingTalksWithRussianPresidentPutin.Document);
        Seeds.All[4].ShouldBeSameAs(Seeds.XiJinpingTalksWithRussianPresidentPutin.Document);
    }
}
