using System.Linq;
using System.Text;
using System.Text.Json;

namespace Corpus.Cli.Tests;

/// <summary>Files read at run time report the generator's problems (docs/diagnostics.md), compiler-style, with file and line.</summary>
[TestClass]
public sealed class InputProblemTests
{
    private const string Article = "Talks in the capital\n\n\"We will meet again,\" Liu Bin said.\n";

    [TestMethod]
    public void An_empty_file_is_CORPUS001_and_an_input_error()
    {
        using var folder = new TempFolder();
        var file = folder.File("empty.txt", " \n\t\n");

        var run = Cli.Run("inspect", file);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldStartWith($"{file}: error CORPUS001: the file is empty", Case.Sensitive);
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_NUL_character_is_CORPUS008_at_its_line_and_column()
    {
        using var folder = new TempFolder();
        var file = folder.File("binary.txt", "Title\n\nab\0cd\n");

        var run = Cli.Run("export", file);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldStartWith($"{file}(3,3): error CORPUS008: NUL character", Case.Sensitive);
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void UTF16_without_a_byte_order_mark_reads_as_binary_and_with_one_as_text()
    {
        using var folder = new TempFolder();
        var bare = folder.File("bare.txt", Encoding.Unicode.GetBytes(Article));
        var marked = folder.File("marked.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);

        Cli.Run("inspect", bare).Error.ShouldStartWith($"{bare}(1,2): error CORPUS008:", Case.Sensitive);
        var run = Cli.Run("inspect", marked);
        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldContain("Title: Talks in the capital\n", Case.Sensitive);
    }

    [TestMethod]
    public void UTF32_LE_with_a_byte_order_mark_reads_as_text()
    {
        using var folder = new TempFolder();
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        var file = folder.File("utf32le.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)]);

        var run = Cli.Run("export", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement[0].GetProperty("text").GetString().ShouldBe(Article);
        json.RootElement[0].GetProperty("title").GetString().ShouldBe("Talks in the capital");
    }

    [TestMethod]
    public void UTF32_BE_with_a_byte_order_mark_reads_as_text_with_a_warning_that_the_compiler_takes_it_for_binary()
    {
        using var folder = new TempFolder();
        var encoding = new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        var file = folder.File("utf32be.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)]);

        var run = Cli.Run("export", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldStartWith($"{file}: warning CORPUS002: UTF-32 big-endian", Case.Sensitive);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement[0].GetProperty("text").GetString().ShouldBe(Article);
    }

    [TestMethod]
    public void Invalid_UTF8_is_a_CORPUS009_warning_with_line_column_and_byte_offset_and_the_file_is_still_read()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. "Talks\r\nx"u8, 0xC3, .. "( and "u8, 0xFF, .. "\n"u8];
        var file = folder.File("latin1.txt", bytes);

        var run = Cli.Run("export", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBe($"{file}(2,2): warning CORPUS009: 2 byte sequence(s) are not valid UTF-8, the first at byte offset 11; each reads as U+FFFD. Save the file as UTF-8\n");
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement[0].GetProperty("text").GetString().ShouldBe("Talks\r\nx\uFFFD( and \uFFFD\n");
    }

    [TestMethod]
    public void A_text_that_spends_the_parsers_budget_is_a_CORPUS015_warning_at_its_paragraph_and_the_file_is_still_read()
    {
        using var folder = new TempFolder();
        var file = folder.File("storm.txt", HostileShapes.OverBudget);

        var run = Cli.Run("export", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldStartWith($"{file}(5,1): warning CORPUS015: the text needs more work to read than the parser allows", Case.Sensitive);
        run.Error.ShouldContain("quotes are not looked for from Paragraphs[2] on");
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement[0].GetProperty("paragraphs").GetArrayLength().ShouldBe(4);
    }

    [TestMethod]
    public void A_real_replacement_character_is_not_reported()
    {
        using var folder = new TempFolder();
        var file = folder.File("fffd.txt", "Talks\n\nA \uFFFD left by an old conversion.\n");

        var run = Cli.Run("inspect", file);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Error.ShouldBeEmpty();
    }

    [TestMethod]
    public void Every_bad_file_in_a_folder_is_reported_the_good_ones_are_exported_and_the_exit_code_is_1()
    {
        using var folder = new TempFolder();
        var empty = folder.File("a.txt", string.Empty);
        var binary = folder.File("b.txt", "x\0");
        folder.File("c.txt", Article);

        var run = Cli.Run("export", "--format", "jsonl", folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            $"{empty}: error CORPUS001: the file is empty or holds only white space; add the article's text",
            $"{binary}(1,2): error CORPUS008: NUL character: the file is binary, not text (an image, a PDF, UTF-16 without a byte-order mark?); save the article as UTF-8 text",
            "corpus export: 2 input errors; output from the 1 good file only (exit code 1).",
        ]);
        var line = run.Out.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        using var json = JsonDocument.Parse(line);
        json.RootElement.GetProperty("fileName").GetString().ShouldBe("c.txt");
    }

    [TestMethod]
    public void An_export_to_a_file_holds_the_good_files_when_one_is_empty()
    {
        using var folder = new TempFolder();
        folder.File("articles/a.txt", Article);
        var empty = folder.File("articles/b.txt", "\n");
        folder.File("articles/c.txt", Article.Replace("Talks", "Trade talks", System.StringComparison.Ordinal));
        var output = System.IO.Path.Combine(folder.Path, "out.json");

        var run = Cli.Run("export", "-o", output, System.IO.Path.Combine(folder.Path, "articles"));

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe(
            $"{empty}: error CORPUS001: the file is empty or holds only white space; add the article's text\n"
            + "corpus export: 1 input error; output from the 2 good files only (exit code 1).\n");
        using var json = JsonDocument.Parse(System.IO.File.ReadAllText(output));
        json.RootElement.EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["Talks in the capital", "Trade talks in the capital"]);
    }

    [TestMethod]
    public void When_no_file_is_good_export_writes_nothing()
    {
        using var folder = new TempFolder();
        var empty = folder.File("a.txt", string.Empty);
        var output = System.IO.Path.Combine(folder.Path, "out.json");

        var run = Cli.Run("export", "-o", output, folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe(
            $"{empty}: error CORPUS001: the file is empty or holds only white space; add the article's text\n"
            + "corpus export: 1 input error; no output.\n");
        System.IO.File.Exists(output).ShouldBeFalse();
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_folder_given_to_inspect_is_CORPUS002()
    {
        var run = Cli.Run("inspect", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldStartWith($"{Cli.SeedsFolder}: error CORPUS002: is a folder, not a file", Case.Sensitive);
    }

    [TestMethod]
    public void The_seeds_have_no_problems()
    {
        var run = Cli.Run("export", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Error.ShouldBeEmpty();
        JsonDocument.Parse(run.Out).RootElement.EnumerateArray().Count().ShouldBe(5);
    }
}
