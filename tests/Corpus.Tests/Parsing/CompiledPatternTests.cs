using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>
/// The parser's patterns run interpreted, but each must match the same compiled (<see cref="RegexOptions.Compiled"/>), so
/// the engine can be switched without a change of output. The compiled engine of .NET 10 mishandles a bounded lazy loop
/// that backtracks out after its last iteration (dotnet/runtime#129511): the one such loop the patterns had is written
/// with <see cref="StatementPatterns.LazyUpTo"/>, and these tests check that the rewrite matches as the loop did and that
/// every pattern, compiled, matches the seeds as it does interpreted.
/// </summary>
[TestClass]
public sealed class CompiledPatternTests
{
    /// <summary>The loop <see cref="StatementPatterns.LazyUpTo"/> replaced, as it was written, and its rewrite.</summary>
    private const string Loop = @"(?:\s+[a-z]+){0,6}?";

    private static readonly string Rewritten = StatementPatterns.LazyUpTo(@"\s+[a-z]+", 6);

    /// <summary>Sentences whose matches, interpreted, the compiled engine of .NET 10 got wrong before the rewrite.</summary>
    private static readonly string[] Regressions =
    {
        // Leading threw ArgumentOutOfRangeException: "the two presidents signed and issued a joint" is "the" and six
        // words, after which the lazy loop gave up and left stale entries on the backtracking stack.
        "During the visit, the two presidents signed and issued a joint statement on deepening the comprehensive strategic partnership of coordination for a new era, on the occasion of the 75th anniversary of diplomatic ties, and witnessed the signing of more than 10 key cooperation documents, Liu said, adding that Putin also attended the eighth China-Russia Expo in Harbin, injecting new impetus to the growth of economic and trade cooperation between the two countries.",

        // MidClause threw from " and the two sides will always be made a new path".
        "\"This year and the two sides will always be made a new path two sides,\" recalled he.",

        // More than six lower-case words after "The" before a name in commas: the loop gives up at its maximum.
        "The mayor and the city council members of the town of Ashford said that the vote, Mayor Ruth Allen said, was close.",
    };

    [TestMethod]
    public void LazyUpTo_is_nested_lazy_optionals()
    {
        StatementPatterns.LazyUpTo("x", 0).ShouldBe(string.Empty);
        StatementPatterns.LazyUpTo("x", 1).ShouldBe("(?:x)??");
        StatementPatterns.LazyUpTo("x", 3).ShouldBe("(?:x(?:x(?:x)??)??)??");
    }

    [TestMethod]
    [DataRow(@"^(?:ba+{0}c|b)", "bababa", DisplayName = "the smallest shape the compiled engine got wrong ('ba' for 'b')")]
    [DataRow(@"^(?:ba+{0}c|b)", "baaababababababa", DisplayName = "the loop at its maximum, then the other branch")]
    [DataRow(@"^(?:ba+{0}c|b)", "bababac", DisplayName = "a match within the maximum")]
    [DataRow(@"^(?:x|ba+{0}c)?bab", "bababa", DisplayName = "an optional group before the rest")]
    [DataRow(@"^(?:ba+{0}(?=c)|b)*", "bababababababa", DisplayName = "inside a loop")]
    public void A_rewritten_loop_matches_as_the_bounded_lazy_loop_both_interpreted_and_compiled(string shape, string input)
    {
        for (var max = 0; max <= 7; max++)
        {
            var original = shape.Replace("{0}", "(?:ba+){0," + max + "}?");
            var rewritten = shape.Replace("{0}", StatementPatterns.LazyUpTo("ba+", max));
            var expected = Describe(new Regex(original, RegexOptions.None).Match(input));

            Describe(new Regex(rewritten, RegexOptions.None).Match(input)).ShouldBe(expected, $"interpreted, max {max}: {rewritten}");
            Describe(new Regex(rewritten, RegexOptions.Compiled).Match(input)).ShouldBe(expected, $"compiled, max {max}: {rewritten}");
        }
    }

