using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Corpus.Fakes;

/// <summary>
/// Writes a synthetic or mutated document as a seed file the generator reads (<c>name.txt</c>, UTF-8 without a BOM
/// unless the text itself starts with one) and its answer key next to it (<c>name.key.json</c>). Output is byte for
/// byte the same on every machine: no platform line endings, invariant formatting, fixed member order.
/// </summary>
public static class SeedFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="document"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder; created if missing.</param>
    /// <param name="document">The synthetic article.</param>
    /// <returns>The path of the text file.</returns>
    public static string Write(string directory, SyntheticDocument document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return Write(directory, document.FileName, document.Text, document.Key, document.Reproduce);
    }

    /// <summary>Writes <paramref name="variant"/> into <paramref name="directory"/>, named after its document and index.</summary>
    /// <param name="directory">The folder; created if missing.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>The path of the text file.</returns>
    public static string Write(string directory, Variant variant)
    {
        if (variant is null)
        {
            throw new ArgumentNullException(nameof(variant));
        }

        var name = string.Format(CultureInfo.InvariantCulture, "{0}.v{1:D4}.txt", Path.GetFileNameWithoutExtension(variant.FileName), variant.Index);
        return Write(directory, name, variant.Text, variant.Key, variant.Reproduce);
    }

    /// <summary>Writes a text and its key.</summary>
    /// <param name="directory">The folder; created if missing.</param>
    /// <param name="fileName">The text file's name (<c>.txt</c>).</param>
    /// <param name="text">The text.</param>
    /// <param name="key">Its answer key.</param>
    /// <param name="reproduce">How to get it again, recorded in the key file.</param>
    /// <returns>The path of the text file.</returns>
    public static string Write(string directory, string fileName, string text, AnswerKey key, string reproduce)
    {
        if (directory is null || fileName is null || text is null || key is null)
        {
            throw new ArgumentNullException(directory is null ? nameof(directory) : fileName is null ? nameof(fileName) : text is null ? nameof(text) : nameof(key));
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        File.WriteAllBytes(path, Utf8.GetBytes(text));
        File.WriteAllBytes(Path.ChangeExtension(path, ".key.json"), Utf8.GetBytes(KeyJson(fileName, key, reproduce)));
        return path;
    }

    /// <summary>The answer key as JSON, one member per line, "\n" line ends: the content of a <c>.key.json</c> file.</summary>
    /// <param name="fileName">The text file it belongs to.</param>
    /// <param name="key">The key.</param>
    /// <param name="reproduce">How to get the text again.</param>
    /// <returns>The JSON.</returns>
    public static string KeyJson(string fileName, AnswerKey key, string reproduce)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        var json = new StringBuilder();
        json.Append("{\n");
        json.Append("  \"file\": ").Append(S(fileName)).Append(",\n");
        json.Append("  \"reproduce\": ").Append(S(reproduce)).Append(",\n");
        json.Append("  \"title\": ").Append(S(key.Title)).Append(",\n");
        json.Append("  \"published\": ").Append(key.Published is { } p ? S(p.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)) : "null").Append(",\n");
        Array(json, "paragraphs", key.Paragraphs, p => $"{{ \"role\": {S(p.Role.ToString())}, \"text\": {S(p.Text)} }}");
        json.Append(",\n");
        Array(json, "quotes", key.Quotes, q =>
            $"{{ \"paragraph\": {q.ParagraphIndex.ToString(CultureInfo.InvariantCulture)}, \"kind\": {S(q.Kind.ToString())}, \"speaker\": {(q.Speaker is null ? "null" : S(q.Speaker))}, \"cue\": {S(q.Cue)}, \"text\": {S(q.Text)} }}");
        json.Append(",\n");
        Array(json, "speakers", key.Speakers, s => $"{{ \"name\": {S(s.Name)}, \"kind\": {S(s.Kind.ToString())} }}");
        json.Append("\n}\n");
        return json.ToString();
    }

    private static void Array<T>(StringBuilder json, string name, IReadOnlyList<T> items, Func<T, string> item)
    {
        json.Append("  ").Append(S(name)).Append(": [");
        for (var i = 0; i < items.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append("    ").Append(item(items[i]));
        }

        json.Append(items.Count == 0 ? "]" : "\n  ]");
    }

    private static string S(string value) => JsonSerializer.Serialize(value);
}
