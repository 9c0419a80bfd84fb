using System;
using System.Linq;

namespace Corpus.Tests.Parsing;

/// <summary>
/// Attributions that everyday wire copy uses, found by probing the parser with short sentences written in the shapes
/// news prints every day (documents put out by a body, an owner's voice named by a pronoun, a role named before the
/// person's titled name, an opening phrase before a partial quote's subject). Every text here is written for the test.
/// </summary>
[TestClass]
public sealed class WireAttributionTests
{
    private const string Title = "Talks between the union and the ministry fail";

    private static Document Parse(params string[] body) => Article.Parse(new[] { Title }.Concat(body).ToArray());

    private static Document ParseUnder(string headline, params string[] body) => Article.Parse(new[] { headline }.Concat(body).ToArray());

    [TestMethod]
    [DataRow("A statement issued by the ministry on Tuesday said the talks had failed.")]
    [DataRow("A statement from the ministry said the talks \"had no future.\"")]
    [DataRow("A prepared statement released by the ministry Friday stated that \"the talks are over.\"")]
    [DataRow("A ministry statement said Kyiv was to blame.")]
    public void A_document_with_an_indefinite_article_speaks_for_whoever_put_it_out(string paragraph)
    {
        var document = Parse("MOSCOW, June 2 -- Talks with Ukraine failed on Tuesday, the Foreign Ministry said.", paragraph);

        document.Quotes.Where(q => q.ParagraphIndex == 2).ShouldAllBe(q => q.Speaker!.Name == "Foreign Ministry");
        document.Quotes.Count(q => q.ParagraphIndex == 2).ShouldBe(1);
    }

