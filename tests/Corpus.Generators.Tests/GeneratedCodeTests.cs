using System.Globalization;
using System.Linq;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests;

[TestClass]
public sealed class GeneratedCodeTests
{
    [TestMethod]
    public void Seed_corpus_compiles_without_errors_or_warnings()
    {
        var run = new SeedProject().AddRepositorySeeds().Run();

        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        run.Sources.Count.ShouldBe(6); // five documents and the index
    }

    [TestMethod]
    public void Generated_code_lets_user_code_reach_paragraphs_quotes_and_speakers()
    {
        var project = new SeedProject
        {
            UserCode = """
                namespace Consumer
                {
                    internal static class Use
                    {
                        public static string Title => Seeds.LeadersMeetInTheCapital.Document.Title;
                        public static global::Corpus.Paragraph Lead => Seeds.LeadersMeetInTheCapital.Paragraphs.BergSaidThatTheTwoCountries;
                        public static global::Corpus.Speaker Dade => Seeds.Speakers.OluDade;
                        public static int Count => Seeds.All.Count + Seeds.Speakers.All.Count;
                    }
                }
                """,
        };

        var run = project.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Namespace_comes_from_CorpusNamespace_then_RootNamespace()
    {
        var run = new SeedProject().WithProperty("CorpusNamespace", "My.Fixtures").AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.Sources["Seeds.g.cs"].ShouldContain("namespace My.Fixtures");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Files_without_Corpus_metadata_are_not_read()
    {
        var run = new SeedProject().AddUnrelatedFile("notes.txt", SampleArticles.Talks).Run();

        run.Sources.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldBeEmpty();
    }

    [TestMethod]
    public void Each_corpus_gets_its_own_class()
    {
        var run = new SeedProject()
            .AddSeed("a.txt", SampleArticles.Talks, corpus: "News")
            .AddSeed("b.txt", SampleArticles.Talks, corpus: "Archive")
            .Run();

        run.Sources.Keys.ShouldContain("News.g.cs");
        run.Sources.Keys.ShouldContain("Archive.g.cs");
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
    }

    [TestMethod]
    public void Output_is_byte_identical_across_runs_and_cultures()
    {
        var first = new SeedProject().AddRepositorySeeds().Run().Sources;

        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var second = new SeedProject().AddRepositorySeeds().Run().Sources;
            second.ShouldBe(first);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }
    }

    [TestMethod]
    [DataRow(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    [DataRow(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10)]
    public void TestData_rows_serve_DynamicData_in_every_storage(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        var project = new SeedProject
        {
            LanguageVersion = version,
            ReferenceMSTest = true,
            UserCode = """
                using Microsoft.VisualStudio.TestTools.UnitTesting;
                namespace Consumer
                {
                    internal sealed class QuoteTests
                    {
                        [DynamicData(nameof(Seeds.TestData.Quotes), typeof(Seeds.TestData))]
                        public void Has_text(global::Corpus.Quote quote) => System.Console.WriteLine(quote.Text);

                        public static int Rows => System.Linq.Enumerable.Count(Seeds.TestData.Paragraphs) + System.Linq.Enumerable.Count(Seeds.TestData.Documents);
                    }
                }
                """,
        };

        var run = project.AddSeed("talks.txt", SampleArticles.Talks).AddSeed("other.txt", SampleArticles.Talks.Replace("Leaders", "Ministers")).Run();

        run.CompilationProblems.ShouldBeEmpty();
        run.Sources["Seeds.g.cs"].ShouldContain("public static class TestData");
    }

    [TestMethod]
    public void An_MSTest_without_ArgumentsDisplayName_gets_rows_labelled_by_DisplayName_and_the_code_compiles()
    {
        // TestDataRow<T> as MSTest 3.8 to 4.0 have it (the .NET 10 SDK's mstest template references 4.0.2): no
        // ArgumentsDisplayName, which generated code naming it would fail on with CS0117 in the user's build.
        var project = new SeedProject
        {
            UserCode = """
                namespace Microsoft.VisualStudio.TestTools.UnitTesting
                {
                    /// <summary>MSTest 4.0's row.</summary>
                    public sealed class TestDataRow<T>
                    {
                        /// <summary>A row.</summary>
                        public TestDataRow(T value) => Value = value;
                        /// <summary>The argument.</summary>
                        public T Value { get; }
                        /// <summary>The case's name.</summary>
                        public string? DisplayName { get; set; }
                    }
                }
                namespace Consumer
                {
                    internal static class Use
                    {
                        public static int Rows => System.Linq.Enumerable.Count(Seeds.TestData.Quotes) + System.Linq.Enumerable.Count(Seeds.TestData.Documents);
                    }
                }
                """,
        };

        var run = project.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationProblems.ShouldBeEmpty();
        var index = run.Sources["Seeds.g.cs"];
        index.ShouldContain("{ DisplayName = global::Corpus.TestRows.Label(prefix, names, i) }");
        index.ShouldContain("{ DisplayName = \"LeadersMeetInTheCapital\" }");
        index.ShouldNotContain("ArgumentsDisplayName");
    }

    [TestMethod]
    public void An_MSTest_with_ArgumentsDisplayName_gets_rows_labelled_by_it()
    {
        var run = new SeedProject { ReferenceMSTest = true }.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.Sources["Seeds.g.cs"].ShouldContain("{ ArgumentsDisplayName = global::Corpus.TestRows.Label(prefix, names, i) }");
    }

    [TestMethod]
    public void Without_MSTest_no_TestData_is_written()
    {
        var run = new SeedProject().AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.Sources["Seeds.g.cs"].ShouldNotContain("TestData");
        run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"].ShouldNotContain("ParagraphNames");
    }

    [TestMethod]
    public void A_document_called_TestData_is_renamed_so_the_rows_class_keeps_its_name()
    {
        var run = new SeedProject { ReferenceMSTest = true }.AddSeed("talks.txt", SampleArticles.Talks, corpusName: "TestData").Run();

        run.CompilationProblems.ShouldBeEmpty();
        run.GeneratorDiagnostics.ShouldContain(d => d.Id == "CORPUS011");
        run.Sources.Keys.ShouldContain("Seeds.TestData_.g.cs");
    }

    [TestMethod]
    public void A_document_is_held_as_a_value_and_its_members_named_through_a_using_alias()
    {
        var project = new SeedProject
        {
            UserCode = """
                using Corpus;
                using Article = Consumer.Seeds.LeadersMeetInTheCapital;
                namespace Consumer
                {
                    internal static class Use
                    {
                        public static int Count()
                        {
                            var document = Article.Document;
                            return document.Paragraphs.Count + document.Quotes.Count;
                        }

                        public static Paragraph Lead => Article.Paragraphs.BergSaidThatTheTwoCountries;
                        public static System.Collections.Generic.IEnumerable<Quote> Dade => Seeds.All.QuotesBy(Seeds.Speakers.OluDade);
                    }
                }
                """,
        };

        var run = project.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationProblems.ShouldBeEmpty();
        var source = run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"];
        source.ShouldContain("hold the document (<c>var document = Seeds.LeadersMeetInTheCapital.Document;</c>");
        source.ShouldContain("<c>using Article = Consumer.Seeds.LeadersMeetInTheCapital;</c>");
        run.Sources["Seeds.g.cs"].ShouldContain("/// <remarks>Every quote of theirs in the corpus: <c>Seeds.All.QuotesBy(Seeds.Speakers.OluDade)</c>.</remarks>");
    }

    [TestMethod]
    public void A_quote_without_a_cue_shows_its_kind_alone_in_its_summary()
    {
        var interview = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryPaths.TestData, "devset", "dev06-conductor-qa-interview.txt"));

        var run = new SeedProject().AddSeed("interview.txt", interview).Run();

        var source = run.Sources.Single(s => s.Key != "Seeds.g.cs").Value;
        source.ShouldContain("/// Elif Varga (Direct): Because the third time they stopped asking me");
        source.ShouldContain("(Direct, said): ");
        source.ShouldNotContain(", ):");
        run.CompilationProblems.ShouldBeEmpty();
    }
}
