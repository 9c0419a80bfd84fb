using System.Globalization;
using Corpus.Generators.Model;

namespace Corpus.Generators.Emit;

/// <summary>
/// How a document's text is stored and how large it may be there. The limits keep the consumer's compilation
/// clear of CS8103 (the 16 MiB user-string heap that every string literal of the assembly shares) and of
/// byte-array initialisers so long that compiling them takes minutes.
/// </summary>
internal static class StorageLimits
{
    /// <summary>A <c>"…"u8</c> literal is emitted as a data blob: no heap limit, but a limit on sense.</summary>
    public const long MaxUtf8LiteralBytes = 64L * 1024 * 1024;

    /// <summary>A <c>byte[]</c> initialiser is written as about six characters of C# per byte.</summary>
    public const long MaxByteArrayBytes = 4L * 1024 * 1024;

    /// <summary>A string literal takes two bytes per char of the 16 MiB user-string heap; a document may use a quarter.</summary>
    public const long MaxStringLiteralChars = 2L * 1024 * 1024;

    /// <summary>CORPUS010 when the document does not fit the storage its generated code would use.</summary>
    public static EquatableArray<DiagnosticInfo> Check(DocumentSpec spec, EmitSettings settings)
    {
        if (!settings.HasRuntime || Fits(spec.Size, settings, out var needed, out var limit))
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var (storage, hint) = Describe(spec.Size, settings);
        return new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(
                Diagnostics.CorpusDiagnostics.TooLarge, LocationInfo.WholeFile(spec.Path), spec.FileName, Bytes(needed), storage, Bytes(limit), hint),
        });
    }

    public static TextStorage StorageOf(TextSize size, EmitSettings settings) =>
        size.HasLoneSurrogate ? TextStorage.StringLiteral : settings.Storage;

    /// <summary>Whether the text fits its storage; when it does not, <paramref name="needed"/> and <paramref name="limit"/> say by how much.</summary>
    public static bool Fits(TextSize size, EmitSettings settings, out long needed, out long limit)
    {
        switch (StorageOf(size, settings))
        {
            case TextStorage.Utf8Literal:
                (needed, limit) = (size.Utf8Bytes, MaxUtf8LiteralBytes);
                break;
            case TextStorage.ByteArray:
                (needed, limit) = (size.Utf8Bytes, MaxByteArrayBytes);
                break;
            default:
                (needed, limit) = (2L * size.Chars, 2 * MaxStringLiteralChars);
                break;
        }

        return needed <= limit;
    }

    /// <summary>Whether a document of the index fits; <see langword="null"/> is a text that fits every storage.</summary>
    public static bool Fits(TextSize? size, EmitSettings settings) => size is not { } large || Fits(large, settings, out _, out _);

    /// <summary>What the corpus index needs of a document.</summary>
    public static DocumentSummary SummaryOf(DocumentSpec spec) =>
        new(spec.Corpus, spec.CorpusClass, spec.Path, spec.FileName, spec.WantedName, LargeOrNull(spec.Size), spec.Speakers);

    /// <summary>The size when some storage could not hold it, else <see langword="null"/>.</summary>
    public static TextSize? LargeOrNull(TextSize size) =>
        size.Utf8Bytes <= MaxByteArrayBytes && size.Chars <= MaxStringLiteralChars ? null : size;

    /// <summary>How the storage is named in CORPUS010, with a hint on how to get a roomier one.</summary>
    public static (string Storage, string Hint) Describe(TextSize size, EmitSettings settings) =>
        StorageOf(size, settings) switch
        {
            TextStorage.Utf8Literal => ("a UTF-8 literal", string.Empty),
            TextStorage.ByteArray => ("a byte array (C# 10 or older)", ", or use C# 11 or later so the text is stored as a UTF-8 literal"),
            _ => ("a string literal (the text holds a lone surrogate, which UTF-8 cannot carry)", ", or remove the lone surrogate so the text can be stored as UTF-8"),
        };

    public static string Bytes(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
