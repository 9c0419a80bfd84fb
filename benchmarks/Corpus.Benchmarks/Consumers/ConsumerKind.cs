namespace Corpus.Benchmarks.Consumers;

/// <summary>Ways a project can carry the same texts; see <see cref="ConsumerProject"/>.</summary>
public enum ConsumerKind
{
    /// <summary>The floor: each text as a <c>"…"u8</c> literal in a C# file of its own, no generator, no parsing.</summary>
    Floor,

    /// <summary>The Corpus generator: seeds as <c>AdditionalFiles</c> with <c>Corpus="Seeds"</c>, every member set.</summary>
    Generator,

    /// <summary>What a user would do otherwise: seeds as <c>EmbeddedResource</c>, parsed at run time with <c>Parsing.CorpusParser</c>.</summary>
    EmbeddedResource,

    /// <summary>
    /// The generator's output for the same seeds, written into the project as plain <c>.cs</c> files, with the runtime
    /// referenced and no generator: what the compiler pays for the generated members themselves.
    /// </summary>
    GeneratedSources,

    /// <summary>The Corpus generator with <c>&lt;CorpusMembers&gt;Documents&lt;/CorpusMembers&gt;</c>: no named paragraphs, quotes or speakers.</summary>
    GeneratorDocumentsOnly,
}
