using System.Threading;
using Corpus.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators;

/// <summary>Selects the additional files that belong to a corpus and reads their text.</summary>
internal static class SeedFileReader
{
    public static SeedFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var metadata = options.GetOptions(file);
        if (!metadata.TryGetValue("build_metadata.AdditionalFiles.Corpus", out var corpus) || string.IsNullOrWhiteSpace(corpus))
        {
            return null;
        }

        metadata.TryGetValue("build_metadata.AdditionalFiles.CorpusName", out var name);
        var text = file.GetText(cancellationToken)?.ToString();
        return new SeedFile(file.Path, corpus.Trim(), string.IsNullOrWhiteSpace(name) ? null : name!.Trim(), text);
    }
}
