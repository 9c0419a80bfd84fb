using System.IO;
using Corpus.Generators.Tests.Infrastructure;

namespace Corpus.Generators.Tests;

[TestClass]
public sealed class GeneratorSnapshotTests
{
    [TestMethod]
    public void Small_article_generates_a_document_class_and_a_corpus_index()
    {
        var run = new SeedProject().AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.GeneratorDiagnostics.ShouldBeEmpty();
        run.Sources.Keys.ShouldBe(new[] { "Seeds.LeadersMeetInTheCapital.g.cs", "Seeds.g.cs" }, ignoreOrder: true);
        Snapshot.Verify(run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"], "document");
        Snapshot.Verify(run.Sources["Seeds.g.cs"], "index");
    }

    [TestMethod]
    public void Seed_article_generates_the_same_source_as_its_snapshot()
    {
        var path = Path.Combine(SeedProject.SeedsDirectory, "002_2f2129dd3d24a781.txt");
        var run = new SeedProject().AddSeed(Path.GetFileName(path), File.ReadAllText(path)).Run();

        Snapshot.Verify(run.Sources["Seeds.XiJinpingSaysChinaRussiaRelationsCriticalToTheFuture.g.cs"], "document");
    }

    [TestMethod]
    public void Older_language_versions_store_text_as_a_byte_array()
    {
        var project = new SeedProject { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10 };
        var run = project.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        Snapshot.Verify(run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"], "document");
    }

    [TestMethod]
    public void A_consumer_that_references_MSTest_gets_TestData_rows_and_member_names()
    {
        var run = new SeedProject { ReferenceMSTest = true }.AddSeed("talks.txt", SampleArticles.Talks).Run();

        run.CompilationErrorsAndWarnings.ShouldBeEmpty();
        Snapshot.Verify(run.Sources["Seeds.LeadersMeetInTheCapital.g.cs"], "document");
        Snapshot.Verify(run.Sources["Seeds.g.cs"], "index");
    }
}
