using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generators.Tests.Infrastructure;

namespace Corpus.Generators.Tests;

/// <summary>
/// 5,000 real, weird English sentences (tests/data/nlp-corpus: lyrics, transcripts, SMS, legal text, emoji) as 50
/// seed articles whose headlines are sentences too: nothing may throw, everything must compile, no text may be lost.
/// </summary>
[TestClass]
public sealed class HostileSentenceTests
{
    private const int SentencesPerArticle = 100;

    [TestMethod]
    public void Real_weird_sentences_generate_compiling_code_that_keeps_every_character()
    {
        var path = Path.Combine(RepositoryPaths.TestData, "nlp-corpus", "sentences.txt");
        var sentences = File.ReadAllLines(path);
        sentences.Length.ShouldBe(5000);
        var project = new SeedProject();
        var texts = new Dictionary<string, string>();
        for (var article = 0; article * SentencesPerArticle < sentences.Length; article++)
        {
            var lines = sentences.Skip(article * SentencesPerArticle).Take(SentencesPerArticle).ToArray();
            // The first sentence is the headline; then paragraphs of one to three sentences, some with blank lines between.
            var text = lines[0] + "\n\n" + string.Concat(lines.Skip(1).Select((s, i) => s + (i % 3 == 2 ? "\n\n" : i % 2 == 0 ? " " : "\n")));
            var name = $"nlp-{article:D2}.txt";
            texts[name] = text;
            project.AddSeed(name, text);
        }

        var run = project.Run();

        HostileInvariants.ShouldHold(run, texts).Count.ShouldBe(texts.Count);
        // The corpus holds a few U+FFFD of its own ("badly-formatted unicode"): CORPUS009 is the only warning it may cause.
        run.GeneratorDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.Id != "CORPUS009")
            .Select(d => d.ToString()).ShouldBeEmpty();
        Console.WriteLine(string.Join(", ", run.GeneratorDiagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}×{g.Count()}")));
    }
}
