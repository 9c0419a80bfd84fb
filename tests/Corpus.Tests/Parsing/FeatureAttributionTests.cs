using System.Linq;

namespace Corpus.Tests.Parsing;

/// <summary>
/// Attributions that features, magazines and essays use as often as reportage, found on real text nobody here wrote
/// (Brown categories F and G, tests/data/lore and tests/data/essays): present-tense and shouted verbs, a verb before
/// its subject, a speaker's words named by a noun, a quote after a sentence about what someone does, a partial quote
/// built into what a sentence's subject does. Every text here is written for the test.
/// </summary>
[TestClass]
public sealed class FeatureAttributionTests
{
    private const string Title = "The doctor who sold light";

    private static Document Parse(params string[] body) => Article.Parse(new[] { Title }.Concat(body).ToArray());

    private static Quote Quote(Document document, string opening) => document.QuoteStarting(opening);

    [TestMethod]
    public void A_present_tense_verb_after_the_quote_attributes_it()
    {
        var document = Parse(
            "Dr. Alan Brodie treats children in Chicago.",
            "\"Let the orthodontist decide the proper time to start treatment\", he urges.");

        Quote(document, "Let the").Speaker!.Name.ShouldBe("Alan Brodie");
    }

    [TestMethod]
    public void An_adverb_between_speaker_and_shouted_verb_is_no_obstacle()
    {
        var document = Parse("\"Cancer\"! Mrs. Clara Shaefer practically shrieked. \"You never told me I had cancer.\"");

        Quote(document, "You never").Speaker!.Name.ShouldBe("Clara Shaefer");
    }

    [TestMethod]
    public void Says_before_its_subject_and_a_colon_names_the_speaker()
    {
        var document = Parse("Says Walter Jannsen, director of the agency's information office: \"Quacks aim their appeal at older people.\"");

        Quote(document, "Quacks").Speaker!.Name.ShouldBe("Walter Jannsen");
    }

    [TestMethod]
    public void Says_in_commas_before_a_quote_names_the_speaker()
    {
        var document = Parse("The dinners, which before 1924, says Fred Pasley, \"had been held with more or less stealth\", became public.");

        Quote(document, "had been").Speaker!.Name.ShouldBe("Fred Pasley");
    }

    [TestMethod]
    public void A_speakers_reaction_named_by_its_noun_is_theirs()
    {
        var document = Parse("Two policemen demanded $300 from the convoy. Dean O'Banion's reaction was: \"Three hundred dollars! To them bums?\"");

        Quote(document, "Three hundred").Speaker!.Name.ShouldBe("Dean O'Banion");
    }

    [TestMethod]
    public void A_committee_of_a_named_body_speaks_for_the_body()
    {
        var document = Parse(
            "In 1931 a committee of the Federal Council of Churches approved the report.",
            "\"The need is plain\", the committee declared, \"and there can be no doubt of it.\"");

        Quote(document, "The need").Speaker!.Name.ShouldBe("Federal Council of Churches");
    }

    [TestMethod]
    public void Police_named_by_their_country_are_the_speaker()
    {
        var document = Parse("\"Her circle of admirers grew too wide\", Egyptian police said, \"and it caused distrust.\"");

        Quote(document, "Her circle").Speaker!.Name.ShouldContain("police");
    }

    [TestMethod]
    public void A_man_named_by_his_state_is_nobodys_name()
    {
        var document = Parse("A Floridian stated that his officers were \"not fit to tote guts to a bear\".");

        document.Quotes.ShouldAllBe(q => q.Speaker == null || q.Speaker.Name != "Floridian" && q.Speaker.Name != "A Floridian");
    }

    [TestMethod]
    public void A_verb_after_would_introduces_a_quote()
    {
        var document = Parse("Mary Lou Brew had a way with dates. When one tried to leave, she would tell him, \"If you go home now, I'll scream.\"");

        Quote(document, "If you go").Speaker!.Name.ShouldBe("Mary Lou Brew");
    }

    [TestMethod]
    public void A_medium_in_commas_between_subject_and_verb_is_no_obstacle()
    {
        var document = Parse("Thomas Taylor, a private in the 6th Alabama Volunteers, in a letter to his wife, stated: \"My heart is with you.\"");

        Quote(document, "My heart").Speaker!.Name.ShouldBe("Thomas Taylor");
    }

