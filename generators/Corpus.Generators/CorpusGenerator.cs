using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Emit;
using Corpus.Generators.Model;
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
            .Select(static (spec, _) => new DocumentSummary(spec.Corpus, spec.CorpusClass, spec.Path, spec.FileName, spec.WantedName, StorageLimits.LargeOrNull(spec.Size), spec.Speakers));

        var generatedNamespace = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) =>
            {
                options.GlobalOptions.TryGetValue("build_property.CorpusNamespace", out var corpusNamespace);
                options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
                return NamespaceSetting.Resolve(corpusNamespace, rootNamespace);
            })
            .WithTrackingName(TrackingNames.Namespace);

        var settings = generatedNamespace
            .Combine(context.CompilationProvider.Select(static (compilation, _) => (
                Utf8: compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp11 }
                      && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
                Runtime: compilation.GetTypeByMetadataName("Corpus.Document") is not null,
                Row: compilation.GetTypeByMetadataName(GeneratedNames.TestDataRowType) is { } row
                    ? row.GetMembers(GeneratedNames.ArgumentsDisplayName).IsEmpty ? GeneratedNames.DisplayName : GeneratedNames.ArgumentsDisplayName
                    : null)))
            .Select(static (pair, _) => new EmitSettings(
                pair.Left.Namespace,
                pair.Right.Utf8 ? TextStorage.Utf8Literal : TextStorage.ByteArray,
                pair.Right.Runtime,
                pair.Right.Row is not null,
                pair.Right.Row ?? GeneratedNames.ArgumentsDisplayName))
            .WithTrackingName(TrackingNames.Settings);

        // Names of the compilation's top-level namespaces (its own and its references'), which a corpus class may hide.
        var namespaces = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GlobalNamespace.GetNamespaceMembers()
                .Select(n => n.Name)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Namespaces);

        var namesAndDiagnostics = summaries
            .Collect()
            .Combine(settings.Select(static (s, _) => s.Namespace))
            .Combine(namespaces)
            .Select(static (input, _) => NameAssigner.Assign(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Names);
        var names = namesAndDiagnostics.Select(static (pair, _) => pair.Names);

        var documentSources = documents
            .Combine(names)
            .Combine(settings)
            .Select(static (input, _) => (
                Spec: input.Left.Left,
                CorpusClass: input.Left.Right.CorpusClassOf(input.Left.Left.Corpus),
                ClassName: input.Left.Right.ClassNameOf(input.Left.Left.Path),
                HintName: input.Left.Right.HintNameOf(input.Left.Left.Path),
                Settings: input.Right))
            .WithTrackingName(TrackingNames.DocumentSources);

        // Emitting is a step of its own, not part of the output: the index must know which documents failed to emit
        // (CORPUS099) so that it names only classes that exist, and outputs cannot see each other.
        var emitted = documentSources
            .Select(static (input, _) => EmittedDocument.Emit(input.Spec, input.CorpusClass, input.ClassName, input.HintName, input.Settings))
            .WithTrackingName(TrackingNames.EmittedDocuments);

        context.RegisterSourceOutput(emitted, static (spc, document) =>
        {
            if (document.Failure is { } failure)
            {
                ReportInternalError(spc, document.Path, failure.Type, failure.Message);
            }
            else if (document.Source is { } source)
            {
                Guarded(spc, document.Path, () => spc.AddSource(document.HintName, source));
            }
        });

        // Usually empty, so an edit that emits fine leaves it equal and the index untouched.
        var failedToEmit = emitted
            .Where(static document => document.Failure is not null)
            .Select(static (document, _) => document.Path)
            .Collect()
            .Select(static (paths, _) => paths.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray());

        var indexes = summaries
            .Collect()
            .Combine(names)
            .Combine(settings)
            .Combine(failedToEmit)
            .WithTrackingName(TrackingNames.CorpusIndexes);

        context.RegisterSourceOutput(indexes, static (spc, input) =>
        {
            var (((all, names), settings), failed) = input;
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
                // A document too large for its storage (CORPUS010) or whose emission failed (CORPUS099) has no class, so the
                // index must not name it.
                var members = corpus
                    .Where(s => StorageLimits.Fits(s.LargeSize, settings) && !failed.Contains(s.Path))
                    .Select(s => (s, names.ClassNameOf(s.Path)))
                    .ToList();
                Guarded(spc, corpus.Key, () => spc.AddSource(names.IndexHintNameOf(corpus.Key), CorpusIndexEmitter.Emit(names.CorpusClassOf(corpus.Key), members, settings)));
            }
        });

        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, found) => Report(spc, found));
        context.RegisterSourceOutput(namesAndDiagnostics.Select(static (pair, _) => pair.Diagnostics), static (spc, found) => Report(spc, found));
        context.RegisterSourceOutput(
            generatedNamespace
                .Combine(seedFiles.Collect().Select(static (files, _) => !files.IsDefaultOrEmpty))
                .Select(static (pair, _) => pair.Right ? pair.Left.Diagnostics : EquatableArray<DiagnosticInfo>.Empty),
            static (spc, found) => Report(spc, found));
        context.RegisterSourceOutput(
            documents.Combine(settings).Select(static (pair, _) => StorageLimits.Check(pair.Left, pair.Right)),
            static (spc, found) => Report(spc, found));
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
            ReportInternalError(context, file, exception.GetType().Name, exception.Message);
        }
    }

    /// <summary>CORPUS099 for a file (located there when <paramref name="file"/> is a path) or for a corpus.</summary>
    private static void ReportInternalError(SourceProductionContext context, string file, string exceptionType, string message)
    {
        var location = file.IndexOf('/') >= 0 || file.IndexOf('\\') >= 0 ? LocationInfo.WholeFile(file).ToLocation() : Location.None;
        context.ReportDiagnostic(Diagnostic.Create(
            CorpusDiagnostics.InternalError, location, DocumentSpecBuilder.FileName(file), exceptionType, message));
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            Guarded(context, info.Location?.Path ?? info.Id, () =>
            {
                var descriptor = CorpusDiagnostics.ById(info.Id);
                context.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation() ?? Location.None, info.Arguments.ToArray<object>()));
            });
        }
    }
}
