using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Fakes.Tests;

/// <summary>
/// End to end: synthetic seed files through the source generator (Roslyn driver), then the generated code compiled
/// with user code that names each document and speaker. No diagnostics, no compile errors, every expected member.
/// </summary>
[TestClass]
public sealed class GeneratorFuzzTests
{
    private const int Batch = 10;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Synthetic_seed_files_generate_code_that_compiles_and_names_every_document_and_speaker()
    {
        var faker = new CorpusFaker(FuzzSettings.Seed, SeedCorpus.All);
        var failures = new List<string>();
        for (var first = 0; first < FuzzSettings.EndToEndCount; first += Batch)
        {
            var articles = Enumerable.Range(first, Batch).Select(faker.Generate).ToArray();
            var failure = Compile(articles);
            if (failure is not null)
            {
                failures.Add($"articles {first}..{first + Batch - 1} of seed {FuzzSettings.Seed} ({articles[0].Reproduce} …):\n{failure}");
            }
        }

        TestContext.WriteLine($"{FuzzSettings.EndToEndCount} synthetic seed files compiled in batches of {Batch}: {failures.Count} batches failed");
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(3)));
    }

    private static string? Compile(IReadOnlyList<SyntheticDocument> articles)
    {
        // One document per generated class name: two headlines that name the same class are a diagnostic of their own.
        var documents = articles.Select(a => (Article: a, Parsed: a.Parse()))
            .GroupBy(x => x.Parsed.Id, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        var uses = new StringBuilder();
        foreach (var (article, parsed) in documents)
        {
            uses.Append($"        Seeds.{parsed.Id}.Document, Seeds.{parsed.Id}.FileName,\n");
        }

        foreach (var speaker in documents.SelectMany(d => d.Parsed.Speakers).Select(s => s.Id).Distinct(StringComparer.Ordinal))
        {
            uses.Append($"        Seeds.Speakers.{speaker},\n");
        }

        var project = new SeedProject
        {
            UserCode = "namespace Consumer\n{\n    internal static class Use\n    {\n        public static object[] Members => new object[]\n        {\n"
                + uses + "            Seeds.All,\n        };\n    }\n}\n",
        };
        foreach (var (article, _) in documents)
        {
            project.AddSeed(article.FileName, article.Text);
        }

        var run = project.Run();
        var problems = run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Concat(run.CompilationErrorsAndWarnings)
            .Select(d => d.ToString())
            .ToList();
        if (run.Sources.Count != documents.Length + 1)
        {
            problems.Add($"expected {documents.Length + 1} generated files (one per document and the index), got {run.Sources.Count}");
        }

        return problems.Count == 0 ? null : string.Join("\n", problems.Take(10));
    }
}
