using System.Collections;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>Checks on tracked incremental steps: what re-ran, and that no step keeps Roslyn objects alive.</summary>
internal static class StepAssertions
{
    public static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult result, string step) =>
        result.Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray()
            : [];

    /// <summary>The step names of <see cref="TrackingNames"/>: the generator's own steps, not Roslyn's input nodes.</summary>
    public static readonly string[] OwnSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static void ShouldAllBeCachedOrUnchanged(GeneratorDriverRunResult result)
    {
        foreach (var (name, runs) in result.Results.Single().TrackedSteps.Where(s => OwnSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                output.Reason.ShouldBeOneOf(
                    new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged },
                    $"step {name} re-ran ({output.Reason})");
            }
        }
    }

    /// <summary>No step output holds a Compilation, ISymbol or SyntaxNode (checked with 'is', through tuples and records).</summary>
    public static void ShouldHoldNoRoslynObjects(GeneratorDriverRunResult result)
    {
        foreach (var (name, runs) in result.Results.Single().TrackedSteps.Where(s => OwnSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                Visit(output.Value, name, depth: 0);
            }
        }
    }

    private static void Visit(object? value, string step, int depth)
    {
        if (value is null || depth > 4 || value is string)
        {
            return;
        }

        (value is Compilation or ISymbol or SyntaxNode).ShouldBeFalse($"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            foreach (var item in items.Cast<object?>().Take(3))
            {
                Visit(item, step, depth + 1);
            }

            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Visit(field.GetValue(value), step, depth + 1);
        }
    }
}
