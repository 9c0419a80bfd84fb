using BenchmarkDotNet.Running;
using Corpus.Benchmarks.Inputs;

namespace Corpus.Benchmarks.Columns;

/// <summary>The UTF-8 size of what a benchmark case reads, from its parameters: a whole corpus or one sample document.</summary>
public static class InputSizes
{
    /// <summary>The size of the case's input, or <see langword="null"/> when it has none of the known parameters.</summary>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>Bytes.</returns>
    public static long? Of(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            switch (parameter.Value)
            {
                case CorpusKind corpus:
                    return BenchmarkInputs.Bytes(corpus);
                case SampleDocument document:
                    return SampleDocuments.Get(document).Utf8Bytes;
                case HostileInput hostile:
                    return hostile.Utf8Bytes;
            }
        }

        return null;
    }
}
