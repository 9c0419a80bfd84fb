namespace Corpus.Generators.Model;

/// <summary>One additional file that carries <c>Corpus</c> metadata, read and decoded.</summary>
/// <param name="Path">The file's full path, as the compiler knows it.</param>
/// <param name="Corpus">The corpus class name it belongs to (from <c>Corpus</c> metadata).</param>
/// <param name="NameOverride">The document class name from <c>CorpusName</c> metadata, or <see langword="null"/>.</param>
/// <param name="Text">The decoded text, or <see langword="null"/> when the file could not be read.</param>
internal sealed record SeedFile(string Path, string Corpus, string? NameOverride, string? Text);
