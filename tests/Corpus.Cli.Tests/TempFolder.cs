using System;
using System.IO;
using System.Text;

namespace Corpus.Cli.Tests;

/// <summary>A fresh folder under the temp path, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("corpus-cli-tests-").FullName;

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    public string File(string name, string text) => File(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/>, which may name subfolders (<c>articles/a.txt</c>), made as needed.</summary>
    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
