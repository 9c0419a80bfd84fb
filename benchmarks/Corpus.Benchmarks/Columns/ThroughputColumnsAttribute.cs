using System;
using BenchmarkDotNet.Configs;

namespace Corpus.Benchmarks.Columns;

/// <summary>Adds <see cref="InputSizeColumn"/> and <see cref="ThroughputColumn"/> to a benchmark class's summary.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputColumnsAttribute : Attribute, IConfigSource
{
    /// <inheritdoc />
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(new InputSizeColumn(), new ThroughputColumn());
}
