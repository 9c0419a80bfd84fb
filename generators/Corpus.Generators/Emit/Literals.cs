using System.Globalization;
using System.Text;

namespace Corpus.Generators.Emit;

/// <summary>
/// Escaping for C# string literals and XML doc comments. Anything that could end a line, hide text (bidi and
/// format characters) or is not valid in XML is escaped or replaced, so generated code compiles for any input.
/// </summary>
internal static class Literals
{
    /// <summary>A regular C# string literal, quotes included.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (NeedsEscape(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A UTF-8 string literal (<c>"…"u8</c>).</summary>
    public static string Utf8(string value) => String(value) + "u8";

    /// <summary>Text for one line of an XML doc comment: escaped, one line, only characters XML allows.</summary>
    public static string Xml(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    if (char.IsWhiteSpace(c))
                    {
                        builder.Append(' ');
                    }
                    else if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                             or UnicodeCategory.OtherNotAssigned || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string value, int i)
    {
        var c = value[i];
        if (c < ' ' || c == '\u007F')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(value[i - 1]);
        }

        if (c < '\u0080')
        {
            return false;
        }

        // Line ends a reader would not see, invisible and bidi characters, non-ASCII spaces: shown as escapes.
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse;
    }
}
