using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.CodeFixes;
using Corpus.Generators.Analyzers;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests;

/// <summary>
/// CORPUS100 and its code fix, on the generator's real output: an article is edited (a quote reworded), the generator
/// runs on the new text, and code written against the old text names a member that is gone.
/// </summary>
[TestClass]
public sealed class MissingMemberAnalyzerTests
{
    private const string ArticlePath = "/project/seeds/council.txt";

    /// <summary>The article after the edit; before it, the quote read "This is a budget that keeps the lights on".</summary>
    private const string EditedArticle =
        "Council approves the city budget\n" +
        "\n" +
        "The city council approved the budget on Tuesday.\n" +
        "\n" +
        "\"This budget keeps the lights on and the buses running,\" finance chair Rosa Vasquez said.\n" +
        "\n" +
        "Vasquez said the vote was close.\n";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task A_reworded_quote_is_reported_with_its_article_line_and_the_closest_current_quote()
    {
        var test = Test<CSharpAnalyzerTest<MissingMemberAnalyzer, DefaultVerifier>>(Use("Quotes.{|#0:VasquezBudgetThatKeepsTheLightsOn|}"));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember)
            .WithLocation(0)
            .WithSpan(ArticlePath, 5, 2, 5, 55) // the closest quote, in the article: an IDE lists it with the warning
            .WithArguments(
                "VasquezBudgetThatKeepsTheLightsOn",
                "Seeds.CouncilApprovesTheCityBudget.Quotes",
                ", generated from " + ArticlePath,
                "Closest current member: VasquezBudgetKeepsTheLightsOnAnd (line 5)."));

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task The_code_fix_renames_the_reference_to_the_closest_member()
    {
        var test = Test<CSharpCodeFixTest<MissingMemberAnalyzer, RenameMissingMemberCodeFix, DefaultVerifier>>(
            Use("Quotes.{|#0:VasquezBudgetThatKeepsTheLightsOn|}"),
            fixedCode: Use("Quotes.VasquezBudgetKeepsTheLightsOnAnd"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember).WithLocation(0).WithSpan(ArticlePath, 5, 2, 5, 55)
            .WithArguments("VasquezBudgetThatKeepsTheLightsOn", "Seeds.CouncilApprovesTheCityBudget.Quotes", ", generated from " + ArticlePath, "Closest current member: VasquezBudgetKeepsTheLightsOnAnd (line 5)."));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0));

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task An_edited_paragraph_a_misspelt_speaker_and_a_retitled_document_each_get_their_closest_member()
    {
        var test = Test<CSharpAnalyzerTest<MissingMemberAnalyzer, DefaultVerifier>>(
            Use("Paragraphs.{|#0:ThisIsABudgetThatKeeps|}"),
            """
            namespace Consumer
            {
                internal static class More
                {
                    public static object Speaker => Seeds.Speakers.{|#1:RosaVasques|};
                    public static object Retitled => Seeds.{|#2:CouncilApprovesCityBudget|}.Document;
                }
            }
            """);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(1));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember).WithLocation(1)
            .WithArguments("RosaVasques", "Seeds.Speakers", string.Empty, "Closest current member: RosaVasquez."));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(2));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember).WithLocation(2)
            .WithArguments("CouncilApprovesCityBudget", "Seeds", string.Empty, "Closest current member: CouncilApprovesTheCityBudget."));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember).WithLocation(0).WithSpan(ArticlePath, 5, 1, 5, 90)
            .WithArguments("ThisIsABudgetThatKeeps", "Seeds.CouncilApprovesTheCityBudget.Paragraphs", ", generated from " + ArticlePath, "Closest current member: ThisBudgetKeepsTheLightsOn (line 5)."));

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task A_name_close_to_nothing_gets_no_suggestion_and_no_fix()
    {
        var code = Use("Quotes.{|#0:MayorPromisesNewBridge|}");
        var test = Test<CSharpCodeFixTest<MissingMemberAnalyzer, RenameMissingMemberCodeFix, DefaultVerifier>>(code, fixedCode: code);
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0));
            state.ExpectedDiagnostics.Add(new DiagnosticResult(CorpusDiagnostics.MissingMember).WithLocation(0)
                .WithArguments("MayorPromisesNewBridge", "Seeds.CouncilApprovesTheCityBudget.Quotes", ", generated from " + ArticlePath, "No current member is close; 'corpus members' lists them all."));
        }

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task Members_that_exist_are_not_reported_however_they_are_reached()
    {
        var test = Test<CSharpAnalyzerTest<MissingMemberAnalyzer, DefaultVerifier>>(
            Use("Quotes.VasquezBudgetKeepsTheLightsOnAnd"),
            """
            using Article = Consumer.Seeds.CouncilApprovesTheCityBudget;
            namespace Consumer
            {
                internal static class More
                {
                    public static object Paragraph => Article.Paragraphs.ThisBudgetKeepsTheLightsOn;
                    public static object Speaker => global::Consumer.Seeds.Speakers.RosaVasquez;
                    public static object Path => Seeds.CouncilApprovesTheCityBudget.RelativePath + nameof(Seeds.CouncilApprovesTheCityBudget.Quotes.VasquezVoteWasClose);
                    public static int Count => Seeds.All.Count + Seeds.Speakers.All.Count + Article.Document.Quotes.Count;
                }
            }
            """);

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task A_missing_member_of_a_class_the_generator_did_not_write_is_left_to_the_compiler()
    {
        var test = Test<CSharpAnalyzerTest<MissingMemberAnalyzer, DefaultVerifier>>("""
            namespace Consumer
            {
                internal static class Quotes { public static int VasquezBudgetKeepsTheLightsOnAnd => 1; }

                internal static class Use
                {
                    public static int Q => Quotes.{|#0:VasquezBudgetThatKeepsTheLightsOn|};
                }
            }
            """);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerError("CS0117").WithLocation(0));

        await test.RunAsync(TestContext.CancellationToken);
    }

    [TestMethod]
    public async Task The_diagnostic_points_into_the_article_at_the_suggested_quote()
    {
        var project = Project();
        var run = project.Run();
        var user = CSharpSyntaxTree.ParseText(Use("Quotes.VasquezBudgetThatKeepsTheLightsOn"), project.ParseOptions, path: "/project/Use.cs");
        var compilation = run.Output.AddSyntaxTrees(user);
        var options = new AnalyzerOptions(project.AdditionalTexts.ToImmutableArray());

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MissingMemberAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(TestContext.CancellationToken);

        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS100");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith("diagnostics.md#corpus100");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/Use.cs");
        var article = diagnostic.AdditionalLocations.ShouldHaveSingleItem().GetLineSpan();
        article.Path.ShouldBe(ArticlePath);
        article.StartLinePosition.Line.ShouldBe(4); // line 5, where the quote's text starts
        diagnostic.Properties[MissingMemberAnalyzer.SuggestionsProperty].ShouldBe("VasquezBudgetKeepsTheLightsOnAnd");
    }

    [TestMethod]
    [DataRow("VasquezBudgetThatKeepsTheLightsOn", "vasquez budget that keeps the lights on")]
    [DataRow("XiYearMarksThe75thAnniversaryOf", "xi year marks the 75th anniversary of")]
    [DataRow("ChinesePresidentXiJinpingRShakes_3", "chinese president xi jinping r shakes")]
    [DataRow("_9Lives", "9 lives")]
    [DataRow("TASS", "tass")]
    public void Names_split_into_their_words(string name, string words) =>
        string.Join(" ", MemberSuggestions.Words(name)).ShouldBe(words);

    [TestMethod]
    public void Shared_words_rank_before_edit_distance()
    {
        var ranked = MemberSuggestions.Rank(
            "VasquezBudgetThatKeepsTheLightsOn",
            ["VasquezVoteWasClose", "VasquezBudgetKeepsTheLightsOnAnd", "VasquezBudgetThatKeepsTheLights_2", "Unrelated"]);

        ranked.ShouldBe(["VasquezBudgetThatKeepsTheLights_2", "VasquezBudgetKeepsTheLightsOnAnd"]);
    }

    private static string Use(string member) => $$"""
        namespace Consumer
        {
            internal static class Use
            {
                public static object Member => Seeds.CouncilApprovesTheCityBudget.{{member}};
            }
        }
        """;

    private static SeedProject Project() => new SeedProject().AddSeed("council.txt", EditedArticle);

    /// <summary>
    /// A test whose project holds the user code, the generator's output for the edited article (as plain sources: the
    /// analyzer sees what a build would) and the article as an additional file, referencing the runtime and the platform.
    /// </summary>
    private static T Test<T>(string userCode, string? moreUserCode = null, string? fixedCode = null)
        where T : AnalyzerTest<DefaultVerifier>, new()
    {
        var run = Project().Run();
        run.GeneratorDiagnostics.ShouldBeEmpty();
        var generated = run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => ("/project/obj/" + s.Key, s.Value)).ToList();

        var test = new T { ReferenceAssemblies = new ReferenceAssemblies("net10.0") };
        if (test is CodeFixTest<DefaultVerifier> fix)
        {
            fix.FixedState.InheritanceMode = StateInheritanceMode.Explicit; // the fixed code's sources and diagnostics are given in full
        }

        foreach (var state in fixedCode is null ? new[] { test.TestState } : new[] { test.TestState, ((CodeFixTest<DefaultVerifier>)(object)test).FixedState })
        {
            state.Sources.Add(("/project/Use.cs", state == test.TestState ? userCode : fixedCode!));
            if (moreUserCode is not null)
            {
                state.Sources.Add(("/project/More.cs", moreUserCode));
            }

            foreach (var source in generated)
            {
                state.Sources.Add(source);
            }

            state.AdditionalFiles.Add((ArticlePath, EditedArticle));
            state.AdditionalReferences.AddRange(References());
        }

        return test;
    }

    private static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Corpus.Document).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
}
