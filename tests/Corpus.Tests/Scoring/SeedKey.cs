using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Tests.Scoring;

/// <summary>
/// An answer key of articles read by a person — title, date, the role of every block and every attributed
/// statement — written from the articles, never from the parser's output: tests/data/seeds-key.json for the five
/// seeds, tests/data/devset-key.json for the hand-written development set.
/// </summary>
internal sealed record SeedKey(IReadOnlyList<SeedKey.DocumentKey> Documents)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The key of the seeds, whose texts are in <see cref="SeedFiles.Directory"/>.</summary>
    public static SeedKey Load() => Load(Path.Combine(RepositoryPaths.TestData, "seeds-key.json"));

    /// <summary>The key of the hand-written development set, whose texts are in <see cref="DevSetDirectory"/>.</summary>
    public static SeedKey LoadDevSet() => Load(Path.Combine(RepositoryPaths.TestData, "devset-key.json"));

    /// <summary>tests/data/devset: ten made-up articles in the styles of news sites, wires and press releases.</summary>
    public static string DevSetDirectory { get; } = Path.Combine(RepositoryPaths.TestData, "devset");

    /// <summary>The key of the second hand-written set, whose texts are in <see cref="NewsroomSetDirectory"/>.</summary>
    public static SeedKey LoadNewsroomSet() => Load(Path.Combine(RepositoryPaths.TestData, "devset2-key.json"));

    /// <summary>tests/data/devset2: twelve made-up articles in the style of early-1960s American newspaper reportage.</summary>
    public static string NewsroomSetDirectory { get; } = Path.Combine(RepositoryPaths.TestData, "devset2");

    /// <summary>The key of a hand-written set in tests/data (<c>devset3</c>, <c>devset4</c>: <c>NAME-key.json</c> for the texts in <c>NAME/</c>).</summary>
    public static SeedKey LoadSet(string name) => Load(Path.Combine(RepositoryPaths.TestData, name + "-key.json"));

    /// <summary>The folder of the texts of a hand-written set in tests/data.</summary>
    public static string SetDirectory(string name) => Path.Combine(RepositoryPaths.TestData, name);

    /// <summary>Any key file of this shape.</summary>
    public static SeedKey Load(string path) =>
        JsonSerializer.Deserialize<SeedKey>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException(Path.GetFileName(path) + " is empty");

    // Published: "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", or null when the page prints no date.
    internal sealed record DocumentKey(string FileName, string Title, string? Published, IReadOnlyList<BlockKey> Blocks, IReadOnlyList<StatementKey> Statements, string Notes)
    {
        public DateTime? PublishedTime => Published is null
            ? null
            : DateTime.ParseExact(Published, new[] { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm" }, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    // Start: The block's first characters, enough to recognise it.
    internal sealed record BlockKey(string Start, ParagraphRole Role);

    // Snippet: Words of the statement's content, as printed; the parser's quote must contain them.
    internal sealed record StatementKey(string Speaker, string Cue, QuoteKind Kind, string Snippet);
}
