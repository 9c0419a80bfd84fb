using System.Globalization;
using System.Linq;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests;

[TestClass]
public sealed class DiagnosticTests
{
    [TestMethod]
    [DataRow("")]
    [DataRow("  \n\t\u00A0\n")]
    public void Empty_file_reports_CORPUS001_and_generates_nothing_for_it(string text)
    {
        var run = new SeedProject().AddSeed("empty.txt", text).AddSeed("talks.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldContain("empty.txt");
        diagnostic.Location.GetLineSpan().Path.ShouldEndWith("empty.txt");
        diagnostic.Descriptor.HelpLinkUri.ShouldBe("https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#corpus001");
        run.Sources.Keys.ShouldBe(new[] { "Seeds.LeadersMeetInTheCapital.g.cs", "Seeds.g.cs" }, ignoreOrder: true);
    }

    [TestMethod]
    public void Unreadable_file_reports_CORPUS002()
    {
        var run = new SeedProject().AddSeed("gone.txt", text: null).Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS002");
    }

    [TestMethod]
    public void File_without_a_title_reports_CORPUS003_and_still_generates()
    {
        var run = new SeedProject().AddSeed("prose.txt", "The minister said that talks will go on next week.\n").Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS003");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        run.Sources.Count.ShouldBe(2);
    }

    [TestMethod]
    public void Unclosed_quote_reports_CORPUS004_at_its_line_and_column()
    {
        var text = "Talks end\n\nThe minister said: \"we will return to the table soon and talk again.\n";

        var run = new SeedProject().AddSeed("open.txt", text).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS004");
        var span = diagnostic.Location.GetLineSpan();
        span.StartLinePosition.Line.ShouldBe(2);
        span.StartLinePosition.Character.ShouldBe(19);
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Colliding_document_names_get_a_suffix_and_a_CORPUS005_warning_at_the_renamed_file()
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks).AddSeed("b.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS005");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning); // visible at normal verbosity, unlike Info
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/seeds/b.txt");
        diagnostic.GetMessage().ShouldContain("LeadersMeetInTheCapital_2");
        run.Sources.Keys.ShouldContain("Seeds.LeadersMeetInTheCapital_2.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_CorpusFiles_item_without_Corpus_metadata_reports_CORPUS018_at_the_file_and_still_generates_Seeds()
    {
        var run = new SeedProject().AddDefaultedSeed("talks.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS018");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/seeds/talks.txt");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Seed file 'talks.txt' is a CorpusFiles item without Corpus metadata, so it goes into the default corpus class 'Seeds'. "
            + "Name the class with Corpus metadata, e.g. <CorpusFiles Include=\"articles/*.txt\" Corpus=\"News\" />, or write Corpus=\"Seeds\" to keep this one.");
        run.Sources.Keys.ShouldBe(new[] { "Seeds.LeadersMeetInTheCapital.g.cs", "Seeds.g.cs" }, ignoreOrder: true);
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Corpus_Seeds_written_out_reports_nothing()
    {
        var run = new SeedProject().AddSeed("talks.txt", SampleArticles.Talks, corpus: "Seeds").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.ShouldContain("Seeds.g.cs");
    }

    [TestMethod]
    public void Invalid_CorpusName_reports_CORPUS006_and_uses_a_valid_name()
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpusName: "2nd talks!").Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS006");
        diagnostic.GetMessage().ShouldContain("'_2ndTalks'");
        run.Sources.Keys.ShouldContain("Seeds._2ndTalks.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Missing_runtime_reference_reports_CORPUS007_instead_of_broken_code()
    {
        var run = new SeedProject { ReferenceRuntime = false }.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(new[] { "CORPUS007" });
        run.Sources.ShouldBeEmpty();
    }

    [TestMethod]
    public void Valid_CorpusName_is_kept_as_written()
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpusName: "oddOne").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.ShouldContain("Seeds.oddOne.g.cs");
    }

    [TestMethod]
    [DataRow("My Seeds", "MySeeds")]
    [DataRow("class", "Class")]
    [DataRow("1st", "_1st")]
    public void Corpus_metadata_that_is_not_an_identifier_reports_CORPUS006_and_still_compiles(string corpus, string className)
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpus: corpus).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS006");
        diagnostic.GetMessage().ShouldContain($"'{className}'");
        run.Sources.Keys.ShouldContain($"{className}.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Lower_case_Corpus_and_CorpusName_get_a_capital_letter_and_CORPUS017_and_compile_without_any_warning()
    {
        // CS8981: C# warns on a type named in lower-case ASCII letters only, which breaks TreatWarningsAsErrors builds.
        var run = new SeedProject()
            .AddSeed("a.txt", SampleArticles.Talks, corpus: "news")
            .AddSeed("b.txt", SampleArticles.Talks, corpus: "news", corpusName: "lower")
            .Run();

        run.Output.GetDiagnostics().Where(d => d.Id == "CS8981").ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldAllBe(d => d.Severity < DiagnosticSeverity.Warning);
        run.GeneratorDiagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path)).ShouldBe(
            [("CORPUS017", "/project/seeds/a.txt"), ("CORPUS017", "/project/seeds/b.txt"), ("CORPUS017", "/project/seeds/b.txt")], ignoreOrder: true);
        run.GeneratorDiagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ShouldContain(
            "The CorpusName 'lower' of seed file 'b.txt' has only lower-case ASCII letters, which C# keeps for future keywords (warning CS8981 on a type name); 'Lower' is used instead. Set CorpusName metadata to a name with a capital letter to choose another.");
        run.Sources.Keys.ShouldBe(new[] { "News.g.cs", "News.LeadersMeetInTheCapital.g.cs", "News.Lower.g.cs" }, ignoreOrder: true);
        GeneratedCorpus.Documents(run.Output).Select(d => d.Id).ShouldBe(["LeadersMeetInTheCapital", "Lower"]);
    }

    [TestMethod]
    [DataRow("news1")]
    [DataRow("my_news")]
    [DataRow("newS")]
    [DataRow("café")]
    public void Lower_case_names_with_more_than_ASCII_letters_are_kept_as_C_sharp_allows_them(string name)
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpus: name, corpusName: name + "x").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.ShouldContain($"{name}.{name}x.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("var")]
    [DataRow("record")]
    [DataRow("file")]
    public void Contextual_keywords_as_names_are_capitalized_too(string name)
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpus: name, corpusName: name + "s").Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["CORPUS017", "CORPUS017"]);
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    public void Corpora_whose_names_make_one_class_stay_apart_with_a_suffix_and_CORPUS016()
    {
        var run = new SeedProject()
            .AddSeed("a.txt", SampleArticles.Talks, corpus: "My News")
            .AddSeed("b.txt", SampleArticles.Talks, corpus: "My.News")
            .Run();

        var collision = run.GeneratorDiagnostics.Where(d => d.Id == "CORPUS016").ShouldHaveSingleItem();
        collision.Severity.ShouldBe(DiagnosticSeverity.Warning);
        collision.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            "Corpus 'My.News' (seed file 'b.txt') would generate class 'MyNews', which corpus 'My News' already generates; corpus 'My.News' is generated as class 'MyNews_2'. "
            + "Give the two corpora names that differ in their letters or digits, or the same Corpus value if they are one corpus.");
        collision.Location.GetLineSpan().Path.ShouldBe("/project/seeds/b.txt");
        collision.Descriptor.HelpLinkUri.ShouldBe("https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#corpus016");
        run.GeneratorDiagnostics.Select(d => d.Id).Order().ShouldBe(["CORPUS006", "CORPUS006", "CORPUS016"]);
        run.Sources.Keys.ShouldBe(new[] { "MyNews.g.cs", "MyNews.LeadersMeetInTheCapital.g.cs", "MyNews_2.g.cs", "MyNews_2.LeadersMeetInTheCapital.g.cs" }, ignoreOrder: true);
        run.CompilationProblems.ShouldBeEmpty();
        GeneratedCorpus.Documents(run.Output).Select(d => d.FileName).ShouldBe(["a.txt", "b.txt"]); // one document in each corpus
    }

    [TestMethod]
    public void A_corpus_named_exactly_like_the_class_keeps_it_though_another_value_sorts_first()
    {
        var run = new SeedProject()
            .AddSeed("a.txt", SampleArticles.Talks, corpus: "-news")
            .AddSeed("b.txt", SampleArticles.Talks, corpus: "news")
            .AddSeed("c.txt", SampleArticles.Talks, corpus: "News")
            .Run();

        run.GeneratorDiagnostics.Where(d => d.Id == "CORPUS016").Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split(". Give")[0]).ShouldBe(
        [
            "Corpus '-news' (seed file 'a.txt') would generate class 'News', which corpus 'News' already generates; corpus '-news' is generated as class 'News_2'",
            "Corpus 'news' (seed file 'b.txt') would generate class 'News', which corpus 'News' already generates; corpus 'news' is generated as class 'News_3'",
        ]);
        run.Sources.Keys.Where(k => k.Count(c => c == '.') == 2).ShouldBe(["News.g.cs", "News_2.g.cs", "News_3.g.cs"], ignoreOrder: true);
        run.Sources["News.LeadersMeetInTheCapital.g.cs"].ShouldContain("FileName = \"c.txt\"");
        run.Sources["News_2.LeadersMeetInTheCapital.g.cs"].ShouldContain("FileName = \"a.txt\"");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("All")]
    [DataRow("Speakers")]
    public void Corpus_named_like_a_member_of_its_class_reports_CORPUS011_and_gets_an_underscore(string corpus)
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpus: corpus).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS011");
        diagnostic.GetMessage().ShouldContain($"'{corpus}_'");
        run.Sources.Keys.ShouldContain($"{corpus}_.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Document_named_like_its_corpus_reports_CORPUS011()
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpusName: "Seeds").Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS011");
        diagnostic.GetMessage().ShouldContain("'Seeds_'");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("Document")]
    [DataRow("Layout")]
    public void Document_named_like_a_generated_member_reports_CORPUS011(string name)
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpusName: name).Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS011");
        run.Sources.Keys.ShouldContain($"Seeds.{name}_.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("System", "Consumer")]
    [DataRow("Corpus", "Consumer")]
    [DataRow("Consumer", "Consumer")]
    public void Corpus_that_hides_a_top_level_namespace_reports_CORPUS012_and_still_compiles(string corpus, string ns)
    {
        var run = new SeedProject().WithProperty("CorpusNamespace", ns).AddSeed("a.txt", SampleArticles.Talks, corpus: corpus).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS012");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.ShouldEndWith("a.txt");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Corpus_named_like_a_part_of_its_own_namespace_is_fine()
    {
        // Corpus.Seeds.Tests.Seeds: inside that namespace 'Seeds' is the class, as intended (the seed tests do this).
        var run = new SeedProject().WithProperty("CorpusNamespace", "Corpus.Seeds.Tests").AddSeed("a.txt", SampleArticles.Talks).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("My.class")]
    [DataRow("My..Tests")]
    [DataRow("1st.Tests")]
    [DataRow("My-Tests")]
    public void CorpusNamespace_that_is_not_a_namespace_reports_CORPUS014_and_falls_back_to_RootNamespace(string ns)
    {
        var run = new SeedProject().WithProperty("CorpusNamespace", ns).AddSeed("a.txt", SampleArticles.Talks).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS014");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldBe(
            $"The CorpusNamespace property '{ns}' is not a valid C# namespace, so the generated code goes in namespace 'Consumer' (RootNamespace). Use dotted identifiers, none of them a C# keyword (e.g. My.Tests).");
        run.Sources["Seeds.g.cs"].ShouldContain("namespace Consumer");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_invalid_RootNamespace_without_CorpusNamespace_reports_CORPUS014_and_uses_the_global_namespace()
    {
        var run = new SeedProject().WithProperty("RootNamespace", "123-tests").AddSeed("a.txt", SampleArticles.Talks).Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().GetMessage(CultureInfo.InvariantCulture).ShouldContain("RootNamespace property '123-tests'");
        run.Sources["Seeds.g.cs"].ShouldNotContain("namespace ");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void An_invalid_namespace_is_not_reported_for_a_project_without_seed_files()
    {
        var run = new SeedProject().WithProperty("CorpusNamespace", "My-Tests").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_text_that_spends_the_parsers_budget_reports_CORPUS015_at_the_paragraph_and_keeps_every_paragraph()
    {
        var run = new SeedProject().AddSeed("storm.txt", HostileShapes.OverBudget).Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS015");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("Seed file 'storm.txt' needs more work to read than the parser allows");
        diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldContain("from Paragraphs[2] (line 5) on");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldEndWith("storm.txt");
        span.StartLinePosition.Line.ShouldBe(4);
        span.StartLinePosition.Character.ShouldBe(0);
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        var source = run.Sources["Seeds.TalksGoOn.g.cs"];
        source.ShouldContain("XiJinping"); // The quote before the storm is kept; the paragraphs after it too.
        source.ShouldContain("VladimirPutinSaidThatThe");
    }

    [TestMethod]
    public void A_300_KB_sentence_with_a_quote_every_eight_words_builds_without_a_diagnostic()
    {
        // Once quadratic: 100 KB of this took 28 s, and a consumer build with 300 KB was killed after 240 s.
        var run = new SeedProject().AddSeed("talks.txt", HostileShapes.Make("QuoteAfterVerb", 300 * 1024)).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        run.Sources["Seeds.HostileShapeQuoteAfterVerb.g.cs"].ShouldContain("=> Document.Quotes[7000];"); // Every quote found and named.
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)] // TestData names every document's class too
    public void A_document_whose_emission_fails_reports_CORPUS099_and_the_index_names_only_what_was_emitted(bool msTest)
    {
        TestHooks.FailEmittingFileName.Value = "b.txt";
        try
        {
            var run = new SeedProject { ReferenceMSTest = msTest }
                .AddSeed("a.txt", SampleArticles.Talks)
                .AddSeed("b.txt", SampleArticles.Talks, corpusName: "Broken")
                .AddSeed("c.txt", SampleArticles.Talks, corpusName: "Other")
                .Run();

            var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
            diagnostic.Id.ShouldBe("CORPUS099");
            diagnostic.GetMessage(CultureInfo.InvariantCulture).ShouldStartWith("The Corpus generator failed on seed file 'b.txt' (InvalidOperationException: ");
            diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/seeds/b.txt");
            run.Sources.Keys.ShouldBe(new[] { "Seeds.g.cs", "Seeds.LeadersMeetInTheCapital.g.cs", "Seeds.Other.g.cs" }, ignoreOrder: true);
            run.Sources["Seeds.g.cs"].ShouldNotContain("Broken");
            run.CompilationProblems.ShouldBeEmpty(); // was CS0117: 'Seeds' does not contain a definition for 'Broken'
            GeneratedCorpus.Documents(run.Output).Select(d => d.FileName).ShouldBe(["a.txt", "c.txt"]);
        }
        finally
        {
            TestHooks.FailEmittingFileName.Value = null;
        }
    }

    [TestMethod]
    public void Every_descriptor_is_documented_in_its_own_section_and_released()
    {
        var root = RepositoryPaths.Root;
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "generators", "Corpus.Generators", "AnalyzerReleases.Unshipped.md")).Replace("\r\n", "\n");
        var descriptors = typeof(Diagnostics.CorpusDiagnostics)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

        descriptors.Count.ShouldBe(22); // with CORPUS018 (a file without Corpus metadata), CORPUS019 (CorpusMembers), CORPUS100 and CORPUS101 (the analyzer's)
        foreach (var descriptor in descriptors)
        {
            docs.ShouldContain($"\n## {descriptor.Id}\n", customMessage: descriptor.Id);
            docs.ShouldContain($"**{descriptor.Title}** — {descriptor.DefaultSeverity}", customMessage: descriptor.Id);
            releases.ShouldContain($"{descriptor.Id} | Corpus | {descriptor.DefaultSeverity} | {descriptor.Title}", customMessage: descriptor.Id);
            descriptor.HelpLinkUri.ShouldBe("https://github.com/corpus-dotnet/corpus/blob/main/docs/diagnostics.md#" + descriptor.Id.ToLowerInvariant());
        }
    }
}
