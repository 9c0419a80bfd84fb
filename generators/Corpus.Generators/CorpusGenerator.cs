using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Emit;
using Corpus.Generators.Model;
using Corpus.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators;

/// <summary>
/// Turns seed files (<c>AdditionalFiles</c> with <c>Corpus</c> metadata) into typed C#: one file per document and
/// one index file per corpus. Wiring only; parsing, naming and emitting live in their own classes.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    private static readonly Regex NamespacePattern = new(@"^[\p{L}_][\p{L}\p{Nd}_]*(\.[\p{L}_][\p{L}\p{Nd}_]*)*$", RegexOptions.CultureInvariant);

    /// <summary>Member and class names that a document class may not take inside the corpus class.</summary>
    private static readonly string[] ReservedDocumentNames = { "All", "Speakers", "Document", "FileName", "Paragraphs", "Quotes", "Build", "Utf8", "Text" };

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var seedFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SeedFileReader.Read(pair.Left, pair.Right, ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(TrackingNames.SeedFiles);

        var parsed = seedFiles
            .Select(static (file, ct) => DocumentSpecBuilder.Build(file, ct))
            .WithTrackingName(TrackingNames.Parsed);

        var documents = parsed
            .Where(static result => result.Spec is not null)
            .Select(static (result, _) => result.Spec!)
            .WithTrackingName(TrackingNames.Documents);

        var summaries = documents
            .Select(static (spec, _) => new DocumentSummary(spec.Corpus, spec.Path, spec.FileName, spec.WantedName, spec.Speakers));

        var namesAndDiagnostics = summaries
            .Collect()
            .Select(static (all, _) => AssignNames(all))
            .WithTrackingName(TrackingNames.Names);
        var names = namesAndDiagnostics.Select(static (pair, _) => pair.Names);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
            {
                options.GlobalOptions.TryGetValue("build_property.CorpusNamespace", out var ns);
                if (string.IsNullOrWhiteSpace(ns))
                {
                    options.GlobalOptions.TryGetValue("build_property.RootNamespace", out ns);
                }

                return ns?.Trim() ?? string.Empty;
            })
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (
                Utf8: compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
                      && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
                Runtime: compilation.GetTypeByMetadataName("Corpus.Document") is not null)))
            .Select(static (pair, _) => new EmitSettings(
                NamespacePattern.IsMatch(pair.Left) ? pair.Left : string.Empty,
                pair.Right.Utf8 ? TextStorage.Utf8Literal : TextStorage.ByteArray,
                pair.Right.Runtime))
            .WithTrackingName(TrackingNames.Settings);

        var documentSources = documents
            .Combine(names)
            .Combine(settings)
            .Select(static (input, _) => (Spec: input.Left.Left, ClassName: input.Left.Right.ClassNameOf(input.Left.Left.Path), Settings: input.Right))
            .WithTrackingName(TrackingNames.DocumentSources);

        context.RegisterSourceOutput(documentSources, static (spc, input) => Guarded(spc, input.Spec.Path, () =>
        {
            if (input.Settings.HasRuntime)
            {
                spc.AddSource(
                    $"{input.Spec.Corpus}.{input.ClassName}.g.cs",
                    DocumentEmitter.Emit(input.Spec, input.ClassName, input.Settings));
            }
        }));

        var indexes = summaries
            .Collect()
            .Combine(names)
            .Combine(settings)
            .WithTrackingName(TrackingNames.CorpusIndexes);

        context.RegisterSourceOutput(indexes, static (spc, input) =>
        {
            var ((all, names), settings) = input;
            if (all.IsDefaultOrEmpty)
            {
                return;
            }

            if (!settings.HasRuntime)
            {
                spc.ReportDiagnostic(Diagnostic.Create(CorpusDiagnostics.RuntimeMissing, Location.None));
                return;
            }

            foreach (var corpus in all.GroupBy(s => s.Corpus, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var members = corpus.Select(s => (s, names.ClassNameOf(s.Path))).ToList();
                Guarded(spc, corpus.Key, () => spc.AddSource($"{corpus.Key}.g.cs", CorpusIndexEmitter.Emit(corpus.Key, members, settings)));
            }
        });

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, found) => Report(spc, found));
        context.RegisterSourceOutput(namesAndDiagnostics.Select(static (pair, _) => pair.Diagnostics), static (spc, found) => Report(spc, found));
    }

    /// <summary>Gives every document a class name unique in its corpus, in file-name order, and reports renames.</summary>
    private static (NameMap Names, EquatableArray<DiagnosticInfo> Diagnostics) AssignNames(ImmutableArray<DocumentSummary> documents)
    {
        var entries = new List<NameMap.Entry>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var corpus in documents.GroupBy(d => d.Corpus, StringComparer.Ordinal))
        {
            var taken = new HashSet<string>(ReservedDocumentNames, StringComparer.Ordinal) { corpus.Key };
            foreach (var document in corpus.OrderBy(d => d.FileName, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal))
            {
                var name = Identifiers.Unique(document.WantedName, taken);
                if (name != document.WantedName)
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        CorpusDiagnostics.NameCollision, LocationInfo.WholeFile(document.Path), document.FileName, document.WantedName, corpus.Key, name));
                }

                entries.Add(new NameMap.Entry(corpus.Key, document.Path, name));
            }
        }

        return (new NameMap(entries.ToEquatableArray()), diagnostics.ToEquatableArray());
    }

    /// <summary>Runs one emission; an unexpected failure becomes CORPUS099 for that file instead of failing the build (CS8785).</summary>
    private static void Guarded(SourceProductionContext context, string file, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(CorpusDiagnostics.InternalError, Location.None, file, exception.GetType().Name, exception.Message));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var descriptor = CorpusDiagnostics.ById(info.Id);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation() ?? Location.None, info.Arguments.ToArray<object>()));
        }
    }
}
