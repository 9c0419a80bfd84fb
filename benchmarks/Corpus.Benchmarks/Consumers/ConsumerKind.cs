namespace Corpus.Benchmarks.Consumers;

/// <summary>Three ways a project can carry the same texts; see <see cref="ConsumerProject"/>.</summary>
public enum ConsumerKind
{
    /// <summary>The floor: each text as a <c>"…"u8</c> literal in a C# file of its own, no generator, no parsing.</summary>
    Floor,

    /// <summary>The Corpus generator: seeds as <c>AdditionalFiles</c> with <c>Corpus="Seeds"</c>.</summary>
    Generator,

    /// <summary>What a user would do otherwise: seeds as <c>EmbeddedResource</c>, parsed at run time with <c>Parsing.CorpusParser</c>.</summary>
    EmbeddedResource,
}
