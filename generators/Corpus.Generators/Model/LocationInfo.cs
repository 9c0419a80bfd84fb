using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Model;

/// <summary>A location in a seed file as plain values (a <see cref="Location"/> would defeat pipeline caching).</summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan Lines)
{
    public Location ToLocation() => Location.Create(Path, Span, Lines);

    /// <summary>A span of a seed file; pass one <see cref="SourceText"/> per file, as building its line map is linear.</summary>
    public static LocationInfo InFile(string path, SourceText text, int start, int length)
    {
        var span = new TextSpan(start, length);
        return new LocationInfo(path, span, text.Lines.GetLinePositionSpan(span));
    }

    public static LocationInfo WholeFile(string path) => new(path, default, default);
}
