using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Parsing;

namespace Corpus.Benchmarks;

/// <summary>
/// Parser throughput on one core: every document of a corpus through <c>CorpusParser.Parse</c>, as the runtime
/// library (net8.0 build) and as the generator's own copy (the netstandard2.0 build the compiler loads).
/// </summary>
[SuiteJob(JobKind.Throughput)]
[ThroughputColumns]
[MemoryDiagnoser]
public class ParserBenchmarks
{
    /// <summary>
    /// The generator's copy of <c>CorpusParser.Parse</c>, which is internal to the analyzer (linked
    /// source): found once by name and compiled into a delegate that returns the paragraph count, so a call costs what
    /// a direct one does.
    /// </summary>
    private static readonly Func<string, string, int> ParseInGenerator = CompileGeneratorParse();

    private IReadOnlyList<SeedText> _texts = [];

    /// <summary>The corpus parsed.</summary>
    [Params(CorpusKind.Seeds, CorpusKind.Large, CorpusKind.Archive)]
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
            paragraphs += ParseInGenerator(text.Text, text.FileName);
        }

        return paragraphs;
    }

    private static Func<string, string, int> CompileGeneratorParse()
    {
        var parser = typeof(Generators.CorpusGenerator).Assembly.GetType("Corpus.Parsing.CorpusParser", throwOnError: true)!;
        var text = Expression.Parameter(typeof(string), "text");
        var fileName = Expression.Parameter(typeof(string), "fileName");
        var paragraphs = Expression.Property(Expression.Call(parser.GetMethod("Parse", [typeof(string), typeof(string)])!, text, fileName), "Paragraphs");
        var count = typeof(IReadOnlyCollection<>).MakeGenericType(paragraphs.Type.GetGenericArguments()[0]).GetProperty("Count")!;
        return Expression.Lambda<Func<string, string, int>>(Expression.Property(paragraphs, count), text, fileName).Compile();
    }
}
