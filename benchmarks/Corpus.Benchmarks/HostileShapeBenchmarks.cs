using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Parsing;

namespace Corpus.Benchmarks;

/// <summary>
/// One megabyte of each hostile shape through the runtime parser, side by side with a megabyte of ordinary news in
/// the same run: no shape may cost more than a small factor of news (issue 12's goal is 3×). The complexity tests
/// check growth in work units; the time is measured only here.
/// </summary>
[SuiteJob(JobKind.Throughput)]
[ThroughputColumns]
[MemoryDiagnoser]
public class HostileShapeBenchmarks
{
    /// <summary>Every shape, and the two yardsticks.</summary>
    public static IEnumerable<HostileInput> Inputs => HostileInput.All;

    /// <summary>The input parsed.</summary>
    [ParamsSource(nameof(Inputs))]
    public HostileInput Input { get; set; } = HostileInput.Get(HostileInput.News);

    /// <summary>Parses the input's texts.</summary>
    /// <returns>The number of quotes found, so the work is not optimised away.</returns>
    [Benchmark]
    public int Parse()
    {
        var quotes = 0;
        foreach (var text in Input.Texts)
        {
            quotes += CorpusParser.Parse(text.Text, text.FileName).Quotes.Count;
        }

        return quotes;
    }
}
