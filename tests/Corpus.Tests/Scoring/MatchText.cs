using System.Text;

namespace Corpus.Tests.Scoring;

/// <summary>
/// The form in which key snippets and parser output are compared: typographic quotes and apostrophes become
/// straight ones, every run of white space (NBSP included) one space. Nothing else is forgiven.
/// </summary>
internal static class MatchText
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201A' => '\'',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
