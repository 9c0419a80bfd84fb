using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System;
using Corpus.Generators.Analyzers;
using Corpus.Generators.Tests.Infrastructure;
using Corpus.Naming;
using Corpus.Parsing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;
using static Corpus.Generators.Tests.Infrastructure.StepAssertions;

namespace Corpus.Generators.Tests;

/// <summary>
/// The <c>CorpusMembers</c> property: which member sets (Paragraphs, Quotes, Speakers) a corpus gets. The default and
/// <c>All</c> write what the generator always wrote; the others leave sets out, and <c>All</c>, <c>TestData</c>, the
/// documents and <c>CorpusParser</c> stay as they are.
/// </summary>
[TestClass]
public sealed class MemberSetTests
{
    /// <summary>Every kind of setting: the default, each set alone, two sets, documents only, odd spelling.</summary>
    public static IEnumerable<object[]> Settings =>
    [
        [""], ["All"], ["Documents"], ["Paragraphs"], ["Quotes"], ["Speakers"], ["Paragraphs;Quotes"], ["Quotes,Speakers"],
        ["documents; speakers"], ["Documents,Paragraphs,Quotes,Speakers"],
    ];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Documents_only_writes_no_Paragraphs_Quotes_or_speaker_members() => VerifySnapshots("Documents");

    [TestMethod]
    public void Quotes_and_Speakers_without_Paragraphs() => VerifySnapshots("Quotes;Speakers");

    [TestMethod]
    [DataRow("All")]
    [DataRow("all")]
    [DataRow(" Paragraphs ; Quotes ; Speakers ")]
    [DataRow("Documents,Speakers,Quotes,Paragraphs")]
    [DataRow(";")]
    public void Every_spelling_of_every_set_writes_byte_for_byte_what_the_default_writes(string value)
    {
        var unset = new SeedProject().AddRepositorySeeds().Run();
        var set = new SeedProject().WithProperty("CorpusMembers", value).AddRepositorySeeds().Run();

        set.GeneratorDiagnostics.ShouldBeEmpty();
        set.Sources.ShouldBe(unset.Sources);
    }

    [TestMethod]
    [DynamicData(nameof(Settings))]
    public void Generated_code_compiles_without_warnings_under_nullable_with_every_setting(string value)
    {
        foreach (var version in new[] { LanguageVersion.Latest, LanguageVersion.CSharp10 })
        {
            var run = new SeedProject { ReferenceMSTest = true, LanguageVersion = version }.WithProperty("CorpusMembers", value).AddRepositorySeeds().Run();

            run.GeneratorDiagnostics.ShouldBeEmpty($"{value} (C# {version})");
            run.GeneratorExceptions.ShouldBeEmpty();
            // warning level 9999 and nullable enabled (SeedProject): no warning at all is what TreatWarningsAsErrors needs.
            run.CompilationProblems.ShouldBeEmpty($"{value} (C# {version})");
            run.Sources.Count.ShouldBe(6);
        }
    }

