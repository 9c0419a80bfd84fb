namespace Corpus.Benchmarks.Configuration;

/// <summary>How a benchmark class is measured; see <see cref="SuiteJobAttribute"/>.</summary>
public enum JobKind
{
    /// <summary>Operations of microseconds to seconds, run back to back: BenchmarkDotNet picks how many per iteration.</summary>
    Throughput,

    /// <summary>Operations of seconds that need a fresh input each time (a build after an edit): one per iteration, few iterations.</summary>
    Single,

    /// <summary>Short operations that need a fresh state each time (first access after loading an assembly): one per iteration, many iterations.</summary>
    Cold,
}
