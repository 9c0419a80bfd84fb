using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Benchmarks.Roslyn;

/// <summary>
/// MSBuild's view of a consumer project in <c>/consumer</c>: <c>RootNamespace</c>, the project directory (for
/// <c>RelativePath</c>), and <c>Corpus="Seeds"</c> on every additional file.
/// </summary>
public sealed class SeedOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Seed = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Corpus"] = "Seeds" });

    /// <summary>Creates the options.</summary>
    /// <param name="members">The project's <c>CorpusMembers</c>; <see langword="null"/> when it sets none (every member).</param>
    public SeedOptionsProvider(string? members = null)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = "/consumer",
        };
        if (members is not null)
        {
            global["build_property.CorpusMembers"] = members;
        }

        GlobalOptions = new Options(global);
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Seed;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
