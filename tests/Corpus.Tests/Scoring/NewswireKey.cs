using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Tests.Scoring;

/// <summary>
/// tests/data/newswire/quotes-key.json: every double-quoted span of the Brown corpus press articles, each judged
/// by a person as speech (a quotation of someone) or not (a title, a name, a scare quote). See the folder's README.
/// </summary>
internal sealed record NewswireKey(IReadOnlyList<NewswireKey.ArticleKey> Articles)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Directory { get; } = Path.Combine(RepositoryPaths.TestData, "newswire");

    public static NewswireKey Load() =>
        JsonSerializer.Deserialize<NewswireKey>(File.ReadAllText(Path.Combine(Directory, "quotes-key.json")), Options)
        ?? throw new InvalidDataException("quotes-key.json is empty");

    internal sealed record ArticleKey(string File, int Paragraphs, IReadOnlyList<SpanKey> Quotes);

    // Paragraph: 0-based index of the blank-line separated paragraph the span opens in; Start/End: offsets of the
    // text between the marks within that paragraph (a span open at the paragraph end runs to it).
    internal sealed record SpanKey(
        string Text,
        int Paragraph,
        int Start,
        int End,
        [property: JsonPropertyName("continues_in_next_paragraph")] bool ContinuesInNextParagraph,
        bool Speech,
        string? Speaker);
}
