using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests;

/// <summary>
/// Every checked-in hostile file (Hostile/README.md says what each one is for) goes through the generator and the
/// compiler: no exception, exactly the expected diagnostics, code that compiles, and no text lost.
/// </summary>
[TestClass]
public sealed class HostileFileTests
{
    /// <summary>The diagnostics each file must report: ids, in order, duplicates kept.</summary>
    private static readonly Dictionary<string, string[]> Expected = new(StringComparer.Ordinal)
    {
        ["arabic-rtl-title.txt"] = [],
        ["binary-png.txt"] = ["CORPUS002"], // two NULs in a row: csc itself reports CS2015 and hands over no text
        ["bom-only.txt"] = ["CORPUS001"],
        ["cjk-title.txt"] = [],
        ["cyrillic-title.txt"] = [],
        ["devanagari-title.txt"] = [],
        ["digits-title.txt"] = [],
        ["emoji-title.txt"] = [],
        ["empty.txt"] = ["CORPUS001"],
        ["escaping.txt"] = [],
        ["keyword-title.txt"] = [],
        ["latin1.txt"] = ["CORPUS009"],
        ["line-endings.txt"] = [],
        ["long-title.txt"] = [],
        ["nested-quotes.txt"] = ["CORPUS004", "CORPUS004", "CORPUS004"],
        ["no-title.txt"] = ["CORPUS003"],
        ["only-punctuation.txt"] = [],
        ["overlong-and-cesu.txt"] = ["CORPUS009"],
        ["punctuation-title.txt"] = [],
        ["replacement-character.txt"] = ["CORPUS009"],
        ["reserved-member-paragraphs.txt"] = [],
        ["truncated-utf8.txt"] = ["CORPUS009"],
        ["turkish-title.txt"] = [],
        ["unclosed-quotes.txt"] = ["CORPUS004", "CORPUS004", "CORPUS004"],
        ["utf16le-with-bom.txt"] = [],
        ["utf16le-without-bom.txt"] = ["CORPUS008"], // single NULs between ASCII letters: text to the compiler, not to us
        ["whitespace-only.txt"] = ["CORPUS001"],
        ["zalgo-and-invisibles.txt"] = [],
    };

    public static IEnumerable<object[]> Files =>
        Directory.GetFiles(SeedProject.HostileDirectory, "*.txt").Order(StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void Hostile_file_reports_its_diagnostics_and_still_compiles(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedProject.HostileDirectory, fileName));

        var run = new SeedProject().AddSeedBytes(fileName, bytes).AddSeed("talks.txt", SampleArticles.Talks).Run();

        var ids = run.GeneratorDiagnostics.Select(d => d.Id).ToArray();
        Console.WriteLine($"{fileName}: {string.Join(", ", run.GeneratorDiagnostics.Select(d => d.Id + " " + d.GetMessage()))}");
        HostileInvariants.ShouldHold(run, new Dictionary<string, string>
        {
            [fileName] = Decoded(fileName, bytes),
            ["talks.txt"] = SampleArticles.Talks,
        }).ShouldContain(d => d.FileName == "talks.txt", "the other file of the corpus still generates");
        Expected.ShouldContainKey(fileName, "add the new hostile file to the table of expected diagnostics");
        ids.ShouldBe(Expected[fileName]);
    }

    [TestMethod]
    [DataRow(LanguageVersion.Latest)]
    [DataRow(LanguageVersion.CSharp10)] // text stored as byte[] instead of "…"u8
    [DataRow(LanguageVersion.CSharp8)]
    public void All_hostile_files_together_compile_as_one_corpus(LanguageVersion languageVersion)
    {
        var project = new SeedProject { LanguageVersion = languageVersion };
        var decoded = new Dictionary<string, string>();
        foreach (var path in Directory.GetFiles(SeedProject.HostileDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            project.AddSeedBytes(Path.GetFileName(path), bytes);
            decoded[Path.GetFileName(path)] = Decoded(path, bytes);
        }

        var documents = HostileInvariants.ShouldHold(project.Run(), decoded);

        documents.Count.ShouldBe(Expected.Count(e => !e.Value.Any(id => id is "CORPUS001" or "CORPUS002" or "CORPUS008")));
    }

    [TestMethod]
    public void Invalid_UTF8_is_reported_at_the_byte_offset_of_the_first_bad_byte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SeedProject.HostileDirectory, "latin1.txt"));
        var firstBad = Array.FindIndex(bytes, b => b >= 0x80);

        var run = new SeedProject().AddSeedBytes("latin1.txt", bytes).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS009");
        diagnostic.GetMessage().ShouldContain($"byte offset {firstBad} (line 1, column {firstBad + 1})");
        diagnostic.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(0, firstBad));
        GeneratedCorpus.Documents(run.Output).ShouldHaveSingleItem().Title.ShouldBe("Caf\uFFFD owners meet in the capital");
    }

    [TestMethod]
    public void Harness_reports_malformed_XML_docs_so_escaping_is_really_checked()
    {
        var project = new SeedProject { UserCode = "namespace Consumer { /// <summary>a < b ]]> &</summary>\n public static class Broken { } }" };

        var run = project.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationErrorsAndWarnings.Select(d => d.Id).ShouldContain("CS1570");
    }

    private static string Decoded(string path, byte[] bytes) => new FileAdditionalText(path, bytes).GetText()?.ToString() ?? string.Empty;
}
