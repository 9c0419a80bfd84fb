using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks.Roslyn;

/// <summary>A seed file held in memory, handed to the generator as MSBuild hands it an <c>AdditionalFiles</c> item.</summary>
public sealed class SeedAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>Creates the file.</summary>
    /// <param name="path">Its path.</param>
    /// <param name="text">Its text.</param>
    public SeedAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
