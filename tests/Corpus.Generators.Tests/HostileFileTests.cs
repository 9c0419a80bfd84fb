using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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
        ["utf32be-with-bom.txt"] = ["CORPUS002"], // starts with two NULs: csc itself reports CS2015 and hands over no text
        ["utf32le-with-bom.txt"] = [], // csc reads it as UTF-16 with a NUL in every other character; the generator undoes that
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

    [TestMethod]
    public void UTF32_LE_with_a_byte_order_mark_is_read_though_the_compiler_decodes_it_as_UTF16()
    {
        var text = "Leaders meet in the capital \U0001F30D\n\n\"We will meet again,\" Liu Bin said at the caf\u00E9.\n";
        byte[] bytes = [.. Utf32LittleEndian.GetPreamble(), .. Utf32LittleEndian.GetBytes(text)];

        // What csc hands over for a file under 40 KB: the UTF-16 LE mark FF FE, then a NUL (00 00) and a NUL after every letter.
        var compilerReading = FileAdditionalText.Decode(bytes);
        compilerReading.Encoding!.WebName.ShouldBe("utf-16");
        compilerReading.ToString().ShouldStartWith("\0L\0e\0", Case.Sensitive);

        var run = new SeedProject().AddSeedBytes("utf32.txt", bytes).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        var document = HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["utf32.txt"] = text }).ShouldHaveSingleItem();
        document.Title.ShouldBe("Leaders meet in the capital \U0001F30D");
    }

    [TestMethod]
    public void A_large_UTF32_LE_file_is_read_by_the_compiler_itself_and_reads_the_same()
    {
        var text = "Leaders meet in the capital\n\n" + string.Concat(Enumerable.Repeat("\"We will meet again,\" Liu Bin said at the caf\u00E9.\n\n", 400));
        byte[] bytes = [.. Utf32LittleEndian.GetPreamble(), .. Utf32LittleEndian.GetBytes(text)];
        bytes.Length.ShouldBeGreaterThan(40 * 1024);
        FileAdditionalText.Decode(bytes).ToString().ShouldBe(text);

        var run = new SeedProject().AddSeedBytes("large.txt", bytes).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["large.txt"] = text }).ShouldHaveSingleItem();
    }

    [TestMethod]
    public void Bad_UTF32_LE_is_CORPUS009_at_its_byte_offset()
    {
        // A lone surrogate (not a code point) as the 8th character, and U+1D800, whose low half the compiler's UTF-16
        // decoder has already replaced: both read as U+FFFD, and the offset counts four bytes a character after the mark.
        byte[] bytes = [.. Utf32LittleEndian.GetPreamble(), .. Utf32LittleEndian.GetBytes("Talks X"), 0x00, 0xD8, 0x00, 0x00, .. Utf32LittleEndian.GetBytes(" on "),
            0x00, 0xD8, 0x01, 0x00, .. Utf32LittleEndian.GetBytes("\n\nLiu Bin said the talks went well.\n")];

        var run = new SeedProject().AddSeedBytes("bad.txt", bytes).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS009");
        diagnostic.GetMessage().ShouldContain("has 2 byte sequence(s)");
        diagnostic.GetMessage().ShouldContain($"byte offset {4 + (4 * 7)} (line 1, column 8)");
        GeneratedCorpus.Documents(run.Output).ShouldHaveSingleItem().Title.ShouldBe("Talks X\uFFFD on \uFFFD");
    }

    [TestMethod]
    public void A_UTF16_file_that_starts_with_a_NUL_is_still_binary()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("\0Talks in the capital\n")];

        var run = new SeedProject().AddSeedBytes("nul.txt", bytes).Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS008");
    }

    [TestMethod]
    public void UTF32_BE_with_a_byte_order_mark_is_binary_to_the_compiler_and_CORPUS002_says_why()
    {
        var encoding = new UTF32Encoding(bigEndian: true, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(SampleArticles.Talks)];

        var run = new SeedProject().AddSeedBytes("be.txt", bytes).AddSeed("talks.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS002");
        diagnostic.GetMessage().ShouldContain("UTF-32 big-endian");
        run.CompilationProblems.ShouldBeEmpty();
    }

    private static readonly UTF32Encoding Utf32LittleEndian = new(bigEndian: false, byteOrderMark: true);

    /// <summary>The text the generator reads: the compiler's decoding, and for UTF-32 LE the text it holds (see <c>Utf32</c>).</summary>
    private static string Decoded(string path, byte[] bytes) =>
        bytes is [0xFF, 0xFE, 0x00, 0x00, ..] ? Utf32LittleEndian.GetString(bytes, 4, bytes.Length - 4)
        : new FileAdditionalText(path, bytes).GetText()?.ToString() ?? string.Empty;
}
