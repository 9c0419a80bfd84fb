using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Tests.Infrastructure;

/// <summary>What must hold for any input at all: the generator does not throw, the build compiles, no text is lost.</summary>
internal static class HostileInvariants
{
    /// <summary>Checks a run and returns the documents it generated.</summary>
    /// <param name="run">The generator run.</param>
    /// <param name="decodedTexts">Each seed file's name and the text the compiler decoded from it.</param>
    public static IReadOnlyList<Corpus.Document> ShouldHold(GeneratorRun run, IReadOnlyDictionary<string, string> decodedTexts)
    {
        run.GeneratorExceptions.ShouldBeEmpty();
        run.GeneratorDiagnostics.Where(d => d.Id == "CORPUS099").Select(d => d.GetMessage()).ShouldBeEmpty();
        run.CompilationProblems.ShouldBeEmpty();

        var documents = GeneratedCorpus.Documents(run.Output);
        foreach (var document in documents)
        {
            decodedTexts.ContainsKey(document.FileName).ShouldBeTrue(document.FileName);
            (document.Text == decodedTexts[document.FileName]).ShouldBeTrue($"{document.FileName}: Document.Text differs from the file's decoded text");
            foreach (var paragraph in document.Paragraphs)
            {
                paragraph.Start.ShouldBeGreaterThanOrEqualTo(0, document.FileName);
                paragraph.Length.ShouldBeGreaterThanOrEqualTo(0, document.FileName);
                (paragraph.Start + paragraph.Length).ShouldBeLessThanOrEqualTo(document.Text.Length, document.FileName);
            }

            foreach (var quote in document.Quotes)
            {
                (quote.Start >= 0 && quote.Start + quote.Length <= document.Text.Length).ShouldBeTrue($"{document.FileName}: quote range outside the text");
            }
        }

        return documents;
    }
}