    [TestMethod]
    public void A_colon_lead_in_deep_in_a_story_is_no_title_and_introduces_the_next_quote()
    {
        var document = Article.Parse(
            "It was when she was seized as a witness that she got her title.",
            "The New York police held her for a week.",
            "Clad in mink, she listened to Assistant District Attorney Anthony Lane describe her to the judge:",
            "\"This girl is the Golden Girl of cafe society.\"");

        document.Paragraphs.ShouldNotContain(p => p.Role == ParagraphRole.Title);
        Quote(document, "This girl").Speaker!.Name.ShouldBe("Anthony Lane");
    }

    [TestMethod]
    public void A_paragraph_that_is_one_quotation_is_no_headline()
    {
        var document = Article.Parse(
            "\"The food is wonderful and it is a lot of fun to be here\"!",
            "So wrote a girl of twelve from summer camp to her parents in Ohio.");

        document.Paragraphs[0].Role.ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void He_is_not_a_woman_named_by_her_given_name_alone()
    {
        var document = Parse(
            "Minot Kelley owned the club.",
            "\"You can't do this to us\", Diane screamed. \"We are Americans.\"",
            "After a few minutes he said, \"You will have to leave the hotel.\"");

        Quote(document, "You will").Speaker!.Name.ShouldBe("Minot Kelley");
        Quote(document, "We are").Speaker!.Name.ShouldBe("Diane"); // A short quoted sentence goes on with the quote before it.
    }

    [TestMethod]
    public void As_the_speaker_promised_after_a_quote_names_the_speaker()
    {
        var document = Parse("Out of the war the citizen emerged in \"a new birth of freedom\", as Abraham Lincoln promised.");

        Quote(document, "a new birth").Speaker!.Name.ShouldBe("Abraham Lincoln");
    }

    [TestMethod]
    public void According_to_after_a_quote_names_the_speaker()
    {
        var document = Parse("Helion was ranked \"as one of the mature leaders of the modern movement\", according to Herbert Read.");

        Quote(document, "as one of").Speaker!.Name.ShouldBe("Herbert Read");
    }

    [TestMethod]
    public void Words_of_a_person_in_parentheses_after_a_quote_name_the_speaker()
    {
        var document = Parse("The mores changed with \"deliberate speed, majestic instancy\" (Francis Thompson's words for the pursuit).");

        Quote(document, "deliberate").Speaker!.Name.ShouldBe("Francis Thompson");
    }

    [TestMethod]
    public void A_verb_of_speaking_before_a_colon_introduces_the_quote()
    {
        var document = Parse(
            "William Steinberg spoke with warmth and enthusiasm about Italy: \"Rome is my second home.\"",
            "Henry Margenau remarks: \"A large number of epicycles was needed.\"");

        Quote(document, "Rome").Speaker!.Name.ShouldBe("William Steinberg");
        Quote(document, "A large").Speaker!.Name.ShouldBe("Henry Margenau");
    }

    [TestMethod]
    public void A_quote_after_a_sentence_about_what_a_person_does_is_theirs()
    {
        var document = Parse(
            "Ernest Gross met the reporter in his office.",
            "Gross swung his swivel chair. \"Well, how could that have been? I don't consider that he was prejudged.\"");

        Quote(document, "Well").Speaker!.Name.ShouldBe("Ernest Gross");
    }

    [TestMethod]
    public void A_partial_quote_in_what_the_subject_asks_is_the_subjects()
    {
        var document = Parse(
            "Rep. Mac Barber filed the resolution on Friday.",
            "Rep. Mac Barber is asking the House in a resolution to \"endorse increased federal support for public education\" as state funds.");

        Quote(document, "endorse").Speaker!.Name.ShouldBe("Mac Barber");
    }

    [TestMethod]
    public void A_guessed_subject_never_makes_a_new_speaker()
    {
        var document = Parse("Armed with a map the scouts set off to \"find the river by noon and camp there for the night\".");

        document.Quotes.ShouldAllBe(q => q.Speaker == null || !q.Speaker.Name.StartsWith("Armed"));
    }

    [TestMethod]
    public void The_subject_of_a_passive_sentence_is_not_the_speaker()
    {
        var document = Parse(
            "The term jury began its work on Monday.",
            "The term jury had been charged by Judge Durwood Pye to investigate reports of possible \"irregularities\" in the primary.");

        document.Quotes.ShouldAllBe(q => q.Speaker == null || !q.Speaker.Name.Contains("jury"));
    }

    [TestMethod]
    public void He_who_glares_at_another_stays_the_one_who_speaks()
    {
        var document = Parse(
            "Ernest Gross answered the questions of Peter Marshall.",
            "Gross bristled. For an instant he glared speechless at Marshall. \"Listen\", he said. \"I thought the report was confidential.\"");

        Quote(document, "I thought").Speaker!.Name.ShouldBe("Ernest Gross");
    }

    [TestMethod]
    public void A_capitalized_verb_before_its_subject_opens_a_quote()
    {
        var document = Parse("Johnny Weiss telephoned Maureen Sullivan and muttered, \"Me Tarzan, this Jane?\" Snapped Maureen Sullivan, \"Me Jane and you are late!\"");

        Quote(document, "Me Jane").Speaker!.Name.ShouldBe("Maureen Sullivan");
    }

    [TestMethod]
    public void Capitalized_adjectives_before_police_name_no_one()
    {
        var document = Parse(
            "Minot Kelley was the actor's friend.",
            "Discreet Italian police described it in a manner typically continental.",
            "\"There had been a party in the suite, and both ladies were bleeding from scratches.\"");

        document.Quotes.ShouldAllBe(q => q.Speaker == null || q.Speaker.Name != "Discreet Italian");
    }

    [TestMethod]
    [DataRow("\"Fear possessed me, and the certainty of war\", Jean Helion has related.")]
    [DataRow("\"Think continentally\", Jean Helion counseled the young nation.")]
    [DataRow("\"I do think that families are the most beautiful things\", burst out Jean Helion.")]
    [DataRow("As Jean Helion informs his readers, \"My life is spent in one long effort to escape.\"")]
    [DataRow("Jean Helion reportedly made this remark on the defense: \"They that have turned the world upside down are come hither.\"")]
    public void Verbs_of_features_and_memoirs_attribute_the_quote(string paragraph)
    {
        Parse(paragraph).OnlyQuote().Speaker!.Name.ShouldBe("Jean Helion");
    }

    [TestMethod]
    public void A_role_phrase_whose_head_fits_one_person_names_them()
    {
        var document = Parse(
            "Capt. George Symonds testified on Tuesday, and so did the spy Klaus Fuchs.",
            "The navy captain disclosed also that the list \"would have shown what we are doing in research\".");

        Quote(document, "would have").Speaker!.Name.ShouldBe("George Symonds");
    }

    [TestMethod]
    public void A_capitalized_name_after_the_is_a_body_and_never_he()
    {
        var document = Parse(
            "Ron Hansen reported to camp on Monday. \"I feel good\", Hansen added.",
            "The Flock added a pair of runs in the third inning.",
            "\"I think I can do a better job with the glove this year\", he said.");

        Quote(document, "I think").Speaker!.Name.ShouldBe("Ron Hansen");
    }

    [TestMethod]
    public void A_bare_verb_between_two_quotes_gives_the_second_to_the_sentences_subject()
    {
        var document = Parse("Mrs. Ruth Molvar, who kept repeating her request that they \"please take a stand\", said, \"We must have faith in somebody on the local level.\"");

        Quote(document, "We must").Speaker!.Name.ShouldBe("Ruth Molvar");
        Quote(document, "please").Speaker!.Name.ShouldBe("Ruth Molvar");
    }

    [TestMethod]
    public void A_statement_after_a_wire_dateline_cut_at_a_states_abbreviation_is_read()
    {
        var document = Parse("Tresham, Ore. (AP) -- The State Commission on the Aging said today that one old person in four lives on less than $60 a month.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("State Commission on the Aging");
    }

    [TestMethod]
    public void A_document_no_one_has_spoken_for_is_the_body_that_opened_a_sentence_with_it()
    {
        var document = Parse(
            "The Kalvarian Foreign Ministry delivered a note to the State Department today.",
            "The note said the two trawlers had been fishing \"in international waters for forty years without complaint\".");

        Quote(document, "in international").Speaker!.Name.ShouldBe("Kalvarian Foreign Ministry");
    }

    [TestMethod]
    public void An_unattributed_answer_to_a_question_is_the_one_asked()
    {
        var document = Parse(
            "\"The boat is anchored near the bridge\", Harold Rhodes said.",
            "\"What is it doing there?\" Barbara Lane asked.",
            "\"Waiting for the tide, I suppose.\"");

        Quote(document, "Waiting").Speaker!.Name.ShouldBe("Harold Rhodes");
    }

    [TestMethod]
    public void An_unattributed_line_after_two_lines_of_dialogue_is_the_next_turn()
    {
        var document = Parse(
            "\"I'd better get him to bed\", Rachel Harmon said.",
            "\"He's fine\", Virginia Tate said.",
            "\"He is tired, and so are you.\"");

        Quote(document, "He is tired").Speaker!.Name.ShouldBe("Rachel Harmon");
    }

    [TestMethod]
    public void An_unattributed_paragraph_after_a_short_reply_to_a_long_statement_goes_on_with_the_reply()
    {
        // News: the soloist's statement is not a line of dialogue, so the conductor's short reply is no turn in one.
        var document = Parse(
            "\"The last movement has more notes than a telephone book\", the soloist Nora Quaint said. \"Mr. Voinescu says they are all necessary. I have my doubts\".",
            "\"She played it better than I wrote it\", Tibor Voinescu said.",
            "\"I wrote the slow movement in a motel in Nebraska, in a snowstorm.\"");

        Quote(document, "I wrote the slow").Speaker!.Name.ShouldBe("Tibor Voinescu");
    }

    [TestMethod]
    public void An_unattributed_paragraph_after_a_long_statement_goes_on_with_its_speaker()
    {
        // News prints one speaker's statement over several paragraphs; only short lines of dialogue take turns.
        var document = Parse(
            "\"The dam will be finished by spring\", Mayor Ellis Brandt said.",
            "\"We have heard that promise every year since 1955, and every year the spring comes and the river is still there\", said Councilman Hugh Farrow.",
            "\"This council will not vote another dollar until the contractor shows us a schedule it can keep.\"");

        Quote(document, "This council").Speaker!.Name.ShouldBe("Hugh Farrow");
    }

    [TestMethod]
    public void A_document_speaks_for_whom_the_text_said_sent_it()
    {
        var document = Parse(
            "The Weather Bureau said the river would crest at noon.",
            "Gov. Pemberton Sollars sent a telegram to the mayor late tonight. \"The National Guard is ready to move on one hour's notice\", the telegram said.");

        Quote(document, "The National").Speaker!.Name.ShouldBe("Pemberton Sollars");
    }

    [TestMethod]
    public void An_owners_noun_with_a_name_in_apposition_is_about_the_named_one()
    {
        var document = Parse(
            "Mrs. Zenas Fennimore baked the cake.",
            "Mrs. Fennimore's sister, Miss Lavinia Drummond, 87, has lived with them since 1934. She said she had been the maid of honor.");

        document.Quotes.Single(q => q.Kind == QuoteKind.Reported).Speaker!.Name.ShouldBe("Lavinia Drummond");
    }

    [TestMethod]
    public void A_dash_parenthetical_between_subject_and_verb_is_no_obstacle()
    {
        Parse("John Smith -- who chairs the committee -- said the hearings would resume next week.")
            .OnlyQuote().Speaker!.Name.ShouldBe("John Smith");
    }

    [TestMethod]
    public void Said_in_commas_earlier_in_the_sentence_gives_its_quote_a_speaker()
    {
        var document = Parse("The storm, said John Smith, was \"the worst in fifty years on this coast.\"");

        Quote(document, "the worst").Speaker!.Name.ShouldBe("John Smith");
    }

    [TestMethod]
    public void A_verb_with_a_colon_after_a_quote_introduces_the_next_quote()
    {
        var document = Parse(
            "John Smith and Bob Jones met on Monday.",
            "John Smith said: \"We are ready for the vote.\" Bob Jones said: \"We are not ready at all.\"");

        Quote(document, "We are ready").Speaker!.Name.ShouldBe("John Smith");
        Quote(document, "We are not").Speaker!.Name.ShouldBe("Bob Jones");
    }

    [TestMethod]
    public void An_owners_office_or_lawyer_speaks_for_the_owner()
    {
        var document = Parse(
            "Maria Lopez and the ministry disagreed on Monday.",
            "\"Talks will resume in the spring,\" Maria Lopez's office said in an email.");

        Quote(document, "Talks").Speaker!.Name.ShouldBe("Maria Lopez");
    }

    [TestMethod]
    public void A_spokesperson_for_an_unnamed_body_is_no_one_rather_than_the_person_named_last()
    {
        var document = Parse(
            "Maria Lopez and the ministry disagreed on Monday.",
            "\"Talks will resume,\" a spokesperson for the ministry said.");

        Quote(document, "Talks will").Speaker.ShouldBeNull();
    }

    [TestMethod]
    public void According_to_a_statement_from_a_body_is_the_bodys()
    {
        var document = Parse(
            "The Kalvarian Foreign Ministry protested on Monday.",
            "Talks will resume in the spring, according to a statement from the Kalvarian Foreign Ministry.");

        document.OnlyQuote().Speaker!.Name.ShouldBe("Kalvarian Foreign Ministry");
    }

    [TestMethod]
    public void Tweeted_and_posted_attribute_a_quote()
    {
        var document = Parse(
            "Maria Lopez spoke on Monday.",
            "Maria Lopez tweeted: \"We are coming home tonight.\"",
            "\"The vote was a disgrace,\" Maria Lopez posted on Facebook.");

        Quote(document, "We are").Cue.ShouldBe("tweeted");
        Quote(document, "The vote").Cue.ShouldBe("posted");
    }

    [TestMethod]
    [DataRow("The jury found Bob Hale guilty. \"Justice was done tonight,\" said prosecutor Ann Lee.", "Ann Lee")]
    [DataRow("John Smith's widow, Ann, said he had been ill for years.", "Ann")]
    [DataRow("The company, Acme Corp., lost $5 million. \"It was a hard year for everyone,\" the company said.", "Acme Corp.")]
    [DataRow("Sen. John Smith met Gov. Bob Jones. A spokesman for Sen. John Smith said the senator \"is resting comfortably tonight.\"", "John Smith")]
    [DataRow("Sen. John Smith met Gov. Bob Jones. The senator's reply was brief: \"No comment on that subject at all.\"", "John Smith")]
    public void Roles_owners_and_bodies_in_apposition_name_the_speaker(string paragraph, string speaker)
    {
        Parse(paragraph).OnlyQuote().Speaker!.Name.ShouldBe(speaker);
    }

    [TestMethod]
    public void A_nearer_verb_with_its_own_subject_wins_over_the_reported_frame()
    {
        var document = Parse("Gov. Bob Jones and Sen. Ann Lee met. Jones said the tax was fair, but she said it \"will break the farmers of the state.\"");

        Quote(document, "will break").Speaker!.Name.ShouldBe("Ann Lee");
    }

    [TestMethod]
    public void He_after_a_sentence_opening_with_a_position_and_a_name_is_that_person()
    {
        var document = Parse("Manager Paul Richards was pleased. \"We got the pitching,\" Richards said. Catcher Gus Triandos agreed. \"Barber was fast,\" he said.");

        Quote(document, "Barber was").Speaker!.Name.ShouldBe("Gus Triandos");
    }

    [TestMethod]
    public void A_verb_with_that_after_a_quote_that_ends_its_sentence_is_not_its_attribution()
    {
        var document = Parse("Detective Tom Walsh said the suspect \"ran when he saw us.\" Walsh added that the gun was loaded.");

        Quote(document, "ran when").Cue.ShouldBe("said");
    }

    [TestMethod]
    [DataRow("The Harbour Board met. \"We worry about the roads every winter\", say the directors.", "say")]
    [DataRow("Tom Reyes, a taxi driver, remarks that politicians in the state \"are all the same and always will be\".", "remarks")]
    [DataRow("Mayor Tom Reyes acclaimed the firemen for performing a \"great service\" to the city.", "acclaimed")]
    public void Plural_say_remarks_that_and_acclaimed_attribute_a_quote(string paragraph, string cue)
    {
        Parse(paragraph).Quotes.ShouldContain(q => q.Kind == QuoteKind.Direct && q.Cue == cue);
    }

    [TestMethod]
    public void A_sentence_after_a_quote_that_ends_its_own_sentence_is_a_new_statement()
    {
        var document = Parse(
            "The union rejected an offer from the Ford Motor Co. yesterday.",
            "A Ford spokesman said the company \"stands by its offer.\" The company said it would not resume talks before Monday.",
            "Tom Reyes spoke first. \"We are ready for anything,\" he said.",
            "\"We can start in May.\" Bob Jones said it would take a week to decide.");

        Quote(document, "stands by").Speaker!.Name.ShouldBe("Ford Motor Co.");
        Quote(document, "We can start").Speaker!.Name.ShouldBe("Tom Reyes");
    }
}
