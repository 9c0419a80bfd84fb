using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>
/// The generator under the name the linked <c>SeedProject</c> uses. The generator assembly is referenced under an
/// alias here (its linked copy of the parser would clash with the runtime's types); this forwards to it.
/// </summary>
internal sealed class CorpusGenerator : IIncrementalGenerator
{
    private readonly Corpus.Generators.CorpusGenerator _generator = new();

    public void Initialize(IncrementalGeneratorInitializationContext context) => _generator.Initialize(context);
}