    [TestMethod]
    public void A_capitalized_owner_of_a_document_is_a_body_the_text_need_not_have_named()
    {
        var document = Parse("The Kremlin's statement said the door remained open.");

        var speaker = document.Quotes.Single().Speaker!;
        speaker.Name.ShouldBe("Kremlin");
        speaker.Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void A_day_of_the_week_before_the_verb_is_never_the_speaker()
    {
        var document = Parse("A statement released by the student group Friday stated that \"the workers deserve better.\"");

        document.Speakers.ShouldNotContain(s => s.Name == "Friday");
    }

    [TestMethod]
    public void His_office_speaks_for_the_person_he_stands_for()
    {
        var document = Parse(
            "Union president Walter Greene met with company negotiator Harold Fisk for six hours.",
            "Fisk declined to comment on the talks. His office said in a statement that the company \"remains committed to a fair agreement.\"");

        document.QuoteStarting("remains committed").Speaker!.Name.ShouldBe("Harold Fisk");
    }

    [TestMethod]
    public void A_role_refers_to_the_titled_person_the_paragraph_names_after_it_not_to_the_last_person()
    {
        var document = Parse(
            "Maria Lopez, a union official, spoke first. She was angry.",
            "The governor, who has stayed out of the dispute, told reporters he hoped for a quick settlement. \"Every day of this costs the state money,\" Gov. Tom Hardy said.");

        document.Quotes.Where(q => q.ParagraphIndex == 2).ShouldAllBe(q => q.Speaker!.Name == "Tom Hardy");
    }

    [TestMethod]
    public void A_name_right_before_a_partial_quote_is_its_subject_after_an_opening_phrase()
    {
        var document = Parse(
            "Union president Walter Greene met with the negotiators.",
            "Armed with a new mandate from the members, Greene \"will take the fight to every plant in the state.\"");

        document.QuoteStarting("will take").Speaker!.Name.ShouldBe("Walter Greene");
    }

    [TestMethod]
    public void A_known_name_and_any_past_tense_verb_after_a_quote_ending_in_a_comma_attribute_it()
    {
        var document = Parse(
            "Brooks Robinson and Ron Hansen met at third base.",
            "\"Take a ride on this one\", Brooks Robinson greeted Hansen as the shortstop grabbed a bat.");

        document.QuoteStarting("Take a ride").Speaker!.Name.ShouldBe("Brooks Robinson");
    }

    [TestMethod]
    public void A_title_after_a_quote_and_an_unknown_capitalized_word_make_no_speaker()
    {
        var document = Parse("The band played \"Moon River\", Chicago applauded and the night ended.");

        document.Speakers.ShouldNotContain(s => s.Name == "Chicago");
    }

    [TestMethod]
    public void An_adverb_that_opens_a_sentence_is_not_part_of_the_name_after_it()
    {
        var document = Parse(
            "\"It is done,\" Mary said. Percy Shelley sent a copy to Southey. Only Mary's praise sustained him.",
            "\"A public of one\", Mary echoed.");

        document.QuoteStarting("A public").Speaker!.Name.ShouldBe("Mary");
        document.Speakers.ShouldNotContain(s => s.Name.StartsWith("Only", System.StringComparison.Ordinal));
    }

    [TestMethod]
    public void An_abbreviations_period_inside_an_apposition_does_not_end_it()
    {
        var document = Parse("The Rev. Michael O'Neil, pastor of St. Mark's church, said the city needed \"healing.\"");

        document.QuoteStarting("healing").Speaker!.Name.ShouldBe("Michael O'Neil");
    }

    [TestMethod]
    [DataRow("\"I'm proud of what we did,\" the 38-year-old Diaz said.")]
    [DataRow("\"I'm proud of what we did,\" said 38-year-old Robert Diaz.")]
    public void An_age_before_the_name_after_a_quote_is_no_obstacle(string paragraph)
    {
        var document = Parse("Mayor Joan Ellis defeated councilman Robert Diaz.", paragraph);

        var quote = document.QuoteStarting("I'm proud");
        quote.Speaker!.Name.ShouldBe("Robert Diaz");
        quote.Cue.ShouldBe("said");
    }

    [TestMethod]
    public void A_ledes_role_is_the_person_of_that_role_named_after_it()
    {
        var document = Parse(
            "The federal judge said on Tuesday that the state's new voting law was \"plainly unconstitutional.\"",
            "U.S. District Judge Jane Doe wrote that the law placed an undue burden on voters.");

        document.QuoteStarting("plainly").Speaker!.Name.ShouldBe("Jane Doe");
    }

    [TestMethod]
    public void A_ledes_role_is_no_one_when_the_person_named_after_it_holds_another_role()
    {
        var document = Parse(
            "The board put off the request, and the association's president said teachers would \"take the case to the voters\".",
            "Dr. Hieronymus P. Hollowbread, superintendent of schools, told the board the raise would cost $312,000 a year.");

        document.QuoteStarting("take the case").Speaker.ShouldBeNull();
    }

    [TestMethod]
    public void A_surname_with_an_honorific_of_the_other_sex_is_another_person()
    {
        var document = Parse(
            "Sen. Harold Vance and his challenger, Rep. Carl Ostrow, clashed Monday night.",
            "Mrs. Vance, who sat in the front row, said she was \"proud of both men.\"",
            "Mrs. John R. Talbot chaired the dinner. \"We hope to raise $40,000,\" Mrs. Talbot said.");

        document.QuoteStarting("proud of").Speaker!.Aliases.ShouldNotContain("Sen. Harold Vance");
        document.QuoteStarting("We hope").Speaker!.Name.ShouldBe("Mrs. John R. Talbot");
    }

    [TestMethod]
    public void A_spokesman_for_a_surname_speaks_for_the_person_of_that_surname()
    {
        var document = Parse(
            "Sen. Harold Vance and his challenger, Rep. Carl Ostrow, clashed Monday night.",
            "A spokesman for Ostrow said the challenger would release his tax returns this week.");

        var speaker = document.Quotes.Single(q => q.ParagraphIndex == 2).Speaker!;
        speaker.Name.ShouldBe("Carl Ostrow");
        speaker.Kind.ShouldBe(SpeakerKind.Person);
    }

    [TestMethod]
    [DataRow("linebacker")]
    [DataRow("teammate")]
    public void A_lower_case_role_between_said_and_the_name_is_no_obstacle(string role)
    {
        var document = Parse("Coach Mike Rourke resigned on Sunday.", "\"Nobody saw this coming,\" said " + role + " Tom Fry.");

        document.QuoteStarting("Nobody").Speaker!.Name.ShouldBe("Tom Fry");
    }

    [TestMethod]
    public void The_company_is_the_firm_the_statement_names_after_what_it_makes()
    {
        var document = Parse("LEEDS (Reuters) - Textile maker Hartwell & Sons will close its Leeds mill next year, cutting 400 jobs, the company said on Thursday.");

        var speaker = document.Quotes.Single().Speaker!;
        speaker.Name.ShouldBe("Hartwell & Sons");
        speaker.Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void A_members_title_and_an_opening_adjective_are_not_part_of_her_name()
    {
        var document = Parse(
            "Local MP Sarah Dunn called the closure \"a hammer blow for the town\".",
            "In an interview with the Yorkshire Post, Dunn said the government should step in.");

        document.Speakers.Where(s => s.Name.EndsWith("Dunn", System.StringComparison.Ordinal)).Select(s => s.Name).ShouldBe(new[] { "Sarah Dunn" });
    }

    [TestMethod]
    public void A_capitalized_adjective_and_a_role_before_a_name_are_not_the_speaker()
    {
        var document = Parse("The French composer Pierre Boulez studied the suite and said of it, \"It is a marvel of construction.\"");

        document.QuoteStarting("It is a marvel").Speaker!.Name.ShouldBe("Pierre Boulez");
    }

    [TestMethod]
    public void A_word_that_opens_a_sentence_is_never_a_speaker()
    {
        var document = Parse(
            "Liberals found a worship of man under a Socialist State. And the USSR existed as the experiment.",
            "He points out that the movement \"was colored by Christian superstition\".");

        document.Speakers.ShouldNotContain(s => s.Name == "And" || s.Name == "The");
    }

    [TestMethod]
    public void The_company_is_the_firm_its_statement_names_anywhere_in_its_words()
    {
        var document = Parse("NEW YORK, April 20 -- Sales and earnings of the Rand Steel Corp. rose in the first quarter, the company reported today.");

        document.Quotes.Single().Speaker!.Name.ShouldBe("Rand Steel Corp.");
    }

    [TestMethod]
    public void A_quote_no_rule_attributes_is_the_words_of_the_person_the_text_is_about()
    {
        var document = Parse(
            "Helen Geraghty is taking off tomorrow on a 56-day world trip.",
            "Honolulu will be Mrs. Geraghty's first stop. Then Japan, India, and to Rome and Paris \"to look over wonderful talent in every theater\".");

        document.QuoteStarting("to look over").Speaker!.Name.ShouldBe("Helen Geraghty");
    }

    [TestMethod]
    public void A_quote_after_a_verb_of_naming_with_no_known_subject_is_no_ones()
    {
        var document = Parse(
            "Mayor Ann Lee spoke at noon.",
            "The bridge opened with what the signs call \"the smoothest crossing in the state\" after years of delay.");

        document.QuoteStarting("the smoothest").Speaker.ShouldBeNull();
    }

    [TestMethod]
    public void A_headlines_quote_no_speaker_repeats_is_the_first_speaker_of_its_story()
    {
        var document = Article.Parse(
            "Hansen seeks \"more playing time this spring\"",
            "Ron Hansen, the Orioles' shortstop, reported to camp on Monday.",
            "\"I want to play every day,\" Hansen said.");

        document.QuoteStarting("more playing").Speaker!.Name.ShouldBe("Ron Hansen");
    }

    [TestMethod]
    public void A_document_that_speaks_is_no_person_for_he_to_stand_for()
    {
        var document = Parse(
            "Sen. John Calhoun spoke first.",
            "The Declaration of Independence says that \"governments derive their just powers from the consent of the governed\".",
            "\"The minority must be protected,\" he said.");

        document.Speakers.Single(s => s.Name == "Declaration of Independence").Kind.ShouldBe(SpeakerKind.Organization);
        document.QuoteStarting("The minority").Speaker!.Name.ShouldBe("John Calhoun");
    }

    [TestMethod]
    public void A_sentence_that_opens_with_a_surname_makes_that_person_the_one_the_text_is_about()
    {
        var document = Parse(
            "Student Council officers announced the gift. \"We are proud,\" Clayton W. Pohly said.",
            "Henry Kowalski lost his home in the fire.",
            "Kowalski has spoken but little since the fire. But today he wanted to make a public statement.",
            "\"I never knew there were such neighbors and friends around me and my family.\"");

        document.QuoteStarting("I never knew").Speaker!.Name.ShouldBe("Henry Kowalski");
    }

    [TestMethod]
    public void A_kinship_role_with_an_owner_and_a_name_in_apposition_is_that_person_later()
    {
        var document = Parse(
            "Farmer Otto Lindgren, 71, died Sunday when fire swept his home near Elkton.",
            "The couple's son, Eric Lindgren, said his father had lived on the farm all his life.",
            "\"Dad loved that place,\" the son said.");

        document.Quotes.Where(q => q.ParagraphIndex >= 2).ShouldAllBe(q => q.Speaker!.Name == "Eric Lindgren");
        document.QuoteStarting("Dad loved").Cue.ShouldBe("said");
    }

    [TestMethod]
    [DataRow("The Times editorial said the mayor was wrong.", "Times")]
    [DataRow("A Reuters dispatch said the talks had failed.", "Reuters")]
    [DataRow("The Herald Tribune story said the delegation had left.", "Herald Tribune")]
    public void A_paper_or_wire_named_before_its_story_speaks_for_it(string paragraph, string paper)
    {
        var document = Parse("The delegation arrived on Monday.", paragraph);

        document.Quotes.Single(q => q.ParagraphIndex == 2).Speaker!.Name.ShouldBe(paper);
    }

    [TestMethod]
    public void A_document_of_something_and_a_place_before_a_dispatch_name_no_speaker()
    {
        var document = Parse(
            "Sara Sullam wrote to Henrietta every week.",
            "Her story of Sara indicated that Henrietta was \"the cleverest girl in Baltimore\".",
            "A Washington dispatch said the talks had failed.");

        document.Speakers.ShouldNotContain(s => s.Name.StartsWith("her", System.StringComparison.OrdinalIgnoreCase) || s.Name == "Washington");
    }

    [TestMethod]
    public void A_reporter_of_a_paper_is_a_person_and_the_paper_a_body()
    {
        var document = Parse(
            "Norris Mayhew of the Keswick Gazette asked whether the governor had talked with the senator.",
            "The Warren Telegraph said the vote was close.");

        document.Speakers.Single(s => s.Name.StartsWith("Norris", System.StringComparison.Ordinal)).Kind.ShouldBe(SpeakerKind.Person);
        document.Speakers.Single(s => s.Name.EndsWith("Telegraph", System.StringComparison.Ordinal)).Kind.ShouldBe(SpeakerKind.Organization);
    }

    [TestMethod]
    public void A_name_with_a_middle_initial_is_a_person_he_can_stand_for()
    {
        var document = Parse("But hear Harrison E. Salisbury, the former correspondent. In a review, he says, \"Long before the State Department organized its bureau, the Russians were busy.\"");

        document.QuoteStarting("Long before").Speaker!.Name.ShouldBe("Harrison E. Salisbury");
    }

    [TestMethod]
    public void A_short_quote_that_a_group_of_people_says_is_a_statement()
    {
        var document = Parse("The boys camp by the river every summer.", "\"We worry\", say the mothers. \"But there never is any need.\"");

        document.QuoteStarting("We worry").Cue.ShouldBe("say");
    }

    [TestMethod]
    public void A_short_quote_after_remarks_that_is_a_statement()
    {
        var document = Parse("The taxi driver taking the visitor from the airport remarks that politicians in the state are \"all the same\".");

        document.Quotes.ShouldContain(q => q.Kind == QuoteKind.Direct && q.Text == "all the same");
    }

    [TestMethod]
    public void She_after_Mrs_and_a_surname_is_the_wife_not_the_husband_nor_her_maiden_name()
    {
        var document = Parse(
            "The Rev. Dr. Harold Kemp celebrated his 25th year as pastor of First Methodist Church yesterday.",
            "A reception followed. Mrs. Kemp, the former Ruth Allen, received the guests. \"It has been a wonderful life,\" she said.");

        var speaker = document.QuoteStarting("It has been").Speaker!;
        speaker.Aliases.ShouldContain("Mrs. Kemp");
        speaker.Aliases.ShouldNotContain("Harold Kemp");
    }

    [TestMethod]
    public void A_court_or_chamber_before_a_title_leaves_the_name_after_it()
    {
        var document = Parse("The grand jury had been charged by Harnett Superior Court Judge Amos Reddick to look into possible \"irregularities\" in the vote.");

        document.QuoteStarting("irregularities").Speaker!.Name.ShouldBe("Amos Reddick");
    }

    [TestMethod]
    [DataRow("The fall term jury had been charged by Judge Amos Reddick to look into possible \"irregularities\" in the vote.")]
    [DataRow("The jury heeded a call from Judge Amos Reddick to look into \"any and all irregularities in the vote.\"")]
    public void A_noun_spelled_like_a_verb_of_naming_names_nothing(string paragraph)
    {
        var document = Parse(paragraph);

        document.Quotes.Single().Speaker!.Name.ShouldBe("Amos Reddick");
    }

    [TestMethod]
    public void According_to_a_role_with_a_name_and_a_clause_in_apposition_is_the_named_one()
    {
        var document = Parse("A beginning teacher in the county earns $3,900 a year, according to the president, Miss Ann Tollard, who has taught English for 19 years.");

        document.Quotes.Single().Speaker!.Name.ShouldBe("Ann Tollard");
    }

    [TestMethod]
    public void A_lede_role_is_the_person_an_according_to_apposition_names_later()
    {
        var document = Parse(
            "The county teachers association voted last night to ask for a raise, and its president said the teachers would \"take the case to the voters\" if the board refused.",
            "A beginning teacher earns $3,900 a year, according to the president, Miss Ann Tollard, who has taught English for 19 years.");

        document.QuoteStarting("take the case").Speaker!.Name.ShouldBe("Ann Tollard");
    }

    [TestMethod]
    public void Said_the_Rev_names_the_clergyman_after_it()
    {
        var document = Parse(
            "The Rt. Rev. Aldous Kettering, bishop of the diocese, preached the sermon.",
            "\"The bishop has said what most of us have been afraid to say\", said the Rev. Alwyn M. Thorpe, rector of the Church of the Epiphany.");

        var quote = document.QuoteStarting("The bishop has said");
        quote.Speaker!.Name.ShouldBe("Alwyn M. Thorpe");
        quote.Cue.ShouldBe("said");
    }

    [TestMethod]
    public void A_titled_name_after_a_sentence_that_ends_in_a_place_holds_no_word_of_that_sentence()
    {
        var document = Parse("He spoke in Boston. Mr. Thorpe said his parish would vote next month.");

        document.Quotes.Single().Speaker!.Aliases.ShouldBe(new[] { "Mr. Thorpe", "Thorpe" });
    }

    [TestMethod]
    public void A_given_name_the_lists_lack_stays_in_a_name_that_opens_a_sentence()
    {
        var document = Parse("Jolyon Fane Dromgoole, who plays the grandfather, said the part was \"the longest death scene I have ever played\".");

        document.Quotes.ShouldAllBe(q => q.Speaker!.Name == "Jolyon Fane Dromgoole");
    }

    [TestMethod]
    public void A_headlines_capitalized_words_make_no_name()
    {
        var document = Article.Parse(
            "Hollis Leads Open",
            "Dale Hollis shot a 66 on Thursday.",
            "\"I putted like a dream out there today\", Hollis said.");

        document.Speakers.ShouldNotContain(s => s.Name.Contains("Leads"));
        document.QuoteStarting("I putted").Speaker!.Name.ShouldBe("Dale Hollis");
    }

    [TestMethod]
    public void A_quoted_title_after_an_opening_phrase_is_no_person_for_he()
    {
        var document = Parse(
            "The show has 46 oils by Tancred Q. Mossgrove, the harbor painter.",
            "The largest canvas in the show, \"Low Tide at Gammock Point\", was lent by a bank.",
            "He says he has \"no use for the postcard view of the sea, with a gull in every corner\".");

        document.QuoteStarting("no use").Speaker!.Name.ShouldBe("Tancred Q. Mossgrove");
    }

    [TestMethod]
    public void An_arts_role_in_the_present_of_a_verb_of_naming_is_the_artist()
    {
        var document = Parse(
            "The gallery opened a show of 46 oils by Dr. Tancred Mossgrove, a painter, last night. Miss Ysolde Tarrowby, the director, said the crowd was large.",
            "In a program note written for the exhibition, the painter calls the harbor \"a workshop that has never been painted as a workshop\".");

        var quote = document.QuoteStarting("a workshop");
        quote.Speaker!.Name.ShouldBe("Tancred Mossgrove");
        quote.Cue.ShouldBe("calls");
    }

    [TestMethod]
    [DataRow("Gerald Fosse, the city planner, met with the families. Mayor Hal Brink did not attend.", "the planner")]
    [DataRow("City planner Gerald Fosse met with the families. Mayor Hal Brink did not attend.", "the planner")]
    [DataRow("Gerald Fosse, a consultant to the city, met with the families. Mayor Hal Brink did not attend.", "the consultant")]
    public void A_job_written_before_a_name_is_a_role_a_later_phrase_refers_back_with(string named, string role)
    {
        var document = Parse(named, "\"We listened to every one of them,\" " + role + " said.");

        var quote = document.QuoteStarting("We listened");
        quote.Speaker!.Name.ShouldBe("Gerald Fosse");
        quote.Cue.ShouldBe("said");
    }

    [TestMethod]
    public void Mrs_and_a_surname_is_not_the_Miss_of_that_surname_but_the_Mrs()
    {
        var document = Parse(
            "Miss Jessamy J. Pendle, daughter of Mr. and Mrs. Gawain L. Pendle of Medlar Lane, was married Saturday to Lt. Inigo D. Wick.",
            "Mrs. Pendle said after the reception that the couple would live in Norfolk.");

        var speaker = document.Quotes.Single().Speaker!;
        speaker.Name.ShouldBe("Mrs. Gawain L. Pendle");
        speaker.Aliases.ShouldNotContain("Miss Pendle");
    }

    [TestMethod]
    public void Her_mother_is_the_parent_a_daughter_of_apposition_names()
    {
        var document = Parse(
            "Miss Jessamy J. Pendle, daughter of Mr. and Mrs. Gawain L. Pendle of Medlar Lane, was married Saturday. The Rev. Josias Wimble performed the ceremony.",
            "The bride wore her grandmother's veil of lace, which, her mother said, had been worn at four family weddings since 1884.");

        var quote = document.Quotes.Single();
        quote.Speaker!.Name.ShouldBe("Mrs. Gawain L. Pendle");
        quote.Text.ShouldBe("had been worn at four family weddings since 1884");
    }

    [TestMethod]
    public void What_is_said_in_a_relative_clause_around_the_verb_is_the_clause_after_it()
    {
        var document = Parse("The plan, which, Mayor Hal Brink said, would cost $4 million, was approved on Tuesday.");

        var quote = document.Quotes.Single();
        quote.Text.ShouldBe("would cost $4 million");
        quote.Speaker!.Name.ShouldBe("Hal Brink");
    }

    [TestMethod]
    public void A_verb_with_an_object_after_a_quote_that_ends_its_sentence_opens_a_new_sentence()
    {
        var document = Parse("Board chairman Frank Ostrow said the board accepted the resignation \"with the deepest regret.\" He praised Ashworth for building six new schools.");

        var quote = document.QuoteStarting("with the deepest");
        quote.Speaker!.Name.ShouldBe("Frank Ostrow");
        quote.Cue.ShouldBe("said");
    }

    [TestMethod]
    [DataRow("who has conducted it since 1954", "The conductor")]
    [DataRow("who coaches the varsity", "The coach")]
    [DataRow("who directs the museum", "The director")]
    public void A_relative_clause_makes_the_role_its_verb_names(string clause, string role)
    {
        var document = Parse(
            "\"The orchestra has earned a longer season\", said Sholto Ruthven, " + clause + ".",
            "Wilbur T. Shotwell, president of the society's board, said the added concerts would cost about $48,000.",
            role + " added that the season would open Oct. 5 with a new suite.");

        document.QuoteStarting("the season would open").Speaker!.Name.ShouldBe("Sholto Ruthven");
    }

    [TestMethod]
    [DataRow("He told stockholders at a meeting in Pittsburgh that the mills would run at 85 per cent of capacity.", "the mills would run at 85 per cent of capacity")]
    [DataRow("In its report the company said it would spend $12 million next year on a new rolling mill.", "it would spend $12 million next year on a new rolling mill")]
    [DataRow("He told 400 members of the congregation last night that the temple would build a new school.", "the temple would build a new school")]
    public void Financial_desk_forms_report_what_follows_their_verb(string sentence, string said)
    {
        var document = Parse("Allegheny Rolling Mills Inc. reported today that its earnings rose. The company's president, Harlan D. Voss, spoke.", sentence);

        document.Quotes.Where(q => q.ParagraphIndex == 2).Select(q => q.Text).ShouldBe(new[] { said });
    }

    [TestMethod]
    public void A_spokesman_for_an_owners_office_speaks_for_the_owner()
    {
        var document = Parse("The Comptroller of the Currency must approve the merger. A spokesman for the Comptroller's office said no objection was expected.");

        document.Quotes.Single().Text.ShouldBe("no objection was expected");
        document.Quotes.Single().Speaker.ShouldNotBeNull();
    }

    [TestMethod]
    [DataRow("According to a newspaper report of the statistics, the \"total of confirmed members is 9,748,000, but only 2,887,671 are on the rolls\".")]
    [DataRow("Whenever New England liberalism is reminded of the confrontation, it says that \"the fraternity behaved as well as it could in the circumstances\".")]
    [DataRow("Chiefly remembered for his advocacy of \"immediate and complete emancipation of every slave\", Garrison was a reformer.")]
    [DataRow("The same God who called this world into being when He said: \"Let there be light on every land and every sea\"!")]
    public void Sentence_adverbs_conjunctions_and_pronouns_are_no_speakers_names(string paragraph)
    {
        var document = Parse(paragraph);

        document.Speakers.ShouldNotContain(s => s.Name.StartsWith("According", StringComparison.Ordinal)
            || s.Name.StartsWith("Whenever", StringComparison.Ordinal) || s.Name.StartsWith("Chiefly", StringComparison.Ordinal)
            || s.Name.StartsWith("Him", StringComparison.Ordinal));
    }

    [TestMethod]
    [DataRow("Suddenly she was very mysterious. \"We are above being jealous of anyone at all.\"")]
    [DataRow("Historically in America the appeal of cities was their life. \"How are you going to keep them down on the farm?\"")]
    public void A_sentence_adverb_before_a_pronoun_or_a_preposition_is_not_the_one_who_acts(string paragraph)
    {
        var document = Parse("Mrs. Ada Quist met the visitor at the door.", paragraph);

        document.Speakers.ShouldNotContain(s => s.Name == "Suddenly" || s.Name == "Historically");
    }

    [TestMethod]
    public void The_plural_of_a_role_is_a_group_and_no_ones_name()
    {
        var document = Parse("Detectives said the two men had been seen near the bank an hour before the robbery.");

        document.Speakers.ShouldNotContain(s => s.Name == "Detectives");
    }

    [TestMethod]
    public void Dr_and_Mrs_name_two_people_and_her_husband_is_the_doctor()
    {
        var document = Parse(
            "Among the 40 will be Dr. and Mrs. Sewell T. Hatch of Stourton. Dr. Hatch, a surgeon, will open a hospital in the Congo with his wife, a nurse.",
            "Mrs. Hatch said she was not afraid of the fighting there.",
            "Her husband, who served in the Army Medical Corps in Korea, said the hospital would have 60 beds.");

        document.QuoteStarting("she was not afraid").Speaker!.Name.ShouldBe("Mrs. Sewell T. Hatch");
        document.QuoteStarting("the hospital would").Speaker!.Name.ShouldBe("Sewell T. Hatch");
    }

    [TestMethod]
    public void Mr_and_Mrs_after_a_headlines_Miss_are_her_parents_and_Mrs_is_the_mother()
    {
        var document = Article.Parse(
            "Miss Mainward will wed Lt. Kinner",
            "Mr. and Mrs. Garnet W. Mainward of Sorrel Terrace announced yesterday the engagement of their daughter, Miss Clemency Mainward, to Lt. Torquil N. Kinner, son of Col. and Mrs. Lachlan Kinner of Fort Quenton.",
            "Mrs. Mainward said the wedding would take place in June at the Church of the Holy Comforter.",
            "Lt. Kinner's father, Col. Lachlan Kinner, said by telephone that the family was delighted with the news.");

        document.QuoteStarting("the wedding would").Speaker!.Name.ShouldBe("Mrs. Garnet W. Mainward");
        document.QuoteStarting("the family was").Speaker!.Name.ShouldBe("Lachlan Kinner");
    }

    [TestMethod]
    [DataRow("The speaker, Dr. Hilarion H. Carden, president of Thornbeck College, made the statement in his annual report to the trustees.")]
    [DataRow("Dr. Hilarion H. Carden spoke of the shortage in his annual report to the trustees.")]
    public void A_report_a_person_made_a_statement_in_speaks_for_that_person(string sentence)
    {
        var document = Parse(
            "Its president, Hosea T. Marrow, said the savings association had 22,000 depositors.",
            sentence,
            "The report said that Thornbeck had lost four of its 61 teachers to industry in the last year.");

        document.QuoteStarting("Thornbeck had lost").Speaker!.Name.ShouldBe("Hilarion H. Carden");
    }

    [TestMethod]
    public void Answered_with_an_object_reports_nothing_and_said_afterward_that_reports_after_that()
    {
        var document = Parse(
            "The Rev. Dionysius W. Cattermole led the opposition. He said the change should wait.",
            "Cattermole spoke for nearly an hour and was followed by the Rev. Jehiel K. Drumgold, who answered him point by point. He said afterward that he would abide by the vote.");

        document.Quotes.ShouldNotContain(q => q.Text.StartsWith("him point", StringComparison.Ordinal));
        var quote = document.QuoteStarting("he would abide");
        quote.Speaker!.Name.ShouldBe("Dionysius W. Cattermole");
    }

    [TestMethod]
    public void An_attribution_between_commas_in_a_paragraphs_last_sentence_covers_that_sentence_only()
    {
        var document = Parse("The soloist was Miss Honora Quaint of Boston. She learned the concerto in six weeks, she said, and played it from memory.");

        var quote = document.Quotes.Single();
        quote.Text.ShouldBe("She learned the concerto in six weeks");
        quote.Speaker!.Name.ShouldBe("Honora Quaint");
    }

    [TestMethod]
    public void A_lede_role_is_the_one_the_story_then_calls_the_speaker()
    {
        var document = Parse(
            "Its president, Hosea T. Marrow, said the savings association had 22,000 depositors.",
            "The president of a Midwestern railroad said yesterday that his line would drop 11 passenger trains next year.",
            "The speaker, Elphin D. Pendle, president of the Stourton & Northwestern Railroad, addressed the annual dinner of the Traffic Club.");

        document.QuoteStarting("his line would drop").Speaker!.Name.ShouldBe("Elphin D. Pendle");
    }

    [TestMethod]
    public void The_spokesman_is_the_body_an_unnamed_spokesman_spoke_for_when_no_person_named_is_one()
    {
        var document = Parse(
            "A Marrowby Mills spokesman said today the plant would reopen in March.",
            "The spokesman said the company had hired 40 of the men back and \"will need the rest by summer\".",
            "Foreman Idris P. Hallow said the men were glad. The spokesman said later that wages would not change.");

        document.QuoteStarting("the company had hired").Speaker!.Name.ShouldBe("Marrowby Mills");
        document.QuoteStarting("wages would not change").Speaker!.Name.ShouldBe("Marrowby Mills");
    }

    [TestMethod]
    public void A_letter_from_someone_inside_what_another_said_is_still_theirs_when_the_letter_speaks()
    {
        var document = Parse(
            "A White House spokesman said the President had read a letter from Sen. Corwin J. Astleby and would answer it.",
            "The letter said the dam was half finished and that \"a half-built dam is the most expensive thing a government can own\".");

        document.QuoteStarting("the dam was half finished").Speaker!.Name.ShouldBe("Corwin J. Astleby");
    }

    [TestMethod]
    public void A_sentence_that_opens_with_he_is_his_whoever_it_names_in_apposition_after_a_comma()
    {
        var document = Parse(
            "Osmund T. Brackley, a 38-year-old lawyer, opened his campaign for Congress last night.",
            "He did not name the congressman, Rep. Hollis V. Grimsdyke, but the crowd knew whom he meant.",
            "He said the district had lost two shoe factories since 1955.");

        document.QuoteStarting("the district had lost").Speaker!.Name.ShouldBe("Osmund T. Brackley");
    }

    [TestMethod]
    public void Said_before_a_fielders_position_and_name_is_that_players()
    {
        var document = Parse(
            "Roemer took the blame in the clubhouse. \"I should have had it anyway,\" he said.",
            "\"It was my throw, not his catch,\" said right fielder Lazarus Pinchbeck, who dressed at the next locker.");

        document.QuoteStarting("It was my throw").Speaker!.Name.ShouldBe("Lazarus Pinchbeck");
    }

    [TestMethod]
    public void A_bare_surname_is_the_mans_when_a_woman_styled_mrs_shares_it()
    {
        var document = Parse(
            "Mrs. Sabina Wardlow told the jury yesterday that her husband struck the other man only after he was knocked down.",
            "Her husband, Ebenezer T. Wardlow, 44, a truck dealer, is on trial for manslaughter.",
            "Mrs. Wardlow was the fourth witness for the defense.",
            "The defendant took the stand after his wife. Wardlow testified that the man had owed him $3,400.");

        document.QuoteStarting("her husband struck").Speaker!.Name.ShouldBe("Sabina Wardlow");
        document.QuoteStarting("the man had owed").Speaker!.Name.ShouldBe("Ebenezer T. Wardlow");
    }

    [TestMethod]
    public void After_an_opening_subordinate_clause_the_subject_is_the_first_person_named_after_its_comma()
    {
        var document = Parse(
            "Assistant District Attorney Warham J. Inskrey cross-examined the witness.",
            "When Inskrey asked him about a fight in 1957, the defense attorney, Kenaz B. Pennyworth, was on his feet. \"That has nothing to do with this case,\" he shouted.");

        document.QuoteStarting("That has nothing").Speaker!.Name.ShouldBe("Kenaz B. Pennyworth");
    }

    [TestMethod]
    public void The_prosecutor_is_the_district_attorney_and_the_congressman_the_representative()
    {
        var document = Parse(
            "Assistant District Attorney Warham J. Inskrey questioned the witness, and the defense attorney, Kenaz B. Pennyworth, objected.",
            "Pennyworth told reporters the defense would rest Monday. The prosecutor said he would call the widow in rebuttal.",
            "Rep. Hollis V. Grimsdyke spoke next, and Mayor Tobit Fairweather answered him. The congressman said he would \"fight it to the end\".");

        document.QuoteStarting("he would call the widow").Speaker!.Name.ShouldBe("Warham J. Inskrey");
        document.QuoteStarting("fight it").Speaker!.Name.ShouldBe("Hollis V. Grimsdyke");
    }

    [TestMethod]
    public void A_titled_surname_is_the_namesake_whose_office_the_title_names()
    {
        var document = Parse(
            "State Sen. Bezaleel R. Tredwell, the majority leader, opened the debate.",
            "State Rep. Noadiah Tredwell, the majority leader's younger brother, sat in the gallery.",
            "\"My brother has the harder job,\" Representative Tredwell said at the supper recess.");

        document.QuoteStarting("My brother").Speaker!.Name.ShouldBe("Noadiah Tredwell");
    }

    [TestMethod]
    public void His_brother_is_the_namesake_of_the_one_his_stands_for()
    {
        var document = Parse(
            "Two of the rescuers were brothers. Peleg Noakes, 46, a section foreman, and Orson Noakes, 39, a roof bolter, both volunteered.",
            "\"We found the first six sitting behind a canvas brattice,\" Peleg Noakes said.",
            "\"The good air was leaking out as fast as they could stop it,\" his brother said.");

        document.QuoteStarting("The good air").Speaker!.Name.ShouldBe("Orson Noakes");
    }

    [TestMethod]
    public void A_unions_local_is_the_body_and_the_union_is_it()
    {
        var miners = Parse(
            "\"He went back a third time,\" said Joah K. Stringwell, president of Local 6620 of the United Mine Workers. The union said it would ask the state for a public hearing.");
        var orderlies = Parse(
            "The strike was called by Local 302 of the Hospital Workers and Orderlies Union. The union said the strikers would let any nurse through.");

        miners.QuoteStarting("it would ask the state").Speaker!.Name.ShouldBe("Local 6620 of the United Mine Workers");
        orderlies.QuoteStarting("the strikers would let").Speaker!.Name.ShouldBe("Local 302 of the Hospital Workers and Orderlies Union");
    }

    [TestMethod]
    public void The_company_before_any_body_spoke_is_the_one_firm_the_text_names()
    {
        var document = Parse(
            "Negotiators for the Wastell Motor Coach Lines and its 680 drivers broke off talks at 3 a.m. today.",
            "The company said in a statement that the buses would run again on all 22 routes.");

        document.QuoteStarting("the buses would run").Speaker!.Name.ShouldBe("Wastell Motor Coach Lines");
    }

    [TestMethod]
    public void A_statement_in_commas_may_hold_the_hour_it_was_issued()
    {
        var document = Parse(
            "Gov. Oren P. Mainwaring, in a statement issued at the Executive Mansion at 10 p.m., said he would accept the food exemption.");

        var quote = document.Quotes.Single();
        quote.Text.ShouldBe("he would accept the food exemption");
        quote.Speaker!.Name.ShouldBe("Oren P. Mainwaring");
    }

    [TestMethod]
    public void A_role_phrase_with_a_body_in_apposition_is_the_body()
    {
        var document = Parse(
            "Council president Jotham O. Grimsby said the men got no more than men on the surface.",
            "The prime contractor, the Wexbourne Construction Co., said it was paying the scale set by the area agreement.",
            "At the adoption, the Rev. T. F. Zimmerly, general superintendent, commented, \"The church has been a bulwark.\"");

        document.QuoteStarting("it was paying the scale").Speaker!.Name.ShouldBe("Wexbourne Construction Co.");
        document.QuoteStarting("The church has been").Speaker!.Name.ShouldBe("T. F. Zimmerly");
    }

    [TestMethod]
    public void The_medium_before_a_clause_without_that_is_not_what_was_said()
    {
        var document = Parse("The Wexbourne Construction Co. said in a statement it was paying the scale set by the area agreement.");

        document.Quotes.Single().Text.ShouldBe("it was paying the scale set by the area agreement");
    }

    [TestMethod]
    public void The_company_after_a_name_with_nothing_of_a_persons_is_that_name()
    {
        var document = Parse(
            "Harbeck Ferries said a replacement part was being shipped from Norway.",
            "\"We know how difficult this is for islanders,\" the company said in a statement.");

        document.QuoteStarting("We know how").Speaker!.Name.ShouldBe("Harbeck Ferries");
    }

    [TestMethod]
    public void A_firm_named_with_a_comma_before_its_suffix_is_the_company()
    {
        var document = Parse(
            "SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ -- Lumina Devices, Inc. (NASDAQ: LMND) today reported revenue of $212 million.",
            "\"This was the strongest quarter in our history,\" said Maria Chen, chief executive officer.",
            "The company said the first chips would ship to customers in April.");

        var speaker = document.QuoteStarting("the first chips").Speaker!;
        speaker.Name.ShouldBe("Lumina Devices");
        speaker.Aliases.ShouldContain("Lumina Devices, Inc.");
    }

    [TestMethod]
    public void A_role_in_apposition_without_an_article_is_the_role_and_a_sentence_it_opens_is_that_persons()
    {
        var document = Parse(
            "Councilman Waldemar R. Brockhurst, chairman of the finance committee, said the budget would hold the tax rate.",
            "Councilman Mordecai L. Tattersby, who voted against the budget, said the committee had tucked $600,000 away.",
            "When Tattersby and Voskamp had both finished, the chairman rose a second time. He said the two men had voted for larger budgets before 1960.");

        document.QuoteStarting("the two men had voted").Speaker!.Name.ShouldBe("Waldemar R. Brockhurst");
        document.Quotes[0].Speaker!.Aliases.ShouldContain("the chairman");
    }

    [TestMethod]
    public void A_role_phrase_with_what_it_is_for_before_a_name_in_apposition_is_that_name()
    {
        var document = Parse(
            "Algernon F. Quiggley, president of the local, said the union had dropped its demand.",
            "The company has offered 11 cents an hour. Its vice president for labor relations, Fairfax G. Pennyfold, said the offer was \"fair, final and more than the industry is paying\".");

        document.QuoteStarting("fair, final").Speaker!.Name.ShouldBe("Fairfax G. Pennyfold");
    }

    [TestMethod]
    public void A_verb_before_an_infinitive_reports_nothing_and_a_compound_subjects_first_name_is_the_he_after_it()
    {
        var document = Parse(
            "Isidore M. Plaskitt, executive director of the authority, said the increase was the first since 1951.",
            "Plaskitt and the tenants' attorney, Seymour D. Rittenhall, agreed to meet Monday at the authority's office. He said the authority would open its books to any accountant the tenants chose.");

        document.Quotes.ShouldNotContain(q => q.Text.StartsWith("meet Monday", StringComparison.Ordinal));
        document.QuoteStarting("the authority would open").Speaker!.Name.ShouldBe("Isidore M. Plaskitt");
    }

    [TestMethod]
    public void So_said_at_the_start_of_the_next_paragraph_names_the_quote_paragraph_before_it()
    {
        var document = Parse(
            "\"We are not asking for the moon. We are asking for a dollar an hour.\"",
            "So said Zbigniew J. Wodzicki, president of Local 1108, as 340 kitchen workers walked off their jobs yesterday.");

        document.QuoteStarting("We are not asking").Speaker!.Name.ShouldBe("Zbigniew J. Wodzicki");
    }

    [TestMethod]
    public void An_office_after_a_title_is_no_ones_name()
    {
        var document = Parse(
            "Vice President Bill Boxwell came in late.",
            "\"If you hear of any names, let me know,\" the Vice President said.",
            "The Secretary of State said, \"We will see about that.\"");

        document.Speakers.ShouldNotContain(s => s.Name == "President" || s.Name == "State");
        document.QuoteStarting("If you hear").Speaker!.Name.ShouldBe("Bill Boxwell");
    }

    [TestMethod]
    public void An_age_after_a_surname_alone_confirms_the_full_name_capitals_only_suggested()
    {
        var document = Parse(
            "For 34 years Alanzo Polgrave has climbed the 96 steps of the light every evening. In October Polgrave, 63, will move ashore.",
            "\"I have slept on this rock more nights than anywhere else,\" he says.");

        document.QuoteStarting("I have slept").Speaker!.Name.ShouldBe("Alanzo Polgrave");
    }

    [TestMethod]
    public void A_he_no_confirmed_person_fits_is_the_full_name_only_capitals_suggested_that_was_a_subject()
    {
        var document = Parse(
            "At one o'clock in the morning at the Blue Kestrel, a narrow club on Water Street, Zebulon Ambrose puts his trumpet to his mouth.",
            "\"People ask me why I don't play it different after 34 years,\" he says.");

        document.QuoteStarting("People ask me").Speaker!.Name.ShouldBe("Zebulon Ambrose");
    }

    [TestMethod]
    public void Mrs_and_a_surname_is_not_the_man_whose_given_name_no_list_marks_as_a_womans()
    {
        var document = Parse(
            "Five years ago this month, Zsolt Tarkanyos walked across a frozen marsh with his wife and his daughter.",
            "\"In Hungary I worked 19 years and owned nothing,\" he says.",
            "Mrs. Tarkanyos works mornings in the bakery. She misses the black bread most of all, she says.");

        document.QuoteStarting("In Hungary").Speaker!.Name.ShouldBe("Zsolt Tarkanyos");
        document.Speakers.Single(s => s.Name == "Zsolt Tarkanyos").Aliases.ShouldNotContain("Mrs. Tarkanyos");
    }

    [TestMethod]
    public void A_he_in_an_opening_clause_with_a_year_keeps_the_one_the_story_follows()
    {
        var document = Parse(
            "Zebulon Ambrose was born in New Orleans in 1907. He played in Chicago and Kansas City.",
            "In 1929, when he was 22 and playing with Cyrenius Wagstone's orchestra, he told a Chicago newspaper that he would leave the band within a year.");

        document.QuoteStarting("he would leave").Speaker!.Name.ShouldBe("Zebulon Ambrose");
    }

    [TestMethod]
    public void The_older_and_the_younger_of_two_who_fit_a_role_are_the_first_and_the_last_the_story_named()
    {
        var document = Parse(
            "Dr. Eliphas Trebilco has delivered 2,300 babies in 46 years of practice.",
            "His son, Dr. Micaiah Trebilco, 38, came into the practice in 1953. \"My father thinks the telephone is a passing fad,\" the son says.",
            "The older doctor says he has nothing against the telephone. The younger doctor says he takes the night calls.");

        document.QuoteStarting("he has nothing against").Speaker!.Name.ShouldBe("Eliphas Trebilco");
        document.QuoteStarting("he takes the night calls").Speaker!.Name.ShouldBe("Micaiah Trebilco");
    }

    [TestMethod]
    public void According_to_a_body_named_in_capitals_after_the_is_that_body()
    {
        var document = Parse(
            "The family will be sworn in as citizens in January, according to the Immigration and Naturalization Service, which has approved all three applications.");

        var quote = document.Quotes.Single();
        quote.Text.ShouldBe("The family will be sworn in as citizens in January");
        quote.Speaker!.Name.ShouldBe("Immigration and Naturalization Service");
    }

    [TestMethod]
    public void A_nickname_the_text_gives_is_the_person_not_a_second_one()
    {
        var document = Parse(
            "When the last bell rings on Friday, Miss Thomasine Pellew will put her grade book in the bottom drawer of her desk.",
            "She is a small, straight woman of 68, and the children have called her \"Miss Tommie\" for as long as anyone can remember.",
            "\"You did not talk back to Miss Tommie,\" says Dr. Abiel Wadley, a dentist who was in her class in 1923.",
            "\"I am going to sleep until seven o'clock in the morning,\" Miss Tommie says.");

        document.Speakers.ShouldNotContain(s => s.Name == "Tommie");
        document.QuoteStarting("I am going to sleep").Speaker!.Name.ShouldBe("Thomasine Pellew");
    }

    [TestMethod]
    public void According_to_right_before_a_quote_in_the_sentence_names_its_speaker()
    {
        var document = Parse(
            "Three months ago Loy Tibbetson was pitching for a Legion team in Quarrytown.",
            "He weighs 180 pounds, and his fast ball, according to the club's manager, Orrin P. Vandermast, \"is the best I have seen in this league in 20 years\".");

        var quote = document.QuoteStarting("is the best I have seen");
        quote.Cue.ShouldBe("according to");
        quote.Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void A_speaker_given_by_role_is_the_person_the_next_sentence_says_he_is()
    {
        var document = Parse(
            "Loy Tibbetson has won eight games for the Herons since June. \"He throws the fast ball and he throws the curve\", the manager, Orrin P. Vandermast, says.",
            "The man who signed him was a scout who saw him pitch in a cow pasture. \"I saw three pitches and I went to the car for the contract\", the scout says. \"I did not need to see the fourth\". He is Ebenezer Quillby, 64, who has signed players for the Herons since 1927.");

        document.QuoteStarting("I saw three pitches").Speaker!.Name.ShouldBe("Ebenezer Quillby");
        document.QuoteStarting("I did not need to see").Speaker!.Name.ShouldBe("Ebenezer Quillby");
        document.QuoteStarting("He throws the fast ball").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void She_says_then_she_is_a_named_woman_is_that_woman()
    {
        var document = Parse(
            "Mrs. Ilse Varkonyi misses her mother, she says, and writes to her every week.",
            "One neighbor came to the door with a pie the first week. \"I figured anybody who walked out of Hungary had earned a pie\", she says. She is Mrs. Obed Harrowgate, who lives next door.");

        document.QuoteStarting("I figured anybody").Speaker!.Name.ShouldBe("Mrs. Obed Harrowgate");
    }

    [TestMethod]
    public void A_remark_by_a_person_that_closes_in_a_quote_is_that_persons()
    {
        var document = Parse(
            "Linwood -- Two candidates last night disagreed on the value of using as an issue a remark by Orrin P. Vandermast, the Democratic candidate, that the party is \"Campaigning on the Carcass of Old Republicanism\".");

        var quote = document.QuoteStarting("Campaigning on the Carcass");
        quote.Speaker!.Name.ShouldBe("Orrin P. Vandermast");
        quote.Cue.ShouldBe("remark");
    }

    [TestMethod]
    public void The_union_is_the_union_named_last_before_it()
    {
        var document = Parse(
            "QUARRYTOWN (UPI) -- Some 3,200 members of the Amalgamated Kiln Workers struck the Ollerton Brick Company at midnight after talks broke down.",
            "The union said in a statement that the company had rejected every proposal made since August.");

        document.QuoteStarting("the company had rejected").Speaker!.Name.ShouldBe("Amalgamated Kiln Workers");
    }

    [TestMethod]
    public void The_company_is_the_firm_named_last_before_it_when_the_text_names_several()
    {
        var document = Parse(
            "The Ollerton Brick Corp. and the Kiln and Clay Workers Union signed a three-year contract yesterday, ending a month of talks.",
            "The contract gives the 1,600 workers a raise of 9 cents an hour now, the company said in a statement.",
            "Elsewhere, 340 drivers of the Keswin Dairy Co. voted to go back to work Monday.",
            "Brimley Mills, the textile maker, reported a loss for the quarter. The company said the loss came from cheap imported cloth.");

        document.QuoteStarting("The contract gives").Speaker!.Name.ShouldBe("Ollerton Brick Corp.");
        document.QuoteStarting("the loss came from").Speaker!.Name.ShouldBe("Brimley Mills");
    }

    [TestMethod]
    public void The_report_is_the_words_of_the_body_that_made_it_named_with_its_office()
    {
        var document = Parse(
            "The Governor's Commission on Mental Health made its report to Gov. Orrin P. Vandermast after 14 months of study.",
            "\"The state has built no new ward at Quarrytown since 1931\", the report stated.",
            "The report said 400 patients sleep in corridors.");

        document.QuoteStarting("The state has built").Speaker!.Name.ShouldBe("Governor's Commission on Mental Health");
        document.QuoteStarting("400 patients sleep").Speaker!.Name.ShouldBe("Governor's Commission on Mental Health");
    }

    [TestMethod]
    public void He_who_opens_a_sentence_stays_the_one_followed_though_another_speaks_in_it()
    {
        var document = Parse(
            "Gov. Orrin P. Vandermast told 1,400 delegates to the state convention last night that the party \"must stop apologizing for the schools\".",
            "He was introduced by the state chairman, Ebenezer Quillby, who called him \"the best governor this state has had since the war\".",
            "\"We have been told for six years that the state cannot afford new schools\", he declared.");

        document.QuoteStarting("the best governor").Speaker!.Name.ShouldBe("Ebenezer Quillby");
        document.QuoteStarting("We have been told").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void A_number_after_said_opens_what_was_said()
    {
        var document = Parse("Gov. Orrin P. Vandermast said 61,000 children in the state are attending school on half-day sessions, and that the number would grow.");

        document.QuoteStarting("61,000 children in the state").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void A_role_with_an_indefinite_article_in_a_lede_is_the_person_named_after_it()
    {
        var document = Parse(
            "A visiting astronomer predicted last night that an American would stand on the moon \"before the children in this room are out of college\".",
            "The speaker, Dr. Orrin P. Vandermast, director of the Quarrytown Observatory, gave the annual lecture of the academy.");

        document.QuoteStarting("an American would stand").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
        document.QuoteStarting("before the children").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void The_president_of_a_union_local_in_a_lede_is_the_person_named_after_it()
    {
        var document = Parse(
            "The president of Local 412 of the United Kiln and Clay Workers told 2,200 members at a rally last night that the Ollerton Brick Co. had \"made its last offer to a union that will not take it\".",
            "The union president, Orrin P. Vandermast, asked the members to vote on Thursday to authorize a strike.");

        document.QuoteStarting("made its last offer").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void An_attribution_set_into_a_sentence_reports_both_sides_of_it()
    {
        var document = Parse(
            "Gov. Orrin P. Vandermast spoke for fifty minutes.",
            "The state, he said, could borrow the whole $90 million and still owe less than any of its neighbors.",
            "The towns had the money, he said, but not the people to spend it.");

        var borrow = document.QuoteContaining("could borrow the whole $90 million");
        borrow.Text.ShouldStartWith("The state");
        borrow.Speaker!.Name.ShouldBe("Orrin P. Vandermast");
        document.QuoteContaining("but not the people to spend it").Text.ShouldStartWith("The towns had the money");
    }

    [TestMethod]
    public void The_speaker_is_a_role_the_person_introduced_as_it_holds()
    {
        var document = Parse(
            "The speaker, Dr. Orrin P. Vandermast, director of the Quarrytown Observatory, gave the annual lecture of the academy.",
            "He was introduced by the academy's president, Dr. Ebenezer Quillby, a chemist.",
            "The speaker said he did not think the first men who went would be scientists.");

        document.QuoteStarting("he did not think").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void Charged_that_reports_and_charged_with_does_not()
    {
        var document = Parse(
            "Orrin P. Vandermast spoke for an hour. He charged that the company had offered a raise of six cents an hour to men who had waited three years.",
            "Ebenezer Quillby was charged with reckless driving after the crash on Route 47 yesterday.");

        document.QuoteStarting("the company had offered").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
        document.Quotes.ShouldNotContain(q => q.Text.Contains("reckless driving", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Letters_sent_by_a_body_speak_for_it()
    {
        var document = Parse(
            "The demands were set forth in letters to seven owners of first-run theaters by the Committee on Appeal for Fair Housing.",
            "\"We intend to attend the downtown theaters before the first of the year\", the identically worded letters said.");

        document.QuoteStarting("We intend to attend").Speaker!.Name.ShouldBe("Committee on Appeal for Fair Housing");
    }

    [TestMethod]
    public void It_says_after_a_sentence_about_a_document_is_its_authors()
    {
        var document = Parse(
            "Rep. Orrin Vandermast of Quarrytown is asking the House in a privilege resolution to \"endorse increased federal support for public education\".",
            "The resolution, which Vandermast tossed into the House hopper Friday, will be formally read Monday. It says that \"in the event Congress does provide this increase in federal funds\", the board should act.");

        document.QuoteStarting("in the event Congress").Speaker!.Name.ShouldBe("Orrin Vandermast");
    }

    [TestMethod]
    public void The_club_is_the_team_the_story_names_most()
    {
        var document = Parse(
            "Outfielder Garrison Quillby, who hit .318 for the Harwick Herons last season, returned his contract unsigned today.",
            "The Herons also announced that they had traded a rookie and $40,000 to the Sunfield Otters for the catcher Loy Tibbetson.",
            "In a statement, the club said Tibbetson \"will give our young pitchers the steady hand behind the plate\".");

        document.QuoteStarting("will give our young pitchers").Speaker!.Name.ShouldBe("Harwick Herons");
    }

    [TestMethod]
    public void A_given_name_in_abel_is_a_womans_own_and_trooper_is_a_title()
    {
        var document = Parse(
            "Mrs. Mehitabel Quillby told the jury that she heard two shots. \"I heard two shots, one right after the other\", she said.",
            "Trooper Kit Tibbetson said the sedan had been doing more than 100 miles an hour.");

        document.QuoteStarting("I heard two shots").Speaker!.Name.ShouldBe("Mehitabel Quillby");
        document.QuoteStarting("the sedan had been").Speaker!.Name.ShouldBe("Kit Tibbetson");
    }

    [TestMethod]
    public void A_commander_in_apposition_is_the_man_and_a_question_in_testimony_names_no_one()
    {
        var document = Parse(
            "The new commander of the Fourth Precinct, Capt. Orrin Vandermast, said he had been given \"a clean broom and a free hand\".",
            "Q. Did he acknowledge it? A. He did. He said he had it and he would go around.");

        document.QuoteStarting("a clean broom").Speaker!.Name.ShouldBe("Orrin Vandermast");
        document.Speakers.ShouldNotContain(s => s.Name.StartsWith("Q.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void He_after_an_unnamed_spokesman_in_his_paragraph_is_the_body_he_speaks_for()
    {
        var document = Parse(
            "State police said the car, driven by Gerrit Quillby, 27, had crossed the center line on a wet pavement.",
            "A spokesman for the state police said the highway was closed for four hours while firemen fought the blaze. He said it was the worst accident on the road since 1954.");

        document.QuoteStarting("the highway was closed").Speaker!.Name.ShouldBe("state police");
        document.QuoteStarting("it was the worst accident").Speaker!.Name.ShouldBe("state police");
    }

    [TestMethod]
    public void Who_said_after_two_appositions_is_the_person_named_before_them()
    {
        var document = Parse(
            "The defense also called Miss Ursula Quillby, 22, an usherette at the Regal Theater, who said she remembered a young man alone in the balcony that night.");

        document.QuoteStarting("she remembered a young man").Speaker!.Name.ShouldBe("Ursula Quillby");
    }

    [TestMethod]
    public void A_spokesman_named_by_the_kind_of_his_body_speaks_for_it()
    {
        var document = Parse(
            "Two of the rescued were taken to St. Ebba Hospital. A hospital spokesman said both were in fair condition and would be kept for a few days.");

        document.QuoteStarting("both were in fair condition").Speaker!.Name.ShouldBe("St. Ebba Hospital");
    }

    [TestMethod]
    public void A_statement_read_on_his_behalf_is_the_clients()
    {
        var document = Parse(
            "The grand jury indicted Orrin Vandermast, the county treasurer, on four counts.",
            "Vandermast surrendered at the courthouse an hour later. His attorney, Pettus Quillby, read a statement on his behalf to reporters on the courthouse steps.",
            "\"I have served this county for 17 years and I have never taken a dollar\", the statement said.");

        document.QuoteStarting("I have served this county").Speaker!.Name.ShouldBe("Orrin Vandermast");
    }

    [TestMethod]
    public void A_body_at_a_place_is_the_body()
    {
        var document = Parse("The Weather Bureau at Quarrytown said the storm formed about 20 miles southwest of the town.");

        document.QuoteStarting("the storm formed").Speaker!.Name.ShouldBe("Weather Bureau");
    }

    [TestMethod]
    public void Mrs_and_her_husbands_full_name_is_his_wife_not_him()
    {
        var document = Parse(
            "The airline's director of flight operations said the pilot, Capt. Orrin Vandermast, had flown 14,000 hours.",
            "\"Orrin Vandermast was the best instrument pilot we had\", the director said.",
            "Vandermast's widow, Mrs. Orrin Vandermast, who sat in the hearing room, said later that she had come \"to hear the truth, whatever it is\".");

        document.QuoteStarting("to hear the truth").Speaker!.Name.ShouldBe("Mrs. Orrin Vandermast");
    }

    [TestMethod]
    public void A_mans_full_name_after_his_wife_styled_by_it_is_the_man()
    {
        var document = Parse(
            "Mrs. Orrin P. Vandermast, the club's president, said the show had drawn 600 visitors.",
            "Her husband, Orrin P. Vandermast, said he had been growing dahlias for 30 years. \"My wife runs the club and I run the dahlias\", he said.");

        document.QuoteStarting("the show had drawn").Speaker!.Name.ShouldBe("Mrs. Orrin P. Vandermast");
        document.QuoteStarting("he had been growing").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
        document.QuoteStarting("My wife runs the club").Speaker!.Name.ShouldBe("Orrin P. Vandermast");
    }

    [TestMethod]
    public void Given_names_in_ione_and_nthe_are_womens_own()
    {
        var document = Parse(
            "The blue ribbon went to Mrs. Ione Quillby, of 27 Wicket Lane. Mrs. Quillby said she had cut the forsythia in February and forced it in the cellar.",
            "Her aunt, Mrs. Ianthe Quillby, won the tulip class. \"I do not know what I do to them\", she said.");

        document.QuoteStarting("she had cut the forsythia").Speaker!.Name.ShouldBe("Ione Quillby");
        document.QuoteStarting("I do not know what I do").Speaker!.Name.ShouldBe("Ianthe Quillby");
    }

    [TestMethod]
    public void She_is_the_woman_a_given_name_marks_though_another_is_styled_mrs()
    {
        var document = Parse(
            "Mrs. Cadwal W. Quillby, president of the auxiliary, presented the check.",
            "Dr. Cordelia Vandermast, president of Ravenhurst College, told 130 alumnae at a luncheon yesterday that the college would admit 40 more freshmen.",
            "She said the college had received 1,100 applications for 260 places.");

        document.QuoteStarting("the college had received").Speaker!.Name.ShouldBe("Cordelia Vandermast");
    }

    [TestMethod]
    public void The_moderator_in_apposition_is_the_woman_named()
    {
        var document = Parse("The moderator, Mrs. Peverell A. Quillby, president of the league, said the league had taken no stand on the bond issue.");

        document.QuoteStarting("the league had taken").Speaker!.Name.ShouldBe("Mrs. Peverell A. Quillby");
    }

    [TestMethod]
    public void The_board_of_directors_of_a_firm_speaks_for_the_firm()
    {
        var document = Parse(
            "Stockholders of the Quarrytown Paper Co. re-elected all nine directors at the annual meeting yesterday.",
            "The board of directors announced that the regular quarterly dividend of 40 cents a share would be paid Dec. 15.");

        document.QuoteStarting("the regular quarterly dividend").Speaker!.Name.ShouldBe("Quarrytown Paper Co.");
    }

    [TestMethod]
    public void The_company_is_the_firm_named_last_by_its_first_word()
    {
        var document = Parse(
            "The Quarrytown Plastics Corp. will build a plant on a tract bought from the Kibble Realty Co., which has held it since 1952.",
            "The plant will use 800,000 gallons of water a day, according to Quarrytown. The company said it would build its own treatment works.");

        document.QuoteStarting("it would build its own").Speaker!.Name.ShouldBe("Quarrytown Plastics Corp.");
    }

    [TestMethod]
    public void A_sports_writers_nickname_used_once_is_the_player_named_before_it()
    {
        var document = Parse(
            "Ex-Oriole Jack Vandermast, now catching for the A's is all for the league's expansion to the West Coast.",
            "\"But they shouldda brought in Tokyo, too\", added Old Quarrybones. \"Then we'd really have someplace to go\".");

        document.QuoteStarting("But they shouldda").Speaker!.Name.ShouldBe("Jack Vandermast");
        document.Speakers.ShouldNotContain(s => s.Name == "Old Quarrybones");
    }

    [TestMethod]
    public void The_union_is_the_local_that_spoke_or_was_named_last_not_the_first_the_story_names()
    {
        var document = Parse(
            "Local 561 of the United Dairy and Creamery Workers said in a statement that the contract was fair. The union said the drivers would get a third week of vacation.",
            "Negotiators for the Quarrytown Baking Co. and Local 88 of the Bakery Drivers and Helpers Union recessed their talks last night. The union said it would not strike before Monday.");

        document.QuoteStarting("the drivers would get").Speaker!.Name.ShouldBe("Local 561 of the United Dairy and Creamery Workers");
        document.QuoteStarting("it would not strike").Speaker!.Name.ShouldBe("Local 88 of the Bakery Drivers and Helpers Union");
    }

    [TestMethod]
    public void The_club_is_the_team_of_the_paragraph_when_every_paragraph_names_a_new_one()
    {
        var paragraphs = Enumerable.Range(0, 40).Select(n => $"The Quarry{(char)('a' + n % 26)}{(char)('a' + n / 26)} Comets won again. The club said it was glad.").ToArray();

        var document = Parse(paragraphs);

        document.Quotes[0].Speaker!.Name.ShouldBe("Quarryaa Comets");
        document.Quotes[document.Quotes.Count - 1].Speaker!.Name.ShouldBe("Quarrynb Comets");
    }

    [TestMethod]
    public void A_sentence_opening_with_but_reports_as_any_other()
    {
        var document = Parse("Quarrel said he had not asked for a strike vote. But he said the men would not work past June 30 without a contract.");

        document.QuoteStarting("the men would not work").Speaker!.Name.ShouldBe("Quarrel");
    }

    [TestMethod]
    public void A_second_statement_after_but_he_said_is_its_own()
    {
        var document = Parse("Quarrington said the electronics issues were high, but he said he did not expect them to fall soon.");

        document.QuoteStarting("the electronics issues were high").Text.ShouldNotContain("fall soon");
        document.QuoteStarting("he did not expect them").Speaker!.Name.ShouldBe("Quarrington");
    }

    [TestMethod]
    public void According_to_a_body_by_its_common_noun_or_its_figures_is_the_body()
    {
        var document = Parse(
            "Volume on the Quarrydale Stock Exchange reached 1,240,000 shares, against 960,000 on Tuesday, according to the exchange.",
            "Deposits at member banks rose 4 per cent in 1960, according to figures released by the Federal Reserve Bank of Quarrydale.");

        document.QuoteStarting("Volume on the Quarrydale").Speaker!.Name.ShouldBe("Quarrydale Stock Exchange");
        document.QuoteStarting("Deposits at member banks").Speaker!.Name.ShouldBe("Federal Reserve Bank of Quarrydale");
    }

    [TestMethod]
    public void According_to_a_role_and_a_clergyman_named_after_it_is_the_clergyman()
    {
        var document = Parse("Membership in the synod's 212 churches rose 2.4 per cent last year, according to its statistician, the Rev. Quintus Ashdale.");

        document.QuoteStarting("Membership in the synod").Speaker!.Name.ShouldBe("Quintus Ashdale");
    }

    [TestMethod]
    public void A_title_quoted_inside_an_apposition_does_not_cut_the_attribution_off()
    {
        var document = Parse("The settlers were \"hard-headed traders, not the sleepyheads of the storybooks\", Quillon Ashworth, the author of \"The River Folk\", told 300 members of the club.");

        document.QuoteStarting("hard-headed traders").Speaker!.Name.ShouldBe("Quillon Ashworth");
        document.Speakers.ShouldNotContain(s => s.Name == "River Folk");
    }

    [TestMethod]
    public void A_delegate_named_in_apposition_is_the_speaker()
    {
        var document = Parse("The delegate of Quarravia, Zoltan Quarrik, said his government was ready to accept the draft.");

        document.QuoteStarting("his government was ready").Speaker!.Name.ShouldBe("Zoltan Quarrik");
    }

    [TestMethod]
    public void Whom_a_body_quoted_as_saying_something_said_it()
    {
        var document = Parse(
            "The official news agency, Agencia Quarra, quoted the Minister of the Interior, Col. Teodoro Quarriaga, as saying that the plotters had been paid in foreign money.",
            "Later in the evening Quarriaga was quoted as saying: \"The army is loyal, and the people are loyal\".",
            "A magazine once quoted him as saying that a bridge was \"a promise made in steel to people you will never meet\".");

        document.QuoteStarting("the plotters had been paid").Speaker!.Name.ShouldBe("Teodoro Quarriaga");
        document.QuoteStarting("The army is loyal").Speaker!.Name.ShouldBe("Teodoro Quarriaga");
        document.QuoteStarting("a promise made in steel").Speaker!.Name.ShouldBe("Teodoro Quarriaga");
    }

    [TestMethod]
    public void The_government_radio_is_the_only_radio_the_story_names()
    {
        var document = Parse(
            "The government radio said tonight that troops loyal to the president had put down a plot.",
            "Radio Quarrantia said in a later broadcast that 14 officers had been arrested.");

        document.QuoteStarting("troops loyal to the president").Speaker!.Name.ShouldBe("Radio Quarrantia");
    }

    [TestMethod]
    public void The_station_is_the_broadcaster_its_call_letters_name()
    {
        var document = Parse("WQRX-TV, Channel 8, will begin a weekly half-hour program on the history of the valley Oct. 3, the station said.");

        document.QuoteStarting("WQRX-TV, Channel 8").Speaker!.Name.ShouldBe("WQRX-TV");
    }

    [TestMethod]
    public void A_firm_that_said_something_in_a_clause_after_after_said_it()
    {
        var document = Parse("Quarrington Copper fell 5/8 after the Quarrington Copper Co. said its first-quarter earnings had dropped 22 per cent.");

        document.QuoteStarting("its first-quarter earnings").Speaker!.Name.ShouldBe("Quarrington Copper Co.");
    }

    [TestMethod]
    public void The_agency_is_the_government_agency_the_statement_or_the_story_names()
    {
        var document = Parse(
            "The Small Business Administration has approved a $150,000 loan to the Quarrington Tool Co., the agency announced yesterday.",
            "The loan will be made jointly with the Quarrington Trust Co., the agency said.");

        document.QuoteStarting("The Small Business Administration has").Speaker!.Name.ShouldBe("Small Business Administration");
        document.QuoteStarting("The loan will be made").Speaker!.Name.ShouldBe("Small Business Administration");
    }

    [TestMethod]
    public void A_trailing_attribution_with_a_day_and_a_medium_after_its_verb_reports_the_clause_before_it()
    {
        var document = Parse("Business in the Quarrydale district will end the year about 6 per cent ahead of 1960, the Quarrydale National Bank said yesterday in its monthly business letter.");

        document.QuoteStarting("Business in the Quarrydale").Speaker!.Name.ShouldBe("Quarrydale National Bank");
    }

    [TestMethod]
    public void A_body_of_five_words_forecasts()
    {
        var document = Parse("Sales of new cars in the state will rise about 9 per cent in 1962, to some 148,000, the Quarry Lake Automobile Dealers Association forecast yesterday.");

        document.QuoteStarting("Sales of new cars").Speaker!.Name.ShouldBe("Quarry Lake Automobile Dealers Association");
    }

    [TestMethod]
    public void A_titled_name_followed_by_of_the_and_a_body_is_the_person()
    {
        var document = Parse("Fire Chief Quintus Ashfeld of the Quarrydorf Volunteer Fire Company said the fire started in the kitchen.");

        document.QuoteStarting("the fire started").Speaker!.Name.ShouldBe("Quintus Ashfeld");
    }

    [TestMethod]
    public void A_name_ending_in_junior_keeps_its_period()
    {
        var document = Parse("Quintus Ashfeld Jr. said he got up at 4:30 a.m. to go to work.");

        document.QuoteStarting("he got up").Speaker!.Name.ShouldBe("Quintus Ashfeld Jr.");
    }

    [TestMethod]
    public void A_nickname_in_quote_marks_inside_a_name_is_no_quote_and_no_break_in_the_name()
    {
        var document = Parse(
            "Aurelio \"Pepper\" Quarrocchi, whose band played to 1,900 dancers last night, said the band had played 61 one-night stands.",
            "Quarrocchi said rock and roll \"will be gone in five years\".");

        document.Quotes.ShouldNotContain(q => q.Text == "Pepper");
        document.QuoteStarting("the band had played").Speaker!.Name.ShouldBe("Aurelio Quarrocchi");
        document.QuoteStarting("will be gone").Speaker!.Name.ShouldBe("Aurelio Quarrocchi");
        document.Paragraphs[1].Text.ShouldStartWith("Aurelio \"Pepper\" Quarrocchi");
    }

    [TestMethod]
    public void A_performers_real_name_is_the_performer_not_a_second_person()
    {
        var document = Parse(
            "Bingo Quarrel, the television comedian, told the club yesterday that he had learned to be funny in his father's store.",
            "Quarrel, whose real name is Spiro Quarrakis, grew up on Ionian Street.",
            "The comedian spoke for 35 minutes. \"I was the only boy on the street who wanted to be a comedian\", he said.");

        document.Speakers.ShouldNotContain(s => s.Name == "Spiro Quarrakis");
        document.Speakers.Single(s => s.Name == "Bingo Quarrel").Aliases.ShouldContain("Spiro Quarrakis");
        document.QuoteStarting("I was the only boy").Speaker!.Name.ShouldBe("Bingo Quarrel");
    }

    [TestMethod]
    public void The_elder_and_the_younger_of_one_surname_are_father_and_son()
    {
        var document = Parse(
            "The theater is managed by Gijs Quarrelsen, who took it over in 1950.",
            "It was built in 1921 by the manager's father, Obbe Quarrelsen, who still comes most evenings. The elder Quarrelsen said he had opened it with a silent picture.",
            "The younger Quarrelsen said the foreign films would be shown with English titles.");

        document.QuoteStarting("he had opened it").Speaker!.Name.ShouldBe("Obbe Quarrelsen");
        document.QuoteStarting("the foreign films").Speaker!.Name.ShouldBe("Gijs Quarrelsen");
    }

    [TestMethod]
    public void A_role_before_a_surname_in_the_headline_is_no_part_of_the_name()
    {
        var document = ParseUnder(
            "Poet Quarrowczyk named to new chair",
            "Claudell Quarrowczyk, the poet, will join the faculty in September.",
            "Quarrowczyk said he would drive to the campus once a week.");

        document.QuoteStarting("he would drive").Speaker!.Name.ShouldBe("Claudell Quarrowczyk");
    }

    [TestMethod]
    public void A_name_no_list_knows_is_a_person_when_a_role_apposition_follows_it()
    {
        var document = Parse(
            "Claiborne R. Quarrogvary, a member of the board since 1957, spoke at the annual meeting of the bankers.",
            "He said the board had no intention of raising the discount rate.");

        document.QuoteStarting("the board had no intention").Speaker!.Name.ShouldBe("Claiborne R. Quarrogvary");
    }

    [TestMethod]
    public void A_firm_after_an_opening_place_speaks_with_its_article()
    {
        var document = Parse("At Pittsburgh, the Quarravanu Steel Corp. said it had called back 1,400 men at its works since May 1.");

        document.QuoteStarting("it had called back").Speaker!.Name.ShouldBe("Quarravanu Steel Corp.");
    }
}
