using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests;

/// <summary>
/// Hostile inputs made at test time, each from a fixed seed (printed on failure): random bytes, random Unicode of
/// every category, a 5 MB single line, 100,000 tiny paragraphs, quotes nested ten thousand deep.
/// </summary>
[TestClass]
public sealed class GeneratedHostileInputTests
{
    /// <summary>Diagnostics a random input may cause; anything else (CORPUS099 above all) is a bug.</summary>
    private static readonly string[] ExpectedForRandomInput = ["CORPUS001", "CORPUS002", "CORPUS003", "CORPUS004", "CORPUS005", "CORPUS008", "CORPUS009", "CORPUS011"];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public void Random_bytes_never_break_the_build(int seed)
    {
        var random = new Random(seed);
        var project = new SeedProject();
        var decoded = new Dictionary<string, string>();
        for (var i = 0; i < 12; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (i % 2 == 1)
            {
                // Mostly text with a few bad bytes: the shape of a real mis-encoded scrape.
                for (var j = 0; j < bytes.Length; j++)
                {
                    bytes[j] = random.Next(40) == 0 ? bytes[j] : (byte)"abc de\"f.\n A\u201C"[random.Next(12)];
                }
            }

            var name = $"random-{seed}-{i}.txt";
            project.AddSeedBytes(name, bytes);
            decoded[name] = new FileAdditionalText(name, bytes).GetText()?.ToString() ?? string.Empty;
        }

        var run = project.Run();

        HostileInvariants.ShouldHold(run, decoded);
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldAllBe(id => ExpectedForRandomInput.Contains(id), $"seed {seed}");
    }

    [TestMethod]
    public void Random_text_from_every_Unicode_category_compiles_and_round_trips()
    {
        var random = new Random(42);
        var byCategory = CharactersByCategory();
        var project = new SeedProject();
        var texts = new Dictionary<string, string>();
        foreach (var (category, pool) in byCategory.OrderBy(c => c.Key))
        {
            var text = new StringBuilder($"Sample of {category} characters\n\n");
            for (var paragraph = 0; paragraph < 5; paragraph++)
            {
                text.Append("He said \"");
                for (var i = 0; i < 200; i++)
                {
                    text.Append(pool[random.Next(pool.Count)]);
                    if (random.Next(8) == 0)
                    {
                        text.Append(' ');
                    }
                }

                text.Append("\" today.\n\n");
            }

            var name = $"category-{category}.txt";
            texts[name] = text.ToString();
            project.AddSeed(name, texts[name]);
        }

        var mixed = string.Concat(Enumerable.Range(0, 20_000).Select(_ => PickFrom(byCategory.ElementAt(random.Next(byCategory.Count)).Value, random)));
        texts["category-all-mixed.txt"] = "Every category at once\n\n" + mixed;
        project.AddSeed("category-all-mixed.txt", texts["category-all-mixed.txt"]);

        var run = project.Run();

        HostileInvariants.ShouldHold(run, texts).Count.ShouldBe(texts.Count(t => !t.Value.Contains('\0', StringComparison.Ordinal)));
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldAllBe(id => ExpectedForRandomInput.Contains(id));
    }

