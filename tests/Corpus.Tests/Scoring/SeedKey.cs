using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Tests.Scoring;

/// <summary>
/// tests/data/seeds-key.json: the five seeds read by a person — title, date, the role of every block and every
/// attributed statement. Written from the articles, never from the parser's output.
/// </summary>
internal sealed record SeedKey(IReadOnlyList<SeedKey.DocumentKey> Documents)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SeedKey Load() =>
        JsonSerializer.Deserialize<SeedKey>(File.ReadAllText(Path.Combine(RepositoryPaths.TestData, "seeds-key.json")), Options)
        ?? throw new InvalidDataException("seeds-key.json is empty");

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
