using System.Diagnostics;
using System.IO;
using System.Linq;
using System;
using Corpus.Generators.Tests.Infrastructure;
using Corpus.Naming;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests;

/// <summary>
/// What switching member sets off saves on the large corpus (docs/performance.md, "Member sets"): generator time, generated
/// source, and the compiler's emit of the result. A measurement, not a test: it asserts no time, and runs only with
/// <c>CORPUS_MEASURE=1</c> (about four minutes): <c>CORPUS_MEASURE=1 dotnet test tests/Corpus.Generators.Tests --filter MeasureMemberSets</c>.
/// </summary>
[TestClass]
public sealed class MeasureMemberSets
{
    [TestMethod]
    public void Generator_time_source_size_and_emit_time_by_member_set()
    {
        if (Environment.GetEnvironmentVariable("CORPUS_MEASURE") != "1")
        {
            Assert.Inconclusive("A measurement: set CORPUS_MEASURE=1 to run it.");
        }

        var log = new System.Text.StringBuilder();
        foreach (var value in new[] { "All", "Documents", "Quotes", "All", "Documents" })
        {
            var project = new SeedProject().WithProperty("CorpusMembers", value).AddSeeds(SyntheticCorpora.Large);
            var compilation = project.CreateCompilation();
            _ = project.AdditionalTexts;
            double bestWall = double.MaxValue, bestCpu = double.MaxValue;
            Compilation output = null!;
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var t0 = Stopwatch.GetTimestamp();
                project.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation.Clone(), out output, out _);
                bestWall = Math.Min(bestWall, Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                bestCpu = Math.Min(bestCpu, (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
            }

            var generated = output.SyntaxTrees.Skip(1).Select(t => t.GetText().ToString()).ToList();
            long chars = generated.Sum(s => (long)s.Length);
            long bytes = generated.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));
            long lines = generated.Sum(s => (long)s.Count(c => c == '\n'));
            int members = generated.Sum(s => s.Split('\n').Count(l => l.TrimStart().StartsWith("public static global::Corpus.Paragraph ", StringComparison.Ordinal) || l.TrimStart().StartsWith("public static global::Corpus.Quote ", StringComparison.Ordinal) || l.TrimStart().StartsWith("public static global::Corpus.Speaker ", StringComparison.Ordinal)));

            GC.Collect();
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            var e0 = Stopwatch.GetTimestamp();
            var result = output.Emit(Stream.Null);
            var emitWall = Stopwatch.GetElapsedTime(e0).TotalMilliseconds;
            var emitCpu = (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMilliseconds;
            var line = $"{value}\tgenerator best of 3: wall {bestWall:F0} ms, cpu {bestCpu:F0} ms\tgenerated {generated.Count} files, {chars:N0} chars, {bytes:N0} bytes UTF-8, {lines:N0} lines, {members:N0} named members\temit+diagnostics (one run): wall {emitWall:F0} ms, cpu {emitCpu:F0} ms, success {result.Success}, load {File.ReadAllText("/proc/loadavg").Trim()}";
            log.AppendLine(line);
        }

        Console.WriteLine(log); // shown by dotnet test --logger "console;verbosity=detailed"
    }
}
