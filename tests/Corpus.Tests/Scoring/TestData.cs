using System.IO;

namespace Corpus.Tests.Scoring;

/// <summary>The repository's tests/data folder: answer keys and the independent newswire articles.</summary>
internal static class TestData
{
    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(SeedFiles.Directory)!, "tests", "data");
}
