using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Consumers;
using Corpus.Benchmarks.Inputs;

namespace Corpus.Benchmarks;

/// <summary>
/// Whole <c>dotnet build --no-restore</c> of a consumer project holding the large corpus, after one of its 250 texts
/// changed: with the generator, against the floor (the same texts as plain UTF-8 literals, no generator) and against
/// embedded resources parsed at run time. Each project is written, restored and built once before it is timed; build
/// servers stay up between builds, as on a developer's machine.
/// </summary>
[SuiteJob(JobKind.Single)]
public class ConsumerBuildBenchmarks
{
    private ConsumerProject _project = null!;
    private int _edits;

    /// <summary>Writes and warms the floor project.</summary>
    [GlobalSetup(Target = nameof(Floor))]
    public void SetupFloor() => Setup(ConsumerKind.Floor);

    /// <summary>Writes and warms the generator project.</summary>
    [GlobalSetup(Target = nameof(Generator))]
    public void SetupGenerator() => Setup(ConsumerKind.Generator);

    /// <summary>Writes and warms the embedded-resource project.</summary>
    [GlobalSetup(Target = nameof(EmbeddedResource))]
    public void SetupEmbeddedResource() => Setup(ConsumerKind.EmbeddedResource);

    /// <summary>Changes one text, so the build that follows compiles again.</summary>
    [IterationSetup]
    public void EditOneText() => _project.Edit(++_edits);

    /// <summary>The texts as UTF-8 literals in C# files: what the compiler must do at least.</summary>
    [Benchmark(Baseline = true)]
    public void Floor() => _project.Build();

    /// <summary>The texts as seeds of the Corpus generator.</summary>
    [Benchmark]
    public void Generator() => _project.Build();

    /// <summary>The texts as embedded resources.</summary>
    [Benchmark]
    public void EmbeddedResource() => _project.Build();

    private void Setup(ConsumerKind kind)
    {
        _project = ConsumerProject.Create(kind, BenchmarkInputs.Load(CorpusKind.Large), GeneratorBenchmarks.EditedDocument);
        var first = _project.Build(restore: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {kind}: first build with restore took {first.TotalSeconds:F1} s ({_project.Folder})"));
    }
}
