using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Fakes;
using Corpus.Parsing;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// Synthetic corpora made by <see cref="LargeCorpus"/> from the repository's seeds, each made once per test run:
/// the same files the benchmarks read, so a number measured there and a behaviour pinned here are about one input.
/// </summary>
internal static class SyntheticCorpora
{
    private static readonly Lazy<Document[]> SeedDocuments = new(() => Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(path => CorpusParser.Parse(File.ReadAllText(path), Path.GetFileName(path)))
        .ToArray());

    private static readonly Lazy<IReadOnlyList<SyntheticDocument>> LargeDocuments = new(() => new LargeCorpus(seed: 5, SeedDocuments.Value).Generate().ToArray());

    private static readonly Lazy<IReadOnlyList<SyntheticDocument>> ManySmallDocuments = new(() =>
        new LargeCorpus(seed: 7, SeedDocuments.Value, documents: 250, totalBytes: 250 * 2_000).Generate().ToArray());

    /// <summary>250 documents of about 80 KB, at least 20 MiB in all: the scale that string literals could not hold.</summary>
    public static IReadOnlyList<SyntheticDocument> Large => LargeDocuments.Value;

    /// <summary>250 documents of about 2 KB (the size of a default synthetic article): cheap to generate again and again.</summary>
    public static IReadOnlyList<SyntheticDocument> ManySmall => ManySmallDocuments.Value;

    /// <summary>Adds every document as a seed of the <c>Seeds</c> corpus.</summary>
    public static SeedProject AddSeeds(this SeedProject project, IEnumerable<SyntheticDocument> documents)
    {
        foreach (var document in documents)
        {
            project.AddSeed(document.FileName, document.Text);
        }

        return project;
    }
}
