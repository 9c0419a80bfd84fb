using System;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators;

/// <summary>Combining providers into one named value, so the wiring reads without <c>input.Left.Left</c>.</summary>
internal static class IncrementalProviders
{
    public static IncrementalValueProvider<TResult> Combine<T1, T2, T3, TResult>(
        this IncrementalValueProvider<T1> first, IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> select) =>
        first.Combine(second).Combine(third).Select((input, _) => select(input.Left.Left, input.Left.Right, input.Right));

    public static IncrementalValuesProvider<TResult> Combine<T1, T2, T3, TResult>(
        this IncrementalValuesProvider<T1> first, IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, Func<T1, T2, T3, TResult> select) =>
        first.Combine(second).Combine(third).Select((input, _) => select(input.Left.Left, input.Left.Right, input.Right));

    public static IncrementalValueProvider<TResult> Combine<T1, T2, T3, T4, TResult>(
        this IncrementalValueProvider<T1> first, IncrementalValueProvider<T2> second, IncrementalValueProvider<T3> third, IncrementalValueProvider<T4> fourth,
        Func<T1, T2, T3, T4, TResult> select) =>
        first.Combine(second).Combine(third).Combine(fourth).Select((input, _) => select(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));

    /// <summary>The diagnostics of every item, in order, as one value.</summary>
    public static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> Flatten(this IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> each) =>
        each.Collect().Select(static (all, _) => all.SelectMany(d => d).ToEquatableArray());

    /// <summary>These diagnostics, then those of <paramref name="next"/>.</summary>
    public static IncrementalValueProvider<EquatableArray<DiagnosticInfo>> Then(
        this IncrementalValueProvider<EquatableArray<DiagnosticInfo>> first, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> next) =>
        first.Combine(next).Select(static (pair, _) => pair.Left.Concat(pair.Right).ToEquatableArray());

    /// <summary>Whether any item arrived.</summary>
    public static IncrementalValueProvider<bool> Any<T>(this IncrementalValuesProvider<T> items) =>
        items.Collect().Select(static (all, _) => !all.IsDefaultOrEmpty);

    /// <summary>The items as a value-equal array.</summary>
    public static IncrementalValueProvider<EquatableArray<T>> CollectEquatable<T>(this IncrementalValuesProvider<T> items)
        where T : IEquatable<T> =>
        items.Collect().Select(static (all, _) => new EquatableArray<T>(all.IsDefault ? ImmutableArray<T>.Empty : all));
}
