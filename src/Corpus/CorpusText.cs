using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Corpus;

/// <summary>
/// Text helpers shared by the parser and by generated code, so that a range read at compile time and the
/// same range read at run time give the same string.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class CorpusText
{
    /// <summary>
    /// Returns <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] normalized: every run of
    /// white space (non-breaking spaces, tabs and line breaks included) becomes one space and the ends are trimmed.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Offset of the range.</param>
    /// <param name="length">Length of the range.</param>
    /// <returns>The normalized slice.</returns>
    public static string Slice(string text, int start, int length)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (start < 0 || length < 0 || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Range {start}+{length} is outside a text of {text.Length} characters.");
        }

        var end = start + length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        // Most ranges need no folding: one scan, one copy.
        var clean = true;
#if NET8_0_OR_GREATER
        // Not clean: a white space other than ' ', or ' ' before white space, which is then ' ' or another one. Both are
        // searched vectorized: only characters outside ' '..U+0084 can be white space other than ' '.
        var span = text.AsSpan(start, end - start);
        clean = span.IndexOf("  ".AsSpan()) < 0;
        for (var k = 0; clean && k < span.Length; k++)
        {
            var skip = span.Slice(k).IndexOfAnyExceptInRange(' ', '\u0084');
            if (skip < 0)
            {
                break;
            }

            k += skip;
            clean = !IsSpace(span[k]);
        }
#else
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == ' ' ? IsSpace(text[i + 1]) : IsSpace(c))
            {
                clean = false;
                break;
            }
        }
#endif

        if (clean)
        {
            return text.Substring(start, end - start);
        }

        var folded = new char[end - start];
        var count = 0;
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                folded[count++] = ' ';
                pendingSpace = false;
            }

            folded[count++] = c;
        }

        return new string(folded, 0, count);
    }

    /// <summary>Normalizes a whole string the way <see cref="Slice"/> normalizes a range.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>The text with white space runs folded to one space and the ends trimmed.</returns>
    public static string Normalize(string text) => Slice(text ?? throw new ArgumentNullException(nameof(text)), 0, text.Length);

    /// <summary>
    /// True for the characters the parser treats as white space: <see cref="char.IsWhiteSpace(char)"/> plus the
    /// byte-order mark and zero-width spaces that scraped text carries.
    /// </summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether <paramref name="c"/> separates words.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // The parser asks this of nearly every character.
    public static bool IsSpace(char c) =>
        (c <= ' ' || c >= '\u0085') && IsSpaceOutsideAsciiPrintable(c); // No character in between is white space.

    private static bool IsSpaceOutsideAsciiPrintable(char c) => char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B' || c == '\u2060';

    /// <summary>True for the characters that end a line: LF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.</summary>
    /// <param name="c">A character.</param>
    /// <returns>Whether <paramref name="c"/> ends a line.</returns>
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>Decodes UTF-8 bytes stored by generated code (a <c>"…"u8</c> literal) into the document text.</summary>
    /// <param name="utf8">UTF-8 bytes without a byte-order mark.</param>
    /// <returns>The decoded text.</returns>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
#if NETSTANDARD2_0
        return utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8.ToArray());
#else
        return Encoding.UTF8.GetString(utf8);
#endif
    }

    /// <summary>Decodes UTF-8 bytes stored by generated code as a byte array (consumers without UTF-8 literals).</summary>
    /// <param name="utf8">UTF-8 bytes without a byte-order mark.</param>
    /// <returns>The decoded text.</returns>
    public static string Decode(byte[] utf8) => Encoding.UTF8.GetString(utf8 ?? throw new ArgumentNullException(nameof(utf8)));
}
