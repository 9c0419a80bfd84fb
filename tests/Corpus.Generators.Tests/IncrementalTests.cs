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
}
