namespace Corpus.Generators.Model;

/// <summary>The outcome of emitting one document: its source, nothing (no runtime, or too large), or the failure.</summary>
/// <param name="Path">The seed file's path.</param>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Source">The generated source, or <see langword="null"/> when nothing is emitted.</param>
/// <param name="Failure">Why emitting threw (CORPUS099), or <see langword="null"/>.</param>
internal sealed record EmittedDocument(string Path, string HintName, string? Source, EmitFailure? Failure)
{
    /// <summary>CORPUS099 when emitting failed.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics => Failure is { } failure
        ? new EquatableArray<DiagnosticInfo>(new[]
        {
            DiagnosticInfo.Create(
                Corpus.Generators.Diagnostics.CorpusDiagnostics.InternalError, LocationInfo.WholeFile(Path), DocumentSpecBuilder.FileName(Path), failure.Type, failure.Message),
        })
        : EquatableArray<DiagnosticInfo>.Empty;
}

/// <summary>An exception caught while emitting, as plain values.</summary>
/// <param name="Type">The exception's type name.</param>
/// <param name="Message">The exception's message.</param>
internal sealed record EmitFailure(string Type, string Message);
