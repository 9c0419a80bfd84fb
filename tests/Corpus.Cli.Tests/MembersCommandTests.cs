using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Corpus.Cli.Input;
using Corpus.Cli.Members;

namespace Corpus.Cli.Tests;

/// <summary>
/// <c>corpus members</c> and <c>corpus inspect</c> print the names the generator emits. The reference is the generator's
/// actual output: this tool compiles the seeds through the generator (class <see cref="Seeds"/>), so the generated
/// classes and properties, read by reflection in declaration order, are what a user's build would have.
/// </summary>
[TestClass]
public sealed class MembersCommandTests
{
    [TestMethod]
    public void Members_of_the_seed_files_are_the_generated_classes_paragraphs_quotes_and_speakers()
    {
        var input = SeedFiles.Read([Cli.SeedsFolder]);
        input.HasErrors.ShouldBeFalse();

        var members = CorpusMembers.Of("Seeds", input.Documents);

        members.Documents.Select(d => d.ClassName).ShouldBe(GeneratedDocumentClasses().Select(t => t.Name), ignoreOrder: true);
        foreach (var document in members.Documents)
        {
            var generated = typeof(Seeds).GetNestedType(document.ClassName).ShouldNotBeNull();
            document.Paragraphs.Select(p => p.Name).ShouldBe(PropertiesInOrder(generated, "Paragraphs"), document.ClassName);
            document.Quotes.Select(q => q.Name).ShouldBe(PropertiesInOrder(generated, "Quotes"), document.ClassName);
        }

        members.Speakers.Select(s => s.Name).ShouldBe(PropertiesInOrder(typeof(Seeds), "Speakers").Where(n => n != "All"));
    }

    [TestMethod]
    public void Members_prints_every_generated_name_with_its_line()
    {
        var run = Cli.Run("members", Cli.SeedsFolder, "--corpus", "News");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        foreach (var type in GeneratedDocumentClasses())
        {
            ("\n" + run.Out).ShouldContain($"\nNews.{type.Name}  (", Case.Sensitive);
            foreach (var name in PropertiesInOrder(type, "Paragraphs"))
            {
                run.Out.ShouldContain($"  Paragraphs.{name} ", Case.Sensitive);
            }

            foreach (var name in PropertiesInOrder(type, "Quotes"))
            {
                run.Out.ShouldContain($"  Quotes.{name} ", Case.Sensitive);
            }
        }

        run.Out.ShouldContain("  Quotes.PutinVeryHappyToVisitChinaAgain                             line 13  Vladimir Putin: I am very happy to visit China again...\n", Case.Sensitive);
        run.Out.ShouldContain("  News.Speakers.VladimirPutin  Vladimir Putin (Person), 15 quotes\n", Case.Sensitive);
    }

    [TestMethod]
    public void A_missing_path_is_reported_and_the_other_files_members_are_listed()
    {
        var missing = Path.Combine(Cli.SeedsFolder, "no_such_seed.txt");

        var run = Cli.Run("members", Cli.SeedsFolder, missing);
        var good = Cli.Run("members", Cli.SeedsFolder);

        run.ExitCode.ShouldBe(ExitCodes.InputError, run.ToString());
        run.Error.ShouldBe($"{missing}: error CORPUS002: no such file or folder\ncorpus members: 1 input error; output from the 5 good files only (exit code 1).\n");
        run.Out.ShouldBe(good.Out);
    }

    [TestMethod]
    public void Members_without_paths_lists_the_compiled_seed_corpus()
    {
        var compiled = Cli.Run("members");
        var parsed = Cli.Run("members", Cli.SeedsFolder);

        compiled.ExitCode.ShouldBe(ExitCodes.Ok, compiled.ToString());
        compiled.Out.ShouldStartWith("Seeds.PresidentXiJinpingAndRussianPresidentVladimirPutinJointlyMeet  (", Case.Sensitive);
        compiled.Out.ShouldBe(parsed.Out); // the seeds lie outside the tool's project folder: their relative path is the file name
    }

    [TestMethod]
    public void A_corpus_class_the_generator_would_rename_is_a_usage_error()
    {
        var run = Cli.Run("members", Cli.SeedsFolder, "--corpus", "news");

        run.ExitCode.ShouldBe(ExitCodes.UsageError, run.ToString());
        run.Error.ShouldContain("'news' is not a class name the generator keeps as written", Case.Sensitive);
    }

