using System;
using System.Threading;
using Corpus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators;

/// <summary>Selects the additional files that belong to a corpus and reads their text.</summary>
internal static class SeedFileReader
{
    private const int Utf16LittleEndianCodePage = 1200;

    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        string? corpus;
        string? name;
        bool defaulted;
        try
        {
            var metadata = options.GetOptions(file);
            if (!metadata.TryGetValue("build_metadata.AdditionalFiles.Corpus", out corpus) || string.IsNullOrWhiteSpace(corpus))
            {
                return null;
            }

            metadata.TryGetValue("build_metadata.AdditionalFiles.CorpusName", out name);
            defaulted = metadata.TryGetValue("build_metadata.AdditionalFiles.CorpusDefaulted", out var flag)
                && string.Equals(flag?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Without metadata we cannot tell a seed file from any other additional file: leave it alone.
            return null;
        }

        var seedFile = new SeedFile(
            file.Path, ProjectPath.Relative(file.Path, ProjectDirectory(options)), corpus.Trim(), string.IsNullOrWhiteSpace(name) ? null : name!.Trim(), null, FileEncoding.Utf8,
            CorpusDefaulted: defaulted);
        try
        {
            var source = file.GetText(cancellationToken);
            if (source is null)
            {
                return seedFile with { ReadError = "the compiler returned no text; it reports a binary file as CS2015, and so a UTF-32 big-endian file, which starts with two NUL bytes: save it as UTF-8" };
            }

            var encoding = source.Encoding is { } e ? new FileEncoding(e.WebName, e.GetPreamble().Length) : FileEncoding.Utf8;
            var text = source.ToString();
            if (source.Encoding?.CodePage == Utf16LittleEndianCodePage && Utf32.TryUndoUtf16Reading(text) is { } utf32)
            {
                return seedFile with { Text = utf32, Encoding = FileEncoding.Utf32 };
            }

            return seedFile with { Text = text, Encoding = encoding };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return seedFile with { ReadError = exception.GetType().Name + ": " + exception.Message };
        }
    }

    /// <summary>The project directory: <c>ProjectDir</c>, which the .NET SDK shows the compiler, else <c>MSBuildProjectDirectory</c> (Corpus.props).</summary>
    private static string? ProjectDirectory(AnalyzerConfigOptionsProvider options)
    {
        foreach (var property in ProjectPath.DirectoryProperties)
        {
            if (options.GlobalOptions.TryGetValue(property, out var directory) && !string.IsNullOrWhiteSpace(directory))
            {
                return directory;
            }
        }

        return null;
    }
}