    [TestMethod]
    public void Subject_holds_the_rewritten_loop_and_not_the_loop_it_replaced()
    {
        StatementPatterns.Subject.ShouldContain(Rewritten);
        StatementPatterns.Subject.ShouldNotContain(Loop);
    }

    [TestMethod]
    public void Every_rewritten_pattern_matches_as_its_original_form_on_the_seeds()
    {
        var inputs = Inputs();
        var rewritten = Patterns().Where(p => p.Pattern.ToString().Contains(Rewritten)).ToList();
        rewritten.Count.ShouldBeGreaterThan(10, "every pattern that holds Subject");

        foreach (var (name, pattern) in rewritten)
        {
            var original = new Regex(pattern.ToString().Replace(Rewritten, Loop), pattern.Options, pattern.MatchTimeout);
            ShouldMatchAlike(name, pattern, original, inputs);
        }
    }

    [TestMethod]
    public void Every_pattern_matches_the_seeds_compiled_as_it_does_interpreted()
    {
        var inputs = Inputs();
        var patterns = Patterns();
        patterns.Count.ShouldBeGreaterThan(40);

        foreach (var (name, pattern) in patterns)
        {
            var compiled = new Regex(pattern.ToString(), pattern.Options | RegexOptions.Compiled, pattern.MatchTimeout);
            ShouldMatchAlike(name, compiled, pattern, inputs);
        }
    }

    /// <summary>
    /// Every match of <paramref name="actual"/> in <paramref name="inputs"/> has the index, length and captures of
    /// <paramref name="expected"/>'s. A pattern anchored with <c>\G</c> is tried at the start, at every comma and at every
    /// space, where the parser tries such patterns; any other is searched from the start.
    /// </summary>
    private static void ShouldMatchAlike(string name, Regex actual, Regex expected, IReadOnlyList<string> inputs)
    {
        var anchored = expected.ToString().StartsWith(@"\G", StringComparison.Ordinal);
        foreach (var input in inputs)
        {
            for (var at = 0; at < input.Length; at++)
            {
                if (at > 0 && !(anchored && (input[at] == ',' || input[at] == ' ')))
                {
                    continue;
                }

                string got;
                try
                {
                    got = Describe(actual.Match(input, at));
                }
                catch (Exception e)
                {
                    got = e.GetType().Name;
                }

                got.ShouldBe(Describe(expected.Match(input, at)), $"{name} at {at} of \"{input}\"");
            }
        }
    }

    private static string Describe(Match match)
    {
        if (!match.Success)
        {
            return "no match";
        }

        var description = new StringBuilder().Append(match.Index).Append('+').Append(match.Length);
        foreach (Group group in match.Groups)
        {
            description.Append(' ').Append(group.Name).Append('=');
            foreach (Capture capture in group.Captures)
            {
                description.Append(capture.Index).Append('+').Append(capture.Length).Append(',');
            }
        }

        return description.ToString();
    }

    /// <summary>Every pattern of the parser: each static <see cref="Regex"/> (or array of them) of its stages.</summary>
    private static List<(string Name, Regex Pattern)> Patterns()
    {
        var patterns = new List<(string, Regex)>();
        foreach (var type in new[] { typeof(StatementPatterns), typeof(SpeakerTable), typeof(DateReader) })
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (field.GetValue(null) is Regex pattern)
                {
                    patterns.Add((type.Name + "." + field.Name, pattern));
                }
                else if (field.GetValue(null) is Regex[] array)
                {
                    patterns.AddRange(array.Select((p, i) => ($"{type.Name}.{field.Name}[{i}]", p)));
                }
            }
        }

        return patterns;
    }

    /// <summary>Every paragraph and sentence of the seeds, and the sentences of <see cref="Regressions"/>.</summary>
    private static List<string> Inputs()
    {
        var inputs = new List<string>(Regressions);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            foreach (var paragraph in CorpusParser.Parse(File.ReadAllText(file), Path.GetFileName(file)).Paragraphs)
            {
                inputs.Add(paragraph.Text);
                inputs.AddRange(paragraph.Sentences.Select(s => s.Text));
            }
        }

        return inputs.Distinct(StringComparer.Ordinal).ToList();
    }
}
