using System.Linq;
using Corpus;
using Briefing = Corpus.Seeds.Tests.Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo;
using Partnership = Corpus.Seeds.Tests.Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership;

namespace Corpus.Seeds.Tests;

/// <summary>How the page furniture of the scraped seeds is read.</summary>
[TestClass]
public sealed class RoleTests
{
    [TestMethod]
    public void Cookie_banner_and_consent_button_are_boilerplate()
    {
        Briefing.Paragraphs.OurPrivacyStatementCookiePolicy.Role.ShouldBe(ParagraphRole.Boilerplate);
        Briefing.Paragraphs.IAgree.Role.ShouldBe(ParagraphRole.Boilerplate);
        Briefing.Paragraphs.SearchTrends.Role.ShouldBe(ParagraphRole.Boilerplate);
    }

    [TestMethod]
    public void Consent_notice_and_settings_link_at_the_end_are_boilerplate()
    {
        Partnership.Paragraphs.WeUseCookiesOnOurWebsite.Role.ShouldBe(ParagraphRole.Boilerplate);
        Partnership.Paragraphs.InformationAndSettings.Role.ShouldBe(ParagraphRole.Boilerplate);
    }

    [TestMethod]
    public void Repeated_photo_caption_is_a_caption_once_and_duplicate_after()
    {
        var document = Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Document;

        var captions = document.Paragraphs.Where(p => p.Text.StartsWith("Chinese President Xi Jinping (R) shakes hands", System.StringComparison.Ordinal)).ToArray();

        captions.Select(p => p.Role).ShouldBe(new[] { ParagraphRole.Caption, ParagraphRole.Duplicate, ParagraphRole.Duplicate });
    }

    [TestMethod]
    public void Repeated_title_is_duplicate()
    {
        var document = Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Document;

        document.Paragraphs.Where(p => p.Text == document.Title).Select(p => p.Role)
            .ShouldBe(new[] { ParagraphRole.Title, ParagraphRole.Duplicate, ParagraphRole.Duplicate });
    }

    [TestMethod]
    public void Photo_credit_and_cover_caption_are_captions()
    {
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Paragraphs.PhotoAFPSergeiBobylyov.Role.ShouldBe(ParagraphRole.Caption);
        Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Paragraphs.CoverChinesePresidentXiJinpingAnd.Role.ShouldBe(ParagraphRole.Caption);
    }

    [TestMethod]
    public void Datelines_are_datelines()
    {
        Seeds.XiJinpingTalksWithRussianPresidentPutin.Paragraphs.ReleaseTimeMay16202419.Role.ShouldBe(ParagraphRole.Dateline);
        Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.Paragraphs.Updated181922Mar2023.Role.ShouldBe(ParagraphRole.Dateline);
        Seeds.ChinaRussiaDeepenComprehensiveStrategicPartnership.Paragraphs.EurasiaXinhua1605202417.Role.ShouldBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    public void Subheading_is_a_heading()
    {
        Seeds.ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo.Paragraphs.FivePrinciplesPreciseUnderstandingOfStage.Role.ShouldBe(ParagraphRole.Heading);
    }

    [TestMethod]
    public void Teasers_for_other_articles_at_the_end_are_related_not_body()
    {
        var document = Seeds.XiJinpingTalksWithRussianPresidentPutin.Document;

        var tail = document.Paragraphs.SkipWhile(p => !p.Text.StartsWith("Guiding the right direction", System.StringComparison.Ordinal)).ToArray();

        tail.Length.ShouldBe(15);
        tail.ShouldAllBe(p => p.Role == ParagraphRole.Related || p.Role == ParagraphRole.Duplicate);
        document.Quotes.ShouldAllBe(q => document.Paragraphs[q.ParagraphIndex].Role == ParagraphRole.Body);
    }

    [TestMethod]
    public void Every_paragraph_of_the_long_seed_has_the_expected_role_counts()
    {
        var roles = Seeds.XiJinpingTalksWithRussianPresidentPutin.Document.Paragraphs.GroupBy(p => p.Role).ToDictionary(g => g.Key, g => g.Count());

        roles[ParagraphRole.Title].ShouldBe(1);
        roles[ParagraphRole.Dateline].ShouldBe(1);
        roles[ParagraphRole.Body].ShouldBe(13);
        roles[ParagraphRole.Related].ShouldBe(10);
        roles[ParagraphRole.Duplicate].ShouldBe(5);
    }
}
