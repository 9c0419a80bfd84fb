using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests;

/// <summary>
/// 250 documents and 20 MiB of text through the generator and the compiler: the scale at which ordinary string
/// literals would overflow the 16 MiB user-string heap (CS8103). Built once for the class (see <see cref="LargeBuild"/>).
/// </summary>
[TestClass]
public sealed class LargeCorpusTests
{
    [TestMethod]
    public void Large_corpus_is_250_documents_and_at_least_20_MiB()
    {
        var documents = SyntheticCorpora.Large;

        documents.Count.ShouldBe(250);
        documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)).ShouldBeGreaterThanOrEqualTo(20L * 1024 * 1024);
        documents.Select(d => d.FileName).Distinct().Count().ShouldBe(250);
    }

    [TestMethod]
    public void Large_corpus_generates_one_file_per_document_and_compiles_with_no_errors_or_warnings()
    {
        var build = LargeBuild.Latest;

        build.Run.GeneratorExceptions.ShouldBeEmpty();
        build.Run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
        build.EmitProblems.ShouldBeEmpty();
        build.Run.Sources.Count.ShouldBe(251); // one per document and the index
    }

    [TestMethod]
    public void Large_corpus_text_is_stored_as_UTF8_data_not_in_string_literals()
    {
        var build = LargeBuild.Latest;

        build.LongestStringLiteral.ShouldBeLessThan(LargeBuild.StringLiteralBound, build.LongestStringLiteralWhere);
        build.Utf8LiteralBytes.ShouldBeGreaterThanOrEqualTo(20L * 1024 * 1024);
        build.UserStringHeapBytes.ShouldBeLessThan(1024 * 1024); // of the 16 MiB (CS8103): titles, cues, aliases
    }

    [TestMethod]
    public void Byte_array_fallback_of_CSharp_10_holds_long_documents_and_round_trips_their_text()
    {
        // Eight of the 250 (0.7 MB): the compiler needs about 0.6 GB per MB of byte[] initialisers (docs/performance.md),
        // so the whole 20 MiB in C# 10 would take over 12 GB: more than a test may ask of a shared machine.
        var documents = SyntheticCorpora.Large.Take(8).ToArray();

        var run = new SeedProject { LanguageVersion = LanguageVersion.CSharp10 }.AddSeeds(documents).Run();

        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
        run.Sources.Values.Count(s => s.Contains("private static readonly byte[] Utf8 = new byte[]", StringComparison.Ordinal)).ShouldBe(8);
        var texts = GeneratedCorpus.Documents(run.Output).ToDictionary(d => d.FileName, d => d.Text);
        texts.Count.ShouldBe(8);
        documents.ShouldAllBe(d => texts[d.FileName] == d.Text);
    }

    [TestMethod]
    public void Reading_All_builds_no_document_until_an_item_is_read_and_then_that_one_only()
    {
        using var corpus = new LoadedCorpus(LargeBuild.Latest.Image);

        var all = (IReadOnlyList<Corpus.Document>)LoadedCorpus.Read(corpus.Index, "All");

        all.Count.ShouldBe(250);
        corpus.Built.ShouldBeEmpty();
        var seventh = all[7];
        seventh.FileName.ShouldBe(SyntheticCorpora.Large.Select(d => d.FileName).Order(StringComparer.Ordinal).ElementAt(7));
        corpus.Built.Count.ShouldBe(1);
    }

    [TestMethod]
    public void Touching_one_document_builds_that_document_only()
    {
        using var corpus = new LoadedCorpus(LargeBuild.Latest.Image);
        var chosen = corpus.DocumentClasses[123];

        var document = (Corpus.Document)LoadedCorpus.Read(chosen, "Document");

        corpus.Built.ShouldBe(new[] { chosen.Name });
        LoadedCorpus.Read(chosen, "Document").ShouldBeSameAs(document);
        var other = corpus.DocumentClasses[124];
        var paragraphs = other.GetNestedType("Paragraphs")!;
        LoadedCorpus.Read(paragraphs, paragraphs.GetProperties()[0].Name).ShouldBeOfType<Corpus.Paragraph>();
        corpus.Built.ShouldBe(new[] { chosen.Name, other.Name }, ignoreOrder: true);
    }

    [TestMethod]
    public void No_static_constructor_decodes_or_builds_a_document()
    {
        using var corpus = new LoadedCorpus(LargeBuild.Latest.Image);

        foreach (var type in corpus.Index.Assembly.GetTypes())
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        corpus.Built.ShouldBeEmpty();
        corpus.DocumentClasses.Where(t => t.TypeInitializer is not null).Select(t => t.Name).ShouldBeEmpty(); // text is a "…"u8 literal: nothing to initialise
        LoadedCorpus.Read(corpus.Index.GetNestedType("Speakers")!, "All").ShouldBeAssignableTo<IReadOnlyList<Corpus.Speaker>>()!.Count.ShouldBeGreaterThan(0);
        corpus.Built.ShouldBeEmpty();
    }
}

