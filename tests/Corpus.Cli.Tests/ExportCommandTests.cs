using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Parsing;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class ExportCommandTests
{
    private const string TalksFile = "004_9158aa63fc4f2dea.txt";

    [TestMethod]
    public void Exports_one_seed_as_a_json_array_with_camel_case_names_and_string_enums()
    {
        var run = Cli.Run("export", "--format", "json", Cli.Seed(TalksFile));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetArrayLength().ShouldBe(1);
        var document = json.RootElement[0];
        document.GetProperty("title").GetString().ShouldBe("Xi Jinping talks with Russian President Putin");
        document.GetProperty("fileName").GetString().ShouldBe(TalksFile);
        document.GetProperty("id").GetString().ShouldBe("XiJinpingTalksWithRussianPresidentPutin");
        document.GetProperty("published").GetString().ShouldBe("2024-05-16T19:37:00");
        document.TryGetProperty("body", out _).ShouldBeFalse();

        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToArray();
        paragraphs[0].GetProperty("role").GetString().ShouldBe("Title");
        paragraphs[1].GetProperty("role").GetString().ShouldBe("Dateline");
        paragraphs[2].GetProperty("sentences")[0].GetProperty("text").GetString().ShouldStartWith("On the morning of May 16");
    }

    [TestMethod]
    public void Export_matches_the_runtime_parser()
    {
        var path = Cli.Seed(TalksFile);
        var parsed = CorpusParser.Parse(File.ReadAllText(path), TalksFile);

        using var json = JsonDocument.Parse(Cli.Run("export", path).Out);
        var document = json.RootElement[0];

        document.GetProperty("text").GetString().ShouldBe(parsed.Text);
        document.GetProperty("paragraphs").EnumerateArray()
            .Select(p => (p.GetProperty("index").GetInt32(), p.GetProperty("role").GetString(), p.GetProperty("start").GetInt32(), p.GetProperty("length").GetInt32()))
            .ShouldBe(parsed.Paragraphs.Select(p => (p.Index, (string?)p.Role.ToString(), p.Start, p.Length)));
        document.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("kind").GetString(), q.GetProperty("speaker").GetProperty("name").GetString(), q.GetProperty("cue").GetString(), q.GetProperty("text").GetString()))
            .ShouldBe(parsed.Quotes.Select(q => ((string?)q.Kind.ToString(), (string?)q.Speaker!.Name, (string?)q.Cue, (string?)q.Text)));
        document.GetProperty("speakers").EnumerateArray().Select(s => s.GetProperty("kind").GetString())
            .ShouldBe(parsed.Speakers.Select(s => (string?)s.Kind.ToString()));
    }

    [TestMethod]
    public void A_folder_exports_every_txt_file_inside_recursively_in_ordinal_order()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-cli-tests-");
        try
        {
            var talks = File.ReadAllText(Cli.Seed(TalksFile));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "b"));
            File.WriteAllText(Path.Combine(folder.FullName, "b", "c.txt"), talks);
            File.WriteAllText(Path.Combine(folder.FullName, "B.txt"), talks);
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), talks);
            File.WriteAllText(Path.Combine(folder.FullName, "notes.md"), "not a seed");

            var run = Cli.Run("export", folder.FullName);

            run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
            using var json = JsonDocument.Parse(run.Out);
            json.RootElement.EnumerateArray().Select(d => d.GetProperty("fileName").GetString()).ShouldBe(["B.txt", "a.txt", "c.txt"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void The_seeds_folder_exports_all_five_seeds()
    {
        using var json = JsonDocument.Parse(Cli.Run("export", Cli.SeedsFolder).Out);

        json.RootElement.EnumerateArray().Select(d => d.GetProperty("fileName").GetString()).ShouldBe(Seeds.All.Select(d => (string?)d.FileName));
    }

    [TestMethod]
    public void Out_writes_the_json_to_a_file_instead_of_stdout()
    {
        var file = Path.Combine(Path.GetTempPath(), $"corpus-cli-tests-{Guid.NewGuid():N}.json");
        try
        {
            var run = Cli.Run("export", Cli.Seed(TalksFile), "--out", file);

            run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
            run.Out.ShouldBeEmpty();
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            json.RootElement[0].GetProperty("title").GetString().ShouldBe("Xi Jinping talks with Russian President Putin");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public void A_missing_file_is_an_input_error_that_names_the_file_and_the_other_file_is_exported()
    {
        var missing = Path.Combine(Cli.SeedsFolder, "no_such_seed.txt");

        var run = Cli.Run("export", Cli.Seed(TalksFile), missing);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"{missing}: error CORPUS002: no such file or folder\ncorpus export: 1 input error; output from the 1 good file only (exit code 1).\n");
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        json.RootElement.EnumerateArray().ShouldHaveSingleItem().GetProperty("fileName").GetString().ShouldBe(TalksFile);
    }

    [TestMethod]
    public void Only_missing_files_is_an_input_error_and_writes_nothing()
    {
        var missing = Path.Combine(Cli.SeedsFolder, "no_such_seed.txt");

        var run = Cli.Run("export", missing);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"{missing}: error CORPUS002: no such file or folder\ncorpus export: 1 input error; no output.\n");
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void No_paths_is_a_usage_error()
    {
        var run = Cli.Run("export");

        run.ExitCode.ShouldBe(ExitCodes.UsageError, run.ToString());
        run.Error.ShouldContain("corpus export --help", Case.Sensitive);
        run.Out.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = Cli.Run("export", "--format", "xml", Cli.Seed(TalksFile));

        run.ExitCode.ShouldBe(ExitCodes.UsageError, run.ToString());
        run.Error.ShouldContain("xml", Case.Sensitive);
    }

    [TestMethod]
    public void Jsonl_writes_one_document_per_line_each_the_same_object_as_in_the_json_array()
    {
        var run = Cli.Run("export", "--format", "jsonl", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldEndWith("}\n");
        var lines = run.Out.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(5);
        using var array = JsonDocument.Parse(Cli.Run("export", Cli.SeedsFolder).Out);
        for (var i = 0; i < lines.Length; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            line.RootElement.GetProperty("fileName").GetString().ShouldBe(Seeds.All[i].FileName);
            JsonSerializer.Serialize(line.RootElement).ShouldBe(JsonSerializer.Serialize(array.RootElement[i]));
        }
    }

    [TestMethod]
    public void Jsonl_keeps_line_breaks_of_the_text_escaped_inside_the_line()
    {
        var run = Cli.Run("export", "-f", "jsonl", Cli.Seed(TalksFile));

        run.Out.Count(c => c == '\n').ShouldBe(1);
        run.Out.ShouldContain("\\n", Case.Sensitive);
        run.Out.ShouldContain("\"title\":\"Xi Jinping talks with Russian President Putin\"", Case.Sensitive);
    }

    [TestMethod]
    public void Standard_output_that_cannot_be_written_is_a_one_line_error_and_exit_code_1_not_a_stack_trace()
    {
        var run = Cli.RunWithOutput(new FailingWriter(), "export", Cli.Seed(TalksFile));

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe("corpus export: cannot write the output: Input/output error\n", run.ToString());
    }
}
