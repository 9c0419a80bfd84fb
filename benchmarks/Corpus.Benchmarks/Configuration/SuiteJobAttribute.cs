using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Corpus.Benchmarks.Configuration;

/// <summary>
/// The one job of a benchmark class, small enough that the whole suite takes 10 to 15 minutes on two cores
/// (<see cref="SuiteOptions.Quick"/>: a few minutes). Read in the host process, which bakes the job into each benchmark process.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SuiteJobAttribute : Attribute, IConfigSource
{
    /// <summary>Chooses the job.</summary>
    /// <param name="kind">How the class is measured.</param>
    public SuiteJobAttribute(JobKind kind) => Config = ManualConfig.CreateEmpty().AddJob(For(kind, SuiteOptions.Quick));

    /// <inheritdoc />
    public IConfig Config { get; }

    /// <summary>The job for a kind of measurement.</summary>
    /// <param name="kind">How the class is measured.</param>
    /// <param name="quick">Whether fewer iterations are wanted.</param>
    /// <returns>The job.</returns>
    public static Job For(JobKind kind, bool quick) => kind switch
    {
        JobKind.Throughput => Job.Default.WithId(kind.ToString()).WithLaunchCount(1).WithWarmupCount(quick ? 1 : 2).WithIterationCount(quick ? 3 : 6),
        JobKind.Single => Once(Job.Default.WithId(kind.ToString())).WithWarmupCount(quick ? 0 : 1).WithIterationCount(quick ? 2 : 3),
        _ => Once(Job.Default.WithId(kind.ToString())).WithWarmupCount(quick ? 2 : 5).WithIterationCount(quick ? 10 : 40),
    };

    /// <summary>One operation per iteration, no pilot and no overhead runs: each operation's own time is the number.</summary>
    private static Job Once(Job job) =>
        job.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithInvocationCount(1).WithUnrollFactor(1);
}
