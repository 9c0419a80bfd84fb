using System;
using System.Linq;
using Corpus;

namespace Corpus.Seeds.Tests;

/// <summary>Titles, dates and the shape of each seed, read through the generated types only.</summary>
[TestClass]
public sealed class DocumentFactsTests
{
    [TestMethod]
    public void Corpus_lists_the_five_seeds_in_file_name_order()
    {
        Seeds.All.Select(d => d.FileName).ShouldBe(new[]
        {
            "000_ad18e27a5768307f.txt", "001_4434f010a5575a5a.txt", "002_2f2129dd3d24a781.txt",
            "003_27885933036f0cc7.txt", "004_9158aa63fc4f2dea.txt",
        });
    }

    [TestMethod]
    public void Titles_are_the_headlines()
    {
        Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet.Document.Title
            .ShouldBe("President Xi Jinping and Russian President Vladimir Putin Jointly Meet the Press");
        Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Document.Title
            .ShouldBe("Chinese Foreign Ministry briefs media on Putin's state visit to China");
        Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Document.Title
            .ShouldBe("Xi Jinping says China-Russia relations critical to the future of humanity");
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Document.Title
            .ShouldBe("China, Russia deepen comprehensive strategic partnership");
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Title
            .ShouldBe("Xi Jinping talks with Russian President Putin");
    }

    [TestMethod]
    public void Release_time_dateline_gives_date_and_time()
    {
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Published.ShouldBe(new DateTime(2024, 5, 16, 19, 37, 0));
    }

    [TestMethod]
    public void Updated_dateline_with_time_before_date_is_read()
    {
        Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Document.Published.ShouldBe(new DateTime(2023, 3, 22, 18, 19, 0));
    }

    [TestMethod]
    public void Day_first_numeric_dateline_is_read_because_16_cannot_be_a_month()
    {
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Document.Published.ShouldBe(new DateTime(2024, 5, 16, 17, 54, 0));
    }

    [TestMethod]
    public void Date_in_the_first_sentence_is_used_when_there_is_no_dateline()
    {
        Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet.Document.Published.ShouldBe(new DateTime(2024, 5, 16));
    }

    [TestMethod]
    public void Page_without_a_publication_date_has_none_rather_than_a_caption_date()
    {
        Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Document.Published.ShouldBeNull();
    }

    [TestMethod]
    public void Document_ids_are_the_generated_class_names()
    {
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Id.ShouldBe(nameof(Seeds.XiJinpingTalksWithRussianPresidentPutin));
        Seeds.XiJinpingTalksWithRussianPresidentPutin.FileName.ShouldBe("004_9158aa63fc4f2dea.txt");
    }

    [TestMethod]
    public void Text_is_the_seed_file_byte_for_byte_decoded()
    {
        foreach (var document in Seeds.All)
        {
            document.Text.ShouldBe(SeedFiles.Read(document.FileName), document.FileName);
        }
    }

    [TestMethod]
    public void Paragraph_text_is_its_range_normalized()
    {
        var paragraph = Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Paragraphs.UnderTheNewHistoricalCircumstancesThe;

        var raw = Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Document.Text.Substring(paragraph.Start, paragraph.Length);

        raw.ShouldEndWith("Vladimir Putin."); // the trailing no-break space of the page lies outside the range
        paragraph.Text.ShouldBe(raw);
    }

    [TestMethod]
    public void Body_holds_exactly_the_body_paragraphs()
    {
        var document = Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Document;

        document.Body.ShouldBe(document.Paragraphs.Where(p => p.Role == ParagraphRole.Body).ToArray());
        document.Body.Count.ShouldBe(12);
    }

    [TestMethod]
    public void Sentences_do_not_break_at_dollar_amounts_or_decimals()
    {
        var paragraph = Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Paragraphs.InTermsOfWinWinCooperation;

        paragraph.Sentences.Count.ShouldBe(1);
        paragraph.Text.ShouldContain("$240 billion last year, close to 2.7 times");
    }

    [TestMethod]
    public void Sentences_do_not_break_after_UN()
    {
        var paragraph = Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet.Document.Paragraphs
            .Single(p => p.Text.Contains("U.N. resolutions", StringComparison.Ordinal));

        paragraph.Sentences.ShouldContain(s => s.Text.StartsWith("U.N. resolutions must be earnestly implemented", StringComparison.Ordinal));
        paragraph.Sentences.ShouldContain(s => s.Text.Contains("purposes and principles of the U.N. Charter", StringComparison.Ordinal));
    }
}
