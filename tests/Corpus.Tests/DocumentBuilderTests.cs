using System;
using System.Linq;

namespace Corpus.Tests;

[TestClass]
public sealed class DocumentBuilderTests
{
    private const string Text = "Talks\n\nXi said it.\u00A0 Putin agreed.";

    [TestMethod]
    public void Paragraphs_and_sentences_are_normalized_slices_of_the_text()
    {
        var document = new DocumentBuilder("Talks", "t.txt", "Talks", null, Text)
            .Paragraph(ParagraphRole.Title, 0, 5)
            .Paragraph(ParagraphRole.Body, 7, 26, 7, 11, 20, 13)
            .Build();

        document.Paragraphs.Select(p => p.Index).ShouldBe(new[] { 0, 1 });
        document.Paragraphs[1].Text.ShouldBe("Xi said it. Putin agreed.");
        document.Paragraphs[1].Sentences.Select(s => s.Text).ShouldBe(new[] { "Xi said it.", "Putin agreed." });
        document.Body.ShouldBe(new[] { document.Paragraphs[1] });
    }

    [TestMethod]
    public void Speakers_are_listed_once_in_order_of_their_first_quote()
    {
        var xi = new Speaker("XiJinping", "Xi Jinping", SpeakerKind.Person, new[] { "Xi" });
        var putin = new Speaker("VladimirPutin", "Vladimir Putin", SpeakerKind.Person, new[] { "Putin" });

        var document = new DocumentBuilder("Talks", "t.txt", "Talks", null, Text)
            .Paragraph(ParagraphRole.Body, 7, 26)
            .Quote(QuoteKind.Reported, xi, "said", 0, 15, 2)
            .Quote(QuoteKind.Reported, putin, "agreed", 0, 20, 5)
            .Quote(QuoteKind.Reported, xi, "said", 0, 7, 2)
            .Quote(QuoteKind.Direct, null, string.Empty, 0, 7, 2)
            .Build();

        document.Speakers.ShouldBe(new[] { xi, putin });
        document.Quotes[0].Text.ShouldBe("it");
    }

    [TestMethod]
    public void Sentence_ranges_must_come_in_pairs()
    {
        var builder = new DocumentBuilder("Talks", "t.txt", "Talks", null, Text);

        Should.Throw<ArgumentException>(() => builder.Paragraph(ParagraphRole.Body, 7, 26, 7));
    }

    [TestMethod]
    public void Documents_built_from_the_same_ranges_are_equal()
    {
        static Document Build() => new DocumentBuilder("Talks", "t.txt", "Talks", new DateTime(2024, 5, 16), Text)
            .Paragraph(ParagraphRole.Body, 7, 26, 7, 11)
            .Build();

        Build().ShouldBe(Build());
    }

    [TestMethod]
    public void RelativePath_is_the_file_name_unless_given_and_not_part_of_equality()
    {
        var plain = new DocumentBuilder("Talks", "same.txt", "Talks", null, Text).Build();
        var placed = new DocumentBuilder("Talks", "same.txt", "sub1/same.txt", "Talks", null, Text).Build();

        plain.RelativePath.ShouldBe("same.txt");
        placed.RelativePath.ShouldBe("sub1/same.txt");
        placed.FileName.ShouldBe("same.txt");
        (plain with { RelativePath = "sub2/same.txt" }).RelativePath.ShouldBe("sub2/same.txt");
        placed.ShouldBe(plain); // a document parsed at run time equals the generated one, wherever its file is
        placed.GetHashCode().ShouldBe(plain.GetHashCode());
        Should.Throw<ArgumentNullException>(() => plain with { RelativePath = null! });
        Should.Throw<ArgumentNullException>(() => new DocumentBuilder("Talks", "same.txt", null!, "Talks", null, Text));
    }
}
