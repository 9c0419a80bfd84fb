using System;
using Corpus.Generators.Emit;

namespace Corpus.Generators.Model;

/// <summary>The outcome of emitting one document: its source, nothing (no runtime, or too large), or the failure.</summary>
/// <param name="Path">The seed file's path.</param>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Source">The generated source, or <see langword="null"/> when nothing is emitted.</param>
/// <param name="Failure">Why emitting threw (CORPUS099), or <see langword="null"/>.</param>
internal sealed record EmittedDocument(string Path, string HintName, string? Source, EmitFailure? Failure)
{
    /// <summary>Emits the document, catching any failure so that it becomes CORPUS099 and the index leaves the document out.</summary>
    public static EmittedDocument Emit(DocumentSpec spec, string corpusClass, string className, string hintName, EmitSettings settings)
    {
        // No runtime: CORPUS007 and nothing generated. Too large for its storage: CORPUS010 comes from the diagnostics pipeline.
        if (!settings.HasRuntime || !StorageLimits.Fits(spec.Size, settings))
        {
            return new EmittedDocument(spec.Path, hintName, null, null);
        }

        try
        {
            if (TestHooks.FailEmittingFileName.Value is { } failing && failing == spec.FileName)
            {
                throw new InvalidOperationException("Emission failed on purpose (test hook).");
            }

            return new EmittedDocument(spec.Path, hintName, DocumentEmitter.Emit(spec, corpusClass, className, settings), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EmittedDocument(spec.Path, hintName, null, new EmitFailure(exception.GetType().Name, exception.Message));
        }
    }
}

/// <summary>An exception caught while emitting, as plain values.</summary>
/// <param name="Type">The exception's type name.</param>
/// <param name="Message">The exception's message.</param>
internal sealed record EmitFailure(string Type, string Message);
