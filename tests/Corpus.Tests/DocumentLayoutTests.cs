using System;

namespace Corpus.Tests;

[TestClass]
public sealed class DocumentLayoutTests
{
    private const string Text = "Leaders meet\n\n\"We agree,\" Berg said. Talks end.";

    [TestMethod]
    public void A_layout_builds_the_paragraphs_sentences_and_quotes_it_lists()
    {
        var berg = new Speaker("AnnaBerg", "Anna Berg", SpeakerKind.Person, new[] { "Berg" });

        var document = DocumentLayout.Build(
            "Talks", "talks.txt", "Leaders meet", null, Text,
            "2\n0 0 12 1 0 12\n4 14 33 2 14 21 36 11\n1\n0 1 0 1 15 8"u8, new[] { "said" }, new[] { berg });

        document.Paragraphs.Count.ShouldBe(2);
        document.Paragraphs[1].Role.ShouldBe(ParagraphRole.Body);
        document.Paragraphs[1].Sentences[1].Text.ShouldBe("Talks end.");
        document.Quotes.ShouldHaveSingleItem().Text.ShouldBe("We agree");
        document.Quotes[0].Speaker.ShouldBeSameAs(berg);
        document.Speakers.ShouldBe(new[] { berg });
        DocumentLayout.Build("Talks", "talks.txt", "Leaders meet", null, Text, "2\n0 0 12 1 0 12\n4 14 33 2 14 21 36 11\n1\n0 1 0 1 15 8", new[] { "said" }, new[] { berg })
            .ShouldBe(document);
    }

    [TestMethod]
    public void The_generated_code_passes_the_relative_path_and_older_overloads_use_the_file_name()
    {
        const string Layout = "1\n0 0 12 1 0 12\n0";

        DocumentLayout.Build("T", "same.txt", "sub1/same.txt", "T", null, Text, Layout, [], []).RelativePath.ShouldBe("sub1/same.txt");
        DocumentLayout.Build("T", "same.txt", "sub1/same.txt", "T", null, Text, "1\n0 0 12 1 0 12\n0"u8, [], []).RelativePath.ShouldBe("sub1/same.txt");
        DocumentLayout.Build("T", "same.txt", "T", null, Text, Layout, [], []).RelativePath.ShouldBe("same.txt");
    }

    [TestMethod]
    [DataRow("1\n0 0 12", DisplayName = "cut short")]
    [DataRow("0\n0 x", DisplayName = "not a number")]
    [DataRow("0\n0\n7", DisplayName = "trailing data")]
    [DataRow("0\n99999999999", DisplayName = "overflow")]
    public void A_malformed_layout_throws_FormatException(string layout)
    {
        Should.Throw<FormatException>(() => DocumentLayout.Build("T", "t.txt", "T", null, Text, layout, Array.Empty<string>(), Array.Empty<Speaker>()));
    }
}
