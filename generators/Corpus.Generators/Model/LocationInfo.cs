using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Model;

/// <summary>A location in a seed file as plain values (a <see cref="Location"/> would defeat pipeline caching).</summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan Lines)
{
    public Location ToLocation() => Location.Create(Path, Span, Lines);

    public static LocationInfo InFile(string path, string text, int start, int length)
    {
        var source = SourceText.From(text);
        var span = new TextSpan(start, length);
        return new LocationInfo(path, span, source.Lines.GetLinePositionSpan(span));
    }

    public static LocationInfo WholeFile(string path) => new(path, default, default);
}
