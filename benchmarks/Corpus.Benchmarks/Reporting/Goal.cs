namespace Corpus.Benchmarks.Reporting;

/// <summary>One goal of an issue (5, 12, 16) and what the run measured for it.</summary>
/// <param name="Name">What is measured.</param>
/// <param name="Target">The goal, in words.</param>
/// <param name="Measured">The number, in words; "not run" when its benchmark was filtered out.</param>
/// <param name="Met">Whether the goal was met; <see langword="null"/> when not run.</param>
public sealed record Goal(string Name, string Target, string Measured, bool? Met)
{
    /// <summary>The goal as a row of a Markdown table.</summary>
    /// <returns>The row.</returns>
    public string ToMarkdownRow() => $"| {Name} | {Target} | {Measured} | {(Met is null ? "not run" : Met.Value ? "met" : "missed")} |";
}
