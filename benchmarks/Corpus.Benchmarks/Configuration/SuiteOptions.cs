namespace Corpus.Benchmarks.Configuration;

/// <summary>Options of the whole run, read from the command line before BenchmarkDotNet sees it.</summary>
public static class SuiteOptions
{
    /// <summary>The switch that asks for fewer iterations: a smoke run of every benchmark in a few minutes.</summary>
    public const string QuickSwitch = "--quick";

    /// <summary>Whether <see cref="QuickSwitch"/> was given.</summary>
    public static bool Quick { get; set; }
}
