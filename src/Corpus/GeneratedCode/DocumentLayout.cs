using System;
using System.ComponentModel;
using System.Text;

namespace Corpus;

/// <summary>
/// Builds a generated document from its layout (<see cref="LayoutFormat"/>): the ranges of its paragraphs, sentences and
/// quotes stored as data, not one builder call per paragraph, which keeps a large corpus quick to compile and a
/// document's first read free of a long method to JIT. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DocumentLayout
{
    /// <summary>Builds a document from text stored as UTF-8 and its layout (the code earlier versions generated).</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout, ASCII (<see cref="LayoutFormat"/>).</param>
    /// <param name="cues">The distinct reporting verbs of the quotes.</param>
    /// <param name="speakers">The distinct speakers of the quotes.</param>
    /// <returns>The document.</returns>
    public static Document Build(
        string id, string fileName, string title, DateTime? published, string text, ReadOnlySpan<byte> layout, string[] cues, Speaker[] speakers) =>
        Build(id, fileName, fileName, title, published, text, layout, cues, speakers);

    /// <summary>Builds a document from text stored as UTF-8 and its layout, with its seed file's path relative to the project.</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="relativePath">The seed file's path relative to the project directory (<see cref="Document.RelativePath"/>).</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout, ASCII (<see cref="LayoutFormat"/>).</param>
    /// <param name="cues">The distinct reporting verbs of the quotes.</param>
    /// <param name="speakers">The distinct speakers of the quotes.</param>
    /// <returns>The document.</returns>
    public static Document Build(
        string id, string fileName, string relativePath, string title, DateTime? published, string text, ReadOnlySpan<byte> layout, string[] cues, Speaker[] speakers)
    {
        if (cues is null)
        {
            throw new ArgumentNullException(nameof(cues));
        }

        if (speakers is null)
        {
            throw new ArgumentNullException(nameof(speakers));
        }

        var builder = new DocumentBuilder(id, fileName, relativePath, title, published, text);
        var reader = new LayoutFormat.Reader(layout);
        var paragraphs = reader.Next();
        for (var p = 0; p < paragraphs; p++)
        {
            var role = (ParagraphRole)reader.Next();
            var start = reader.Next();
            var length = reader.Next();
            var sentences = new int[2 * reader.Next()];
            for (var s = 0; s < sentences.Length; s++)
            {
                sentences[s] = reader.Next();
            }

            builder.Paragraph(role, start, length, sentences);
        }

        var quotes = reader.Next();
        for (var q = 0; q < quotes; q++)
        {
            var kind = (QuoteKind)reader.Next();
            var speaker = reader.Next();
            var cue = reader.Next();
            builder.Quote(kind, speaker == 0 ? null : speakers[speaker - 1], cues[cue], reader.Next(), reader.Next(), reader.Next());
        }

        reader.End();
        return builder.Build();
    }

    /// <summary>Builds a document from a layout stored as a string (the code earlier versions generated for consumers without UTF-8 literals).</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout (<see cref="LayoutFormat"/>).</param>
    /// <param name="cues">The distinct reporting verbs of the quotes.</param>
    /// <param name="speakers">The distinct speakers of the quotes.</param>
    /// <returns>The document.</returns>
    public static Document Build(
        string id, string fileName, string title, DateTime? published, string text, string layout, string[] cues, Speaker[] speakers) =>
        Build(id, fileName, fileName, title, published, text, layout, cues, speakers);

    /// <summary>Builds a document from a layout stored as a string, with its seed file's path relative to the project.</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="relativePath">The seed file's path relative to the project directory (<see cref="Document.RelativePath"/>).</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout (<see cref="LayoutFormat"/>).</param>
    /// <param name="cues">The distinct reporting verbs of the quotes.</param>
    /// <param name="speakers">The distinct speakers of the quotes.</param>
    /// <returns>The document.</returns>
    public static Document Build(
        string id, string fileName, string relativePath, string title, DateTime? published, string text, string layout, string[] cues, Speaker[] speakers) =>
        Build(id, fileName, relativePath, title, published, text, Encoding.ASCII.GetBytes(layout ?? throw new ArgumentNullException(nameof(layout))), cues, speakers);
}
