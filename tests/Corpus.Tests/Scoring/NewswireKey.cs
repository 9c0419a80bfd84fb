using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Tests.Scoring;

/// <summary>
/// A converted Brown corpus category with its quotes-key.json: every double-quoted span, each judged by a person as
/// speech (a quotation of someone) or not (a title, a name, a scare quote). tests/data/newswire holds category A
/// (press reportage), tests/data/lore category F (popular lore), tests/data/essays category G (belles-lettres) and
/// tests/data/expository categories E and H (skills and hobbies; government documents and reports), tests/data/academic
/// categories D and J (religion; learned), tests/data/fiction category K (general fiction); see each folder's README.
/// </summary>
internal sealed record NewswireKey(IReadOnlyList<NewswireKey.ArticleKey> Articles)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The folder of the articles and the key.</summary>
    public string Directory { get; private init; } = "";

    /// <summary>The name of the set: "newswire" or "lore".</summary>
    public string Set { get; private init; } = "";

    /// <summary>
    /// The highest article number of the development half (newswire ca01–ca22, lore cf01–cf24, essays cg01–cg40,
    /// expository none): rules may be written
    /// from its mistakes. The articles above it are held out, and only their totals are ever printed.
    /// </summary>
    public int LastDevelopment { get; private init; }

    public static NewswireKey Load(string set = "newswire")
    {
        var directory = Path.Combine(RepositoryPaths.TestData, set);
        var key = JsonSerializer.Deserialize<NewswireKey>(File.ReadAllText(Path.Combine(directory, "quotes-key.json")), Options)
            ?? throw new InvalidDataException("quotes-key.json is empty");
        var lastDevelopment = set switch
        {
            "newswire" => 22,
            "lore" => 24,
            "essays" => 40, // cg41–cg75 are held out
            "academic" => 99, // D and J: all development
            "fiction" => 99, // K: all development
            _ => 0, // expository (E and H): all held out
        };
        return key with { Directory = directory, Set = set, LastDevelopment = lastDevelopment };
    }

    /// <summary>Whether <paramref name="file"/> ("ca07.txt", "cf31.txt") is in the development half.</summary>
    public bool IsDevelopment(string file) =>
        int.Parse(file.Substring(2, 2), System.Globalization.CultureInfo.InvariantCulture) <= LastDevelopment;

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
