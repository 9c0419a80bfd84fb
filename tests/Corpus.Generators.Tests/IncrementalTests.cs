using System.Collections.Generic;
using System.Linq;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Corpus.Generators.Tests.Infrastructure.StepAssertions;

namespace Corpus.Generators.Tests;

[TestClass]
public sealed class IncrementalTests
{
    [TestMethod]
    public void Second_run_on_the_same_input_is_entirely_cached()
    {
        var first = new SeedProject().AddRepositorySeeds().Run();

        var second = first.Driver.RunGenerators(first.Input).GetRunResult();

        second.Results.Single().TrackedSteps.Keys.ShouldContain(TrackingNames.Parsed);
        ShouldAllBeCachedOrUnchanged(second);
        ShouldHoldNoRoslynObjects(first.Result);
        ShouldHoldNoRoslynObjects(second);
    }

    [TestMethod]
    public void Editing_an_unrelated_cs_file_parses_nothing()
    {
        var first = new SeedProject().AddRepositorySeeds().Run();
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Added { } }", path: "/project/Added.cs"));

        var second = first.Driver.RunGenerators(edited).GetRunResult();

        Reasons(second, TrackingNames.Parsed).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, TrackingNames.DocumentSources).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [TestMethod]
    public void Editing_one_seed_reparses_and_re_emits_that_document_only()
    {
        var project = new SeedProject().AddRepositorySeeds();
        var first = project.Run();
        var original = project.AdditionalTexts[2];
        var text = original.GetText()!.ToString().Replace("This is not an easy achievement", "This is not an easy result");

        var driver = first.Driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text));
        var second = driver.RunGenerators(first.Input).GetRunResult();

        Reasons(second, TrackingNames.Parsed).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        Reasons(second, TrackingNames.Parsed).Count(r => r == IncrementalStepRunReason.Cached).ShouldBe(4);
        var emitted = Reasons(second, TrackingNames.DocumentSources);
        emitted.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        emitted.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(4);
        Reasons(second, TrackingNames.CorpusIndexes).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [TestMethod]
    public void Second_run_on_a_250_document_corpus_is_entirely_cached()
    {
        var first = new SeedProject().AddSeeds(SyntheticCorpora.ManySmall).Run();

        var second = first.Driver.RunGenerators(first.Input).GetRunResult();

        Reasons(second, TrackingNames.Parsed).Length.ShouldBe(250);
        ShouldAllBeCachedOrUnchanged(second);
    }

    [TestMethod]
    public void Editing_an_unrelated_cs_file_in_a_250_document_corpus_reads_and_parses_no_seed()
    {
        var first = new SeedProject().AddSeeds(SyntheticCorpora.ManySmall).Run();
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Added { } }", path: "/project/Added.cs"));

        var second = first.Driver.RunGenerators(edited).GetRunResult();

        Reasons(second, TrackingNames.SeedFiles).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, TrackingNames.Parsed).Length.ShouldBe(250);
        Reasons(second, TrackingNames.Parsed).ShouldAllBe(r => r == IncrementalStepRunReason.Cached);
        Reasons(second, TrackingNames.DocumentSources).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        Reasons(second, TrackingNames.CorpusIndexes).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        ChangedSources(first.Result, second).ShouldBeEmpty();
    }

    [TestMethod]
    public void Editing_one_seed_of_250_reparses_and_re_emits_that_document_only()
    {
        var project = new SeedProject().AddSeeds(SyntheticCorpora.ManySmall);
        var first = project.Run();
        var original = project.AdditionalTexts[123];
        var text = original.GetText()!.ToString() + "\nThe talks went on late into the night.\n";

        var driver = first.Driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text));
        var second = driver.RunGenerators(first.Input).GetRunResult();

        foreach (var step in new[] { TrackingNames.SeedFiles, TrackingNames.Parsed, TrackingNames.DocumentSources })
        {
            var reasons = Reasons(second, step);
            reasons.Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1, step);
            reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(249, step);
        }

        Reasons(second, TrackingNames.CorpusIndexes).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        var changed = ChangedSources(first.Result, second).ShouldHaveSingleItem();
        second.Results.Single().GeneratedSources.Single(s => s.HintName == changed).SourceText.ToString()
            .ShouldContain($"FileName = \"{SyntheticCorpora.ManySmall[123].FileName}\"");
    }

    /// <summary>Hint names whose generated text differs between two runs (or exists in one only).</summary>
    private static IEnumerable<string> ChangedSources(GeneratorDriverRunResult before, GeneratorDriverRunResult after)
    {
        var old = before.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var now = after.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return old.Keys.Union(now.Keys).Where(hint => !old.TryGetValue(hint, out var a) || !now.TryGetValue(hint, out var b) || a != b).ToList();
    }
}
