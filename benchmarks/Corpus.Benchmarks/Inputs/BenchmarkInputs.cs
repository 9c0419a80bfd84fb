using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Corpus.Fakes;
using Corpus.Parsing;

namespace Corpus.Benchmarks.Inputs;

/// <summary>
/// The inputs every benchmark reads: the repository's seeds and the synthetic corpora (large, archive, speeches), each
/// written once to a folder of <see cref="WorkFolder"/> and read from there by every benchmark process (making one takes seconds).
/// </summary>
public static class BenchmarkInputs
{
    /// <summary>The seed of the large corpus: the same as the generator tests' large corpus.</summary>
    public const int LargeCorpusSeed = 5;

    /// <summary>The repository, stamped into the assembly at build time (benchmark processes run from elsewhere).</summary>
    public static string RepositoryRoot { get; } =
        typeof(BenchmarkInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusRoot").Value!;

    /// <summary>Where the benchmarks keep what they make: the large corpus and the consumer projects.</summary>
    public static string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "corpus-benchmarks");

    /// <summary>The large corpus's folder: one <c>.txt</c> per document.</summary>
    public static string LargeCorpusFolder { get; } = Path.Combine(
        WorkFolder, $"large-corpus-{LargeCorpusSeed}-{LargeCorpus.DefaultDocuments}-{LargeCorpus.DefaultTotalBytes}");

    /// <summary>The archive's folder: one <c>.txt</c> per article.</summary>
    public static string ArchiveFolder { get; } = Path.Combine(WorkFolder, $"archive-{LargeCorpusSeed}-{LargeCorpus.ArchiveDocuments}");

    /// <summary>The speeches' folder: one <c>.txt</c> per address (<see cref="SpeechCorpus"/>).</summary>
    public static string SpeechesFolder { get; } = Path.Combine(WorkFolder, $"speeches-{LargeCorpusSeed}-{SpeechCorpus.Documents}-{SpeechCorpus.TotalBytes}");

    /// <summary>The addresses' folder: one <c>.txt</c> per address (<see cref="SpeechCorpus.WriteAddressesTo"/>).</summary>
    public static string AddressesFolder { get; } = Path.Combine(WorkFolder, $"addresses-{LargeCorpusSeed}-{SpeechCorpus.Documents}-{SpeechCorpus.AddressBodyParagraphs}");

    private static readonly Lazy<IReadOnlyList<SeedText>> SeedTexts = new(() => Read(Path.Combine(RepositoryRoot, "seeds")));

    private static readonly Lazy<IReadOnlyList<SeedText>> LargeTexts = new(() => Read(EnsureCorpus(LargeCorpusFolder, () => new LargeCorpus(LargeCorpusSeed, ParsedSeeds()))));

    private static readonly Lazy<IReadOnlyList<SeedText>> ArchiveTexts = new(() => Read(EnsureCorpus(ArchiveFolder, () => LargeCorpus.Archive(LargeCorpusSeed, ParsedSeeds()))));

    private static readonly Lazy<IReadOnlyList<SeedText>> SpeechTexts = new(() => Read(EnsureCorpus(SpeechesFolder, folder => SpeechCorpus.WriteTo(folder, LargeCorpusSeed, ParsedSeeds()))));

    private static readonly Lazy<IReadOnlyList<SeedText>> AddressTexts = new(() => Read(EnsureCorpus(AddressesFolder, folder => SpeechCorpus.WriteAddressesTo(folder, LargeCorpusSeed, ParsedSeeds()))));

    /// <summary>The texts of a corpus, in file-name order.</summary>
    /// <param name="kind">Which corpus.</param>
    /// <returns>The texts.</returns>
    public static IReadOnlyList<SeedText> Load(CorpusKind kind) => kind switch
    {
        CorpusKind.Seeds => SeedTexts.Value,
        CorpusKind.Archive => ArchiveTexts.Value,
        CorpusKind.Speeches => SpeechTexts.Value,
        CorpusKind.Addresses => AddressTexts.Value,
        _ => LargeTexts.Value,
    };

    /// <summary>The total UTF-8 size of a corpus.</summary>
    /// <param name="kind">Which corpus.</param>
    /// <returns>Bytes.</returns>
    public static long Bytes(CorpusKind kind) => Load(kind).Sum(t => (long)t.Utf8Bytes);

    /// <summary>The repository's seeds, parsed: what the large corpus learns from.</summary>
    /// <returns>The documents.</returns>
    public static IReadOnlyList<Document> ParsedSeeds() =>
        Load(CorpusKind.Seeds).Select(t => CorpusParser.Parse(t.Text, t.FileName)).ToArray();

    /// <summary>Writes a synthetic corpus unless a complete one is there; a half-written one is never used.</summary>
    private static string EnsureCorpus(string folder, Func<LargeCorpus> make) => EnsureCorpus(folder, scratch => make().WriteTo(scratch));

    /// <summary>Writes a corpus with <paramref name="write"/> unless a complete one is there; a half-written one is never used.</summary>
    private static string EnsureCorpus(string folder, Action<string> write)
    {
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var scratch = folder + ".partial-" + Guid.NewGuid().ToString("N");
        write(scratch);
        try
        {
            Directory.Move(scratch, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            Directory.Delete(scratch, recursive: true); // another process finished first: its files are the same
        }

        return folder;
    }

    private static IReadOnlyList<SeedText> Read(string folder) =>
        Directory.GetFiles(folder, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new SeedText(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8)))
            .ToArray();
}
