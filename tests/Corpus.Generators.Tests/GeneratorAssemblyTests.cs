using System;
using System.Linq;
using System.Reflection;

namespace Corpus.Generators.Tests;

/// <summary>
/// What the analyzer assembly holds of the runtime's source: the parser, model, naming and layout format, all internal
/// (so no Corpus.* type is public in two assemblies and no project needs an extern alias), and nothing that only
/// generated code calls at run time.
/// </summary>
[TestClass]
public sealed class GeneratorAssemblyTests
{
    private static readonly Assembly Generator = typeof(CorpusGenerator).Assembly;

    [TestMethod]
    public void The_shared_source_is_internal_in_the_generator()
    {
        var shared = Generator.GetTypes().Where(t => t.Namespace is "Corpus" or "Corpus.Parsing" or "Corpus.Naming").ToList();

        shared.Select(t => t.FullName).ShouldContain("Corpus.Parsing.CorpusParser");
        shared.Select(t => t.FullName).ShouldContain("Corpus.Document");
        shared.Select(t => t.FullName).ShouldContain("Corpus.LayoutFormat");
        shared.Where(t => t.IsVisible).Select(t => t.FullName).ShouldBeEmpty();
    }

    [TestMethod]
    [DataRow("Corpus.DocumentLayout")]
    [DataRow("Corpus.LazyDocumentList")]
    [DataRow("Corpus.TestRows")]
    [DataRow("Corpus.CorpusQueries")]
    [DataRow("Corpus.ParserVocabulary")]
    public void Runtime_only_types_are_not_compiled_into_the_generator(string type)
    {
        typeof(Document).Assembly.GetType(type).ShouldNotBeNull();
        Generator.GetType(type).ShouldBeNull();
        Generator.GetType("Corpus.LayoutFormat+Reader").ShouldBeNull(); // the format's writer is shared, its reader runtime-only
    }
}
