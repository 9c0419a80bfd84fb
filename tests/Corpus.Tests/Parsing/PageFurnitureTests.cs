using System.Linq;

namespace Corpus.Tests.Parsing;

/// <summary>
/// The lines that news sites, wires and press releases print around an article: bylines, credits, share lines,
/// footers, tag lists and press-release sections (issue 13). Each shape with a sentence of prose beside it that must
/// keep its role.
/// </summary>
[TestClass]
public sealed class PageFurnitureTests
{
    private const string Prose = "Northmoor borough council has voted to take the government to court over flood defence funding that ministers promised the town twice.";
    private const string MoreProse = "The motion passed by 38 votes to nine on Tuesday evening after a three-hour debate in which several councillors spoke.";
    private const string EvenMoreProse = "The council expects to issue proceedings in the high court within six weeks, and the government has 14 days to respond.";
    private const string Title = "Council votes to sue government over flood money";

    /// <summary>The role of <paramref name="block"/> between a title and a body paragraph.</summary>
    private static ParagraphRole RoleAfterTitle(string block) => Article.Roles(Title, block, Prose)[1];

    /// <summary>The roles of <paramref name="tail"/> after a title and three body paragraphs.</summary>
    private static ParagraphRole[] RolesAfterBody(params string[] tail) =>
        Article.Roles(new[] { Title, Prose, MoreProse, EvenMoreProse }.Concat(tail).ToArray()).Skip(4).ToArray();

    [TestMethod]
    [DataRow("Councillor Ada Price at the meeting. Photograph: Sam Lee/PA")]
    [DataRow("Fans gather outside the stadium before kick-off. Photo: Sam Lee/AFP")]
    [DataRow("A drinking fountain is covered with plastic at a school in Harbour City on Tuesday, Jan. 7, 2025. (Photo: Reuters)")]
    [DataRow("Image: Passengers were turned away at the terminal on Friday morning")]
    [DataRow("FILE PHOTO: The ferry in the harbour in 2019, shortly after a refit")]
    [DataRow("Photo taken on Jan. 4, 2025 shows workers sorting vegetables at a cold-storage warehouse in Shouguang.")]
    [DataRow("(Xinhua/Zhang Wei)")]
    [DataRow("A man walks past the Bank of England in London, Britain, January 4, 2025. REUTERS/Jane Doe")]
    [DataRow("REUTERS/Jane Doe")]
    [DataRow("Electric cars on the assembly line at a plant in Zwickau. Image: M. Krüger/dpa")]
    [DataRow("Protesters gather outside parliament in London on Monday. Photo by Jane Doe/Getty Images")]
    [DataRow("Firefighters work at the scene of the blaze in Kyiv on Monday. (AP Photo/Jane Doe)")]
    [DataRow("Firefighters battle flames near homes in Altadena on Sunday. Ethan Swope/AP")]
    [DataRow("Palestinians inspect a destroyed building in Gaza City on January 5, 2025 [Omar Ashtawy/Reuters]")]
    public void Captions_and_credits_are_captions(string caption)
    {
        RoleAfterTitle(caption).ShouldBe(ParagraphRole.Caption);
    }

