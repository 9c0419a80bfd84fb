using System.Linq;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class QuoteExtractorTests
{
    // Reported speech.

    [TestMethod]
    public void Speaker_said_that_reports_the_clause_after_that()
    {
        var quote = Article.WithLead("Xi said that the two countries will deepen their cooperation in energy.").OnlyQuote();

        quote.Kind.ShouldBe(QuoteKind.Reported);
        quote.Text.ShouldBe("the two countries will deepen their cooperation in energy");
        quote.Cue.ShouldBe("said");
        quote.Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    [DataRow("Xi pointed out that the world is undergoing profound changes unseen in a century.", "pointed out")]
    [DataRow("Xi stressed that the world is undergoing profound changes unseen in a century.", "stressed")]
    [DataRow("Xi told reporters that the world is undergoing profound changes unseen in a century.", "told")]
    [DataRow("Xi said the world is undergoing profound changes unseen in a century.", "said")]
    public void The_cue_is_the_reporting_verb_as_written(string sentence, string cue)
    {
        var quote = Article.WithLead(sentence).OnlyQuote();

        quote.Cue.ShouldBe(cue);
        quote.Text.ShouldBe("the world is undergoing profound changes unseen in a century");
    }

    [TestMethod]
    public void Words_between_said_and_that_are_not_part_of_the_reported_clause()
    {
        Article.WithLead("Xi said in a speech on Thursday that the world is changing fast.").OnlyQuote().Text.ShouldBe("the world is changing fast");
    }

    [TestMethod]
    public void A_trailing_attribution_reports_the_clause_before_it()
    {
        var quote = Article.WithLead("The relationship has grown stronger over the past decades, Putin said.").OnlyQuote();

        quote.Kind.ShouldBe(QuoteKind.Reported);
        quote.Text.ShouldBe("The relationship has grown stronger over the past decades");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void Adding_that_chains_a_second_statement_by_the_same_speaker()
    {
        var document = Article.WithLead("Trade between the two countries is growing fast, Xi noted, adding that energy cooperation will expand further.");

        var first = document.QuoteStarting("Trade between");
        var second = document.QuoteStarting("energy cooperation");

        document.Quotes.Count.ShouldBe(2);
        first.Text.ShouldBe("Trade between the two countries is growing fast");
        first.Cue.ShouldBe("noted");
        second.Text.ShouldBe("energy cooperation will expand further");
        second.Cue.ShouldBe("adding");
        second.Speaker.ShouldBeSameAs(first.Speaker);
    }

    [TestMethod]
    public void Speaker_noted_comma_adding_that_reports_both_clauses()
    {
        var document = Article.WithLead("Putin said that the visit was a success for both sides, adding that trade will keep growing.");

        document.QuoteStarting("the visit was a success").Cue.ShouldBe("said");
        document.QuoteStarting("trade will keep growing").Cue.ShouldBe("adding");
        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Vladimir Putin" });
    }

    [TestMethod]
    public void A_noting_clause_before_the_speaker_is_a_statement_of_its_own()
    {
        var quotes = Article.WithLead(
            "Noting that President Xi also visited Russia last year, Putin said that the visits are a friendly tradition of both countries.").Quotes;

        quotes.Select(q => (q.Text, q.Cue, q.Speaker!.Name)).ShouldBe(new[]
        {
            ("President Xi also visited Russia last year", "Noting", "Vladimir Putin"),
            ("the visits are a friendly tradition of both countries", "said", "Vladimir Putin"),
        });
    }

    [TestMethod]
    public void According_to_attributes_the_rest_of_the_sentence()
    {
        var quote = Article.WithLead("According to Putin, the visit continues a friendly tradition of both countries.").OnlyQuote();

        quote.Cue.ShouldBe("According to");
        quote.Text.ShouldBe("the visit continues a friendly tradition of both countries");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void An_inverted_said_Putin_attributes_the_clause_before_it()
    {
        var quote = Article.WithLead("The talks were frank and very productive, said Putin.").OnlyQuote();

        quote.Text.ShouldBe("The talks were frank and very productive");
        quote.Cue.ShouldBe("said");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void An_apposition_between_the_speaker_and_the_verb_is_skipped()
    {
        var quote = Article.WithLead(
            "Liu Bin, director general of the Department of European-Central Asian Affairs, told reporters that the visit was a success.").OnlyQuote();

        quote.Speaker!.Name.ShouldBe("Liu Bin");
        quote.Text.ShouldBe("the visit was a success");
    }

    [TestMethod]
    public void Narration_without_a_reporting_verb_is_not_a_quote()
    {
        Article.WithLead("The two leaders then walked to the Great Hall of the People, where a banquet was held.").Quotes.ShouldBeEmpty();
    }

    // Direct quotes.

    [TestMethod]
    [DataRow("\"We are very happy to visit China again,\" Putin said.", DisplayName = "straight, speaker after")]
    [DataRow("\u201CWe are very happy to visit China again,\u201D Putin said.", DisplayName = "curly, speaker after")]
    [DataRow("\"We are very happy to visit China again,\" said Putin.", DisplayName = "inverted said Putin")]
    public void A_quote_in_marks_is_direct_and_its_speaker_follows_it(string paragraph)
    {
        var quote = Article.WithLead(paragraph).OnlyQuote();

        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Text.ShouldBe("We are very happy to visit China again");
        quote.Cue.ShouldBe("said");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void A_quote_introduced_with_a_colon_takes_the_speaker_before_it()
    {
        var document = Article.WithLead("Xi said: \"China is willing to work with Russia for the good of both peoples.\"");

        var quote = document.Quotes.Single(q => q.Kind == QuoteKind.Direct);

        quote.Text.ShouldBe("China is willing to work with Russia for the good of both peoples.");
        quote.Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    [DataRow("Xi said: \"China is willing to work with Russia for the good of both peoples.\"", DisplayName = "colon")]
    [DataRow("Liu Bin told reporters: \"China is willing to work with Russia for the good of both peoples.\"", DisplayName = "told reporters, colon")]
    [DataRow("\"China is willing to work with Russia for the good of both peoples\", Xi said.", DisplayName = "comma outside the marks")]
    public void A_quote_in_marks_is_one_direct_statement_not_also_reported_speech(string paragraph)
    {
        var quote = Article.WithLead(paragraph).OnlyQuote();

        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Text.ShouldStartWith("China is willing");
    }

    [TestMethod]
    public void A_question_followed_by_Putin_asked_is_his()
    {
        Article.WithLead("\"Why should we not cooperate more closely?\" Putin asked.").OnlyQuote().Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void A_question_followed_by_asked_Putin_is_his()
    {
        var quote = Article.WithLead("\"Why should we not cooperate more closely?\" asked Putin.").OnlyQuote();

        quote.Text.ShouldBe("Why should we not cooperate more closely?");
        quote.Cue.ShouldBe("asked");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void Nested_single_quotes_are_part_of_the_double_quote()
    {
        var quote = Article.WithLead("\"As the saying goes, 'a mountain is formed by soil,' and so is our friendship,\" Xi said.").OnlyQuote();

        quote.Text.ShouldBe("As the saying goes, 'a mountain is formed by soil,' and so is our friendship");
        quote.Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    public void Nested_curly_quotes_are_part_of_the_double_quote()
    {
        var quote = Article.WithLead("\u201CMy friend told me, \u2018we will always be good neighbours,\u2019 and I share his view,\u201D Putin said.").OnlyQuote();

        quote.Text.ShouldBe("My friend told me, \u2018we will always be good neighbours,\u2019 and I share his view");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void A_second_quote_in_the_paragraph_continues_the_same_speaker()
    {
        var document = Article.WithLead("\"Our two countries are good neighbours and partners,\" Putin said. \"We will always support each other in every way.\"");

        document.QuoteStarting("We will always").Speaker.ShouldBeSameAs(document.QuoteStarting("Our two countries").Speaker);
        document.QuoteStarting("We will always").Speaker!.Name.ShouldBe("Vladimir Putin");
    }

    [TestMethod]
    public void A_newswire_quote_over_several_paragraphs_keeps_its_speaker()
    {
        var document = Article.WithLead(
            "Putin said: \"The visit opens a new chapter in the relations between our two countries.",
            "\"We agreed to expand trade in energy, agriculture and high technology.",
            "\"And we will meet again in Kazan later this year for the summit.\"");

        foreach (var opening in new[] { "The visit opens", "We agreed to expand", "And we will meet" })
        {
            var quote = document.Quotes.Single(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith(opening, System.StringComparison.Ordinal));
            quote.Speaker!.Name.ShouldBe("Vladimir Putin", opening);
        }
    }

    [TestMethod]
    public void A_partial_quote_inside_reported_speech_takes_the_reporters_speaker()
    {
        var document = Article.WithLead("Xi said the two sides held \"frank, friendly and fruitful talks\" on Thursday.");

        var partial = document.Quotes.Single(q => q.Kind == QuoteKind.Direct);

        partial.Text.ShouldBe("frank, friendly and fruitful talks");
        partial.Speaker!.Name.ShouldBe("Xi Jinping");
    }

    [TestMethod]
    [DataRow("Both sides praised the \"Belt and Road\" initiative and its results in the region.", DisplayName = "initiative name")]
    [DataRow("Xi presented the book \"The Governance of China\" to his guest.", DisplayName = "book title")]
    [DataRow("The two sides celebrated their \"win-win\" ties for both peoples.", DisplayName = "scare quote")]
    [DataRow("The two sides signed the \"Joint Statement on Deepening the Comprehensive Strategic Partnership of Coordination for the New Era\" in Beijing.", DisplayName = "document title")]
    [DataRow("Putin also visited the exhibition titled \"Friendship across the river\" in Harbin.", DisplayName = "after 'titled'")]
    public void Quoted_names_and_titles_are_not_quotes(string paragraph)
    {
        Article.WithLead(paragraph).Quotes.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_unclosed_quote_runs_to_the_end_of_its_paragraph()
    {
        var document = Article.WithLead("Putin said: \"This is the start of a new era for our relations", "The talks lasted three hours.");

        var quote = document.Quotes.Single(q => q.Kind == QuoteKind.Direct);

        quote.Text.ShouldBe("This is the start of a new era for our relations");
        quote.Speaker!.Name.ShouldBe("Vladimir Putin");
        quote.ParagraphIndex.ShouldBe(3);
    }

    [TestMethod]
    public void Apostrophes_in_reported_speech_do_not_open_quotes()
    {
        var quote = Article.WithLead("Putin's visit marks a new stage of ties that began in the '90s, Xi said.").OnlyQuote();

        quote.Kind.ShouldBe(QuoteKind.Reported);
        quote.Text.ShouldBe("Putin's visit marks a new stage of ties that began in the '90s");
    }

    [TestMethod]
    public void Quotes_in_captions_are_not_extracted_and_a_headlines_quote_is_direct()
    {
        var document = Article.Parse("Xi: \"China and Russia are good neighbours\"", "Photo: Putin said \"we are friends forever and always\" at the meeting", Article.Lead);

        var quote = document.OnlyQuote();
        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.Text.ShouldBe("China and Russia are good neighbours");
        quote.ParagraphIndex.ShouldBe(0);
    }

    [TestMethod]
    public void A_headlines_quote_belongs_to_whom_the_story_gives_the_same_words()
    {
        var document = Article.Parse(
            "Mayor: 'Must solve problem'",
            "Mayor Virgil Martin said on Monday the city \"must solve the problem of its parking this year\".");

        document.QuoteStarting("Must solve").Speaker!.Name.ShouldBe("Virgil Martin");
    }

    [TestMethod]
    public void A_quote_records_the_paragraph_it_starts_in_and_its_exact_range()
    {
        var document = Article.WithLead("Xi spoke first.", "\"Our cooperation benefits both peoples and the world,\" Xi said.");

        var quote = document.OnlyQuote();

        quote.ParagraphIndex.ShouldBe(4);
        document.Text.Substring(quote.Start, quote.Length).ShouldBe("Our cooperation benefits both peoples and the world");
    }
}
