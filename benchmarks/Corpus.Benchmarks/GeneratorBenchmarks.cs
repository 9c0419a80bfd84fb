using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Benchmarks.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// Generator time and allocations on the large corpus (250 documents, 20 MiB) and on the archive (5,000 documents,
/// 23.7 MB), in process through a <see cref="GeneratorDriver"/>: a first run with nothing cached, a run after one seed
/// changed, and a run after an unrelated C# file changed. Each run gets a new <see cref="Compilation"/> object, as every build does.
/// </summary>
[SuiteJob(JobKind.Throughput)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>The document edited in <see cref="OneSeedEdited"/>: one from the middle of the corpus.</summary>
    public const int EditedDocument = 123;

    private AdditionalText[] _seeds = [];
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationWithNewFile = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;

    /// <summary>The corpus: the large one (issue 5) or the archive (issue 16).</summary>
    [Params(CorpusKind.Large, CorpusKind.Archive)]
    public CorpusKind Corpus { get; set; }

    /// <summary>Reads the corpus and runs the generator once over it: the state an edit starts from.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var texts = BenchmarkInputs.Load(Corpus);
        _seeds = GeneratorHost.AdditionalTexts(texts);
        _compilation = GeneratorHost.Compilation();
        _compilationWithNewFile = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace Consumer { internal static class Added { } }", GeneratorHost.ParseOptions, path: "/consumer/Added.cs"));
        _warm = GeneratorHost.Driver(_seeds).RunGenerators(_compilation.Clone());
        var original = texts[EditedDocument];
        _edited = new SeedAdditionalText(_seeds[EditedDocument].Path, original.Text + "\nThe talks went on late into the night.\n");
    }

    /// <summary>Every seed read, parsed and emitted: a clean build, or the first build in a new compiler process.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark(Baseline = true)]
    public int FullCorpus() =>
        GeneratorHost.Driver(_seeds).RunGenerators(_compilation.Clone()).GetRunResult().GeneratedTrees.Length;

    /// <summary>One seed changed: it alone is parsed and emitted again; the rest comes from the driver's cache.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int OneSeedEdited() =>
        _warm.ReplaceAdditionalText(_seeds[EditedDocument], _edited).RunGenerators(_compilation.Clone()).GetRunResult().GeneratedTrees.Length;

    /// <summary>A C# file added: no seed is read or parsed, nothing is emitted again.</summary>
    /// <returns>The number of generated files.</returns>
    [Benchmark]
    public int UnrelatedCodeEdited() =>
        _warm.RunGenerators(_compilationWithNewFile.Clone()).GetRunResult().GeneratedTrees.Length;
}
