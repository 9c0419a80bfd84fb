using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Consumers;
using Corpus.Benchmarks.Inputs;

namespace Corpus.Benchmarks;

/// <summary>
/// Whole <c>dotnet build --no-restore</c> of a consumer project after one of its texts changed, one category per corpus,
/// each against its own floor (the same texts as plain UTF-8 literals, no generator):
/// <list type="bullet">
/// <item><c>Large</c> (issue 5; 250 texts of 84 KB): the generator, and embedded resources parsed at run time.</item>
/// <item><c>Archive</c> (issue 16; 5,000 texts of 2–8 KB): the generator's output checked in as plain <c>.cs</c> (what the
/// members cost the compiler by themselves), the generator with every member, and with documents only.</item>
/// <item><c>Speeches</c> (issue 16; 230 texts of 45 KB in one to three paragraphs): the generator.</item>
/// <item><c>Addresses</c> (issue 16): the speeches' shape with few quotes, as real addresses have; the generator.</item>
/// <item><c>TestEdit</c> (issue 16): a test project using the archive, after an edit of its one <c>.cs</c> file, with the
/// archive in the test project against the archive in a project of its own.</item>
/// </list>
/// Each project is written, restored and built once before it is timed; build servers stay up between builds, as on a
/// developer's machine. One category: <c>--anyCategories Archive</c>.
/// </summary>
[SuiteJob(JobKind.Single)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ConsumerBuildBenchmarks
{
    /// <summary>The category of the large corpus (250 documents).</summary>
    public const string Large = nameof(CorpusKind.Large);

    /// <summary>The category of the archive (5,000 documents).</summary>
    public const string Archive = nameof(CorpusKind.Archive);

    /// <summary>The category of the speeches (230 documents of very few paragraphs).</summary>
    public const string Speeches = nameof(CorpusKind.Speeches);

    /// <summary>The category of the addresses (the speeches' shape with few quotes).</summary>
    public const string Addresses = nameof(CorpusKind.Addresses);

    /// <summary>The category of the test projects that use the archive, after an edit of a test (not of a text).</summary>
    public const string TestEdit = nameof(TestEdit);

    private ConsumerProject _project = null!;
    private int _edits;

    /// <summary>Writes and warms the large corpus's floor project.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void SetupFloor() => Setup(ConsumerKind.Floor, CorpusKind.Large);

    /// <summary>Writes and warms the large corpus's generator project.</summary>
    [GlobalSetup(Target = nameof(Generator))]
    public void SetupGenerator() => Setup(ConsumerKind.Generator, CorpusKind.Large);

    /// <summary>Writes and warms the large corpus's embedded-resource project.</summary>
    [GlobalSetup(Target = nameof(EmbeddedResource))]
    public void SetupEmbeddedResource() => Setup(ConsumerKind.EmbeddedResource, CorpusKind.Large);

    /// <summary>Writes and warms the archive's floor project.</summary>
    [GlobalSetup(Target = nameof(ArchiveFloor))]
    public void SetupArchiveFloor() => Setup(ConsumerKind.Floor, CorpusKind.Archive);

    /// <summary>Writes and warms the archive's project of generated sources.</summary>
    [GlobalSetup(Target = nameof(ArchiveGeneratedSources))]
    public void SetupArchiveGeneratedSources() => Setup(ConsumerKind.GeneratedSources, CorpusKind.Archive);

    /// <summary>Writes and warms the archive's generator project.</summary>
    [GlobalSetup(Target = nameof(ArchiveGenerator))]
    public void SetupArchiveGenerator() => Setup(ConsumerKind.Generator, CorpusKind.Archive);

    /// <summary>Writes and warms the archive's generator project with documents only.</summary>
    [GlobalSetup(Target = nameof(ArchiveDocumentsOnly))]
    public void SetupArchiveDocumentsOnly() => Setup(ConsumerKind.GeneratorDocumentsOnly, CorpusKind.Archive);

    /// <summary>Writes and warms the speeches' floor project.</summary>
    [GlobalSetup(Target = nameof(SpeechesFloor))]
    public void SetupSpeechesFloor() => Setup(ConsumerKind.Floor, CorpusKind.Speeches);

    /// <summary>Writes and warms the speeches' generator project.</summary>
    [GlobalSetup(Target = nameof(SpeechesGenerator))]
    public void SetupSpeechesGenerator() => Setup(ConsumerKind.Generator, CorpusKind.Speeches);

    /// <summary>Writes and warms the addresses' floor project.</summary>
    [GlobalSetup(Target = nameof(AddressesFloor))]
    public void SetupAddressesFloor() => Setup(ConsumerKind.Floor, CorpusKind.Addresses);

    /// <summary>Writes and warms the addresses' generator project.</summary>
    [GlobalSetup(Target = nameof(AddressesGenerator))]
    public void SetupAddressesGenerator() => Setup(ConsumerKind.Generator, CorpusKind.Addresses);

    /// <summary>Writes and warms a test project holding the archive itself.</summary>
    [GlobalSetup(Target = nameof(TestsWithCorpusInProject))]
    public void SetupTestsWithCorpusInProject() => SetupTests(CorpusLayout.SameProject);

    /// <summary>Writes and warms a test project referencing the archive's own project.</summary>
    [GlobalSetup(Target = nameof(TestsWithCorpusInOwnProject))]
    public void SetupTestsWithCorpusInOwnProject() => SetupTests(CorpusLayout.OwnProject);

    /// <summary>Changes one text (one test source in <see cref="TestEdit"/>), so the build that follows compiles again.</summary>
    [IterationSetup]
    public void EditOneText() => _project.Edit(++_edits);

    /// <summary>Large corpus: the texts as UTF-8 literals in C# files, what the compiler must do at least.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Large)]
    public void Floor() => _project.Build();

    /// <summary>Large corpus: the texts as seeds of the Corpus generator.</summary>
    [Benchmark]
    [BenchmarkCategory(Large)]
    public void Generator() => _project.Build();

    /// <summary>Large corpus: the texts as embedded resources.</summary>
    [Benchmark]
    [BenchmarkCategory(Large)]
    public void EmbeddedResource() => _project.Build();

    /// <summary>Archive: the floor.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Archive)]
    public void ArchiveFloor() => _project.Build();

    /// <summary>Archive: the generator's output (every member) as plain <c>.cs</c> files, no generator.</summary>
    [Benchmark]
    [BenchmarkCategory(Archive)]
    public void ArchiveGeneratedSources() => _project.Build();

    /// <summary>Archive: the generator, every member.</summary>
    [Benchmark]
    [BenchmarkCategory(Archive)]
    public void ArchiveGenerator() => _project.Build();

    /// <summary>Archive: the generator with <c>&lt;CorpusMembers&gt;Documents&lt;/CorpusMembers&gt;</c>.</summary>
    [Benchmark]
    [BenchmarkCategory(Archive)]
    public void ArchiveDocumentsOnly() => _project.Build();

    /// <summary>Speeches: the floor.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Speeches)]
    public void SpeechesFloor() => _project.Build();

    /// <summary>Speeches: the generator, every member.</summary>
    [Benchmark]
    [BenchmarkCategory(Speeches)]
    public void SpeechesGenerator() => _project.Build();

    /// <summary>Addresses: the floor.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(Addresses)]
    public void AddressesFloor() => _project.Build();

    /// <summary>Addresses: the generator, every member.</summary>
    [Benchmark]
    [BenchmarkCategory(Addresses)]
    public void AddressesGenerator() => _project.Build();

    /// <summary>Test edit: the archive is in the test project, whose every build compiles the generated code.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory(TestEdit)]
    public void TestsWithCorpusInProject() => _project.Build();

    /// <summary>Test edit: the archive is in a project of its own, which stays up to date.</summary>
    [Benchmark]
    [BenchmarkCategory(TestEdit)]
    public void TestsWithCorpusInOwnProject() => _project.Build();

    private void SetupTests(CorpusLayout layout)
    {
        _project = ConsumerProject.CreateTests(layout, CorpusKind.Archive);
        var first = _project.Build(restore: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Archive tests, corpus in {layout}: first build with restore took {first.TotalSeconds:F1} s ({_project.Folder})"));
    }

    private void Setup(ConsumerKind kind, CorpusKind corpus)
    {
        _project = ConsumerProject.Create(kind, corpus, GeneratorBenchmarks.EditedDocument);
        var first = _project.Build(restore: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {corpus} {kind}: first build with restore took {first.TotalSeconds:F1} s ({_project.Folder})"));
    }
}
