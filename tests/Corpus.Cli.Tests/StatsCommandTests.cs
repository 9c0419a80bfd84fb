using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Output;
using Corpus.Cli.Stats;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class StatsCommandTests
{
    [TestMethod]
    public void Counts_the_compiled_seeds_documents_paragraphs_and_quotes()
    {
        var run = Cli.Run("stats");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.ShouldStartWith("Corpus statistics: the seed corpus compiled into this tool\n\n", Case.Sensitive);
        run.Out.ShouldContain("  Documents        5\n  Paragraphs     109\n    Title          5\n", Case.Sensitive);
        run.Out.ShouldContain("    Body          70\n", Case.Sensitive);
        run.Out.ShouldContain("  Quotes          62\n    Direct         5\n    Reported      57\n  Speakers         6\n", Case.Sensitive);
    }

    [TestMethod]
    public void Charts_quotes_per_speaker_most_first_then_by_name()
    {
        var chart = Chart(Cli.Run("stats").Out);

        chart.Select(l => l.Substring(0, 20).Trim()).ShouldBe(
            ["Xi Jinping      29", "Vladimir Putin  15", "Liu Bin         14", "Xinhua           2", "Li Yongquan      1", "TASS             1"]);
    }

    [TestMethod]
    public void Redirected_output_is_plain_ascii_without_escape_codes_and_fits_80_columns()
    {
        var output = Cli.Run("stats").Out;

        output.ShouldNotContain('\u001b');
        output.ShouldAllBe(c => c < 128);
        output.Split('\n').ShouldAllBe(l => l.Length < OutputStyle.RedirectedWidth);
        var bars = Chart(output).Select(l => l.Substring(22)).ToArray();
        bars[0].ShouldBe(new string('#', bars[0].Length));
        bars[0].Length.ShouldBe(OutputStyle.RedirectedWidth - 23); // the longest bar fills the line but its last column
        bars[^1].ShouldBe("##");
    }

    [TestMethod]
    public void A_terminal_gets_colour_and_unicode_blocks_within_its_width()
    {
        using var output = new StringWriter { NewLine = "\n" };

        StatsWriter.Write(CorpusStats.Of(Seeds.All), "seeds", new OutputStyle(Fancy: true, Width: 50), output);

        var text = output.ToString();
        text.ShouldContain("\u001b[1mQuotes per speaker\u001b[0m\n", Case.Sensitive);
        text.ShouldContain("  Xi Jinping      29  \u001b[36m" + new string('\u2588', 27) + "\u001b[0m\n", Case.Sensitive);
        text.ShouldContain("  Xinhua           2  \u001b[36m\u2588\u2589\u001b[0m\n", Case.Sensitive); // 2/29 of 27 columns: 1 7/8
        text.ShouldNotContain('#');
    }

    [TestMethod]
    public void Text_files_are_parsed_at_run_time_and_give_the_same_numbers_as_the_compiled_seeds()
    {
        var run = Cli.Run("stats", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldStartWith($"Corpus statistics: {Cli.SeedsFolder}\n", Case.Sensitive);
        Body(run.Out).ShouldBe(Body(Cli.Run("stats").Out));
    }

    [TestMethod]
    public void Json_lists_every_role_and_kind_and_the_speakers_in_chart_order()
    {
        var run = Cli.Run("stats", "--json");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        root.GetProperty("documents").GetInt32().ShouldBe(5);
        root.GetProperty("paragraphs").GetInt32().ShouldBe(109);
        root.GetProperty("paragraphsByRole").EnumerateObject().Select(p => p.Name).ShouldBe(Enum.GetNames<ParagraphRole>());
        root.GetProperty("paragraphsByRole").GetProperty("Body").GetInt32().ShouldBe(70);
        root.GetProperty("quotes").GetInt32().ShouldBe(62);
        root.GetProperty("quotesByKind").GetProperty("Reported").GetInt32().ShouldBe(57);
        root.GetProperty("speakers").GetInt32().ShouldBe(6);
        root.GetProperty("quotesPerSpeaker").EnumerateArray().Select(s => $"{s.GetProperty("name").GetString()} {s.GetProperty("quotes").GetInt32()}")
            .ShouldBe(["Xi Jinping 29", "Vladimir Putin 15", "Liu Bin 14", "Xinhua 2", "Li Yongquan 1", "TASS 1"]);
        root.GetProperty("unattributedQuotes").GetInt32().ShouldBe(0);
    }

    [TestMethod]
    public void Unattributed_quotes_are_charted_last()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.txt", "Talks in the capital\n\n\"We will meet again,\" a statement read.\n\n\"Work goes on,\" Liu Bin said.\n");

        var run = Cli.Run("stats", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        Chart(run.Out).Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0]).ShouldBe(["Liu Bin", "(unattributed)"]);
    }

    [TestMethod]
    public void A_missing_path_is_an_input_error_that_names_it_and_the_other_paths_are_counted()
    {
        var missing = Path.Combine(Cli.SeedsFolder, "no_such_seed.txt");

        var run = Cli.Run("stats", "--json", Cli.SeedsFolder, missing);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"{missing}: error CORPUS002: no such file or folder\ncorpus stats: 1 input error; output from the 5 good files only (exit code 1).\n");
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("documents").GetInt32().ShouldBe(5);
    }

    [TestMethod]
    public void An_empty_file_in_a_folder_is_reported_and_the_other_files_are_counted()
    {
        using var folder = new TempFolder();
        folder.File("articles/a.txt", Article);
        var empty = folder.File("articles/b.txt", string.Empty);
        folder.File("articles/c.txt", Article);

        var run = Cli.Run("stats", Path.Combine(folder.Path, "articles"));

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe(
            $"{empty}: error CORPUS001: the file is empty or holds only white space; add the article's text\n"
            + "corpus stats: 1 input error; output from the 2 good files only (exit code 1).\n");
        run.Out.ShouldContain("  Documents   2\n", Case.Sensitive);
    }

    [TestMethod]
    public void Problems_are_reported_in_argument_order()
    {
        using var folder = new TempFolder();
        var binary = folder.File("binary.txt", "Title\n\nab\0cd\n");
        var missing = System.IO.Path.Combine(folder.Path, "missing.txt");

        var run = Cli.Run("stats", binary, missing);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.Split('\n').Select(l => l.Split(": ")[0]).ShouldBe([$"{binary}(3,3)", missing, "corpus stats", ""]);
    }

    private static string[] Chart(string output) =>
        output.Split('\n').SkipWhile(l => l != "Quotes per speaker").Skip(1).Where(l => l.Length > 0).ToArray();

    private static string Body(string output) => output.Substring(output.IndexOf('\n', StringComparison.Ordinal));

    [TestMethod]
    [Timeout(60_000)] // following links into loops took 40 levels of one loop, and exponential time for two
    public void A_symlink_loop_is_not_followed_and_a_bad_file_is_reported_once()
    {
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(Path.Combine(folder.Path, "articles")).FullName;
        folder.File("articles/good.txt", Article);
        var bad = folder.File("articles/bad.txt", string.Empty);
        Link(() => Directory.CreateSymbolicLink(Path.Combine(articles, "loop"), articles)); // articles/loop/loop/loop/…

        var run = Cli.Run("stats", articles);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            $"{bad}: error CORPUS001: the file is empty or holds only white space; add the article's text",
            "corpus stats: 1 input error; output from the 1 good file only (exit code 1).",
        ]);
    }

    [TestMethod]
    [Timeout(60_000)]
    public void Links_lead_to_folders_not_seen_yet_and_every_file_counts_once_by_its_own_path()
    {
        using var folder = new TempFolder();
        var articles = Directory.CreateDirectory(Path.Combine(folder.Path, "articles")).FullName;
        var good = folder.File("articles/good.txt", Article);
        var outside = Directory.CreateDirectory(Path.Combine(folder.Path, "outside")).FullName;
        folder.File("outside/other.txt", "Talks end in the capital\n\n\"We are done,\" Liu Bin said.\n");
        Link(() => Directory.CreateSymbolicLink(Path.Combine(articles, "loop"), articles));
        Link(() => Directory.CreateSymbolicLink(Path.Combine(articles, "up"), ".."));             // relative: articles/up/articles/…
        Link(() => Directory.CreateSymbolicLink(Path.Combine(articles, "elsewhere"), outside));  // a folder seen nowhere else
        Link(() => File.CreateSymbolicLink(Path.Combine(articles, "again.txt"), good));          // the same file under a second name

        var run = Cli.Run("export", "--format", "jsonl", articles);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBeEmpty();
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString())
            .ShouldBe(["Talks end in the capital", "Talks in the capital"]); // elsewhere/other.txt, good.txt: ordinal path order
        JsonDocument.Parse(Cli.Run("stats", "--json", articles).Out).RootElement.GetProperty("documents").GetInt32().ShouldBe(2);
    }

    private const string Article = "Talks in the capital\n\n\"We will meet again,\" Liu Bin said.\n";

    /// <summary>Creates a symbolic link, or ends the test as inconclusive where links cannot be made (Windows without the privilege).</summary>
    private static void Link(Action create)
    {
        try
        {
            create();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException or PlatformNotSupportedException)
        {
            Assert.Inconclusive($"Symbolic links cannot be created here: {e.Message}");
        }
    }
}
