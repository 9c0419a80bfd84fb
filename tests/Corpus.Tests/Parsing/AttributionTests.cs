using System.Linq;

namespace Corpus.Tests.Parsing;

/// <summary>
/// Who a quote belongs to when no verb stands next to it: the shapes news prose uses for partial quotes, written from
/// general features of reportage (a verb of speech earlier in the sentence, a relative clause, a parenthetical
/// attribution, quotes joined by "and").
/// </summary>
[TestClass]
public sealed class AttributionTests
{
    private const string Title = "Court hears the precinct cases";

    private static Quote Only(params string[] body) => Article.Parse(new[] { Title }.Concat(body).ToArray()).OnlyQuote();

    [TestMethod]
    public void A_verb_of_speech_joined_by_and_governs_the_quote_after_it()
    {
        Only("Judge Ana Ruiz leaned over the bench and inquired, \"You mean the defendants admitted this?\"")
            .Speaker!.Name.ShouldBe("Ana Ruiz");
    }

    [TestMethod]
    public void A_verb_earlier_in_the_sentence_governs_a_partial_quote()
    {
        var quote = Only("City Controller Alan Hemp charged Tuesday that the bids had been arranged to give one company \"an inside track\" with the city.");

        quote.Speaker!.Name.ShouldBe("Alan Hemp");
        quote.Cue.ShouldBe("charged");
    }

    [TestMethod]
    public void A_relative_clause_gives_the_quote_to_the_name_it_follows()
    {
        Only("The last cases were dismissed yesterday by Judge Tom Kern, who charged that the prosecution obtained evidence \"by unfair and fundamentally illegal means\".")
            .Speaker!.Name.ShouldBe("Tom Kern");
    }

    [TestMethod]
    public void The_nearest_clause_wins_over_the_sentence_subject()
    {
        var document = Article.Parse(Title, "Mayor Ann Lee met Governor Paul Dunn, who later said the talks had been \"frank and very friendly\".");

        document.Quotes.Single(q => q.Kind == QuoteKind.Direct).Speaker!.Name.ShouldBe("Paul Dunn");
    }

    [TestMethod]
    public void Quotes_joined_by_and_in_one_sentence_share_a_speaker()
    {
        var document = Article.Parse(
            Title,
            "Defense lawyer Bernard Sokol spoke for an hour.",
            "The rivalry, Sokol added, brought about \"petty jealousies\" and \"petty personal grievances\" between the units.");

        var quotes = document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
        quotes.Length.ShouldBe(2);
        quotes.ShouldAllBe(q => q.Speaker!.Name == "Bernard Sokol");
    }

    [TestMethod]
    public void In_the_words_of_names_the_speaker()
    {
        Only("The players, in the words of Coach John Benton, \"had more confidence in themselves than I did\".")
            .Speaker!.Name.ShouldBe("John Benton");
    }

    [TestMethod]
    public void A_sentence_with_no_verb_of_speech_gives_no_speaker()
    {
        var document = Article.Parse(Title, "Mayor Ann Lee spoke at noon.", "The new bridge opened with what the signs call \"the smoothest crossing in the state\" after years of delay.");

        document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ShouldAllBe(q => q.Speaker == null || q.Speaker.Name != "Ann Lee");
    }

    [TestMethod]
    public void A_role_phrase_before_a_name_is_not_the_speaker()
    {
        var quote = Only("\"This is a budget that keeps the lights on,\" said Harbour City chairman Peter Okafor.");

        quote.Speaker!.Name.ShouldBe("Peter Okafor");
        quote.Speaker.Aliases.ShouldContain("Harbour City chairman Peter Okafor");
    }

    [TestMethod]
    public void A_name_in_apposition_to_a_role_phrase_is_the_speaker()
    {
        var quote = Only("The state's attorney general, Robert Lyle, said in a statement that the settlement was fair to every family.");

        quote.Speaker!.Name.ShouldBe("Robert Lyle");
        quote.Kind.ShouldBe(QuoteKind.Reported);
    }

    [TestMethod]
    public void A_person_named_after_a_long_run_of_capitals_keeps_a_clean_name_and_takes_the_next_he()
    {
        var document = Article.Parse(
            Title,
            "Ogden, Utah, May 1 -- (AP) -- Boston Red Sox Outfielder Jackie Jensen said Monday night he was through playing baseball.",
            "\"I have had it\", he told a newsman.");

        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Jackie Jensen" });
    }

