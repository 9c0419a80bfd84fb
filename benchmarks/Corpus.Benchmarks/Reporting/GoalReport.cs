using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks.Columns;
using Corpus.Benchmarks.Inputs;

namespace Corpus.Benchmarks.Reporting;

/// <summary>
/// The goals of issues 5, 12 and 16, checked against the run's summaries and printed as a Markdown table, ready for
/// docs/performance.md. A goal whose benchmark did not run (filtered out, or failed) says so.
/// </summary>
public static class GoalReport
{
    /// <summary>Writes the table.</summary>
    /// <param name="summaries">The run's summaries.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<Summary> summaries, TextWriter output)
    {
        var cases = summaries.SelectMany(s => s.BenchmarksCases.Select(c => (Summary: s, Case: c))).ToList();
        output.WriteLine();
        output.WriteLine("## Goals");
        output.WriteLine();
        output.WriteLine("| goal | target | measured | |");
        output.WriteLine("|---|---|---|---|");
        foreach (var goal in Goals(cases))
        {
            output.WriteLine(goal.ToMarkdownRow());
        }
    }

    private static IEnumerable<Goal> Goals(List<(Summary Summary, BenchmarkCase Case)> cases)
    {
        var parser = Find(cases, nameof(ParserBenchmarks), nameof(ParserBenchmarks.Runtime), CorpusKind.Large);
        var throughput = parser is { } p ? ThroughputColumn.Of(p.Summary, p.Case) : null;
        yield return new Goal("parser throughput, large corpus, one core", "≥ 50 MB/s", throughput is { } mbs ? F(mbs, "N1") + " MB/s" : "not run", AtLeast(50, throughput));

        var news = Find(cases, nameof(HostileShapeBenchmarks), nameof(HostileShapeBenchmarks.Parse), HostileInput.Get(HostileInput.News));
        var newsMean = news is { } n ? n.Summary[n.Case]?.ResultStatistics?.Mean : null;
        var shapes = cases
            .Where(c => c.Case.Descriptor.Type.Name == nameof(HostileShapeBenchmarks)
                && c.Case.Parameters.Items.Any(p => p.Value is HostileInput h && h.Name is not (HostileInput.News or HostileInput.SeedsRepeated)))
            .Select(c => (Name: c.Case.Parameters.Items.Select(p => p.Value).OfType<HostileInput>().First().Name, Mean: c.Summary[c.Case]?.ResultStatistics?.Mean))
            .Where(c => c.Mean is not null)
            .OrderByDescending(c => c.Mean)
            .ToList();
        double? worstRatio = shapes.Count > 0 && newsMean is { } nm ? shapes[0].Mean!.Value / nm : null;
        yield return new Goal(
            "1 MB of the slowest hostile shape vs 1 MB of news",
            "≤ 3×",
            worstRatio is { } wr ? $"{F(wr, "N1")}× ({shapes[0].Name}: {F(shapes[0].Mean!.Value / 1e6, "N0")} ms vs {F(newsMean!.Value / 1e6, "N0")} ms)" : "not run",
            AtMost(3, worstRatio));

        var floor = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.Floor));
        var generator = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.Generator));
        var resource = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.EmbeddedResource));
        var ratio = generator / floor;
        yield return new Goal(
            "consumer build after one edit, generator vs floor",
            "≤ 1.5×",
            ratio is { } r ? $"{F(r, "N2")}× ({Seconds(generator)} vs {Seconds(floor)}; embedded resources {Seconds(resource)})" : "not run",
            AtMost(1.5, ratio));

        var edit = Mean(cases, nameof(GeneratorBenchmarks), nameof(GeneratorBenchmarks.OneSeedEdited), CorpusKind.Large);
        yield return new Goal("generator time, one seed of 250 edited", "< 50 ms", edit is { } e ? F(e / 1e6, "N1") + " ms" : "not run", AtMost(50e6, edit));

        foreach (var goal in ArchiveGoals(cases))
        {
            yield return goal;
        }

        var first = Enum.GetValues<SampleDocument>()
            .Select(d => (Document: d, Found: Find(cases, nameof(FirstAccessBenchmarks), nameof(FirstAccessBenchmarks.FirstAccess), d)))
            .Where(x => x.Found is not null)
            .Select(x => (x.Document, Bytes: SampleDocuments.Get(x.Document).Utf8Bytes, Mean: x.Found!.Value.Summary[x.Found.Value.Case]?.ResultStatistics?.Mean))
            .Where(x => x.Mean is not null)
            .ToList();
        var worst = first.Count == 0 ? (double?)null : first.Max(x => x.Mean!.Value);
        yield return new Goal(
            "first access of one document (cold: JIT, decode, build)",
            "< 1 ms, proportional to size",
            first.Count == 0 ? "not run" : string.Join("; ", first.Select(x => $"{F(x.Bytes / 1000.0, "N1")} KB: {F(x.Mean!.Value / 1e6, "N3")} ms")),
            AtMost(1e6, worst));
    }

    /// <summary>Issue 16's goals: the archive and the speeches against their floors, and a one-article edit of the archive.</summary>
    private static IEnumerable<Goal> ArchiveGoals(List<(Summary Summary, BenchmarkCase Case)> cases)
    {
        var floor = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.ArchiveFloor));
        var sources = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.ArchiveGeneratedSources));
        var every = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.ArchiveGenerator));
        var documents = Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.ArchiveDocumentsOnly));
        var everyRatio = every / floor;
        var sourcesNote = sources / floor is { } sr ? $"; the same code as plain .cs, no generator: {Seconds(sources)}, {F(sr, "N2")}×" : string.Empty;
        yield return new Goal(
            "archive (5,000 articles, 23.7 MB): build after one edit, every member vs floor",
            "≤ 3×",
            everyRatio is { } r ? $"{F(r, "N2")}× ({Seconds(every)} vs {Seconds(floor)}{sourcesNote})" : "not run",
            AtMost(3, everyRatio));

        yield return RatioGoal("archive: build after one edit, CorpusMembers=Documents vs floor", 1.5, documents, floor);
        yield return RatioGoal(
            "speeches (230 × 45 KB, 1–3 paragraphs each): build after one edit, generator vs floor",
            1.5,
            Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.SpeechesGenerator)),
            Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.SpeechesFloor)));
        yield return RatioGoal(
            "addresses (the speeches' shape, few quotes): build after one edit, generator vs floor",
            1.5,
            Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.AddressesGenerator)),
            Mean(cases, nameof(ConsumerBuildBenchmarks), nameof(ConsumerBuildBenchmarks.AddressesFloor)));

        var edit = Mean(cases, nameof(GeneratorBenchmarks), nameof(GeneratorBenchmarks.OneSeedEdited), CorpusKind.Archive);
        yield return new Goal("generator time, one article of the archive's 5,000 edited", "< 50 ms", edit is { } e ? F(e / 1e6, "N1") + " ms" : "not run", AtMost(50e6, edit));
    }

    /// <summary>A build measured against its floor: at most <paramref name="limit"/> times its time.</summary>
    private static Goal RatioGoal(string name, double limit, double? build, double? floor)
    {
        var ratio = build / floor;
        return new Goal(
            name,
            "≤ " + F(limit, "0.#") + "×",
            ratio is { } r ? $"{F(r, "N2")}× ({Seconds(build)} vs {Seconds(floor)})" : "not run",
            AtMost(limit, ratio));
    }

    private static (Summary Summary, BenchmarkCase Case)? Find(List<(Summary Summary, BenchmarkCase Case)> cases, string type, string method, object? parameter = null)
    {
        foreach (var found in cases)
        {
            if (found.Case.Descriptor.Type.Name == type && found.Case.Descriptor.WorkloadMethod.Name == method
                && (parameter is null || found.Case.Parameters.Items.Any(p => Equals(p.Value, parameter))))
            {
                return found;
            }
        }

        return null;
    }

    private static double? Mean(List<(Summary Summary, BenchmarkCase Case)> cases, string type, string method, object? parameter = null) =>
        Find(cases, type, method, parameter) is { } found ? found.Summary[found.Case]?.ResultStatistics?.Mean : null;

    /// <summary>Whether <paramref name="value"/> is at most <paramref name="limit"/>; <see langword="null"/> when it was not measured.</summary>
    private static bool? AtMost(double limit, double? value) => value is { } v ? v <= limit : null;

    /// <summary>Whether <paramref name="value"/> is at least <paramref name="limit"/>; <see langword="null"/> when it was not measured.</summary>
    private static bool? AtLeast(double limit, double? value) => value is { } v ? v >= limit : null;

    private static string Seconds(double? nanoseconds) => nanoseconds is { } ns ? F(ns / 1e9, "N2") + " s" : "not run";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
