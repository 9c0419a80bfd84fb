extern alias CorpusGenerators;

using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Parsing;
using GeneratorParser = CorpusGenerators::Corpus.Parsing.CorpusParser;

namespace Corpus.Benchmarks;

/// <summary>
/// Parser throughput on one core: every document of a corpus through <see cref="CorpusParser.Parse(string, string)"/>, as the runtime
/// library (net8.0 build) and as the generator's own copy (the netstandard2.0 build the compiler loads).
/// </summary>
[SuiteJob(JobKind.Throughput)]
[ThroughputColumns]
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private IReadOnlyList<SeedText> _texts = [];

    /// <summary>The corpus parsed.</summary>
    [Params(CorpusKind.Seeds, CorpusKind.Large)]
    public CorpusKind Corpus { get; set; }

    /// <summary>Reads the corpus (the large one is made on first use).</summary>
    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInputs.Load(Corpus);

    /// <summary>Parses every document with the runtime library's parser.</summary>
    /// <returns>The number of paragraphs, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int Runtime()
    {
        var paragraphs = 0;
        foreach (var text in _texts)
        {
            paragraphs += CorpusParser.Parse(text.Text, text.FileName).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>Parses every document with the parser compiled into the generator.</summary>
    /// <returns>The number of paragraphs.</returns>
    [Benchmark]
    public int InGenerator()
    {
        var paragraphs = 0;
        foreach (var text in _texts)
        {
            paragraphs += GeneratorParser.Parse(text.Text, text.FileName).Paragraphs.Count;
        }

        return paragraphs;
    }
}