    [TestMethod]
    [DataRow("Documents")]
    [DataRow("Quotes")]
    [DataRow("Paragraphs,Speakers")]
    public void All_TestData_and_the_parser_are_unaffected_by_the_sets_switched_off(string value)
    {
        var texts = Directory.GetFiles(SeedProject.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToDictionary(p => Path.GetFileName(p), File.ReadAllText);
        var everything = Read(new SeedProject { ReferenceMSTest = true }.AddRepositorySeeds().Run());
        var some = Read(new SeedProject { ReferenceMSTest = true }.WithProperty("CorpusMembers", value).AddRepositorySeeds().Run());

        some.Documents.Count.ShouldBe(5);
        some.Documents.ShouldBe(everything.Documents);                     // Document equality: every paragraph, quote, speaker
        foreach (var document in some.Documents)
        {
            document.ShouldBe(CorpusParser.Parse(texts[document.FileName], document.FileName));
        }

        some.Speakers.Select(s => s.Id).ShouldBe(everything.Speakers.Select(s => s.Id));
        // One object per speaker, corpus-wide, as with every set: a quote's speaker is the one in Speakers.All.
        foreach (var quote in some.Documents.SelectMany(d => d.Quotes).Where(q => q.Speaker is not null))
        {
            some.Speakers.ShouldContain(s => ReferenceEquals(s, quote.Speaker));
        }

        some.Rows.ShouldBe(everything.Rows);                               // the same rows with the same labels
        some.Rows.Count.ShouldBe(5 + 109 + 62);
    }

    [TestMethod]
    public void An_unknown_value_is_reported_and_everything_is_generated()
    {
        var unset = new SeedProject().AddRepositorySeeds().Run();
        var run = new SeedProject().WithProperty("CorpusMembers", "Documents;Qoutes").AddRepositorySeeds().Run();

        var diagnostic = run.GeneratorDiagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CORPUS019");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.ShouldBe(Location.None); // the value comes from the project file
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldStartWith("The CorpusMembers property 'Documents;Qoutes' names 'Qoutes', which is no member set");
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith("diagnostics.md#corpus019");
        run.Sources.ShouldBe(unset.Sources);
    }

    [TestMethod]
    public void An_unknown_value_is_not_reported_without_seed_files()
    {
        var run = new SeedProject().WithProperty("CorpusMembers", "Nothing").Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.ShouldBeEmpty();
    }

    [TestMethod]
    public void A_second_run_with_a_set_switched_off_is_entirely_cached()
    {
        var first = new SeedProject().WithProperty("CorpusMembers", "Documents").AddRepositorySeeds().Run();

        var second = first.Driver.RunGenerators(first.Input).GetRunResult();

        Reasons(second, TrackingNames.MemberSets).ShouldBe([IncrementalStepRunReason.Cached]);
        ShouldAllBeCachedOrUnchanged(second);
        ShouldHoldNoRoslynObjects(first.Result);
    }

    [TestMethod]
    public void Switching_a_set_off_re_emits_every_document_but_parses_none()
    {
        var project = new SeedProject().AddRepositorySeeds();
        var first = project.Run();

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(project.WithProperty("CorpusMembers", "Quotes").OptionsProvider());
        var second = driver.RunGenerators(first.Input).GetRunResult();

        Reasons(second, TrackingNames.MemberSets).ShouldBe([IncrementalStepRunReason.Modified]);
        Reasons(second, TrackingNames.Parsed).Length.ShouldBe(5);
        Reasons(second, TrackingNames.Parsed).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, TrackingNames.DocumentSources).ShouldAllBe(r => r == IncrementalStepRunReason.Modified);
        second.Results.Single().GeneratedSources.ShouldAllBe(s => !s.SourceText.ToString().Contains("public static class Paragraphs", StringComparison.Ordinal));
    }

    [TestMethod]
    public void An_unrelated_property_change_leaves_the_member_sets_unchanged()
    {
        var project = new SeedProject().WithProperty("CorpusMembers", "Documents").AddRepositorySeeds();
        var first = project.Run();

        var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(project.WithProperty("SomethingElse", "x").OptionsProvider());
        var second = driver.RunGenerators(first.Input).GetRunResult();

        Reasons(second, TrackingNames.MemberSets).ShouldBe([IncrementalStepRunReason.Unchanged]);
        ShouldAllBeCachedOrUnchanged(second);
    }

    [TestMethod]
    [DataRow("Documents", "Paragraphs.BergSaidThatTheTwoCountries", "Paragraphs", "Paragraphs", "Seeds.LeadersMeetInTheCapital", "Seeds.LeadersMeetInTheCapital.Document.Paragraphs[i]")]
    [DataRow("Paragraphs", "Quotes.Anything", "Quotes", "Quotes", "Seeds.LeadersMeetInTheCapital", "Seeds.LeadersMeetInTheCapital.Document.Quotes[i]")]
    public async Task A_member_of_a_set_switched_off_is_reported_as_switched_off_not_as_renamed(
        string value, string member, string missing, string set, string owner, string instead)
    {
        var diagnostic = await AnalyzerDiagnostic(value, $"Seeds.LeadersMeetInTheCapital.{member}");

        diagnostic.Id.ShouldBe("CORPUS101");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/Program.cs"); // the user code
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(
            $"'{missing}' is not generated: the {set} member set is switched off for {owner} (the CorpusMembers property). Add {set} to CorpusMembers to generate it, or reach it through {instead}.");
        diagnostic.Descriptor.HelpLinkUri.ShouldEndWith("diagnostics.md#corpus101");
    }