    [TestMethod]
    public void The_block_under_an_image_caption_label_is_the_caption()
    {
        Article.Roles(Title, "Image caption,", "The ferry has been out of service since Tuesday", Prose)
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Caption, ParagraphRole.Caption, ParagraphRole.Body });
    }

    [TestMethod]
    [DataRow("She said the photo showed the damage to the harbour wall after the storm on Tuesday night.")]
    [DataRow("The exhibition's best photo: a fisherman mending nets at dawn, taken by a local teenager in 1962.")]
    [DataRow("Photographers gathered outside the court as the verdict was read on Monday afternoon.")]
    public void Prose_that_mentions_a_photo_is_body(string prose)
    {
        RoleAfterTitle(prose).ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    [DataRow("By Jane Smith")]
    [DataRow("By Jane Smith and Tom Lee")]
    [DataRow("By JANE SMITH, Associated Press")]
    [DataRow("Jane Smith, Political correspondent")]
    [DataRow("Owen Pryce, North Wales reporter")]
    [DataRow("Interview by Tom Baxter")]
    [DataRow("Author Katrin Wolff")]
    [DataRow("Reporting from Washington")]
    public void Bylines_are_datelines(string byline)
    {
        RoleAfterTitle(byline).ShouldBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    [DataRow("By the end of the year, the company expects to have hired 300 more engineers in Taipei.")]
    [DataRow("By Monday, the council had voted to take the government to court.")]
    [DataRow("Jane Smith, a farmer from Kent, said the floods were the worst she had seen.")]
    public void Prose_that_opens_like_a_byline_is_body(string prose)
    {
        RoleAfterTitle(prose).ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void A_headline_with_a_bylines_shape_is_still_the_title()
    {
        Article.Parse("By Land And Sea", Prose).Title.ShouldBe("By Land And Sea");
    }

    [TestMethod]
    [DataRow("By Monday evening")]
    [DataRow("By the end of the year")]
    public void A_deadline_is_no_byline(string phrase)
    {
        RoleAfterTitle(phrase).ShouldNotBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    [DataRow("Updated 09:15 GMT, 4 Jan 2025", "2025-01-04 09:15")]
    [DataRow("Last modified on Tue 7 Jan 2025 18.02 GMT", "2025-01-07 18:02")]
    [DataRow("Published 3 January 2025", "2025-01-03 00:00")]
    [DataRow("First published on Mon 6 Jan 2025 07.30 GMT", "2025-01-06 07:30")]
    [DataRow("Updated 4:37 PM EST, January 8, 2025", "2025-01-08 16:37")]
    [DataRow("Date 09.01.2025", "2025-01-09 00:00")]
    [DataRow("Source: Xinhua | 2025-01-05 16:42:10", "2025-01-05 16:42")]
    public void Publication_lines_are_datelines_with_the_date_and_time_as_printed(string line, string expected)
    {
        var document = Article.Parse(Title, line, Prose);

        document.Paragraphs[1].Role.ShouldBe(ParagraphRole.Dateline);
        document.Published.ShouldBe(System.DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DataRow("Updated 3 hours ago")]
    [DataRow("3 hours ago")]
    [DataRow("Yesterday")]
    [DataRow("2 days ago")]
    [DataRow("Published 5 mins ago")]
    public void Relative_times_are_datelines_that_give_no_date(string line)
    {
        var document = Article.Parse(Title, line, "Xi Jinping held talks with Vladimir Putin in Beijing on May 16, 2024. They signed a statement.");

        document.Paragraphs[1].Role.ShouldBe(ParagraphRole.Dateline);
        document.Published.ShouldBeNull();
    }

    [TestMethod]
    [DataRow("SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ -- Lumen Devices, Inc. today reported record revenue for the fourth quarter.", "2025-01-14")]
    [DataRow("BEIJING, Jan. 5, 2025 (Xinhua) -- China will build more than 1,500 cold-storage facilities in rural areas this year.", "2025-01-05")]
    public void A_wire_dateline_with_a_year_dates_the_article_and_stays_body(string lead, string expected)
    {
        var document = Article.Parse(Title, "Quarterly revenue rises 34% to $212 million; first chips to ship in April", lead, MoreProse);

        document.Paragraphs[2].Role.ShouldBe(ParagraphRole.Body);
        document.Published.ShouldBe(System.DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DataRow("LONDON, Jan 6 (Reuters) - Veltra Energy will cut about 1,200 jobs, it said after a review that began on December 2, 2024.")]
    [DataRow("WASHINGTON (AP) \u2014 A water company will pay $14 million under a settlement first proposed on October 3, 2024.")]
    [DataRow("BEIJING, Jan. 5 (Xinhua) -- China will build cold-storage facilities, an official said on January 4, 2025.")]
    [DataRow("MOSCOW, January 5. /TASS/. Russia expects the first container service to start in July, as agreed on March 3, 2024.")]
    public void A_wire_dateline_without_a_year_gives_no_date_rather_than_a_later_one(string lead)
    {
        var document = Article.Parse(Title, lead, MoreProse);

        document.Paragraphs[1].Role.ShouldBe(ParagraphRole.Body);
        document.Published.ShouldBeNull();
    }

    [TestMethod]
    public void The_page_dateline_wins_over_a_wire_dateline()
    {
        Article.Parse(Title, "Updated 18:19, 22-Mar-2023", "SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ -- Lumen Devices, Inc. today reported record revenue.")
            .Published.ShouldBe(new System.DateTime(2023, 3, 22, 18, 19, 0));
    }

    [TestMethod]
    [DataRow("NATO - the alliance said on Monday, January 6, 2025, that it would send more ships to the Baltic.")]
    [DataRow("US officials said on May 16, 2024 that the talks had ended without agreement.")]
    public void A_capitalised_opening_that_is_no_wire_dateline_keeps_the_lead_sentence_date(string lead)
    {
        Corpus.Parsing.WireDateline.Find(lead).ShouldBeNull();
        Article.Parse(Title, lead).Published.ShouldNotBeNull();
    }

    [TestMethod]
    [DataRow("Share")]
    [DataRow("Share on Facebook")]
    [DataRow("Share on X")]
    [DataRow("Share this article")]
    [DataRow("Copy link")]
    [DataRow("Advertisement")]
    [DataRow("Topics: Flooding, Local government")]
    [DataRow("Tags: energy, jobs, Scotland")]
    [DataRow("Related Topics")]
    [DataRow("Reporting by Tom Hale and Priya Nair; Editing by Mark Potter")]
    [DataRow("Our Standards: The Thomson Reuters Trust Principles.")]
    [DataRow("Copyright 2025 The Associated Press. All rights reserved.")]
    [DataRow("Editor: Li Na")]
    [DataRow("Edited by: Rina Goldberg")]
    [DataRow("Associated Press writer Dan Whitfield in Baltimore contributed to this report.")]
    [DataRow("Manage preferences")]
    [DataRow("###")]
    [DataRow("press@example.com")]
    [DataRow("+1 408-555-0192")]
    [DataRow("Copyright 2025 Nikkei Inc.")]
    [DataRow("SOURCE Lumen Devices, Inc.")]
    [DataRow("Skip to main content")]
    [DataRow("\u00A9 2025 Reuters")]
    public void Page_furniture_is_boilerplate(string furniture)
    {
        RolesAfterBody(furniture)[0].ShouldBe(ParagraphRole.Boilerplate);
    }

    [TestMethod]
    [DataRow("Share prices fell 3% on Monday after the company cut its profit forecast for the year.")]
    [DataRow("Ledger: Some longtime subscribers have written letters complaining. Do you read them?")]
    [DataRow("About 300 people attended the meeting on Tuesday evening, organisers said.")]
    [DataRow("Contact with the crew was lost shortly after midnight, the coastguard said.")]
    [DataRow("Copyright law changes took effect in April, and publishers said they welcomed them.")]
    [DataRow("The company's forward-looking statements were misleading, the regulator alleged on Monday.")]
    public void Prose_with_furniture_words_is_body(string prose)
    {
        RolesAfterBody(prose)[0].ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void About_a_number_is_no_company_profile()
    {
        RolesAfterBody("About 300 people attended", MoreProse)[0].ShouldNotBe(ParagraphRole.Boilerplate);
    }

    [TestMethod]
    public void A_related_label_opens_the_related_tail()
    {
        RolesAfterBody("Related article", "Officials warn of more fire weather this week")
            .ShouldBe(new[] { ParagraphRole.Related, ParagraphRole.Related });
    }

    [TestMethod]
    public void Tags_under_a_topics_heading_are_boilerplate_and_teasers_after_them_related()
    {
        RolesAfterBody("Related Topics", "Ferries", "Welsh Government", "More on this story", "Islanders protest over cuts to winter ferry timetable")
            .ShouldBe(new[] { ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Related, ParagraphRole.Related });
    }

    [TestMethod]
    public void A_tag_list_on_one_line_under_its_heading_is_boilerplate()
    {
        RolesAfterBody("Explore more on these topics", "Flooding \u00B7 Local government \u00B7 Environment \u00B7 England", "Reuse this content")
            .ShouldAllBe(r => r == ParagraphRole.Boilerplate);
    }

    [TestMethod]
    public void A_press_release_reads_its_headline_as_title_and_its_furniture_as_boilerplate()
    {
        var document = Article.Parse(
            "FOR IMMEDIATE RELEASE",
            "Lumen Devices Reports Record Fourth-Quarter Revenue",
            "SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ -- Lumen Devices, Inc. today reported revenue of $212 million for the fourth quarter, up 34%.",
            "Full-year revenue was $744 million, an increase of 27%, and net income for the quarter was $31.6 million.",
            "About Lumen Devices",
            "Lumen Devices, Inc. designs ultra-low-power sensing chips for wearables and smart meters. Founded in 2011, it is headquartered in San Jose.",
            "Forward-Looking Statements",
            "This press release contains forward-looking statements that are subject to risks and uncertainties.",
            "Media contact:",
            "Rachel Ambrose",
            "press@lumendevices.com",
            "+1 408-555-0192",
            "SOURCE Lumen Devices, Inc.",
            "###");

        document.Title.ShouldBe("Lumen Devices Reports Record Fourth-Quarter Revenue");
        document.Published.ShouldBe(new System.DateTime(2025, 1, 14));
        document.Paragraphs.Select(p => p.Role).ShouldBe(new[]
        {
            ParagraphRole.Boilerplate, ParagraphRole.Title, ParagraphRole.Body, ParagraphRole.Body,
            ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate,
            ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate,
            ParagraphRole.Boilerplate, ParagraphRole.Boilerplate,
        });
    }

    [TestMethod]
    public void A_heading_of_the_article_ends_a_press_release_section()
    {
        RolesAfterBody("About Lumen Devices", "Lumen Devices designs sensing chips for wearables, smart meters and vehicles in San Jose.", "Outlook", EvenMoreProse + " " + MoreProse)
            .ShouldBe(new[] { ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Heading, ParagraphRole.Body });
    }

    [TestMethod]
    public void A_profile_names_its_company_and_a_subheading_about_something_else_opens_no_section()
    {
        RolesAfterBody("About XYZ Corp.", "XYZ Corp. is a leading maker of industrial sensors, founded in 1990 and based in Ohio.")
            .ShouldBe(new[] { ParagraphRole.Boilerplate, ParagraphRole.Boilerplate });
        RolesAfterBody("About Face", "The council reversed its decision on Thursday evening after hundreds of residents protested outside the town hall.", "Its leader said the vote had been a mistake.")
            .ShouldBe(new[] { ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body });
    }

    [TestMethod]
    public void A_weekday_between_a_leading_time_and_its_date_keeps_the_time()
    {
        Article.Parse(Title, "Updated 10:32 AM EST, Mon January 6, 2025", Prose).Published.ShouldBe(new System.DateTime(2025, 1, 6, 10, 32, 0));
    }

    [TestMethod]
    public void A_label_over_a_list_of_points_is_a_heading_and_the_points_body()
    {
        RolesAfterBody("Key points", "Around 60,000 homes and businesses are without power", "Schools in two towns closed for a second day", "Updated 3 hours ago")
            .ShouldBe(new[] { ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Dateline });
    }

    [TestMethod]
    public void A_point_of_a_list_is_not_the_label_of_the_points_after_it()
    {
        RolesAfterBody("-- the sinless life of Christ", "-- His miracles", "-- His substitutionary work on the cross", "-- His bodily resurrection from the dead")
            .ShouldAllBe(r => r == ParagraphRole.Body);
    }

    [TestMethod]
    public void A_line_of_verse_is_not_the_label_of_the_lines_after_it()
    {
        RolesAfterBody("Early in the morning talking it over", "We close our eyes", "The lights come on and down the drive", "In a box on the top of his closet")
            .ShouldAllBe(r => r == ParagraphRole.Body);
    }

    [TestMethod]
    public void A_short_line_over_one_unpunctuated_line_is_no_heading()
    {
        RolesAfterBody("Key points", "Around 60,000 homes and businesses are without power", "The storm is expected to ease by Thursday afternoon.")[0]
            .ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void Consent_buttons_are_boilerplate_and_the_headline_after_them_is_the_title()
    {
        var document = Article.Parse(
            "We use cookies to give you the best experience on our site. You can change your choices at any time.",
            "Accept all",
            "Manage preferences",
            "Nor'easter live: 60,000 without power as storm batters coast",
            Prose);

        document.Title.ShouldBe("Nor'easter live: 60,000 without power as storm batters coast");
        document.Paragraphs.Take(3).ShouldAllBe(p => p.Role == ParagraphRole.Boilerplate);
    }
}