    [TestMethod]
    public void A_company_reporting_a_figure_makes_no_statement()
    {
        Article.Parse(Title, "Lumen Devices Inc reported fourth-quarter revenue of $2.1 billion, up 12 percent from a year earlier.")
            .Quotes.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_company_reporting_that_something_happened_makes_a_statement()
    {
        Only("Lumen Devices Inc reported that its fourth-quarter revenue rose by 12 percent.").Speaker!.Name.ShouldBe("Lumen Devices Inc");
    }

    [TestMethod]
    public void A_sentence_opening_with_a_name_tells_who_he_is_even_when_it_reports_speech()
    {
        var document = Article.Parse(
            Title,
            "Governor Price Dane said that the bill would raise 17 million dollars.",
            "Dewey Lane, a Tyler lawyer, sounded the opposition keynote when he said the bill would force banks to break their contracts.",
            "\"If you destroy confidence in banks, you do something to the economy\", he said.");

        document.Quotes.Last().Speaker!.Name.ShouldBe("Dewey Lane");
    }

    [TestMethod]
    public void A_paragraph_ending_in_said_and_a_colon_introduces_the_next_paragraphs_quotes()
    {
        var document = Article.Parse(
            Title,
            "Governor Ann Price spoke first. Earlier, Senator Jim Mitchell said in a statement:",
            "\"I think that all voters will resent deeply the remarks made about the former governor.",
            "\"Such a vicious statement can only rebound to its author's discredit.\"");

        var quotes = document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
        quotes.Length.ShouldBe(2);
        quotes.ShouldAllBe(q => q.Speaker!.Name == "Jim Mitchell");
        quotes[0].Cue.ShouldBe("said");
    }

    [TestMethod]
    public void He_after_a_sentence_that_names_one_person_anywhere_is_that_person()
    {
        var document = Article.Parse(
            Title,
            "Vice President Richard Noll said that the vote would be close.",
            "One factor was the statement of Senator J. W. Fulbright, chairman of the committee.",
            "He declared on March 25 that the country had erred a year and a half ago.");

        document.Quotes.Last().Speaker!.Name.ShouldBe("J. W. Fulbright");
    }

    [TestMethod]
    public void She_takes_the_woman_a_given_name_or_an_honorific_marks()
    {
        var document = Article.Parse(
            Title,
            "Coach Turk Lown said that the team would recover.",
            "Jensen's wife, former diving champion Zoe Ann Olsen, waited in Reno.",
            "She said, when she learned he was heading home: \"I have to think he feels he is hurting the team's chances.\"");

        document.Quotes.Last().Speaker!.Name.ShouldBe("Zoe Ann Olsen");
    }

    [TestMethod]
    public void Names_inside_what_a_speaker_says_do_not_take_his_pronoun()
    {
        var document = Article.Parse(
            Title,
            "President Xi Jinping said that the talks were frank.",
            "He said he looks forward to staying in close touch with Putin through various means.",
            "He added that trade would grow.");

        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Xi Jinping" });
    }

    [TestMethod]
    public void The_company_is_the_firm_its_statement_names()
    {
        var quote = Only("LONDON, Jan 6 (Reuters) - Norvale Shipping will cut about 800 jobs as freight rates fall, the company said on Monday.");

        quote.Speaker!.Name.ShouldBe("Norvale Shipping");
        quote.Speaker.Kind.ShouldBe(SpeakerKind.Organization);
        quote.Text.ShouldStartWith("Norvale Shipping will cut");
    }

    [TestMethod]
    public void A_spokesperson_for_a_named_body_speaks_for_the_body()
    {
        var document = Article.Parse(
            Title,
            "A spokesperson for the Department for Rural Transport said the money had been moved to later years.",
            "\u2018We remain committed to the island routes,\u2019 the department added.");

        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Department for Rural Transport" });
    }

    [TestMethod]
    public void A_body_named_after_the_the_is_that_body()
    {
        Only("The Harbour Pilots' Federation said the cuts would hit the northern ports hardest.")
            .Speaker!.Name.ShouldBe("Harbour Pilots' Federation");
    }

    [TestMethod]
    public void According_to_takes_a_subject_with_an_apposition_or_a_relative_clause()
    {
        var document = Article.Parse(
            Title,
            "The cuts would take 90 million pounds a year out of the local economy, according to the Dunmore city finance office, which asked for talks.",
            "The plan should save the firm 150 million pounds a year, according to Jonas Berg, an analyst at Northbridge Capital.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Dunmore city finance office", "Jonas Berg" });
    }

    [TestMethod]
    public void A_country_that_owns_a_body_is_not_part_of_its_name()
    {
        Only("Britain's Department for Energy said it was in close contact with the company.").Speaker!.Name.ShouldBe("Department for Energy");
    }

    [TestMethod]
    public void A_person_after_a_ministry_title_is_named_without_it()
    {
        Only("China will build 1,500 cold-storage sites this year, Vice Minister of Agriculture and Rural Affairs Wang Jianguo said Sunday.")
            .Speaker!.Name.ShouldBe("Wang Jianguo");
    }

    [TestMethod]
    public void A_british_quote_continued_over_paragraphs_stays_the_speakers()
    {
        var document = Article.Parse(
            Title,
            "Councillor Ada Price spoke after the vote. Price said: \u2018We were promised this money in 1998 and again in 2019. I am not prepared to let that happen a third time.",
            "\u2018If ministers will not honour a deal their own department signed, a judge can tell them what it is worth.\u2019");

        var quotes = document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
        quotes.Length.ShouldBe(2);
        quotes.ShouldAllBe(q => q.Speaker!.Name == "Ada Price");
        document.Quotes.ShouldNotContain(q => q.Kind == QuoteKind.Reported);
    }

