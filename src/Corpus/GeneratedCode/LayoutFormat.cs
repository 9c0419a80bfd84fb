using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus;

/// <summary>
/// The one definition of a document's layout: the ranges of its paragraphs, sentences and quotes as ASCII numbers, which
/// generated code stores as one UTF-8 literal instead of one builder call per paragraph. The generator writes it
/// (<see cref="Writer"/>, compiled into the generator as linked source); <c>DocumentLayout</c> reads it at run time
/// (<c>Reader</c>, runtime only).
/// </summary>
/// <remarks>
/// Unsigned decimal numbers separated by single spaces and line breaks: the paragraph count, then per paragraph (on a
/// line of its own) its role, start, length, sentence count and each sentence's start and length; then the quote count,
/// then per quote its kind, speaker (index into the speakers, plus one; 0 for none), cue (index into the cues), paragraph
/// index, start and length. Roles and kinds are the enums' numeric values: the generator and the runtime ship in one
/// package, so both sides always agree on them.
/// </remarks>
internal static class LayoutFormat
{
    /// <summary>Writes a layout in order: <see cref="Paragraph"/> for each paragraph, then <see cref="Quotes"/> and <see cref="Quote"/> for each quote.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder _layout;

        /// <summary>Starts a layout of <paramref name="paragraphs"/> paragraphs.</summary>
        public Writer(int paragraphs)
        {
            _layout = new StringBuilder(paragraphs * 32);
            Number(paragraphs);
        }

        /// <summary>The next paragraph: its role, range and sentence ranges (start, length pairs).</summary>
        public void Paragraph(ParagraphRole role, int start, int length, IReadOnlyList<int> sentences)
        {
            _layout.Append('\n');
            Number((int)role).Append(' ');
            Number(start).Append(' ');
            Number(length).Append(' ');
            Number(sentences.Count / 2);
            foreach (var n in sentences)
            {
                _layout.Append(' ');
                Number(n);
            }
        }

        /// <summary>Ends the paragraphs: how many quotes follow.</summary>
        public void Quotes(int count)
        {
            _layout.Append('\n');
            Number(count);
        }

        /// <summary>The next quote; <paramref name="speaker"/> is the speaker's index plus one (0 for none), <paramref name="cue"/> the cue's index.</summary>
        public void Quote(QuoteKind kind, int speaker, int cue, int paragraphIndex, int start, int length)
        {
            _layout.Append('\n');
            Number((int)kind).Append(' ');
            Number(speaker).Append(' ');
            Number(cue).Append(' ');
            Number(paragraphIndex).Append(' ');
            Number(start).Append(' ');
            Number(length);
        }

        /// <inheritdoc />
        public override string ToString() => _layout.ToString();

        private StringBuilder Number(int n) => _layout.Append(n.ToString(CultureInfo.InvariantCulture));
    }

#if !BUILDING_SOURCE_GENERATOR
    /// <summary>Reads the layout's numbers in order; a layout that does not parse is a generator bug, so it throws.</summary>
    internal ref struct Reader
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
            SkipSeparators();
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
            SkipSeparators();
            if (_at != _layout.Length)
            {
                throw Malformed();
            }
        }

        private void SkipSeparators()
        {
            while (_at < _layout.Length && (_layout[_at] == (byte)' ' || _layout[_at] == (byte)'\n'))
            {
                _at++;
            }
        }

        private readonly FormatException Malformed() => new($"The document layout is malformed at byte {_at}.");
    }
#endif
}
