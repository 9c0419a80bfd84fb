using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests;

/// <summary>The whole-document invariants, checked on every real article in seeds/.</summary>
[TestClass]
public sealed class SeedInvariantTests
{
    [TestMethod]
    [DynamicData(nameof(SeedFiles.Names), typeof(SeedFiles))]
    public void Every_seed_satisfies_the_document_invariants(string fileName)
    {
        var text = SeedFiles.Read(fileName);

        Invariants.HoldFor(CorpusParser.Parse(text, fileName), text);
    }

    [TestMethod]
    [DynamicData(nameof(SeedFiles.Names), typeof(SeedFiles))]
    public void Every_seed_reads_the_same_twice_and_under_a_Turkish_culture(string fileName)
    {
        var text = SeedFiles.Read(fileName);
        var first = CorpusParser.Parse(text, fileName);

        CorpusParser.Parse(text, fileName).ShouldBe(first);
        Article.UnderCulture("tr-TR", () => CorpusParser.Parse(text, fileName)).ShouldBe(first);
    }

    [TestMethod]
    [DynamicData(nameof(SeedFiles.Names), typeof(SeedFiles))]
    public void Every_seed_reads_the_same_with_CRLF_line_breaks_and_a_BOM(string fileName)
    {
        var text = SeedFiles.Read(fileName).Replace("\r\n", "\n");
        var lf = CorpusParser.Parse(text, fileName);

        var windows = "\uFEFF" + text.Replace("\n", "\r\n");

        var crlf = CorpusParser.Parse(windows, fileName);

        Invariants.HoldFor(crlf, windows);
        Invariants.ReadAlike(crlf, lf);
    }

    [TestMethod]
    [DynamicData(nameof(SeedFiles.Names), typeof(SeedFiles))]
    public void Every_seed_has_a_title_a_body_and_attributed_quotes(string fileName)
    {
        var document = CorpusParser.Parse(SeedFiles.Read(fileName), fileName);

        document.Paragraphs.Count(p => p.Role == ParagraphRole.Title).ShouldBeLessThanOrEqualTo(1);
        document.Title.ShouldNotBeNullOrWhiteSpace();
        document.Body.ShouldNotBeEmpty();
        document.Quotes.ShouldNotBeEmpty();
        document.Quotes.ShouldAllBe(q => q.Kind == QuoteKind.Direct || q.Cue.Length > 0);
        document.Speakers.ShouldBe(document.Quotes.Where(q => q.Speaker != null).Select(q => q.Speaker!).Distinct().ToArray());
    }
}