    [TestMethod]
    public void The_answers_of_a_question_and_answer_interview_are_the_interviewees()
    {
        var document = Article.Parse(
            "Conductor Nora Vale on new music",
            "Nora Vale, 38, became music director of the orchestra in September.",
            "Vale spoke to the Ledger in her office.",
            "Ledger: You turned the job down twice. Why say yes the third time?",
            "Vale: Because the third time they stopped asking me to be the person they had before.",
            "Ledger: Were you worried about ticket sales?",
            "Vale: Of course I was worried. But the numbers surprised everyone, including me.",
            "Ledger: What comes next?",
            "Vale: A children's commission in the spring, and a tour to three small towns.");

        var answers = document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
        answers.Length.ShouldBe(3);
        answers.ShouldAllBe(q => q.Speaker!.Name == "Nora Vale" && q.Cue == "");
        answers[0].Text.ShouldStartWith("Because the third time");
    }

    [TestMethod]
    public void Answers_labelled_A_belong_to_the_person_the_article_is_about()
    {
        var document = Article.Parse(
            "A talk with Marta Ruiz",
            "Marta Ruiz has run the port authority for ten years. Ruiz agreed to answer our questions.",
            "Q: What changed in ten years?",
            "A: The ships are three times bigger and the berths are not.",
            "Q: What will you do about it?",
            "A: Dredge the channel and build two new berths by 2030.");

        document.Quotes.Where(q => q.Kind == QuoteKind.Direct).ShouldAllBe(q => q.Speaker!.Name == "Marta Ruiz");
        document.Quotes.Count(q => q.Kind == QuoteKind.Direct).ShouldBe(2);
    }

    [TestMethod]
    public void Lines_with_labels_that_never_take_turns_are_no_interview()
    {
        var document = Article.Parse(
            Title,
            "Note: The figures below are provisional and may change.",
            "Update: The council will meet again on Friday to vote.",
            "Correction: An earlier version gave the wrong date for the vote.",
            "Source: City finance office, January report on the budget.");

        document.Quotes.ShouldBeEmpty();
    }

    [TestMethod]
    public void Quoted_someone_as_saying_gives_the_quote_to_that_someone()
    {
        var document = Article.Parse(
            Title,
            "Jack Jensen quit the team on Monday.",
            "Bill Liston, a baseball writer for the Traveler, quoted Jensen as saying:",
            "\"I can't hit anymore. I can't run. I can't throw.\"");

        document.Quotes.Last().Speaker!.Name.ShouldBe("Jack Jensen");
    }

    [TestMethod]
    public void A_place_named_like_a_person_does_not_take_he()
    {
        var document = Article.Parse(
            Title,
            "Coach Ray Dunn said that the team would travel on Friday.",
            "The players will fly from Rhode Island to the United States capital.",
            "He said the trip would cost little.");

        document.Quotes.Last().Speaker!.Name.ShouldBe("Ray Dunn");
    }