    [TestMethod]
    public void Five_megabyte_single_line_generates_in_seconds()
    {
        var random = new Random(5);
        string[] words = ["the", "minister", "said", "that", "\"we", "will\"", "go", "on.", "Xi", "Jinping", "told", "reporters", "in", "Beijing,", "May", "16,", "2024.", "\u201Cno\u201D", "U.S.", "3.5%"];
        var line = new StringBuilder(5 * 1024 * 1024 + 100);
        while (line.Length < 5 * 1024 * 1024)
        {
            line.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var text = "A five megabyte line\n\n" + line;
        var clock = Stopwatch.StartNew();

        var run = new SeedProject().AddSeed("five-mb.txt", text).Run();

        TestContext.WriteLine($"generator and compilation: {clock.Elapsed.TotalSeconds:F1}s");
        HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["five-mb.txt"] = text }).ShouldHaveSingleItem();
    }

    [TestMethod]
    public void Two_megabyte_line_of_quotes_parses_in_linear_time()
    {
        // Before the parser found a quote's sentence by binary search, this line alone took over a minute.
        var line = new StringBuilder(2 * 1024 * 1024 + 100);
        for (var i = 0; line.Length < 2 * 1024 * 1024; i++)
        {
            line.Append(i % 3 == 0 ? $"Berg said that the \"talks number {i} go on\" now. " : $"\"We will go on with {i} talks,\" he said. ");
        }

        var text = "A line of quotes\n\n" + line;

        var run = new SeedProject().AddSeed("quotes-line.txt", text).Run();

        var document = HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["quotes-line.txt"] = text }).ShouldHaveSingleItem();
        document.Quotes.Count.ShouldBeGreaterThan(10_000);
        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(new[] { "CORPUS013" });
    }

    [TestMethod]
    public void Hundred_thousand_tiny_paragraphs_get_unique_names_in_linear_time()
    {
        var text = "One hundred thousand paragraphs\n\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 3 == 0 ? "Word.\n" : $"P{i % 10} x.\n"));

        var run = new SeedProject().AddSeed("many.txt", text).Run();

        var document = HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["many.txt"] = text }).ShouldHaveSingleItem();
        document.Paragraphs.Count.ShouldBe(100_001);
        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS013");
        var source = run.Sources["Seeds.OneHundredThousandParagraphs.g.cs"];
        source.ShouldContain("public static global::Corpus.Paragraph Word_3333 => Document.Paragraphs[9997];");
        source.ShouldNotContain("Document.Paragraphs[10000]");
    }

    [TestMethod]
    public void Twelve_thousand_distinct_speakers_become_fields_so_the_class_still_loads()
    {
        var random = new Random(12);
        string Name() => (char)('A' + random.Next(26)) + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))));
        var text = "Twelve thousand speakers\n\n" + string.Concat(Enumerable.Range(0, 12_000).Select(_ => $"President {Name()} {Name()} said that the talks will go on.\n"));

        var run = new SeedProject().AddSeed("speakers.txt", text).Run();

        var document = HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["speakers.txt"] = text }).ShouldHaveSingleItem();
        document.Speakers.Count.ShouldBeGreaterThan(10_000);
        run.Sources["Seeds.g.cs"].ShouldContain("public static readonly global::Corpus.Speaker ");
        document.Quotes[0].Speaker.ShouldBeSameAs(document.Speakers[0]);
    }

    [TestMethod]
    public void Deeply_nested_and_unbalanced_quotes_report_at_most_ten_unclosed_marks()
    {
        var nested = string.Concat(Enumerable.Repeat("\u201C\u2018\"", 10_000)) + "deep" + string.Concat(Enumerable.Repeat("\"\u2019\u201D", 9_999));
        var unbalanced = string.Join("\n\n", Enumerable.Range(0, 50).Select(i => i % 2 == 0 ? $"He said \"open and never closed {i}" : $"\u201D\u201D closers \u00BB first \u201C {i}"));
        var text = "Quotes all the way down\n\n" + nested + "\n\n" + unbalanced + "\n";

        var run = new SeedProject().AddSeed("quotes.txt", text).Run();

        HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["quotes.txt"] = text }).ShouldHaveSingleItem();
        run.GeneratorDiagnostics.Count(d => d.Id == "CORPUS004").ShouldBe(10, string.Join("\n", run.GeneratorDiagnostics));
    }

    [TestMethod]
    public void Lone_surrogates_are_stored_in_a_string_literal_and_round_trip()
    {
        var text = "Broken pairs \uD800 in a title\n\nA low \uDC00 alone, a high \uDBFF alone, and a pair \uD83D\uDE00, said Berg.\n";

        var run = new SeedProject().AddSeed("surrogates.txt", text).Run();

        HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["surrogates.txt"] = text }).ShouldHaveSingleItem();
        run.Sources["Seeds.BrokenPairsInATitle.g.cs"].ShouldContain("private static string Text => \"Broken pairs \\uD800 in a title");
    }

    [TestMethod]
    public void Text_too_large_for_its_storage_reports_CORPUS010_and_the_rest_still_compiles()
    {
        var big = "A title over the limit\n\n" + new string('x', 2 * 1024 * 1024) + " \uD800\n";

        var run = new SeedProject().AddSeed("big.txt", big).AddSeed("talks.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS010");
        diagnostic.GetMessage().ShouldContain("string literal");
        HostileInvariants.ShouldHold(run, new Dictionary<string, string> { ["talks.txt"] = SampleArticles.Talks }).ShouldHaveSingleItem().FileName.ShouldBe("talks.txt");
    }

    [TestMethod]
    public void Text_too_large_for_a_byte_array_reports_CORPUS010_under_CSharp_10()
    {
        var big = "A title over the limit\n\n" + new string('x', 4 * 1024 * 1024) + "\n";

        var run = new SeedProject { LanguageVersion = LanguageVersion.CSharp10 }.AddSeed("big.txt", big).Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS010");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    public void Turkish_culture_build_produces_the_same_source_as_an_invariant_one()
    {
        var project = new SeedProject()
            .AddSeed("tr.txt", "\u0130stanbul'da \u0131l\u0131k bir g\u00fcn: i\u00e7 I\u011fd\u0131r\n\nIIS \u0130nfo said that it is \u201Cquite mild\u201D in istanbul.\n")
            .AddSeed("talks.txt", SampleArticles.Talks);
        var invariant = Under(CultureInfo.InvariantCulture, project.Run).Sources;

        var turkish = Under(new CultureInfo("tr-TR"), project.Run).Sources;

        turkish.Keys.ShouldBe(invariant.Keys, ignoreOrder: true);
        foreach (var (hint, source) in invariant)
        {
            (turkish[hint] == source).ShouldBeTrue($"{hint} differs under tr-TR");
        }

        invariant.Keys.ShouldContain("Seeds.\u0130stanbulda\u0131l\u0131kBirG\u00fcnI\u00e7I\u011fd\u0131r.g.cs", string.Join(", ", invariant.Keys));
    }

    [TestMethod]
    public void Very_long_titles_give_capped_names_that_are_still_unique()
    {
        var title = string.Concat(Enumerable.Repeat("Extraordinarily ", 12));
        var run = new SeedProject()
            .AddSeed("a.txt", title + "long headline one\n\nBerg said that talks go on.\n")
            .AddSeed("b.txt", title + "long headline two\n\nDade said that talks go on.\n")
            .Run();

        var names = run.Sources.Keys.Where(k => k != "Seeds.g.cs").Select(k => k["Seeds.".Length..^".g.cs".Length]).Order(StringComparer.Ordinal).ToArray();
        names.Length.ShouldBe(2);
        names[0].Length.ShouldBeLessThanOrEqualTo(64); // Identifiers.MaxLength
        names[1].ShouldBe(names[0] + "_2");
        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS005");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    public void Titles_that_differ_only_in_case_get_distinct_source_files()
    {
        var run = new SeedProject()
            .AddSeed("a.txt", "Talks in the capital\n\nBerg said that talks go on.\n")
            .AddSeed("b.txt", "TALKS IN THE CAPITAL\n\nDade said that talks go on.\n")
            .Run();

        run.Sources.Keys.ShouldBe(new[] { "Seeds.g.cs", "Seeds.TalksInTheCapital.g.cs", "Seeds.TALKSINTHECAPITAL_2.g.cs" }, ignoreOrder: true);
        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    public void File_that_throws_when_read_reports_CORPUS002_and_the_others_still_generate()
    {
        var run = new SeedProject()
            .AddSeed("locked.txt", path => new FailingAdditionalText(path))
            .AddSeed("talks.txt", SampleArticles.Talks)
            .Run();

        run.GeneratorExceptions.ShouldBeEmpty();
        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS002");
        diagnostic.GetMessage().ShouldContain("IOException");
        run.Sources.Keys.ShouldContain("Seeds.LeadersMeetInTheCapital.g.cs");
    }

    private static string PickFrom(List<string> pool, Random random) => pool[random.Next(pool.Count)];

    private static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }

    /// <summary>Up to 2,000 characters (as strings: astral ones are pairs) of every Unicode category; lone surrogates included.</summary>
    private static Dictionary<UnicodeCategory, List<string>> CharactersByCategory()
    {
        var result = new Dictionary<UnicodeCategory, List<string>>();
        for (var code = 0; code <= 0x10FFFF; code += code < 0x30000 ? 1 : 97)
        {
            var value = code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
            var category = CharUnicodeInfo.GetUnicodeCategory(value, 0);
            if (!result.TryGetValue(category, out var list))
            {
                result[category] = list = new List<string>();
            }

            if (list.Count < 2000 && (code != 0 || category != UnicodeCategory.Control))
            {
                list.Add(value);
            }
        }

        return result;
    }
}
