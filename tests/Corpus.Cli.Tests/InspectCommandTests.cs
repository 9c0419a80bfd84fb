using System.IO;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class InspectCommandTests
{
    [TestMethod]
    public void Prints_each_paragraph_with_role_range_and_numbered_sentences()
    {
        var run = Cli.Run("inspect", Cli.Seed("004_9158aa63fc4f2dea.txt"));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldContain("Paragraphs: 30 (Title 1, Dateline 1, Body 13, Related 10, Duplicate 5)\n", Case.Sensitive);
        run.Out.ShouldContain("  [0]  Title      0..45  1 sentence  Paragraphs.XiJinpingTalksWithRussianPresident\n      1. Xi Jinping talks with Russian President Putin\n", Case.Sensitive);
        run.Out.ShouldContain("  [1]  Dateline   47..81  1 sentence  Paragraphs.ReleaseTimeMay16202419\n      1. Release time:May 16, 2024 19:37 PM\n", Case.Sensitive);
        run.Out.ShouldContain("Related", Case.Sensitive);
        run.Out.ShouldContain("Duplicate", Case.Sensitive);
    }

    [TestMethod]
    public void Prints_quotes_then_speakers_with_aliases_then_title_and_date()
    {
        var output = Cli.Run("inspect", Cli.Seed("004_9158aa63fc4f2dea.txt")).Out;

        output.ShouldContain("Quotes: 6\n", Case.Sensitive);
        output.ShouldContain("  4. Reported  speaker: Vladimir Putin  cue: said  paragraph: 6  range: 2395..2480  Quotes.PutinVeryHappyToVisitChinaAgain\n      I am very happy to visit China again after taking office as the new Russian president\n", Case.Sensitive);
        output.ShouldContain("  Vladimir Putin (Person, id VladimirPutin)  Seeds.Speakers.VladimirPutin\n      aliases: ", Case.Sensitive);
        output.ShouldEndWith("Title: Xi Jinping talks with Russian President Putin\nPublished: 2024-05-16 19:37\nId: XiJinpingTalksWithRussianPresidentPutin\nClass: Seeds.XiJinpingTalksWithRussianPresidentPutin\n");
        output.IndexOf("Quotes:", System.StringComparison.Ordinal).ShouldBeLessThan(output.IndexOf("Speakers:", System.StringComparison.Ordinal));
    }

    [TestMethod]
    public void A_missing_file_is_an_input_error_that_names_the_file()
    {
        var missing = Path.Combine(Cli.SeedsFolder, "no_such_seed.txt");

        var run = Cli.Run("inspect", missing);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain(missing, Case.Sensitive);
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_folder_is_an_input_error()
    {
        var run = Cli.Run("inspect", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldContain(Cli.SeedsFolder, Case.Sensitive);
    }
}