    [TestMethod]
    public void Told_takes_an_object_and_a_time_before_its_content()
    {
        var document = Article.Parse(
            Title,
            "Russia expects the first container service to start in July, Kremlin spokesman Pavel Dorin told reporters on Sunday.",
            "Economy Minister Sabine Kell told the Bundestag on Wednesday that Berlin would ask for a transition period.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Pavel Dorin", "Sabine Kell" });
        document.Quotes.ShouldAllBe(q => !q.Text.StartsWith("reporters", System.StringComparison.Ordinal) && !q.Text.StartsWith("the Bundestag", System.StringComparison.Ordinal));
    }

    [TestMethod]
    public void A_role_of_a_body_with_the_name_in_apposition_after_an_opening_adverb()
    {
        Only("Earlier, the head of the Polyarny Bay port administration, Sergei Kuzmin, said that dredging had been completed two months early.")
            .Speaker!.Name.ShouldBe("Sergei Kuzmin");
    }

    [TestMethod]
    public void A_possessive_role_with_the_name_in_apposition()
    {
        Only("The film has drawn a million viewers. Its director, Jonas Reich, said the film had never been meant as a political statement.")
            .Speaker!.Name.ShouldBe("Jonas Reich");
    }

    [TestMethod]
    public void A_document_written_by_someone_speaks_for_its_author()
    {
        var quote = Only("The report, written by Hanna Voss, an economist in Cologne, states: \u201EWithout a transition fund, up to 40,000 supplier jobs are at risk by 2030.\u201C");

        quote.Speaker!.Name.ShouldBe("Hanna Voss");
        quote.Kind.ShouldBe(QuoteKind.Direct);
    }

    [TestMethod]
    public void But_warned_that_is_a_second_statement_of_the_same_speaker()
    {
        var document = Article.Parse(Title, "The National Weather Service said winds would ease by Thursday afternoon, but warned that a second, weaker storm could arrive next week.");

        document.Quotes.Count.ShouldBe(2);
        document.Quotes.ShouldAllBe(q => q.Speaker!.Name == "National Weather Service");
        document.Quotes[1].Cue.ShouldBe("warned");
    }

    [TestMethod]
    public void A_name_with_an_apposition_after_a_quote_is_its_speaker()
    {
        Only("\u300CJapanese suppliers are ready to meet every one of these standards today\u300D, Hiroshi Tanaka, a senior official at the trade ministry, told the business daily Keizai on Thursday.")
            .Speaker!.Name.ShouldBe("Hiroshi Tanaka");
    }

    [TestMethod]
    public void Reported_speech_in_a_second_clause_has_its_own_subject_or_the_sentences()
    {
        var document = Article.Parse(
            Title,
            "The council shelved the fare plan, and the Mayor said he would bring it back within a month.",
            "Federal mediator Thomas Gault arrived last night and said he would meet both sides this morning.",
            "The ball is run by Mrs. John R. Talbot, chairman of the committee, who said more than 600 guests were expected.");

        document.Quotes.Select(q => q.Text).ShouldBe(new[]
        {
            "he would bring it back within a month",
            "he would meet both sides this morning",
            "more than 600 guests were expected",
        });
        document.Quotes[1].Speaker!.Name.ShouldBe("Thomas Gault");
        document.Quotes[2].Speaker!.Name.ShouldBe("Mrs. John R. Talbot");
    }

    [TestMethod]
    public void A_nickname_in_parentheses_is_no_part_of_the_name()
    {
        var document = Article.Parse(
            Title,
            "The Mariners won, and Manager Walter (Dutch) Kessler said they were the best club he had managed.",
            "\"Nobody picked us higher than fifth in the spring,\" Kessler said.");

        document.Quotes.Select(q => q.Speaker!.Name).Distinct().ShouldBe(new[] { "Walter Kessler" });
    }

    [TestMethod]
    public void A_plural_office_and_a_home_town_are_no_part_of_the_name()
    {
        var document = Article.Parse(
            Title,
            "Detectives Raymond A. Culhane said the car had been stolen on Tuesday night.",
            "Rep. Lucille Brandt of Marlow County said the bill takes three cents of every dollar.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Raymond A. Culhane", "Lucille Brandt" });
    }

    [TestMethod]
    public void An_unnamed_spokesman_speaks_for_the_body_or_firm_before_the_word()
    {
        var document = Article.Parse(
            Title,
            "Calvert Motor Car Company will build a $30 million plant on the east side, its president said.",
            "A company spokesman said later that ground would be broken in March.",
            "A State Department spokesman said the note had been delivered on Monday.");

        document.Quotes.Select(q => q.Speaker?.Name).ShouldBe(new[] { null, "Calvert Motor Car Company", "State Department" });
    }

    [TestMethod]
    public void A_party_and_state_after_a_legislators_name_are_no_part_of_it()
    {
        var document = Article.Parse(
            Title,
            "Rep. Ann Dorsey D-Maine said the bill would reach the floor in May.",
            "Sen. Harold P. Wexler R-Ohio., who leads the opposition, said:",
            "\"This bill puts a federal clerk in charge of every farm in my state\".");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Ann Dorsey", "Harold P. Wexler" });
    }

    [TestMethod]
    public void A_wife_named_by_her_husbands_name_keeps_mrs_whatever_his_given_name()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Lyman T. Drake told the club that the spring show would open on May 20.",
            "Mrs. Mary J. Kern said the tickets would go on sale next week.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Mrs. Lyman T. Drake", "Mary J. Kern" });
    }

    [TestMethod]
    public void A_full_name_with_a_middle_initial_is_the_headlines_titled_surname_not_a_later_namesake()
    {
        var document = Article.Parse(
            "Judge Quarrendon dies at 78",
            "Amadeus Q. Quarrendon, who sat on the circuit bench for 26 years, died last night. He was 78.",
            "His son, Lucan Quarrendon, said his father had been ill since March.",
            "\"I would do it again tomorrow,\" the judge told a reporter on the day he retired. Judge Quarrendon was born in 1883.",
            "Judge Quarrendon once said he \"never lost sleep over a sentence\".");

        document.QuoteStarting("his father had been ill").Speaker!.Name.ShouldBe("Lucan Quarrendon");
        document.QuoteStarting("never lost sleep").Speaker!.Name.ShouldBe("Amadeus Q. Quarrendon");
    }

    [TestMethod]
    public void A_given_name_ending_as_womens_names_do_is_her_own_after_mrs()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Ottilie Brisk, a volunteer from Salina, said 60 families had asked for help.",
            "Mrs. Archie Pellow said the hall would stay open.",
            "Mrs. Ila Gatwick said she married a county agent in 1933.",
            "Mrs. Asa Penrith said the pies were gone by noon.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Ottilie Brisk", "Mrs. Archie Pellow", "Ila Gatwick", "Mrs. Asa Penrith" });
    }

    [TestMethod]
    public void An_older_womans_given_name_after_mrs_is_her_own()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Tabitha Quarle, president of the parents' club, said the parents had raised $4,200.",
            "Mrs. Drusilla Penhale said the crossing was dangerous.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Tabitha Quarle", "Drusilla Penhale" });
    }

    [TestMethod]
    public void An_office_with_of_before_a_name_is_stripped_and_refers_back()
    {
        var document = Article.Parse(
            Title,
            "Secretary of Commerce Elmer J. Radley told reporters that the tariff would stand.",
            "Justice of the Peace Amos Kell fined the driver $50 and took his license for a month.",
            "\"Next time it will be jail\", the justice said.",
            "The Secretary of Commerce said the talks would go on.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Elmer J. Radley", "Amos Kell", "Elmer J. Radley" });
    }

    [TestMethod]
    public void A_home_address_after_a_name_ends_the_subject_that_introduces_a_quote()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Ellen Park of 22 Birch Road, who spoke for the homeowners, told the board:",
            "\"We bought our homes here because the street was quiet\".");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Ellen Park");
    }

    [TestMethod]
    public void A_lower_case_role_after_an_inverted_verb_introduces_the_name()
    {
        Only("\"We will be ready for them on Saturday\", said coach Bill Tamsen.").Speaker!.Name.ShouldBe("Bill Tamsen");
    }

    [TestMethod]
    public void A_verb_joined_by_a_comma_and_and_governs_the_quote_after_it()
    {
        Only("He cited the new wall in the east as proof of the danger, and added, \"so long as people rebel, we must not give up\".",
                "Walter Brine spoke first.")
            .Speaker.ShouldBeNull(); // No one is named before "He": nothing to resolve to, and no guess.

        var document = Article.Parse(Title, "Walter Brine spoke to the club on Tuesday.", "He cited the new wall in the east as proof of the danger, and added, \"so long as people rebel, we must not give up\".");
        document.OnlyQuote().Speaker!.Name.ShouldBe("Walter Brine");
    }

    [TestMethod]
    public void An_unattributed_quote_paragraph_after_a_paragraph_about_someone_is_theirs()
    {
        var document = Article.Parse(
            Title,
            "\"We will run the ball all afternoon\", said Coach Vern Tully.",
            "Golf leader named",
            "Roy Danner, the lanky professional from Castleton, shot a 67 yesterday to take a two-stroke lead.",
            "Danner one-putted seven greens, and on the 16th he holed a chip shot from 40 feet.",
            "\"I wasn't trying to hole it. I was just trying to get it close\".",
            "\"When it went in I didn't know whether to laugh or cry\".");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Vern Tully", "Roy Danner", "Roy Danner" });
    }

    [TestMethod]
    public void An_attribution_closing_with_a_day_word_closes_the_statement_before_it()
    {
        var document = Article.Parse(
            Title,
            "Ralph Ostby has been elected a vice president of the Harbor Savings Bank, Carl T. Ames, president, said yesterday.",
            "The Norwell Tool Co. will close its river plant on Oct. 1 and move the work to Ashby, the company announced Tuesday.");

        document.Quotes.Select(q => (q.Speaker!.Name, q.Text)).ShouldBe(new[]
        {
            ("Carl T. Ames", "Ralph Ostby has been elected a vice president of the Harbor Savings Bank"),
            ("Norwell Tool Co.", "The Norwell Tool Co. will close its river plant on Oct. 1 and move the work to Ashby"),
        });
    }

    [TestMethod]
    public void An_opening_place_with_its_city_comes_before_the_subject()
    {
        var document = Article.Parse(Title, "In the Varnian capital, Kessa, the Foreign Ministry said in a statement that no note had been received.");

        document.OnlyQuote().Text.ShouldBe("no note had been received");
        document.OnlyQuote().Speaker!.Name.ShouldBe("Foreign Ministry");
    }

    [TestMethod]
    public void A_role_in_lower_case_with_a_modifier_sits_inside_a_subject()
    {
        var document = Article.Parse(
            Title,
            "State Department press officer Dana Prior said the sale had been approved a year ago.",
            "Textile Workers local president Sam Ruddock said the union had not been told.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Dana Prior", "Sam Ruddock" });
    }

    [TestMethod]
    public void An_age_and_home_address_in_an_apposition_leave_the_name_as_the_speaker()
    {
        Only("The attendant, Walter Gill, 23, of 818 Dunne Ave., told police the men asked for a pack of cigarettes.")
            .Speaker!.Name.ShouldBe("Walter Gill");
    }

    [TestMethod]
    public void Whom_told_tells_ends_where_the_content_opens_with_a_determiner_or_a_pronoun()
    {
        var document = Article.Parse(
            Title,
            "Dr. Margaret Vail told the board the old school, built for 600 pupils, now holds 910.",
            "Hutchins told the court he had bought the car a week before.");

        document.Quotes.Select(q => q.Text).ShouldBe(new[]
        {
            "the old school, built for 600 pupils, now holds 910",
            "he had bought the car a week before",
        });
    }

    [TestMethod]
    public void A_name_after_a_role_in_lower_case_is_a_person_a_pronoun_can_reach()
    {
        var document = Article.Parse(
            Title,
            "Carl Lindgren opened the hearing on the bond issue.",
            "Board member Lester Greene cast the only vote against it. He said the board should first try to buy the old parochial school.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Lester Greene");
    }

    [TestMethod]
    public void An_office_with_of_as_the_subject_of_a_governing_verb_refers_back_to_its_holder()
    {
        var document = Article.Parse(
            Title,
            "The ministers read the speeches of Secretary of State Alden Marsh closely.",
            "But the Secretary of State has not only reiterated the alliance's place as the \"cornerstone\" of policy, he has promised more.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Alden Marsh");
    }

    [TestMethod]
    public void A_question_or_exclamation_mark_after_the_closing_quote_leaves_the_attribution_to_the_next_sentence()
    {
        var document = Article.Parse(
            Title,
            "The Texans leave for the east coast on Saturday.",
            "\"Just our luck\"! Exclaimed Stram. \"Buster would solve that quarterback problem just as we head that way\".",
            "\"How many is that, Jim\"? Asked Willie Chisolm at one stage.");

        document.Quotes.Select(q => (q.Text, q.Speaker!.Name, q.Cue)).ShouldBe(new[]
        {
            ("Just our luck", "Stram", "Exclaimed"),
            ("Buster would solve that quarterback problem just as we head that way", "Stram", string.Empty),
            ("How many is that, Jim", "Willie Chisolm", "Asked"),
        });
    }

    [TestMethod]
    public void An_auxiliary_before_the_verb_and_an_abbreviated_title_keep_the_statement()
    {
        var document = Article.Parse(
            Title,
            "Defense counsel Lyle Parmet has told the jury the defense will show the shot was fired in fear.",
            "The state is expected to rest its case by noon, Commonwealth's Atty. Boyd Crane said.");

        document.Quotes.Select(q => (q.Speaker!.Name, q.Text)).ShouldBe(new[]
        {
            ("Lyle Parmet", "the defense will show the shot was fired in fear"),
            ("Boyd Crane", "The state is expected to rest its case by noon"),
        });
    }

    [TestMethod]
    public void An_unnamed_or_owned_role_with_a_name_in_apposition_is_that_person()
    {
        var document = Article.Parse(
            Title,
            "A government spokesman, Teo Branck, said the Premier had a bad cold.",
            "Redfern's manager, Moe Brand, said he would try to match his fighter with the winner.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Teo Branck", "Moe Brand" });
    }

    [TestMethod]
    public void According_to_a_role_in_lower_case_before_a_name_is_that_person()
    {
        Only("The north route would have cost $400,000 more, according to chief engineer Carl Pettis.").Speaker!.Name.ShouldBe("Carl Pettis");
    }

    [TestMethod]
    public void Asked_whether_reports_a_question()
    {
        var quote = Only("Councilman Ed Lutwak asked whether the firm would put its promise in writing.");

        quote.Speaker!.Name.ShouldBe("Ed Lutwak");
        quote.Text.ShouldBe("whether the firm would put its promise in writing");
        quote.Cue.ShouldBe("asked");
    }

    [TestMethod]
    public void A_body_named_with_its_abbreviation_or_an_inner_and_is_the_speaker_of_its_shorter_name()
    {
        var document = Article.Parse(
            Title,
            "The mediator called both sides in the strike at the Halden Brewing Co. back to the table.",
            "Halden Brewing said in an advertisement that its workers were the best paid in the state.",
            "The National Aeronautics and Space Administration announced it will try to launch a satellite in May.",
            "Bexford, Iowa -- The State Roads Commission voted 4 to 1 to build the bypass. The commission also said bids would be opened March 3.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[]
        {
            "Halden Brewing Co.", "National Aeronautics and Space Administration", "State Roads Commission",
        });
    }

    [TestMethod]
    public void A_position_or_a_ring_title_before_a_name_is_no_part_of_it()
    {
        var document = Article.Parse(
            Title,
            "Lonnie Redd knocked out Kid Ruben Alcaraz in the fifth round. Alcaraz said he had never been hit harder.",
            "Center Mel Trott scored 34 points last night. Trott said his knee no longer bothered him.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Ruben Alcaraz", "Mel Trott" });
    }

    [TestMethod]
    public void A_family_name_that_ends_as_nouns_do_is_still_a_name_and_when_he_said_reports()
    {
        var document = Article.Parse(
            Title,
            "Gov. Price Dalton said the bill would pass.",
            "Dewey Lawrence, a Tyler lawyer, sounded the opposition keynote when he said it would force banks to break faith with depositors.",
            "\"If you destroy confidence in banks, you do something to the economy\", he said.",
            "The mayor was surprised when told that the vote had failed.");

        document.Quotes.Select(q => (q.Speaker!.Name, q.Text)).ShouldBe(new[]
        {
            ("Price Dalton", "the bill would pass"),
            ("Dewey Lawrence", "it would force banks to break faith with depositors"),
            ("Dewey Lawrence", "If you destroy confidence in banks, you do something to the economy"),
        });
    }

    [TestMethod]
    public void A_family_name_ending_as_a_noun_after_a_given_name_is_a_person_a_pronoun_reaches()
    {
        var document = Article.Parse(
            Title,
            "Gov. Price Dalton said the bill would pass.",
            "Ann Mallory, a Tyler lawyer, sounded the opposition keynote.",
            "\"If you destroy confidence in banks, you do something to the economy\", she said.");

        document.Quotes[1].Speaker!.Name.ShouldBe("Ann Mallory");
    }

    [TestMethod]
    public void The_answer_of_a_transcript_line_is_a_quote_of_the_witness_who_spoke_last()
    {
        var document = Article.Parse(
            Title,
            "Deputy Sheriff Carl Olund testified that he found the body on the kitchen floor.",
            "Q. Was the gun loaded when you found it? A. One barrel was loaded and the other had been fired.",
            "A neighbor, Mrs. Lettie Schram, told the jury she heard two loud voices and then one shot.",
            "Q. You didn't see who fired that shot, did you? A. No. But there wasn't anybody else out there.");

        document.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => (q.Text, q.Speaker!.Name)).ShouldBe(new[]
        {
            ("One barrel was loaded and the other had been fired.", "Carl Olund"),
            ("No. But there wasn't anybody else out there.", "Lettie Schram"),
        });
    }

    [TestMethod]
    public void Roles_and_appositions_that_name_the_speaker_in_three_more_forms()
    {
        var document = Article.Parse(
            Title,
            "Judge Elias Brandt died yesterday at 79.",
            "Elias W. Brandt served 30 years on the probate court.",
            "\"The law is a living thing\", Brandt said at his retirement.",
            "\"I never heard him raise his voice in 20 years\", said his court clerk, Miss Opal Fenner.",
            "He was the last surviving member of the county bar's class of 1909, according to the association's secretary, Mrs. Hugo Linde.");

        // The middle initial completes the name the title gave first.
        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Elias W. Brandt", "Opal Fenner", "Mrs. Hugo Linde" });
    }

    [TestMethod]
    public void The_names_after_an_opening_he_are_not_whom_it_refers_to()
    {
        var document = Article.Parse(
            Title,
            "Dr. Miro Orlan, leader of the banned Peasant Union, said the riots had been started by hungry men.",
            "He called Radek's statement \"a lie from the first word to the last\".");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Miro Orlan", "Miro Orlan" });
    }

    [TestMethod]
    public void A_role_phrase_in_apposition_lets_the_role_refer_back_to_the_name()
    {
        var document = Article.Parse(
            Title,
            "The first witness, Brig. Gen. Thad R. Blais of the Army Engineers, said the dam would prevent flood damage.",
            "Rep. Darrel Tuxford (R-Kan.) asked whether the farmers who would benefit had been asked to share the cost.",
            "\"They have not been asked, sir\", the witness replied.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Thad R. Blais", "Darrel Tuxford", "Thad R. Blais" });
    }

    [TestMethod]
    public void The_museum_the_library_and_the_hospital_are_bodies()
    {
        var document = Article.Parse(
            Title,
            "The Lowell Art Museum opened a show of river paintings on Sunday.",
            "The show will remain on view through Nov. 12, according to the museum.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Lowell Art Museum");
    }

    [TestMethod]
    public void An_affiliation_after_a_titled_name_a_passive_quoted_as_saying_and_a_firm_by_one_word()
    {
        var document = Article.Parse(
            Title,
            "Roadblocks were set up on every road out of the bottoms, according to Capt. Sig Ekdal of the State Highway Patrol.",
            "Dahlgren was quoted as saying, \"I turned my back for maybe a minute\".",
            "Workers at the Tredwell Container Corp. plant voted to strike on Monday.",
            "Tredwell said in a statement today that the plant could not pay higher wages.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Sig Ekdal", "Dahlgren", "Tredwell Container Corp." });
        document.Quotes[1].Cue.ShouldBe("saying");
    }

    [TestMethod]
    public void A_role_in_lower_case_before_a_name_is_stripped_like_a_title()
    {
        Only("Green Party lawmaker Lea Hofmann said the industry was crying wolf over rules it had helped to draft.")
            .Speaker!.Name.ShouldBe("Lea Hofmann");
    }

    [TestMethod]
    public void Mrs_before_a_given_name_not_known_as_a_womans_is_the_husbands_name()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Garret Ellsworth said the brooch was her grandmother's.",
            "Mrs. Hilda Lund said she saw a light in the back window.",
            "Mrs. Ilsa Varn said the museum had bought two of the paintings.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Mrs. Garret Ellsworth", "Hilda Lund", "Ilsa Varn" });
    }

    [TestMethod]
    public void A_quote_whose_speaker_says_it_in_the_next_sentence_is_theirs()
    {
        var document = Article.Parse(
            Title,
            "\"There is not a dollar of fat in this budget\". Gov. Alden W. Thrall said it at his weekly news conference, and then he said it again.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Alden W. Thrall"); // and "said it at …" reports nothing of its own
        document.OnlyQuote().Cue.ShouldBe("said");
    }

    [TestMethod]
    public void Owners_roles_in_apposition_and_the_person_named_last_decide_a_role_phrase()
    {
        var document = Article.Parse(
            Title,
            "\"We were flat tonight\", Coach Cort Brackley said.",
            "Vellman's coach, Cass T. Gorham, blamed his team's foul shooting. \"We beat ourselves at the line\", the coach said.",
            "Their business agent, Emlen Olde, said the contract gives them 14 cents an hour more.",
            "The union set a strike date against the Chesmore & Western Railroad, and the railroad said it would ask for an emergency board.",
            "The Rev. Ansel Wain told 900 delegates that the church had been too timid.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[]
        {
            "Cort Brackley", "Cass T. Gorham", "Emlen Olde", "Chesmore & Western Railroad", "Ansel Wain",
        });
        document.Quotes[4].Text.ShouldBe("the church had been too timid");
    }

    [TestMethod]
    public void A_document_without_an_owner_speaks_for_the_last_body_that_spoke()
    {
        var document = Article.Parse(
            Title,
            "The Committee on Appeal for Civil Rights said it would ask the theaters for a meeting.",
            "Its chairman, Charles Blackwell, said the students were patient.",
            "\"We intend to attend the downtown theaters before the first of the year\", the identically worded letters said.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Committee on Appeal for Civil Rights", "Charles Blackwell", "Committee on Appeal for Civil Rights" });
    }

    [TestMethod]
    public void A_noun_of_speech_gives_its_partial_quote_the_sentences_subject()
    {
        Only("Richard J. Hughson made his county debut here last night with a pledge \"to carry the issues to every corner of the state\".")
            .Speaker!.Name.ShouldBe("Richard J. Hughson");
    }

    [TestMethod]
    public void An_owners_possessive_ends_a_titled_name_and_called_after_a_quote_attributes_it()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Corwin Fairly's Ravens Farm colt won the mile and a sixteenth.",
            "Mrs. Fairly said she had never owned a stakes winner before.",
            "\"He's the best shooter in this league\", Bascom said.",
            "\"Best in the world, and don't you forget it\", Tremont called from the shower.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Mrs. Corwin Fairly", "Bascom", "Tremont" });
    }

    [TestMethod]
    public void Legislators_by_their_abbreviated_titles_and_parties_and_a_question_asked_of_someone()
    {
        var document = Article.Parse(
            Title,
            "Sen. Lev Tremont of Tansy Hollow, who wrote the bill, opened the debate. The senator said the new road would carry the trucks.",
            "Sen. Max Strode of Tippet answered him. The Democrat said the bonds would be paid off by the grandchildren.",
            "The defense attorney, Ulric Haver, asked her whether she had ever seen what was inside the envelope.",
            "The commission's chairman, Prof. Elihu Pender of Weller College, told newsmen the cost would be about $4 million a year.");

        document.Quotes.Select(q => q.Speaker!.Name).ShouldBe(new[] { "Lev Tremont", "Max Strode", "Ulric Haver", "Elihu Pender" });
        document.Quotes[3].Text.ShouldBe("the cost would be about $4 million a year");
    }

    [TestMethod]
    public void A_bodys_name_does_not_run_back_over_a_sentence_end()
    {
        Only("Fire swept a rooming house on Tanner Street. Police said the fire started in a kitchen.").Speaker!.Name.ShouldBe("Police");
    }

    [TestMethod]
    public void A_question_put_to_someone_and_a_denial_and_bodies_called_by_their_building()
    {
        var document = Article.Parse(
            Title,
            "Asked whether the failure would delay the program, Col. Alric Tull said he did not yet know.",
            "The Pentagon denied that the call-up had anything to do with Berlin.",
            "County Agent Gebb Swindle said most of the farmers carried hail insurance.");

        document.Quotes.Select(q => (q.Speaker!.Name, q.Text)).ShouldBe(new[]
        {
            ("Alric Tull", "he did not yet know"),
            ("Pentagon", "the call-up had anything to do with Berlin"),
            ("Gebb Swindle", "most of the farmers carried hail insurance"),
        });
    }

    [TestMethod]
    public void Mrs_before_womens_names_of_more_shapes_and_promised_that()
    {
        var document = Article.Parse(
            Title,
            "Mrs. Clothilde Hoogland said the hardest part of the job was the first door.",
            "Mayor Cad Sallow promised that the city would build a wading pool.",
            "So said Otto Marl, president of the union, as the meeting closed.");

        // "So said X" refers back to words before it: no statement of its own, and "So" is no speaker.
        document.Quotes.Select(q => q.Speaker?.Name).ShouldBe(new[] { "Clothilde Hoogland", "Cad Sallow" });
    }

    [TestMethod]
    public void Writing_an_opinion_and_having_no_comment_are_not_statements()
    {
        var document = Article.Parse(
            Title,
            "Justice Ludo Hollen wrote the majority opinion.",
            "A spokesman for the bus line said the company had no comment.",
            "Secretary Darry Dunmore told his weekly news conference the budget would be close to balance.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Darry Dunmore");
        document.OnlyQuote().Text.ShouldBe("the budget would be close to balance");
    }
}
