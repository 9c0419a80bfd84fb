using System.IO;

namespace Corpus.Seeds.Tests;

/// <summary>The repository's seeds/ folder, for the tests that compare generated documents with a run-time parse.</summary>
internal static class SeedFiles
{
    public static string Directory => RepositoryPaths.Seeds;

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

}
