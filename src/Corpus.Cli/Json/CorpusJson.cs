using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Cli.Json;

/// <summary>Writes documents as JSON: camelCase names, enums as strings, indented, the same bytes on every machine.</summary>
internal static class CorpusJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",

        // Articles are full of typographic quotes and non-Latin names; keep them readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    // JSON Lines: one document per line, so nothing may be indented.
    private static readonly JsonSerializerOptions LineOptions = new(Options) { WriteIndented = false };

    /// <summary>Serializes <paramref name="documents"/> as one JSON array.</summary>
    /// <param name="documents">The documents, in output order.</param>
    /// <returns>The JSON text, without a trailing line break.</returns>
    public static string Serialize(IEnumerable<Document> documents) =>
        JsonSerializer.Serialize(documents.Select(ToJson).ToArray(), Options);

    /// <summary>Serializes <paramref name="documents"/> as JSON Lines: one document per line, each as in <see cref="Serialize(IEnumerable{Document})"/>.</summary>
    /// <param name="documents">The documents, in output order.</param>
    /// <returns>The lines, each ending in a line feed; empty for no documents.</returns>
    public static string SerializeLines(IEnumerable<Document> documents) =>
        string.Concat(documents.Select(d => JsonSerializer.Serialize(ToJson(d), LineOptions) + "\n"));

    /// <summary>Serializes another shape (not documents) with the export's conventions (camelCase, enums as strings, indented).</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text, without a trailing line break.</returns>
    public static string SerializeValue<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The JSON shape of one document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its export record.</returns>
    public static DocumentJson ToJson(Document document) => new(
        document.Id,
        document.FileName,
        document.Title,
        document.Published,
        document.Text,
        document.Paragraphs.Select(p => new ParagraphJson(
            p.Index,
            p.Role,
            p.Text,
            p.Start,
            p.Length,
            p.Sentences.Select(s => new SentenceJson(s.Text, s.Start, s.Length)).ToArray())).ToArray(),
        document.Quotes.Select(q => new QuoteJson(
            q.Text,
            q.Kind,
            q.Speaker is null ? null : new SpeakerRefJson(q.Speaker.Id, q.Speaker.Name),
            q.Cue,
            q.ParagraphIndex,
            q.Start,
            q.Length)).ToArray(),
        document.Speakers.Select(s => new SpeakerJson(s.Id, s.Name, s.Kind, s.Aliases)).ToArray());
}
