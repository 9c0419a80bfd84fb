namespace Corpus.Generators.Model;

/// <summary>The outcome of reading one seed file: a document to emit (or none) and the diagnostics found.</summary>
internal sealed record ParseResult(DocumentSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
