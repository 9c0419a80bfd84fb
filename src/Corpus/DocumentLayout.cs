using System;
using System.ComponentModel;
using System.Text;

namespace Corpus;

/// <summary>
/// Builds a generated document from its layout: the ranges of its paragraphs, sentences and quotes as ASCII numbers,
/// which generated code stores as one UTF-8 literal instead of one builder call per paragraph. Data, not code, keeps
/// a large corpus quick to compile and a document's first read free of a long method to JIT.
/// </summary>
/// <remarks>
/// The layout is unsigned decimal numbers separated by single spaces (line breaks are separators too):
/// the paragraph count, then per paragraph its role, start, length, sentence count and each sentence's start and
/// length; then the quote count, then per quote its kind, speaker (index into <c>speakers</c>, plus one; 0 for none),
/// cue (index into <c>cues</c>), paragraph index, start and length. Roles and kinds are the enums' numeric values:
/// the generator and this library ship in one package, so both sides always agree on them.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DocumentLayout
{
    /// <summary>Builds a document from text stored as UTF-8 and its layout.</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout, ASCII (see remarks on <see cref="DocumentLayout"/>).</param>
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
    /// <param name="layout">The layout, ASCII (see remarks on <see cref="DocumentLayout"/>).</param>
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
        var reader = new Reader(layout);
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

    /// <summary>Builds a document from a layout stored as a string (consumers without UTF-8 literals).</summary>
    /// <param name="id">The generated identifier.</param>
    /// <param name="fileName">The seed file's name.</param>
    /// <param name="title">The headline.</param>
    /// <param name="published">Publication time, or <see langword="null"/>.</param>
    /// <param name="text">The whole original text.</param>
    /// <param name="layout">The layout (see remarks on <see cref="DocumentLayout"/>).</param>
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
    /// <param name="layout">The layout (see remarks on <see cref="DocumentLayout"/>).</param>
    /// <param name="cues">The distinct reporting verbs of the quotes.</param>
    /// <param name="speakers">The distinct speakers of the quotes.</param>
    /// <returns>The document.</returns>
    public static Document Build(
        string id, string fileName, string relativePath, string title, DateTime? published, string text, string layout, string[] cues, Speaker[] speakers) =>
        Build(id, fileName, relativePath, title, published, text, Encoding.ASCII.GetBytes(layout ?? throw new ArgumentNullException(nameof(layout))), cues, speakers);

    /// <summary>Reads the layout's numbers in order; a layout that does not parse is a generator bug, so it throws.</summary>
    private ref struct Reader
    {
        private readonly ReadOnlySpan<byte> _layout;
        private int _at;

        public Reader(ReadOnlySpan<byte> layout)
        {
            _layout = layout;
            _at = 0;
        }

        public int Next()
        {
            while (_at < _layout.Length && (_layout[_at] == (byte)' ' || _layout[_at] == (byte)'\n'))
            {
                _at++;
            }

            var first = _at;
            var value = 0L;
            while (_at < _layout.Length && _layout[_at] >= (byte)'0' && _layout[_at] <= (byte)'9')
            {
                value = (value * 10) + (_layout[_at++] - (byte)'0');
                if (value > int.MaxValue)
                {
                    throw Malformed();
                }
            }

            return _at > first ? (int)value : throw Malformed();
        }

        public void End()
        {
            while (_at < _layout.Length && (_layout[_at] == (byte)' ' || _layout[_at] == (byte)'\n'))
            {
                _at++;
            }

            if (_at != _layout.Length)
            {
                throw Malformed();
            }
        }

        private readonly FormatException Malformed() => new($"The document layout is malformed at byte {_at}.");
    }
}
