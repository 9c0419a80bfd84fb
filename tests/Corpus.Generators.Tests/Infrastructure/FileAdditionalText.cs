using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// An additional file given as raw bytes and decoded exactly as the compiler decodes AdditionalFiles: Roslyn's own
/// (internal) <c>EncodedStringText.Create</c> — byte-order mark detection, UTF-8 by default, invalid bytes become U+FFFD.
/// </summary>
/// <remarks>
/// The bytes go in as a stream whose buffer Roslyn may read directly, as it reads a <c>FileStream</c> from csc: a file
/// under 40 KB is then decoded from a byte array, whose byte-order mark detection knows UTF-8 and UTF-16 only (a
/// UTF-32 LE file reads as UTF-16 LE, a UTF-32 BE one as binary). A stream Roslyn cannot read that way went through
/// <c>StreamReader</c> instead, which knows UTF-32, and hid that difference from the tests.
/// </remarks>
internal sealed class FileAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private static readonly MethodInfo? CompilerDecode = typeof(SourceText).Assembly
        .GetType("Microsoft.CodeAnalysis.Text.EncodedStringText")?
        .GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
        .FirstOrDefault(m => m.Name == "Create" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(
            new[] { typeof(Stream), typeof(System.Text.Encoding), typeof(SourceHashAlgorithm), typeof(bool) }));

    public override string Path { get; } = path;

    public byte[] Bytes => bytes;

    /// <summary>As the compiler does, a file it finds binary (two NULs in a row) has no text: csc reports CS2015 for it.</summary>
    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return Decode(bytes);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>The text the compiler would see for these bytes (throws for a binary file, wrapped in a TargetInvocationException).</summary>
    public static SourceText Decode(byte[] bytes)
    {
        if (CompilerDecode is null)
        {
            throw new InvalidOperationException("Roslyn's EncodedStringText.Create(Stream, Encoding, SourceHashAlgorithm, bool) was not found: update the test harness.");
        }

        return (SourceText)CompilerDecode.Invoke(null, new object?[] { new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), null, SourceHashAlgorithm.Sha256, false })!;
    }
}

/// <summary>An additional file whose reading fails, as a file deleted or locked mid-build does.</summary>
internal sealed class FailingAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("The process cannot access the file because it is being used by another process.");
}
