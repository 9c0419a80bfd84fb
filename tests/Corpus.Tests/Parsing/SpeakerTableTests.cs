using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class SpeakerTableTests
{
    [TestMethod]
    public void Short_and_titled_forms_of_a_name_are_one_speaker()
    {
        var document = Article.WithLead(
            "Xi said that the two countries are good neighbours.",
            "President Xi Jinping noted that trade has grown by a third.",
            "President Xi stressed that the partnership targets no third party.");

        var speakers = document.Quotes.Select(q => q.Speaker).Distinct().ToArray();

        speakers.Length.ShouldBe(1);
        speakers[0].ShouldBeSameAs(document.Quotes[0].Speaker);
        speakers[0]!.Name.ShouldBe("Xi Jinping");
        speakers[0]!.Aliases.ShouldContain("Xi");
        speakers[0]!.Aliases.ShouldContain("President Xi Jinping");
        speakers[0]!.Aliases.ShouldContain("President Xi");
        document.Speakers.Count.ShouldBe(1);
    }

    [TestMethod]
    public void A_full_name_met_after_the_short_form_becomes_the_canonical_name()
    {
        var document = Article.Parse(
            "Leaders meet in Beijing",
            "Putin said that the talks were a success for both sides.",
            "Russian President Vladimir Putin added that trade will keep growing.");

        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Vladimir Putin" });
    }

    [TestMethod]
    public void The_speaker_id_is_an_identifier_of_the_canonical_name()
    {
        Article.WithLead("Xi said that the two countries are good neighbours.").OnlyQuote().Speaker!.Id.ShouldBe("XiJinping");
    }

    [TestMethod]
    public void He_resolves_to_the_last_named_speaker()
    {
        var document = Article.WithLead(
            "Xi said that the two countries are good neighbours.",
            "Putin said that the visit was a success for both sides.",
            "He added that trade will keep growing next year.");

        document.QuoteStarting("trade will keep").Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void He_after_a_direct_quote_resolves_to_the_speaker_of_the_paragraph_before()
    {
        var document = Article.WithLead(
            "Xi said that the visit was a success for both sides.",
            "\"We will always support each other in every way,\" he said.");

        document.QuoteStarting("We will always").Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    public void He_skips_an_organisation_that_spoke_last_and_resolves_to_the_last_person()
    {
        var document = Article.WithLead(
            "Putin said that the visit was a success for both sides.",
            "The talks lasted three hours, Xinhua reported.",
            "He added that trade will keep growing next year.");

        document.QuoteStarting("trade will keep").Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void The_official_resolves_to_the_last_named_person()
    {
        var document = Article.WithLead(
            "Liu Bin told reporters that the visit was productive for both sides.",
            "The official said that more details will be released next week.");

        document.QuoteStarting("more details").Speaker.ShouldBeSameAs(document.QuoteStarting("the visit was").Speaker);
    }

    [TestMethod]
    public void He_after_a_sentence_that_opens_with_a_name_and_reports_nothing_is_that_person()
    {
        var document = Article.WithLead(
            "Xi said that the visit was a success for both sides.",
            "Vladimir Putin has described the relationship with a line from an old song.",
            "He added that the two peoples are like brothers.");

        document.QuoteStarting("the two peoples").Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void He_after_a_statement_whose_sentence_opens_with_another_name_is_the_speaker()
    {
        var document = Article.WithLead(
            "Putin is a reliable partner of China in every field, Xi said.",
            "He added that the two peoples are like brothers.");

        document.QuoteStarting("the two peoples").Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    public void The_Russian_president_resolves_to_the_Russian_president_even_after_Xi_spoke()
    {
        var document = Article.WithLead(
            "Putin said that the visit was a success for both sides.",
            "Xi said that the two countries are good neighbours.",
            "The Russian president said that trade will keep growing next year.");

        document.QuoteStarting("trade will keep").Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void The_Chinese_president_resolves_to_Xi_after_Putin_spoke()
    {
        var document = Article.WithLead(
            "Putin said that the visit was a success for both sides.",
            "The Chinese president said that the two countries are good neighbours.");

        document.QuoteStarting("the two countries").Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    public void A_pronoun_with_no_named_speaker_before_it_has_no_speaker()
    {
        Article.Parse("Talks in Beijing", "He said that the plan would work well for everyone.").OnlyQuote().Speaker.ShouldBeNull();
    }

    [TestMethod]
    [DataRow("The two sides reviewed their relations in depth, Xinhua reported.", "Xinhua", DisplayName = "news agency")]
    [DataRow("TASS said that the two leaders signed a joint statement.", "TASS", DisplayName = "agency in capitals")]
    [DataRow("The two sides reviewed their relations in depth, Xinhue reports.", "Xinhua", DisplayName = "misspelt agency")]
    public void Organisations_are_speakers_of_kind_organization(string paragraph, string name)
    {
        var speaker = Article.WithLead(paragraph).OnlyQuote().Speaker!;

        speaker.Name.ShouldBe(name);
        speaker.Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void A_ministry_is_a_speaker_of_kind_organization()
    {
        var speaker = Article.WithLead("The Foreign Ministry said that the visit would last two days.").OnlyQuote().Speaker!;

        speaker.Name.ShouldBe("Foreign Ministry");
        speaker.Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void People_are_speakers_of_kind_person()
    {
        Article.WithLead("Putin said that the visit was a success for both sides.").OnlyQuote().Speaker!.Kind.ShouldBe(SpeakerKind.Person);
    }

    [TestMethod]
    public void A_ministry_spokesperson_is_a_person_named_without_the_office()
    {
        var speaker = Article.WithLead("Foreign Ministry Spokesperson Wang Wenbin said that China welcomes the visit.").OnlyQuote().Speaker!;

        speaker.Name.ShouldBe("Wang Wenbin");
        speaker.Kind.ShouldBe(SpeakerKind.Person);
    }

    [TestMethod]
    public void A_possessive_is_not_part_of_the_name()
    {
        var speaker = Article.Parse(
            "Putin visits China",
            "Russian President Vladimir Putin's state visit to China began on Thursday.",
            "Putin said that the visit was a success for both sides.").OnlyQuote().Speaker!;

        speaker.Name.ShouldBe("Vladimir Putin");
        speaker.Aliases.ShouldNotContain(a => a.EndsWith("'s", System.StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("Chinese President Xi Jinping", "Xi Jinping")]
    [DataRow("Russian President Vladimir Putin", "Vladimir Putin")]
    [DataRow("President Xi", "Xi")]
    [DataRow("Mr. Wang Yi", "Wang Yi")]
    [DataRow("Vice Premier Ding Xuexiang", "Ding Xuexiang")]
    [DataRow("the Foreign Ministry", "Foreign Ministry")]
    [DataRow("Xi Jinping", "Xi Jinping")]
    public void Titles_are_stripped_from_names(string name, string person)
    {
        SpeakerTable.StripTitles(name).ShouldBe(person);
    }

    [TestMethod]
    public void Speakers_are_listed_once_each_in_order_of_their_first_statement()
    {
        var document = Article.WithLead(
            "Putin said that the visit was a success for both sides.",
            "Xi said that the two countries are good neighbours.",
            "Putin added that trade will keep growing next year.");

        document.Speakers.Select(s => s.Name).ShouldBe(new[] { "Vladimir Putin", "Xi Jinping" });
    }
}
