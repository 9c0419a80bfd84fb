using System;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Benchmarks.Roslyn;

namespace Corpus.Benchmarks;

/// <summary>
/// The work a first access does, without the one-off JIT: the generated <c>Build</c> method called again and again
/// (each call decodes the UTF-8 text and builds a new <c>Corpus.Document</c> through <c>DocumentBuilder</c>,
/// exactly as the first <c>Seeds.X.Document</c> does). This is the part that grows with the document's size.
/// </summary>
[SuiteJob(JobKind.Throughput)]
[ThroughputColumns]
[MemoryDiagnoser]
public class DocumentBuildBenchmarks
{
    private Func<Document> _build = null!;

    /// <summary>The document built.</summary>
    [Params(SampleDocument.SmallestSeed, SampleDocument.LargestSeed, SampleDocument.LargeCorpusDocument)]
    public SampleDocument Document { get; set; }

    /// <summary>Generates and compiles a corpus of the one document and finds its <c>Build</c> method.</summary>
    [GlobalSetup]
    public void Setup() =>
        _build = GeneratedDocumentClass.Load(GeneratorHost.CompileCorpus(new[] { SampleDocuments.Get(Document) }), collectible: false).Build();

    /// <summary>Decodes the text and builds the document.</summary>
    /// <returns>The document's paragraph count.</returns>
    [Benchmark]
    public int DecodeAndBuild() => _build().Paragraphs.Count;
}
