using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks.Columns;

/// <summary>A column with each case's throughput: its input's UTF-8 size over its mean time, in MB/s (10^6 bytes).</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>The column's header, which the goal report looks for.</summary>
    public const string Name = "MB/s";

    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => Name;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "UTF-8 input bytes per second of mean time, in MB/s (10^6 bytes)";

    /// <summary>The throughput of a case, or <see langword="null"/> when it has no known input or no result.</summary>
    /// <param name="summary">The run's summary.</param>
    /// <param name="benchmarkCase">The case.</param>
    /// <returns>MB/s.</returns>
    public static double? Of(Summary summary, BenchmarkCase benchmarkCase) =>
        InputSizes.Of(benchmarkCase) is { } bytes && summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds and > 0
            ? bytes / nanoseconds * 1e9 / 1e6
            : null;

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        Of(summary, benchmarkCase) is { } mbPerSecond ? mbPerSecond.ToString("N1", CultureInfo.InvariantCulture) : "-";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;
}
