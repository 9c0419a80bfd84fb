using System;
using System.Linq;
using BenchmarkDotNet.Running;
using Corpus.Benchmarks.Configuration;
using Corpus.Benchmarks.Reporting;

namespace Corpus.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*'</c>, with
/// <c>--quick</c> for a smoke run; any other BenchmarkDotNet option works too. Ends with the goals, met or missed.
/// <c>--member-costs [part of a variant's name]</c> runs <see cref="Measurements.MemberCosts"/> instead.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's arguments, plus <c>--quick</c>; or <c>--member-costs</c> alone.</param>
    public static void Main(string[] args)
    {
        if (args.Contains(Measurements.MemberCosts.Switch, StringComparer.Ordinal))
        {
            Measurements.MemberCosts.Run(Console.Out, args.SkipWhile(a => a != Measurements.MemberCosts.Switch).Skip(1).FirstOrDefault());
            return;
        }

        SuiteOptions.Quick = args.Contains(SuiteOptions.QuickSwitch, StringComparer.Ordinal);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(args.Where(a => a != SuiteOptions.QuickSwitch).ToArray());
        GoalReport.Write(summaries, Console.Out);
    }
}
