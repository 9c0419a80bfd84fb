using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>
/// The parser runs in every build and on every keystroke, so no text may make it super-linear. Each hostile shape
/// (tests/Shared/HostileShapes.cs) is parsed at two sizes, 8× apart, and the growth is checked in work units, which
/// are counted the same on every machine, and in time, with a margin wide enough for a noisy 2-core machine: linear
/// growth is 8×, quadratic 64×. How fast each shape is lives in benchmarks/ (HostileShapeBenchmarks), not here.
/// </summary>
[TestClass]
public sealed class ComplexityTests
{
    private const int Small = 48 * 1024;
    private const int Growth = 8;

    public static IEnumerable<object[]> Shapes => HostileShapes.Names.Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Work_grows_in_proportion_to_the_text(string shape)
    {
        var small = HostileShapes.Make(shape, Small);
        var large = HostileShapes.Make(shape, Small * Growth);

        var perCharSmall = Work(small) / (double)small.Length;
        var perCharLarge = Work(large) / (double)large.Length;

        // Linear: the work per character stays the same as the text grows 8× (the fixed cost of the headline and
        // the first occurrences spreads thinner, so it may fall); quadratic work would grow 8× per character.
        perCharLarge.ShouldBeLessThanOrEqualTo(perCharSmall * 1.25 + 0.5, $"{shape}: {perCharSmall:F2} units per character at {small.Length:N0}, {perCharLarge:F2} at {large.Length:N0}");
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Work_per_character_stays_within_a_small_factor_of_news(string shape)
    {
        var text = HostileShapes.Make(shape, Small * Growth);

        var perCharacter = Work(text) / (double)text.Length;

        perCharacter.ShouldBeLessThanOrEqualTo(NewsWorkPerCharacter.Value * 10, $"{shape}: {perCharacter:F1} units per character; news needs at most {NewsWorkPerCharacter.Value:F1}");
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Every_shape_is_read_within_its_budget_and_keeps_its_text(string shape)
    {
        var text = HostileShapes.Make(shape, Small * Growth);

        var document = CorpusParser.Parse(text, shape + ".txt", out var report);

        report.Complete.ShouldBeTrue($"{shape}: {report.Work:N0} of {report.Budget:N0} units");
        document.Text.ShouldBe(text);
        foreach (var paragraph in document.Paragraphs)
        {
            paragraph.Length.ShouldBeGreaterThan(0);
        }
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void Time_grows_in_proportion_to_the_text(string shape)
    {
        var small = HostileShapes.Make(shape, Small);
        var large = HostileShapes.Make(shape, Small * Growth);
        CorpusParser.Parse(small, "warm.txt"); // Regexes and JIT, once.

        var smallTime = Fastest(small);
        var largeTime = Fastest(large);

        // 8× the text; linear is 8×, quadratic 64×. The fastest of five runs each, in the thread's CPU time (ThreadTime),
        // and a 1 ms floor keep the noise of a busy machine out.
        var ratio = largeTime.TotalMilliseconds / Math.Max(1.0, smallTime.TotalMilliseconds);
        ratio.ShouldBeLessThan(Growth * 4.0, $"{shape}: {smallTime.TotalMilliseconds:F1} ms at {small.Length:N0}, {largeTime.TotalMilliseconds:F1} ms at {large.Length:N0}");
    }

    [TestMethod]
    public void Thousands_of_firms_each_followed_by_the_company_said_are_read_within_the_budget()
    {
        // Every paragraph names a new firm, union and team and refers back to each: the nearest body of a kind is looked
        // for in a fixed reach before each statement, asking a few bodies a word names, not every body the text knows.
        var text = "Firms and their unions\n\n" + string.Concat(Enumerable.Range(0, 1500).Select(n =>
        {
            var firm = char.ToUpperInvariant(HostileShapes.Word(n)[0]) + HostileShapes.Word(n).Substring(1);
            return $"The {firm} Castings Corp. and Local {n % 900 + 1} of the {firm} Workers signed a contract, and the {firm} Comets won. "
                + "The contract gives the men a raise, the company said. The union said it was fair.\n\n";
        }));

        var document = CorpusParser.Parse(text, "firms.txt", out var report);

        report.Complete.ShouldBeTrue($"{report.Work:N0} of {report.Budget:N0} units");
        var last = char.ToUpperInvariant(HostileShapes.Word(1499)[0]) + HostileShapes.Word(1499).Substring(1);
        document.Quotes[document.Quotes.Count - 2].Speaker!.Name.ShouldBe($"{last} Castings Corp.");
        document.Text.ShouldBe(text);
    }

    [TestMethod]
    public void A_text_that_needs_more_than_its_budget_keeps_every_paragraph_and_says_where_attribution_stopped()
    {
        var text = HostileShapes.OverBudget;

        var document = CorpusParser.Parse(text, "storm.txt", out var report);

        report.Complete.ShouldBeFalse();
        report.StoppedAtParagraph.ShouldBe(2);
        report.Work.ShouldBeLessThanOrEqualTo(report.Budget);
        document.Paragraphs.Count.ShouldBe(4);
        document.Paragraphs[2].Text.ShouldBe(HostileShapes.CommaStorm);
        document.Paragraphs[3].Text.ShouldStartWith("Vladimir Putin said");
        document.Quotes.ShouldHaveSingleItem().Speaker!.Name.ShouldBe("Xi Jinping"); // Before the storm: kept.
        document.Text.ShouldBe(text);
    }

    [TestMethod]
    public void The_budget_grows_linearly_with_the_text()
    {
        var shortText = "Talks\n\nXi said that talks went well.\n";
        var longText = "Talks\n\n" + new string('x', 100_000);

        CorpusParser.Parse(shortText, "a.txt", out var shortReport);
        CorpusParser.Parse(longText, "b.txt", out var longReport);

        // Two stages (finding statements, resolving speakers), each allowed a base plus so much per character.
        shortReport.Budget.ShouldBe(2 * (WorkMeter.BaseUnits + (WorkMeter.UnitsPerCharacter * shortText.Length)));
        longReport.Budget.ShouldBe(2 * (WorkMeter.BaseUnits + (WorkMeter.UnitsPerCharacter * longText.Length)));
    }

    [TestMethod]
    public void A_meter_refuses_what_does_not_fit_and_stays_spent()
    {
        var meter = new WorkMeter(limit: 100);

        meter.TrySpend(60).ShouldBeTrue();
        meter.TrySpend(50).ShouldBeFalse();
        meter.Exhausted.ShouldBeTrue();
        meter.TrySpend(1).ShouldBeFalse(); // Spent is spent: a later small charge would make the result depend on order.
        meter.Spent.ShouldBe(60);
    }

    [TestMethod]
    public void Work_is_the_same_on_every_run()
    {
        var text = HostileShapes.Make("ThousandsOfSpeakers", Small);

        CorpusParser.Parse(text, "a.txt", out var first);
        CorpusParser.Parse(text, "a.txt", out var second);

        second.ShouldBe(first);
    }

    /// <summary>The most work per character any seed or newswire article needs.</summary>
    private static readonly Lazy<double> NewsWorkPerCharacter = new(() =>
        Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.TestData, "newswire"), "*.txt"))
            .Select(File.ReadAllText)
            .Max(text => Work(text) / (double)text.Length));

    private static long Work(string text)
    {
        CorpusParser.Parse(text, "shape.txt", out var report);
        return report.Work;
    }

    private static TimeSpan Fastest(string text)
    {
        // Each run starts from a collected heap: otherwise the garbage of the run before (131,000 paragraphs of
        // TinyParagraphs) is collected inside the next one, and the ratio measures the collector, not the parser.
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var start = ThreadTime.Now();
            CorpusParser.Parse(text, "shape.txt");
            var elapsed = ThreadTime.Now() - start;
            fastest = elapsed < fastest ? elapsed : fastest;
        }

        return fastest;
    }
}

/// <summary>
/// The CPU time of the calling thread where the platform gives it (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>),
/// else wall-clock time: the time test compares growth on a machine that runs other builds at the same time, and the time
/// other processes take from this thread is not the parser's.
/// </summary>
internal static class ThreadTime
{
    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    public static TimeSpan Now()
    {
        if (Available && clock_gettime(ThreadCpuClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * 1_000_000_000L + time.Nanoseconds) / 100);
        }

        return Stopwatch.GetElapsedTime(0);
    }

    private static bool Probe()
    {
        try
        {
            return clock_gettime(ThreadCpuClock, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