    [TestMethod]
    public void Documents_that_want_one_class_name_get_suffixes_in_file_name_order()
    {
        using var folder = new TempFolder();
        var text = "Council votes budget\n\nThe council voted on Tuesday.\n";
        folder.File("b.txt", text);
        folder.File("a.txt", text);
        folder.File("c.txt", "Speakers\n\nA title the generated code uses itself.\n");

        var run = Cli.Run("members", folder.Path, "--corpus", "News");

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Out.ShouldStartWith("News.CouncilVotesBudget  (a.txt: 2 paragraphs, 0 quotes)\n", Case.Sensitive);
        run.Out.ShouldContain("\nNews.CouncilVotesBudget_2  (b.txt: ", Case.Sensitive);
        run.Out.ShouldContain("\nNews.Speakers_  (c.txt: ", Case.Sensitive);
    }

    [TestMethod]
    public void Inspect_names_each_paragraph_quote_and_speaker_as_the_generator_does()
    {
        var type = typeof(Seeds.XiJinpingTalksWithRussianPresidentPutin);
        var run = Cli.Run("inspect", Cli.Seed("004_9158aa63fc4f2dea.txt"));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.ToString());
        var lines = run.Out.Split('\n');
        lines.Where(l => l.StartsWith("  [", StringComparison.Ordinal))
            .Select(l => l[(l.LastIndexOf("  Paragraphs.", StringComparison.Ordinal) + "  Paragraphs.".Length)..])
            .ShouldBe(PropertiesInOrder(type, "Paragraphs"));
        lines.Where(l => l.Contains("  range: ", StringComparison.Ordinal))
            .Select(l => l[(l.LastIndexOf("  Quotes.", StringComparison.Ordinal) + "  Quotes.".Length)..])
            .ShouldBe(PropertiesInOrder(type, "Quotes"));
        run.Out.ShouldContain("  Vladimir Putin (Person, id VladimirPutin)  Seeds.Speakers.VladimirPutin\n", Case.Sensitive);
        run.Out.ShouldEndWith("Class: Seeds.XiJinpingTalksWithRussianPresidentPutin\n", Case.Sensitive);
    }

    private static IEnumerable<Type> GeneratedDocumentClasses() =>
        typeof(Seeds).GetNestedTypes().Where(t => t.GetField("RelativePath") is not null);

    /// <summary>The static properties of a generated nested class, in the order the generator wrote them.</summary>
    private static List<string> PropertiesInOrder(Type owner, string nestedClass) =>
        owner.GetNestedType(nestedClass).ShouldNotBeNull()
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(p => p.MetadataToken)
            .Select(p => p.Name)
            .ToList();

    [TestMethod]
    public void Members_lists_only_the_sets_a_build_with_that_CorpusMembers_writes()
    {
        var all = Cli.Run("members", Cli.SeedsFolder);
        var quotes = Cli.Run("members", Cli.SeedsFolder, "--members", "quotes,Speakers");
        var documents = Cli.Run("members", Cli.SeedsFolder, "--members", "Documents");

        quotes.ExitCode.ShouldBe(ExitCodes.Ok, quotes.ToString());
        quotes.Out.ShouldNotContain("  Paragraphs.");
        quotes.Out.ShouldContain("  Quotes.");
        quotes.Out.ShouldContain("  Seeds.Speakers.");
        documents.Out.ShouldNotContain("  Paragraphs.");
        documents.Out.ShouldNotContain("  Quotes.");
        documents.Out.ShouldContain("Seeds.Speakers.All only (the Speakers set is off)");
        all.Out.Split('\n').Where(l => l.StartsWith("Seeds.", StringComparison.Ordinal))
            .ShouldBe(documents.Out.Split('\n').Where(l => l.StartsWith("Seeds.", StringComparison.Ordinal)).Where(l => !l.Contains(" only ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void An_unknown_member_set_is_an_error_that_names_it()
    {
        var run = Cli.Run("members", Cli.SeedsFolder, "--members", "Quotes,Speeches");

        run.ExitCode.ShouldNotBe(ExitCodes.Ok);
        run.Error.ShouldContain("'Speeches' is no member set");
    }
}
