using System;
using System.IO;

namespace Corpus.Seeds.Tests;

/// <summary>The repository's seeds/ folder, for the tests that compare generated documents with a run-time parse.</summary>
internal static class SeedFiles
{
    public static string Directory { get; } = Find();

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (System.IO.Directory.Exists(seeds) && System.IO.Directory.Exists(Path.Combine(dir.FullName, "generators")))
            {
                return seeds;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
