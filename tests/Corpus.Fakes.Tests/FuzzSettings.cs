using System;
using System.Globalization;

namespace Corpus.Fakes.Tests;

/// <summary>
/// How much the fuzz tests run. The default keeps <c>dotnet test</c> quick; set <c>CORPUS_FUZZ_COUNT</c> (variants per
/// seed document and synthetic articles, each) and <c>CORPUS_FUZZ_SEED</c> for a longer or different run.
/// </summary>
internal static class FuzzSettings
{
    public static int Count { get; } = Read("CORPUS_FUZZ_COUNT", 200);

    public static int Seed { get; } = Read("CORPUS_FUZZ_SEED", 42);

    /// <summary>Synthetic seed files compiled by the end-to-end fuzz (one compilation per batch of ten).</summary>
    public static int EndToEndCount { get; } = Math.Max(10, Math.Min(Count / 10, 500));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
