using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Parsing;

namespace Corpus.Cli.Tests;

[TestClass]
public sealed class FakeCommandTests
{
    [TestMethod]
    public void Writes_count_seed_files_with_their_answer_keys()
    {
        using var folder = new TempFolder();

        var run = Cli.Run("fake", "--seed", "3", "--count", "4", "--out", folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldContain("Wrote 4 files");
        run.Error.ShouldBeEmpty(); // no progress line when stderr is not the terminal
        var texts = Directory.GetFiles(folder.Path, "*.txt").Where(f => !f.EndsWith(".key.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        texts.Select(Path.GetFileName).ShouldBe(new[] { "fake_3_0000.txt", "fake_3_0001.txt", "fake_3_0002.txt", "fake_3_0003.txt" });
        foreach (var text in texts)
        {
            using var key = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(text, ".key.json")));
            var parsed = CorpusParser.Parse(File.ReadAllText(text), Path.GetFileName(text));
            key.RootElement.GetProperty("title").GetString().ShouldBe(parsed.Title);
            key.RootElement.GetProperty("quotes").GetArrayLength().ShouldBe(parsed.Quotes.Count);
        }
    }

    [TestMethod]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        using var c = new TempFolder();

        Cli.Run("fake", "-s", "9", "-n", "3", "-o", a.Path).ExitCode.ShouldBe(ExitCodes.Ok);
        Cli.Run("fake", "-s", "9", "-n", "3", "-o", b.Path).ExitCode.ShouldBe(ExitCodes.Ok);
        Cli.Run("fake", "-s", "10", "-n", "3", "-o", c.Path).ExitCode.ShouldBe(ExitCodes.Ok);

        foreach (var file in Directory.GetFiles(a.Path).Select(Path.GetFileName))
        {
            File.ReadAllBytes(Path.Combine(b.Path, file!)).ShouldBe(File.ReadAllBytes(Path.Combine(a.Path, file!)));
        }

        File.ReadAllText(Path.Combine(c.Path, "fake_10_0000.txt")).ShouldNotBe(File.ReadAllText(Path.Combine(a.Path, "fake_9_0000.txt")));
    }

    [TestMethod]
    public void Variants_of_a_real_file_are_written_with_the_operators_in_their_keys()
    {
        using var folder = new TempFolder();

        var run = Cli.Run("fake", "--variants-of", Cli.Seed("004_9158aa63fc4f2dea.txt"), "--count", "3", "--out", folder.Path);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        var key = File.ReadAllText(Path.Combine(folder.Path, "004_9158aa63fc4f2dea.v0000.key.json"));
        key.ShouldContain("\"reproduce\": \"new CorpusFaker(seed: 0).Variant(004_9158aa63fc4f2dea.txt, 0)");
    }

    [TestMethod]
    public void A_count_below_one_is_a_usage_error_and_a_missing_file_an_input_error()
    {
        using var folder = new TempFolder();
        Cli.Run("fake", "--count", "0", "--out", folder.Path).ExitCode.ShouldBe(ExitCodes.UsageError);
        Cli.Run("fake", "--count", "1").ExitCode.ShouldBe(ExitCodes.UsageError); // --out is required
        var missing = Cli.Run("fake", "--variants-of", Path.Combine(folder.Path, "nope.txt"), "--out", folder.Path);
        missing.ExitCode.ShouldBe(ExitCodes.InputError);
        missing.Error.ShouldContain($"{Path.Combine(folder.Path, "nope.txt")}: error CORPUS002: no such file\n", Case.Sensitive);
        Directory.EnumerateFileSystemEntries(folder.Path).ShouldBeEmpty();
    }
}
