using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Fakes.Tests;

/// <summary>
/// Text no operator guarantees anything about — marks, separators and fragments dropped in at random — must still
/// keep the parser's own invariants: no exception, ranges inside the text, nothing dropped.
/// </summary>
[TestClass]
public sealed class NoiseFuzzTests
{
    private static readonly string[] Fragments =
    {
        "\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085",
        "\u00A0", "\u200B", "\uFEFF", "\u2060", "\t", " ", ",", ".", ":", "|", "/", "(", ")", " said ", " said that ", ", according to ",
        "Xi", " President ", " he said.", "\"\"", "U.S.", "31/02/2024", "May 16, 2024 19:37 PM", "\uD83D\uDE00", "\uD800", "-", "\u2014",
    };

    [TestMethod]
    public void Random_noise_in_the_seeds_never_breaks_the_parser_invariants()
    {
        var failures = new List<string>();
        foreach (var document in SeedCorpus.All)
        {
            for (var i = 0; i < FuzzSettings.Count; i++)
            {
                var random = new Bogus.Randomizer(FuzzSettings.Seed * 1_000_003 + i);
                var text = new StringBuilder(document.Text);
                var edits = random.Number(1, 12);
                for (var e = 0; e < edits; e++)
                {
                    var at = random.Number(0, text.Length);
                    if (random.Bool(0.2f) && at < text.Length)
                    {
                        text.Remove(at, Math.Min(text.Length - at, random.Number(1, 40)));
                    }
                    else
                    {
                        text.Insert(at, random.ArrayElement(Fragments));
                    }
                }

                var reproduce = $"noise {i} of {document.FileName}, seed {FuzzSettings.Seed}";
                try
                {
                    var parsed = CorpusParser.Parse(text.ToString(), document.FileName);
                    var violations = ParserInvariants.Violations(parsed);
                    if (violations.Count > 0)
                    {
                        failures.Add($"{reproduce}: {string.Join("; ", violations.Take(3))}");
                    }
                }
                catch (Exception ex)
                {
                    failures.Add($"{reproduce}: threw {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        failures.ShouldBeEmpty(string.Join("\n", failures.Take(10)));
    }
}
