using System;
using System.IO;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Fakes.Tests;

/// <summary>The repository's seed articles, parsed at run time: the corpus the fakes learn from and the documents variants start from.</summary>
internal static class SeedCorpus
{
    public static string Folder => RepositoryPaths.Seeds;

    private static readonly Lazy<Document[]> Parsed = new(() => Directory.GetFiles(Folder, "*.txt")
        .OrderBy(f => f, StringComparer.Ordinal)
        .Select(f => CorpusParser.Parse(File.ReadAllText(f), Path.GetFileName(f)))
        .ToArray());

    public static Document[] All => Parsed.Value;

    public static Document Talks => All.Single(d => d.FileName.StartsWith("004", StringComparison.Ordinal));
}
