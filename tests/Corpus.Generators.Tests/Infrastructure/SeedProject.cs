using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// A consumer project in memory: seed files with metadata, MSBuild properties and a C# compilation that references
/// the Corpus runtime. Runs the generator through the Roslyn driver, with step tracking on.
/// </summary>
internal sealed class SeedProject
{
    private readonly List<(string Path, Func<string, AdditionalText> Create, Dictionary<string, string> Metadata)> _files = new();
    private readonly Dictionary<string, string> _properties = new()
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.ProjectDir"] = "/project/", // as the .NET SDK writes it, with a trailing slash
    };
    private AdditionalText[]? _additionalTexts;

    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

    public bool ReferenceRuntime { get; set; } = true;

    /// <summary>Whether the consumer references MSTest, which makes the generator write each corpus's <c>TestData</c> rows.</summary>
    public bool ReferenceMSTest { get; set; }

    public string UserCode { get; set; } = "namespace Consumer { internal static class Program { } }";

    public static string SeedsDirectory => RepositoryPaths.Seeds;

    /// <summary>The checked-in hostile seed files (see Hostile/README.md).</summary>
    public static string HostileDirectory { get; } = Path.Combine(RepositoryPaths.Root, "tests", "Corpus.Generators.Tests", "Hostile");

    /// <summary>A seed file in <c>/project/seeds/</c> (<paramref name="fileName"/> may hold folders), or at a full path starting with <c>/</c>.</summary>
    public SeedProject AddSeed(string fileName, string? text, string corpus = "Seeds", string? corpusName = null) =>
        AddSeed(fileName, path => new InMemoryAdditionalText(path, text), corpus, corpusName);

    /// <summary>A seed file given as bytes, decoded as the compiler decodes files on disk.</summary>
    public SeedProject AddSeedBytes(string fileName, byte[] bytes, string corpus = "Seeds", string? corpusName = null) =>
        AddSeed(fileName, path => new FileAdditionalText(path, bytes), corpus, corpusName);

    public SeedProject AddSeed(string fileName, Func<string, AdditionalText> create, string corpus = "Seeds", string? corpusName = null)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.Corpus"] = corpus };
        if (corpusName is not null)
        {
            metadata["build_metadata.AdditionalFiles.CorpusName"] = corpusName;
        }

        _files.Add((fileName.StartsWith('/') ? fileName : "/project/seeds/" + fileName, create, metadata));
        _additionalTexts = null;
        return this;
    }

    /// <summary>A <c>CorpusFiles</c> item without <c>Corpus</c> metadata, as Corpus.targets hands it on: <c>Corpus="Seeds"</c>, <c>CorpusDefaulted="true"</c>.</summary>
    public SeedProject AddDefaultedSeed(string fileName, string text)
    {
        AddSeed(fileName, text, corpus: "Seeds");
        _files[^1].Metadata["build_metadata.AdditionalFiles.CorpusDefaulted"] = "true";
        return this;
    }

    /// <summary>A file the project has as AdditionalFiles without Corpus metadata: it must never be read.</summary>
    public SeedProject AddUnrelatedFile(string fileName, string text)
    {
        _files.Add(("/project/" + fileName, path => new InMemoryAdditionalText(path, text), new Dictionary<string, string>()));
        _additionalTexts = null;
        return this;
    }

    public SeedProject AddRepositorySeeds()
    {
        foreach (var path in Directory.GetFiles(SeedsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            AddSeed(Path.GetFileName(path), File.ReadAllText(path));
        }

        return this;
    }

    public SeedProject WithProperty(string name, string value)
    {
        _properties["build_property." + name] = value;
        return this;
    }

    /// <summary>The additional files, created once so a test can replace one of them in the driver.</summary>
    public IReadOnlyList<AdditionalText> AdditionalTexts =>
        _additionalTexts ??= _files.Select(f => f.Create(f.Path)).ToArray();

    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode.Diagnose); // malformed XML docs are warnings (CS1570)

    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            AdditionalTexts,
            ParseOptions,
            OptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The project's properties and metadata as the compiler hands them over; after <see cref="WithProperty"/>, for <c>WithUpdatedAnalyzerConfigOptions</c>.</summary>
    public TestOptionsProvider OptionsProvider() =>
        new(new Dictionary<string, string>(_properties), _files.ToDictionary(f => f.Path, f => (IReadOnlyDictionary<string, string>)f.Metadata));

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(UserCode, ParseOptions, path: "/project/Program.cs") },
            References(ReferenceRuntime, ReferenceMSTest),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    /// <summary>Runs the generator once and returns the driver (for a second run), the result and the compilation with generated code.</summary>
    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, compilation, output, generatorDiagnostics, driver.GetRunResult());
    }

    private static ImmutableArray<MetadataReference> References(bool runtime, bool msTest)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var corpus = runtime
            ? new[] { MetadataReference.CreateFromFile(typeof(Corpus.Document).Assembly.Location) }
            : Array.Empty<MetadataReference>();
        var testFramework = msTest
            ? new[] { MetadataReference.CreateFromFile(typeof(TestDataRow<>).Assembly.Location) }
            : Array.Empty<MetadataReference>();
        return platform.Concat(corpus).Concat(testFramework).ToImmutableArray();
    }

}

/// <summary>The outcome of one generator run.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    CSharpCompilation Input,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorDriverRunResult Result)
{
    public IEnumerable<Diagnostic> CompilationErrorsAndWarnings =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Errors and warnings of the compilation, formatted for a failure message (empty when there are none).</summary>
    public string CompilationProblems =>
        string.Join("\n", CompilationErrorsAndWarnings.Take(10).Select(d => d.ToString().Length > 400 ? d.ToString()[..400] + "…" : d.ToString()));

    /// <summary>Exceptions the driver caught from the generator (CS8785 in a real build); must always be empty.</summary>
    public IEnumerable<Exception> GeneratorExceptions =>
        Result.Results.Select(r => r.Exception).Where(e => e is not null)!;

    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
