using System;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Inputs;
using Corpus.Benchmarks.Roslyn;

namespace Corpus.Benchmarks;

/// <summary>
/// The very first <c>Seeds.X.Document</c> of a process, measured again and again: before each operation the
/// compiled corpus is loaded into a new <see cref="System.Runtime.Loader.AssemblyLoadContext"/>, so every operation
/// meets a fresh class whose getter and <c>Build</c> method are not yet compiled by the JIT and whose document is
/// not built. The Corpus runtime stays loaded and warm, as it is once any document was read. The corpus holds the
/// one sample document, so loading it costs the same whatever else a real corpus holds. The contexts are not
/// collectible: code in a collectible context is slower to load and compile (2 to 3 ms more per first access
/// here), and an application never loads its corpus that way. Each iteration leaves one small assembly loaded.
/// </summary>
[SuiteJob(JobKind.Cold)]
[ThroughputColumns]
[MemoryDiagnoser]
public class FirstAccessBenchmarks
{
    private byte[] _image = [];
    private Func<Document> _getter = null!;

    /// <summary>The document read.</summary>
    [Params(SampleDocument.SmallestSeed, SampleDocument.LargestSeed, SampleDocument.LargeCorpusDocument)]
    public SampleDocument Document { get; set; }

    /// <summary>Generates and compiles a corpus of the one document.</summary>
    [GlobalSetup]
    public void Setup() => _image = GeneratorHost.CompileCorpus(new[] { SampleDocuments.Get(Document) });

    /// <summary>Loads the corpus afresh: the next operation is a first access.</summary>
    [IterationSetup]
    public void LoadFresh() => _getter = GeneratedDocumentClass.Load(_image, collectible: false).DocumentGetter();

    /// <summary>The first <c>Seeds.X.Document</c>: JIT of the getter and of <c>Build</c>, decoding the text, building the document.</summary>
    /// <returns>The document's paragraph count, so the work is not optimised away.</returns>
    [Benchmark]
    public int FirstAccess() => _getter().Paragraphs.Count;
}
