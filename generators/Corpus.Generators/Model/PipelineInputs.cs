namespace Corpus.Generators.Model;

/// <summary>What the compilation offers the generated code, read once per compilation.</summary>
/// <param name="Utf8Literals">Whether the consumer has <c>"…"u8</c> literals (C# 11 and <c>ReadOnlySpan&lt;byte&gt;</c>).</param>
/// <param name="HasRuntime">Whether the compilation references the Corpus runtime library.</param>
/// <param name="RowLabel">The label property of MSTest's <c>TestDataRow&lt;T&gt;</c>, or <see langword="null"/> without MSTest.</param>
internal sealed record CompilationFeatures(bool Utf8Literals, bool HasRuntime, string? RowLabel);

/// <summary>Every class name of the compilation and the diagnostics of choosing them (<see cref="NameAssigner"/>).</summary>
internal sealed record CorpusNames(NameMap Names, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One document, ready to emit: its spec, its class names and hint name, and the compilation's settings.</summary>
internal sealed record DocumentToEmit(DocumentSpec Spec, string CorpusClass, string ClassName, string HintName, EmitSettings Settings)
{
    public static DocumentToEmit Of(DocumentSpec spec, NameMap names, EmitSettings settings) =>
        new(spec, names.CorpusClassOf(spec.Corpus), names.ClassNameOf(spec.Path), names.HintNameOf(spec.Path), settings);
}

/// <summary>What the corpus index files are written from.</summary>
/// <param name="Documents">What the index needs of every document.</param>
/// <param name="Names">Every class name of the compilation.</param>
/// <param name="Settings">The compilation's settings.</param>
/// <param name="FailedToEmit">The paths of documents whose emission failed (CORPUS099): the index must not name them.</param>
internal sealed record CorpusIndexInput(EquatableArray<DocumentSummary> Documents, NameMap Names, EmitSettings Settings, EquatableArray<string> FailedToEmit);
