using System.Linq;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class RoleClassifierTests
{
    private const string Prose = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Thursday, and the two sides agreed to deepen their cooperation.";
    private const string MoreProse = "The two leaders reviewed the development of bilateral relations over the past 75 years and exchanged views on regional and international issues.";
    private const string EvenMoreProse = "Both sides signed a joint statement on deepening their comprehensive strategic partnership of coordination for the new era in Beijing.";
    private const string Title = "Leaders meet in Beijing";

    /// <summary>The role of <paramref name="block"/> between a title and a body paragraph.</summary>
    private static ParagraphRole RoleAfterTitle(string block) => Article.Roles(Title, block, Prose)[1];

    /// <summary>The roles of <paramref name="tail"/> after a title and three body paragraphs.</summary>
    private static ParagraphRole[] RolesAfterBody(params string[] tail) =>
        Article.Roles(new[] { Title, Prose, MoreProse, EvenMoreProse }.Concat(tail).ToArray()).Skip(4).ToArray();

    [TestMethod]
    public void The_first_headline_shaped_block_is_the_title()
    {
        Article.Roles("China, Russia deepen strategic partnership", Prose)
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Body });
    }

    [TestMethod]
    public void A_first_block_that_ends_a_sentence_is_body_not_title()
    {
        Article.Roles(Prose, MoreProse).ShouldBe(new[] { ParagraphRole.Body, ParagraphRole.Body });
    }

    [TestMethod]
    [DataRow("Updated 18:19, 22-Mar-2023")]
    [DataRow("Eurasia/Xinhua 16/05/2024 17:54")]
    [DataRow("Release time:May 16, 2024 19:37 PM")]
    [DataRow("Published 16 May 2024")]
    public void A_short_block_with_a_date_is_a_dateline(string dateline)
    {
        RoleAfterTitle(dateline).ShouldBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    public void A_dateline_with_an_ambiguous_date_is_still_a_dateline()
    {
        RoleAfterTitle("Updated 05/06/2024").ShouldBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    [DataRow("We use cookies to give you the best experience on our website.")]
    [DataRow("I agree")]
    [DataRow("Search Trends")]
    [DataRow("Privacy Policy | Terms of Use")]
    [DataRow("Copyright © 2024 Eurasia. All rights reserved.")]
    [DataRow("Subscribe to our newsletter")]
    public void Page_furniture_is_boilerplate(string furniture)
    {
        RoleAfterTitle(furniture).ShouldBe(ParagraphRole.Boilerplate);
    }

    [TestMethod]
    public void A_long_paragraph_that_mentions_consent_is_body_not_boilerplate()
    {
        var paragraph = "The two sides reached consent on a wide range of issues. " + Prose + " " + MoreProse + " " + EvenMoreProse;

        RoleAfterTitle(paragraph).ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void A_statement_that_says_I_agree_is_body_not_boilerplate()
    {
        RoleAfterTitle("\"I agree with President Xi on every point,\" Putin said.").ShouldBe(ParagraphRole.Body);
    }

    [TestMethod]
    public void A_repeated_block_is_a_duplicate_even_in_other_letter_case()
    {
        Article.Roles(Title, Prose, "LEADERS MEET IN BEIJING", Prose)
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Body, ParagraphRole.Duplicate, ParagraphRole.Duplicate });
    }

    [TestMethod]
    [DataRow("Photo: AFP/Sergei Bobylyov")]
    [DataRow("Chinese President Xi Jinping and Russian President Vladimir Putin meet in Beijing, May 16, 2024. /Xinhua")]
    [DataRow("Xi Jinping (R) shakes hands with Vladimir Putin in Beijing")]
    [DataRow("File photo of the Great Hall of the People")]
    public void Photo_credits_and_picture_descriptions_are_captions(string caption)
    {
        RoleAfterTitle(caption).ShouldBe(ParagraphRole.Caption);
    }

    [TestMethod]
    public void A_short_unpunctuated_block_followed_by_prose_is_a_heading()
    {
        Article.Roles(Title, Prose, "Energy and trade", MoreProse)
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Body, ParagraphRole.Heading, ParagraphRole.Body });
    }

    [TestMethod]
    public void A_headline_before_prose_that_ends_by_introducing_a_quote_is_a_heading()
    {
        Article.Roles(
                Title,
                Prose,
                "Seminary dedicates $900,000 library",
                "The Rt. Rev. Leofwin T. Garside, bishop of the diocese, dedicated the new library of the seminary yesterday and told 400 clergymen that books matter. He said:",
                "\"We ask young men to preach to people who read the newspapers every day.\"")
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Body, ParagraphRole.Heading, ParagraphRole.Body, ParagraphRole.Body });
    }

    [TestMethod]
    public void Teasers_after_the_article_body_are_related()
    {
        RolesAfterBody("Related: China, Russia sign energy deal", "Putin arrives in Harbin for expo")
            .ShouldBe(new[] { ParagraphRole.Related, ParagraphRole.Related });
    }

    [TestMethod]
    public void A_teaser_headline_printed_twice_in_a_row_opens_the_related_tail()
    {
        RolesAfterBody("Putin arrives in Harbin for expo", "Putin arrives in Harbin for expo")
            .ShouldBe(new[] { ParagraphRole.Related, ParagraphRole.Duplicate });
    }

    [TestMethod]
    public void A_related_opener_before_any_body_is_not_a_related_teaser()
    {
        RoleAfterTitle("Read more about the visit").ShouldNotBe(ParagraphRole.Related);
    }

    [TestMethod]
    public void No_blocks_give_no_roles()
    {
        Article.Roles().ShouldBeEmpty();
    }
}
