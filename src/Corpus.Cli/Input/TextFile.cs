using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Cli.Input;

/// <summary>
/// Reads an article file the way the generator reads it — UTF-8, or UTF-16/32 after a byte-order mark, bad bytes as
/// U+FFFD — and finds the problems the generator reports for it: empty (CORPUS001), unreadable
/// (CORPUS002), binary (CORPUS008), invalid UTF-8 (CORPUS009).
/// </summary>
/// <remarks>
/// The generator checks the same things in <c>DocumentSpecBuilder</c>, on decoded text only (analyzers never see
/// bytes); here the bytes are at hand, so the byte offset of bad UTF-8 is exact and a real U+FFFD is not mistaken for one.
/// </remarks>
internal static class TextFile
{
    /// <summary>
    /// Below this size csc decodes a file from a byte array, whose byte-order mark detection knows UTF-8 and UTF-16 only:
    /// UTF-32 BE is binary to it (CS2015). The generator undoes the same path's reading of UTF-32 LE (its <c>Utf32</c> class).
    /// </summary>
    private const int CompilerByteArrayLimit = 40 * 1024;

    /// <summary>Reads <paramref name="path"/> and checks it.</summary>
    /// <param name="path">The file, as the user named it.</param>
    /// <param name="problems">Where problems are added; a file with an error has no text.</param>
    /// <returns>The decoded text, or <see langword="null"/> when the file cannot be used.</returns>
    public static string? Read(string path, ICollection<InputProblem> problems)
    {
        if (Directory.Exists(path))
        {
            problems.Add(new InputProblem(path, InputProblem.UnreadableFile, "is a folder, not a file; name a .txt file"));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(new InputProblem(path, InputProblem.UnreadableFile, "no such file"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            problems.Add(new InputProblem(path, InputProblem.UnreadableFile, $"cannot read the file: {e.Message}"));
            return null;
        }

        var (encoding, preamble) = DetectEncoding(bytes);
        var text = encoding.GetString(bytes, preamble, bytes.Length - preamble);
        if (text.All(CorpusText.IsSpace))
        {
            problems.Add(new InputProblem(path, InputProblem.EmptyFile, "the file is empty or holds only white space; add the article's text"));
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text, nul);
            problems.Add(new InputProblem(
                path, InputProblem.BinaryFile, "NUL character: the file is binary, not text (an image, a PDF, UTF-16 without a byte-order mark?); save the article as UTF-8 text", line, column));
            return null;
        }

        if (bytes is [0x00, 0x00, 0xFE, 0xFF, ..] && bytes.Length < CompilerByteArrayLimit)
        {
            problems.Add(new InputProblem(
                path,
                InputProblem.UnreadableFile,
                "UTF-32 big-endian: read here, but the compiler takes a file under 40 KB that starts with two NUL bytes for binary (error CS2015) and the build skips it; save the article as UTF-8",
                IsWarning: true));
        }

        if (encoding is UTF8Encoding && FirstInvalidUtf8(bytes.AsSpan(preamble)) is (int offset, int count))
        {
            var (line, column) = Position(text, Encoding.UTF8.GetCharCount(bytes, preamble, offset));
            problems.Add(new InputProblem(
                path,
                InputProblem.InvalidUtf8,
                string.Create(CultureInfo.InvariantCulture, $"{count} byte sequence(s) are not valid UTF-8, the first at byte offset {preamble + offset}; each reads as U+FFFD. Save the file as UTF-8"),
                line,
                column,
                IsWarning: true));
        }

        return text;
    }

    /// <summary>The 1-based line and column of <paramref name="index"/>, counting line breaks as the compiler does (CR LF is one).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A character offset in it.</param>
    /// <returns>Line and column, both from 1.</returns>
    public static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (CorpusText.IsLineBreak(text[i]) && !(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static (Encoding Encoding, int Preamble) DetectEncoding(byte[] bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: true), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (Encoding.UTF8, 0),
    };

    /// <summary>The offset of the first byte sequence that is not UTF-8 and how many there are, as the decoder replaces them.</summary>
    private static (int Offset, int Count)? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var first = -1;
        var count = 0;
        for (var i = 0; i < utf8.Length;)
        {
            // The span runs to the end of the file, so NeedMoreData is a sequence cut short: invalid too.
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out var consumed) != OperationStatus.Done)
            {
                first = first < 0 ? i : first;
                count++;
            }

            i += consumed;
        }

        return first < 0 ? null : (first, count);
    }
}
