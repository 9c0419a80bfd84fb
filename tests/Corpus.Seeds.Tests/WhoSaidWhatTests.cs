using System.Collections.Generic;
using System.Linq;
using Corpus;
using Briefing = Corpus.Seeds.Tests.Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo;
using Partnership = Corpus.Seeds.Tests.Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership;

namespace Corpus.Seeds.Tests;

/// <summary>Real statements of the seeds: who said what, how, and that a person is one object across documents.</summary>
[TestClass]
public sealed class WhoSaidWhatTests
{
    [TestMethod]
    public void Putin_is_very_happy_to_visit_China_again()
    {
        var quote = Seeds.XiJinpingTalksWithRussianPresidentPutin.Quotes.PutinVeryHappyToVisitChinaAgain;

        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.VladimirPutin);
        quote.Kind.ShouldBe(QuoteKind.Reported);
        quote.Cue.ShouldBe("said");
        quote.Text.ShouldStartWith("I am very happy to visit China again");
    }

    [TestMethod]
    public void Xi_stressed_the_75th_anniversary_at_the_joint_press_meeting()
    {
        var quote = Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet.Quotes.XiYearMarksThe75thAnniversaryOf;

        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.XiJinping);
        quote.Cue.ShouldBe("stressed");
        quote.Text.ShouldBe("this year marks the 75th anniversary of diplomatic relations between China and Russia");
    }

    [TestMethod]
    public void Chinese_saying_is_a_direct_quote_by_Xi()
    {
        var quote = Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet.Quotes.XiMountainIsFormedByAccumulationOf;

        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.XiJinping);
        quote.Text.ShouldBe("A mountain is formed by accumulation of soil and an ocean is formed by accumulation of water.");
    }

    [TestMethod]
    public void Trailing_attribution_names_the_speaker_after_the_statement()
    {
        var quote = Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Quotes.XiTwoWayTradeHasGrownBy;

        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.XiJinping);
        quote.Cue.ShouldBe("told");
        quote.Text.ShouldBe("Two-way trade has grown by 116 percent over the last ten years");
    }

    [TestMethod]
    public void He_said_resolves_to_the_last_named_speaker()
    {
        var quote = Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Quotes.XiNotAnEasyAchievement;

        quote.Text.ShouldBe("This is not an easy achievement");
        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.XiJinping);
    }

    [TestMethod]
    public void The_official_resolves_to_Liu_Bin()
    {
        var quote = Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Quotes.LiuChinaWillContinueToPromotePeace;

        quote.Cue.ShouldBe("added");
        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.LiuBin);
    }

    [TestMethod]
    public void The_Russian_president_resolves_to_Putin()
    {
        var quote = Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Quotes.PutinSureThatWeWillContinueTo;

        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Cue.ShouldBe("emphasized");
        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.VladimirPutin);
    }

    [TestMethod]
    public void Partial_quote_inside_reported_speech_belongs_to_the_reporter()
    {
        Briefing.Quotes.LiuFrankFriendlyAndInformative.Text.ShouldBe("frank, friendly and informative");
        Briefing.Quotes.LiuFrankFriendlyAndInformative.Kind.ShouldBe(QuoteKind.Direct);
        Briefing.Quotes.LiuFrankFriendlyAndInformative.Speaker.ShouldBeSameAs(Seeds.Speakers.LiuBin);
        Briefing.Quotes.LiuXiAndPutinHeldFrankFriendly.Cue.ShouldBe("told");
    }

    [TestMethod]
    public void Adding_that_chains_a_second_statement_by_the_same_speaker()
    {
        Partnership.Quotes.PutinDevelopmentOfRussiaChinaTiesIs.Cue.ShouldBe("said");
        Partnership.Quotes.PutinBenefitsInternationalStrategicStability.Cue.ShouldBe("adding");
        Partnership.Quotes.PutinBenefitsInternationalStrategicStability.Text.ShouldBe("it benefits international strategic stability");
        Partnership.Quotes.PutinBenefitsInternationalStrategicStability.Speaker.ShouldBeSameAs(Partnership.Quotes.PutinDevelopmentOfRussiaChinaTiesIs.Speaker);
    }

    [TestMethod]
    public void Speaker_with_an_apposition_is_found()
    {
        var quote = Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Quotes.LiYongquanFacedWithNumerousChallengesInGlobal;

        quote.Speaker.ShouldBeSameAs(Seeds.Speakers.LiYongquan);
        quote.Speaker!.Kind.ShouldBe(SpeakerKind.Person);
    }

    [TestMethod]
    public void News_agencies_that_report_are_organisations()
    {
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Quotes.XinhuaTwoSidesHadAComprehensiveReview.Speaker.ShouldBeSameAs(Seeds.Speakers.Xinhua);
        Seeds.Speakers.Xinhua.Kind.ShouldBe(SpeakerKind.Organization);
        Seeds.Speakers.TASS.Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void Quoted_document_title_is_not_a_quote()
    {
        Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Document.Quotes
            .ShouldNotContain(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("China's Position", System.StringComparison.Ordinal));
    }

    [TestMethod]
    public void Belt_and_Road_in_quotes_is_not_a_quote()
    {
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Quotes.ShouldNotContain(q => q.Text == "Belt and Road");
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Quotes.ShouldAllBe(q => q.Kind == QuoteKind.Reported);
    }

    [TestMethod]
    public void Aliases_of_Xi_are_merged_into_one_speaker()
    {
        Seeds.Speakers.XiJinping.Name.ShouldBe("Xi Jinping");
        Seeds.Speakers.XiJinping.Aliases.ShouldBe(
            new[] { "Chinese President Xi Jinping", "President Xi", "President Xi Jinping", "Xi", "Xi Jinping" }, ignoreOrder: true);
    }

    [TestMethod]
    public void The_same_speaker_is_one_object_across_documents()
    {
        var speakers = Seeds.All
            .SelectMany(d => d.Quotes)
            .Select(q => q.Speaker)
            .Where(s => s is not null && s.Id == "XiJinping")
            .Distinct(ReferenceEqualityComparer.Instance)
            .ToArray();

        speakers.ShouldHaveSingleItem().ShouldBeSameAs(Seeds.Speakers.XiJinping);
        Seeds.All.Count(d => d.Speakers.Contains(Seeds.Speakers.XiJinping)).ShouldBe(4);
    }

    [TestMethod]
    public void Liu_Bin_says_everything_quoted_in_the_briefing()
    {
        var document = Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Document;

        document.Speakers.ShouldBe(new[] { Seeds.Speakers.LiuBin });
        document.Quotes.Count.ShouldBe(14);
    }

    [TestMethod]
    public void Corpus_speakers_are_the_people_and_organisations_quoted()
    {
        Seeds.Speakers.All.Select(s => s.Name).ShouldBe(
            new[] { "Li Yongquan", "Liu Bin", "TASS", "Vladimir Putin", "Xi Jinping", "Xinhua" });
    }

    [TestMethod]
    public void A_misspelt_agency_is_the_agency()
    {
        // 003 prints "Xinhue reports" once and "Xinhua reports" once: one speaker, both spellings kept as aliases.
        var xinhua = Seeds.Speakers.Xinhua;

        xinhua.Kind.ShouldBe(SpeakerKind.Organization);
        xinhua.Aliases.ShouldContain("Xinhue");
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Document.Quotes.Count(q => q.Speaker == xinhua).ShouldBe(2);
    }

    [TestMethod]
    public void A_speakers_entry_leads_to_their_quotes_across_the_corpus()
    {
        var quotes = Seeds.All.QuotesBy(Seeds.Speakers.VladimirPutin).ToList();

        quotes.Count.ShouldBe(15); // as `corpus stats` counts them
        quotes.ShouldAllBe(q => q.Speaker == Seeds.Speakers.VladimirPutin);
        quotes.ShouldContain(Seeds.XiJinpingTalksWithRussianPresidentPutin.Quotes.PutinVeryHappyToVisitChinaAgain);
        quotes.ShouldContain(Partnership.Quotes.PutinSureThatWeWillContinueTo);
    }

    [TestMethod]
    public void A_document_held_as_a_value_is_the_one_its_members_read()
    {
        var talks = Seeds.XiJinpingTalksWithRussianPresidentPutin.Document; // `var x = Seeds.X.Paragraphs;` is CS0723: hold this

        talks.ShouldBeSameAs(Seeds.XiJinpingTalksWithRussianPresidentPutin.Document);
        talks.Quotes.ShouldContain(Seeds.XiJinpingTalksWithRussianPresidentPutin.Quotes.PutinVeryHappyToVisitChinaAgain);
        Partnership.Document.Paragraphs.ShouldContain(Partnership.Paragraphs.ChinaRussiaDeepenComprehensiveStrategicPartnership); // through a using alias
    }
}
