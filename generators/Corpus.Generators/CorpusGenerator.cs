using System;
using Corpus.Generators.Diagnostics;
using Corpus.Generators.Emit;
using Corpus.Generators.Model;
using Corpus.Naming;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators;

/// <summary>
/// Turns seed files (<c>AdditionalFiles</c> with <c>Corpus</c> metadata) into typed C#: one file per document and one
/// index file per corpus. Wiring only: text → parse → spec → names → emit, each in its own class; every diagnostic
/// travels as a value to the one output that reports them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var seedFiles = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (input, ct) => SeedFileReader.Read(input.Left, input.Right, ct))
            .Where(static file => file is not null).Select(static (file, _) => file!).WithTrackingName(TrackingNames.SeedFiles);
        var parsed = seedFiles.Select(static (file, ct) => DocumentSpecBuilder.Build(file, ct)).WithTrackingName(TrackingNames.Parsed);
        var documents = parsed.Where(static result => result.Spec is not null).Select(static (result, _) => result.Spec!).WithTrackingName(TrackingNames.Documents);
        var summaries = documents.Select(static (spec, _) => StorageLimits.SummaryOf(spec)).CollectEquatable();

        var generatedNamespace = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => CompilationReader.Namespace(options)).WithTrackingName(TrackingNames.Namespace);
        var memberSets = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => CompilationReader.Members(options)).WithTrackingName(TrackingNames.MemberSets);
        var settings = generatedNamespace.Combine(memberSets, context.CompilationProvider.Select(static (compilation, _) => CompilationReader.Features(compilation)), CompilationReader.Settings)
            .WithTrackingName(TrackingNames.Settings);
        var namespaces = context.CompilationProvider.Select(static (compilation, _) => CompilationReader.TopLevelNamespaces(compilation)).WithTrackingName(TrackingNames.Namespaces);
        var names = summaries.Combine(settings.Select(static (s, _) => s.Namespace), namespaces, NameAssigner.Assign).WithTrackingName(TrackingNames.Names);

        // Emitting is a step of its own, not part of the output: the index must know which documents failed (CORPUS099).
        var emitted = documents.Combine(names, settings, static (spec, names, settings) => DocumentToEmit.Of(spec, names.Names, settings)).WithTrackingName(TrackingNames.DocumentSources)
            .Select(static (document, _) => DocumentEmitter.TryEmit(document)).WithTrackingName(TrackingNames.EmittedDocuments);
        var failedToEmit = emitted.Where(static d => d.Failure is not null).Select(static (d, _) => d.Path).CollectEquatable();
        var indexes = summaries.Combine(names, settings, failedToEmit, static (all, names, settings, failed) => new CorpusIndexInput(all, names.Names, settings, failed))
            .WithTrackingName(TrackingNames.CorpusIndexes);

        var diagnostics = emitted.Select(static (document, _) => document.Diagnostics).Flatten()
            .Then(summaries.Combine(settings).Select(static (input, _) => CorpusIndexEmitter.RuntimeCheck(input.Left, input.Right)))
            .Then(parsed.Select(static (result, _) => result.Diagnostics).Flatten())
            .Then(names.Select(static (names, _) => names.Diagnostics))
            .Then(generatedNamespace.Combine(seedFiles.Any()).Select(static (input, _) => input.Right ? input.Left.Diagnostics : EquatableArray<DiagnosticInfo>.Empty))
            .Then(memberSets.Combine(seedFiles.Any()).Select(static (input, _) => input.Right ? input.Left.Diagnostics : EquatableArray<DiagnosticInfo>.Empty))
            .Then(documents.Combine(settings).Select(static (input, _) => StorageLimits.Check(input.Left, input.Right)).Flatten())
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(emitted, AddDocument);
        context.RegisterSourceOutput(indexes, AddIndexes);
        context.RegisterSourceOutput(diagnostics, Report);
    }

    private static void AddDocument(SourceProductionContext context, EmittedDocument document) =>
        Guarded(context, LocationInfo.WholeFile(document.Path), FileName(document.Path), () =>
        {
            if (document.Source is { } source)
            {
                context.AddSource(document.HintName, source);
            }
        });

    private static void AddIndexes(SourceProductionContext context, CorpusIndexInput input)
    {
        foreach (var (corpus, members) in CorpusIndexEmitter.Corpora(input))
        {
            Guarded(context, null, corpus, () =>
                context.AddSource(input.Names.IndexHintNameOf(corpus), CorpusIndexEmitter.Emit(input.Names.CorpusClassOf(corpus), members, input.Settings)));
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var file = info.Location is { } at ? LocationInfo.WholeFile(at.Path) : null;
            Guarded(context, file, file is null ? info.Id : FileName(file.Path), () => context.ReportDiagnostic(info.ToDiagnostic()));
        }
    }

    /// <summary>Runs one output action; an unexpected failure becomes CORPUS099 instead of failing the build (CS8785).</summary>
    /// <param name="context">The output's context.</param>
    /// <param name="file">The seed file the action is about, or <see langword="null"/> (a corpus, a diagnostic without a file).</param>
    /// <param name="name">What CORPUS099 names: the file's name, the corpus, or the diagnostic's id.</param>
    /// <param name="action">The action.</param>
    private static void Guarded(SourceProductionContext context, LocationInfo? file, string name, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticInfo.Create(CorpusDiagnostics.InternalError, file, name, exception.GetType().Name, exception.Message).ToDiagnostic());
        }
    }

    private static string FileName(string path) => DocumentSpecBuilder.FileName(path);
}
