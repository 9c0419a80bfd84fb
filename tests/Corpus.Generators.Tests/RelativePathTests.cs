using System.Linq;
using Corpus.Generators.Tests.Infrastructure;

namespace Corpus.Generators.Tests;

/// <summary><c>Document.RelativePath</c>: what tells apart two seed files of one name in different folders.</summary>
[TestClass]
public sealed class RelativePathTests
{
    [TestMethod]
    public void Two_files_of_one_name_in_two_folders_get_their_paths_relative_to_the_project()
    {
        var run = new SeedProject()
            .AddSeed("sub1/same.txt", SampleArticles.Talks)
            .AddSeed("sub2/same.txt", SampleArticles.Talks)
            .Run();

        run.GeneratorDiagnostics.Select(d => d.Id).ShouldBe(["CORPUS005"]); // one title, so one class name: a suffix
        run.CompilationProblems.ShouldBeEmpty();
        var documents = GeneratedCorpus.Documents(run.Output);
        documents.Select(d => d.FileName).ShouldBe(["same.txt", "same.txt"]);
        documents.Select(d => d.RelativePath).ShouldBe(["seeds/sub1/same.txt", "seeds/sub2/same.txt"]);
        run.Sources["Seeds.LeadersMeetInTheCapital_2.g.cs"].ShouldContain("public const string RelativePath = \"seeds/sub2/same.txt\";");
        run.Sources["Seeds.LeadersMeetInTheCapital_2.g.cs"].ShouldContain("/// <remarks>From <c>seeds/sub2/same.txt</c>");
    }

    [TestMethod]
    public void A_file_outside_the_project_directory_has_its_file_name()
    {
        var run = new SeedProject().AddSeed("/shared/articles/talks.txt", SampleArticles.Talks).Run();

        run.CompilationProblems.ShouldBeEmpty();
        GeneratedCorpus.Documents(run.Output).ShouldHaveSingleItem().RelativePath.ShouldBe("talks.txt");
    }

    [TestMethod]
    public void Without_ProjectDir_MSBuildProjectDirectory_is_used_and_without_either_the_file_name()
    {
        var fallback = new SeedProject().WithProperty("ProjectDir", "").WithProperty("MSBuildProjectDirectory", "/project/seeds")
            .AddSeed("a/talks.txt", SampleArticles.Talks).Run();
        var neither = new SeedProject().WithProperty("ProjectDir", "").AddSeed("a/talks.txt", SampleArticles.Talks).Run();

        GeneratedCorpus.Documents(fallback.Output).ShouldHaveSingleItem().RelativePath.ShouldBe("a/talks.txt");
        GeneratedCorpus.Documents(neither.Output).ShouldHaveSingleItem().RelativePath.ShouldBe("talks.txt");
    }

    [TestMethod]
    public void A_document_named_RelativePath_gets_an_underscore_as_other_generated_member_names_do()
    {
        var run = new SeedProject().AddSeed("a.txt", SampleArticles.Talks, corpusName: "RelativePath").Run();

        run.GeneratorDiagnostics.ShouldHaveSingleItem().Id.ShouldBe("CORPUS011");
        run.Sources.Keys.ShouldContain("Seeds.RelativePath_.g.cs");
        run.CompilationProblems.ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("/p/articles/a.txt", "/p/", "articles/a.txt")]
    [DataRow("/p/articles/a.txt", "/p", "articles/a.txt")]
    [DataRow("/p/x/../articles/./a.txt", "/p/", "articles/a.txt")]
    [DataRow("/p/a.txt", "/p/sub/..", "a.txt")]
    [DataRow("/p2/a.txt", "/p", "a.txt")]
    [DataRow("/P/a.txt", "/p/", "a.txt")] // Unix paths compare with case
    [DataRow("/elsewhere/a.txt", "/p/", "a.txt")]
    [DataRow("/p/a.txt", null, "a.txt")]
    [DataRow("/p/a.txt", "  ", "a.txt")]
    [DataRow(@"C:\src\Proj\articles\2024\a.txt", @"c:\src\proj\", "articles/2024/a.txt")] // Windows paths compare without
    [DataRow(@"\\server\share\proj\a.txt", @"\\server\share\proj\", "a.txt")]
    [DataRow(@"\\server\share\proj\sub\a.txt", @"\\SERVER\share\proj", "sub/a.txt")]
    [DataRow(@"D:\other\a.txt", @"C:\src\proj\", "a.txt")]
    public void Relative_path_has_forward_slashes_and_no_dot_segments(string path, string? projectDirectory, string expected) =>
        ProjectPath.Relative(path, projectDirectory).ShouldBe(expected);
}
