using System.Text;

namespace Corpus.Generators;

/// <summary>
/// Undoes how the compiler reads a small UTF-32 little-endian file. csc decodes a file under 40 KB from a byte array,
/// and that path knows the byte-order marks of UTF-8 and UTF-16 only: the UTF-32 LE mark <c>FF FE 00 00</c> reads as the
/// UTF-16 LE mark <c>FF FE</c> and a NUL, and every code point as two UTF-16 code units, its low and its high 16 bits.
/// A larger file goes through <c>StreamReader</c>, which knows UTF-32, and needs none of this. (A UTF-32 big-endian file
/// under 40 KB starts with two NUL bytes, which the compiler takes for binary: CS2015, and the generator gets no text.)
/// </summary>
internal static class Utf32
{
    private const char Replacement = '\uFFFD';
    private const int MaxHighHalf = 0x10; // U+10FFFF is the last code point

    /// <summary>
    /// The text of the UTF-32 LE file that the compiler decoded as UTF-16 LE into <paramref name="utf16Reading"/>, or
    /// <see langword="null"/> when it does not read as one (a UTF-16 file that happens to start with a NUL stays binary).
    /// </summary>
    /// <param name="utf16Reading">The text as the compiler decoded it after the 2-byte mark <c>FF FE</c>.</param>
    /// <returns>The text, with U+FFFD where the file is not valid UTF-32, or <see langword="null"/>.</returns>
    public static string? TryUndoUtf16Reading(string utf16Reading)
    {
        // The mark's last two bytes, 00 00, read as one NUL; after it, (low, high) pairs of 16 bits each.
        if (utf16Reading.Length == 0 || utf16Reading[0] != '\0')
        {
            return null;
        }

        var text = new StringBuilder(utf16Reading.Length / 2);
        for (var i = 1; i < utf16Reading.Length; i += 2)
        {
            if (i + 1 == utf16Reading.Length)
            {
                text.Append(Replacement); // a file cut off inside its last code point
                break;
            }

            var low = utf16Reading[i];
            var high = (int)utf16Reading[i + 1];
            if (high > MaxHighHalf)
            {
                if (high == Replacement && i + 2 == utf16Reading.Length)
                {
                    text.Append(Replacement); // an odd byte at the end, which the UTF-16 decoder replaced
                    break;
                }

                return null;
            }

            if (high == 0)
            {
                text.Append(char.IsSurrogate(low) ? Replacement : low);
            }
            else if (low == Replacement)
            {
                // The low half was a lone surrogate to the UTF-16 decoder (U+1D800 holds D800), which replaced it: the
                // code point is lost, and it reads as U+FFFD like any other bad sequence (CORPUS009).
                text.Append(Replacement);
            }
            else
            {
                text.Append(char.ConvertFromUtf32((high << 16) | low));
            }
        }

        return text.ToString();
    }
}
