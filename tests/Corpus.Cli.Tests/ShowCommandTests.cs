using System;
using System.Linq;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class ShowCommandTests
{
    private static readonly string[] SeedTitles =
    [
        "President Xi Jinping and Russian President Vladimir Putin Jointly Meet the Press",
        "Chinese Foreign Ministry briefs media on Putin's state visit to China",
        "Xi Jinping says China-Russia relations critical to the future of humanity",
        "China, Russia deepen comprehensive strategic partnership",
        "Xi Jinping talks with Russian President Putin",
    ];

    [TestMethod]
    public void Without_arguments_prints_every_seed_title()
    {
        var run = Cli.Run();

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        foreach (var title in SeedTitles)
        {
            run.Out.ShouldContain($"Title: {title}", Case.Sensitive);
        }
    }

    [TestMethod]
    public void Prints_file_names_in_order_with_published_time_or_no_date()
    {
        var lines = Cli.Run().Out.Split('\n');

        lines.Where(l => l.Contains(".txt  ", StringComparison.Ordinal)).ShouldBe(
            [
                "000_ad18e27a5768307f.txt  2024-05-16  PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet",
                "001_4434f010a5575a5a.txt  no date  ChineseForeignMinistryBriefsMediaOnPutinsStateVisitTo",
                "002_2f2129dd3d24a781.txt  2023-03-22 18:19  XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture",
                "003_27885933036f0cc7.txt  2024-05-16 17:54  ChinaRussiaDeepenComprehensiveStrategicPartnership",
                "004_9158aa63fc4f2dea.txt  2024-05-16 19:37  XiJinpingTalksWithRussianPresidentPutin",
            ]);
    }

    [TestMethod]
    public void Prints_paragraph_counts_by_role_and_quotes_with_speaker_kind_and_cue()
    {
        var output = Cli.Run().Out;

        output.ShouldContain("  Paragraphs: 30 (Title 1, Dateline 1, Body 13, Related 10, Duplicate 5)", Case.Sensitive);
        output.ShouldContain("    [Reported] Vladimir Putin (said): I am very happy to visit China again after taking office as the new Russian president\n", Case.Sensitive);
    }

    [TestMethod]
    public void Shortens_long_quotes_to_about_100_characters()
    {
        var quoteLines = Cli.Run().Out.Split('\n').Where(l => l.StartsWith("    [", StringComparison.Ordinal)).ToArray();

        quoteLines.ShouldNotBeEmpty();
        quoteLines.ShouldAllBe(l => l.Substring(l.IndexOf("): ", StringComparison.Ordinal) + 3).Length <= Format.QuotePreviewLength);
        quoteLines.ShouldContain(l => l.EndsWith("...", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Ends_with_totals_and_speakers_with_quote_counts()
    {
        var output = Cli.Run().Out;
        var documents = Seeds.All;

        output.ShouldContain(
            $"Total: 5 documents, {documents.Sum(d => d.Paragraphs.Count)} paragraphs, {documents.Sum(d => d.Quotes.Count)} quotes, {Seeds.Speakers.All.Count} speakers\nSpeakers:\n",
            Case.Sensitive);
        output.ShouldContain($"Xi Jinping      Person        {documents.SelectMany(d => d.Quotes).Count(q => q.Speaker == Seeds.Speakers.XiJinping)} quotes", Case.Sensitive);
    }

    [TestMethod]
    public void Show_command_prints_the_same_as_no_command()
    {
        var run = Cli.Run("show");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldBe(Cli.Run().Out);
        run.Error.ShouldBeEmpty();
    }
}
