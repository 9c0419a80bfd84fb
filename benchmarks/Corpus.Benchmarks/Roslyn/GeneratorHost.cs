using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Corpus.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using CorpusGenerator = Corpus.Generators.CorpusGenerator;

namespace Corpus.Benchmarks.Roslyn;

/// <summary>
/// The generator in process, as the compiler runs it: a consumer compilation that references the Corpus runtime,
/// seed files as additional texts, and a <see cref="GeneratorDriver"/> without step tracking (builds do not track).
/// </summary>
public static class GeneratorHost
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Document).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    /// <summary>The consumer's parse options: C# as new as it gets, so text is stored as <c>"…"u8</c>.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>Parse options of C# 10, where UTF-8 literals do not exist and text is stored as a <c>byte[]</c> initialiser.</summary>
    public static CSharpParseOptions CSharp10ParseOptions { get; } = new(LanguageVersion.CSharp10);

    /// <summary>The seed files as additional texts of a project in <c>/consumer</c>.</summary>
    /// <param name="texts">The seed texts.</param>
    /// <returns>One additional text per seed.</returns>
    public static AdditionalText[] AdditionalTexts(IEnumerable<SeedText> texts) =>
        texts.Select(t => (AdditionalText)new SeedAdditionalText("/consumer/seeds/" + t.FileName, t.Text)).ToArray();

    /// <summary>A consumer compilation of one small source file that uses the corpus.</summary>
    /// <param name="parseOptions">The consumer's language version; <see cref="ParseOptions"/> when omitted.</param>
    /// <returns>The compilation, before generation.</returns>
    public static CSharpCompilation Compilation(CSharpParseOptions? parseOptions = null) =>
        Compilation(new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", parseOptions ?? ParseOptions, path: "/consumer/Program.cs") });

    /// <summary>A consumer compilation of <paramref name="trees"/>, with the references and options of <see cref="Compilation(CSharpParseOptions?)"/>.</summary>
    /// <param name="trees">The sources.</param>
    /// <returns>The compilation.</returns>
    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Consumer",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A fresh driver over <paramref name="additionalTexts"/>: nothing cached yet.</summary>
    /// <param name="additionalTexts">The seed files.</param>
    /// <param name="parseOptions">The consumer's language version; <see cref="ParseOptions"/> when omitted.</param>
    /// <param name="members">The project's <c>CorpusMembers</c>; every member when omitted.</param>
    /// <returns>The driver.</returns>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> additionalTexts, CSharpParseOptions? parseOptions = null, string? members = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            additionalTexts,
            parseOptions ?? ParseOptions,
            new SeedOptionsProvider(members),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Generates the corpus for <paramref name="texts"/> and compiles it to an assembly image.</summary>
    /// <param name="texts">The seed texts.</param>
    /// <param name="parseOptions">The consumer's language version; <see cref="ParseOptions"/> when omitted.</param>
    /// <returns>The assembly's bytes.</returns>
    /// <exception cref="InvalidOperationException">The generated code does not compile.</exception>
    public static byte[] CompileCorpus(IEnumerable<SeedText> texts, CSharpParseOptions? parseOptions = null)
    {
        Driver(AdditionalTexts(texts), parseOptions).RunGeneratorsAndUpdateCompilation(Compilation(parseOptions), out var output, out _);
        using var image = new MemoryStream();
        var result = output.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated corpus does not compile: " + string.Join("\n", result.Diagnostics.Take(5)));
        }

        return image.ToArray();
    }
}
