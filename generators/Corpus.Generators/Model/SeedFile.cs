namespace Corpus.Generators.Model;

/// <summary>One additional file that carries <c>Corpus</c> metadata, read and decoded.</summary>
/// <param name="Path">The file's full path, as the compiler knows it.</param>
/// <param name="RelativePath">The path relative to the project directory, forward slashes (the file name outside it).</param>
/// <param name="Corpus">The corpus class name it belongs to (from <c>Corpus</c> metadata).</param>
/// <param name="NameOverride">The document class name from <c>CorpusName</c> metadata, or <see langword="null"/>.</param>
/// <param name="Text">The decoded text, or <see langword="null"/> when the file could not be read.</param>
/// <param name="Encoding">How the compiler decoded the file: the encoding's web name and byte-order-mark length.</param>
/// <param name="ReadError">Why the file could not be read, when <paramref name="Text"/> is <see langword="null"/>.</param>
/// <param name="CorpusDefaulted">
/// Whether <paramref name="Corpus"/> is the default that Corpus.targets gave a <c>CorpusFiles</c> item without
/// <c>Corpus</c> metadata (<c>CorpusDefaulted</c> metadata), rather than a name the project chose (CORPUS018).
/// </param>
internal sealed record SeedFile(string Path, string RelativePath, string Corpus, string? NameOverride, string? Text, FileEncoding Encoding, string? ReadError = null, bool CorpusDefaulted = false);

/// <summary>How the compiler decoded a seed file, as plain values (a <see cref="System.Text.Encoding"/> is not value-equal).</summary>
/// <param name="WebName">The encoding's web name, e.g. <c>utf-8</c>.</param>
/// <param name="PreambleLength">Bytes of byte-order mark before the text.</param>
internal readonly record struct FileEncoding(string WebName, int PreambleLength)
{
    public static FileEncoding Utf8 => new("utf-8", 0);

    /// <summary>UTF-32 little-endian after its 4-byte byte-order mark.</summary>
    public static FileEncoding Utf32 => new("utf-32", 4);

    /// <summary>How many bytes <paramref name="prefix"/> took in the file, byte-order mark included.</summary>
    public int ByteOffsetAfter(string prefix)
    {
        System.Text.Encoding encoding;
        try
        {
            encoding = System.Text.Encoding.GetEncoding(WebName);
        }
        catch (System.ArgumentException)
        {
            encoding = System.Text.Encoding.UTF8;
        }

        return PreambleLength + encoding.GetByteCount(prefix);
    }
}
