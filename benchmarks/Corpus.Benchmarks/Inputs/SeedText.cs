using System.Text;

namespace Corpus.Benchmarks.Inputs;

/// <summary>One seed file as the compiler would read it: its name and its text.</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="Text">The file's text.</param>
public sealed record SeedText(string FileName, string Text)
{
    /// <summary>The text's size in UTF-8 bytes, as it is stored on disk and in the generated code.</summary>
    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);
}