    [TestMethod]
    public async Task A_speaker_member_with_Speakers_switched_off_is_reported_as_switched_off()
    {
        var diagnostic = await AnalyzerDiagnostic("Paragraphs;Quotes", "Seeds.Speakers.OluDade");

        diagnostic.Id.ShouldBe("CORPUS101");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(
            "'OluDade' is not generated: the Speakers member set is switched off for Seeds (the CorpusMembers property). Add Speakers to CorpusMembers to generate it, or reach it through Seeds.Speakers.All or a quote's Speaker.");
    }

    [TestMethod]
    public void A_private_speaker_object_stays_out_of_reach()
    {
        var project = new SeedProject { UserCode = Use("Seeds.SpeakerObjects.OluDade") }.WithProperty("CorpusMembers", "Documents").AddSeed("talks.txt", SampleArticles.Talks);

        var run = project.Run();

        run.CompilationErrorsAndWarnings.Select(d => d.Id).ShouldBe(["CS0122"]); // inaccessible due to its protection level
    }

    [TestMethod]
    public async Task With_every_set_a_missing_member_is_still_CORPUS100()
    {
        var diagnostic = await AnalyzerDiagnostic("All", "Seeds.LeadersMeetInTheCapital.Paragraphs.BergSaidThatTheTwo");

        diagnostic.Id.ShouldBe("CORPUS100");
    }

    /// <summary>The document and index snapshots of the sample article under one setting, named after the calling test.</summary>
    private static void VerifySnapshots(string value, [CallerMemberName] string method = "")
    {
        var run = new SeedProject().WithProperty("CorpusMembers", value).AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        Snapshot.Verify(run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"], "document", method: method);
        Snapshot.Verify(run.Sources["Seeds.g.cs"], "index", method: method);
    }

    private async Task<Diagnostic> AnalyzerDiagnostic(string value, string member)
    {
        var project = new SeedProject { UserCode = Use(member) }.WithProperty("CorpusMembers", value).AddSeed("talks.txt", SampleArticles.Talks);
        var run = project.Run();
        run.CompilationErrorsAndWarnings.Select(d => d.Id).ShouldBe(["CS0117"]);

        var diagnostics = await run.Output
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new MissingMemberAnalyzer()), new AnalyzerOptions(project.AdditionalTexts.ToImmutableArray()))
            .GetAnalyzerDiagnosticsAsync(TestContext.CancellationToken);
        return diagnostics.ShouldHaveSingleItem();
    }

    private static string Use(string member) => $$"""
        namespace Consumer
        {
            internal static class Use
            {
                public static object Member => {{member}};
            }
        }
        """;

    /// <summary>What code reaches without member sets: every document through <c>All</c>, <c>Speakers.All</c>, and the labels of every <c>TestData</c> row.</summary>
    private static (IReadOnlyList<Corpus.Document> Documents, IReadOnlyList<Corpus.Speaker> Speakers, IReadOnlyList<string> Rows) Read(GeneratorRun run)
    {
        run.CompilationProblems.ShouldBeEmpty();
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics.Take(5)));

        using var corpus = new LoadedCorpus(image.ToArray());
        var documents = ((IReadOnlyList<Corpus.Document>)LoadedCorpus.Read(corpus.Index, "All")).ToList();
        var speakers = ((IReadOnlyList<Corpus.Speaker>)LoadedCorpus.Read(corpus.Index.GetNestedType("Speakers")!, "All")).ToList();
        var testData = corpus.Index.GetNestedType("TestData")!;
        var rows = new List<string>();
        foreach (var property in new[] { "Documents", "Paragraphs", "Quotes" })
        {
            foreach (var row in (System.Collections.IEnumerable)LoadedCorpus.Read(testData, property))
            {
                var label = row.GetType().GetProperty("ArgumentsDisplayName", BindingFlags.Public | BindingFlags.Instance)!.GetValue(row);
                var value = row.GetType().GetProperty("Value", BindingFlags.Public | BindingFlags.Instance)!.GetValue(row);
                rows.Add($"{property}: {label} = {value}");
            }
        }

        return (documents, speakers, rows);
    }
}
