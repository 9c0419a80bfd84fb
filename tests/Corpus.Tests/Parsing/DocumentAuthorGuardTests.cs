using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>
/// <see cref="NameScanGuards.DocumentAuthorMayMatch"/> skips the document author pattern where it cannot match (perf7): it
/// must be true wherever the pattern matches, and false on the common sentences of a document noun that name no author.
/// </summary>
[TestClass]
public sealed class DocumentAuthorGuardTests
{
    private static readonly Regex DocumentAuthor =
        (Regex)typeof(SpeakerTable).GetField("DocumentAuthor", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

    [TestMethod]
    [DataRow("Gov. Sollars sent a telegram to the mayor.", DisplayName = "(1) a verb, a determiner, the noun")]
    [DataRow("The Kalvarian Foreign Ministry made public the full note.", DisplayName = "(1) made public, the, words between")]
    [DataRow("The Teamsters made their formal complaint public.", DisplayName = "(1) made their")]
    [DataRow("He read a letter from Sen. Yancey.", DisplayName = "(2) a noun from a capital")]
    [DataRow("(the letter from Mayor Hobbs was read)", DisplayName = "(2) a determiner after a parenthesis")]
    [DataRow("As stated in resolution adopted by the Fulton County Grand Jury.", DisplayName = "(3) in, the noun, by")]
    [DataRow("Judge Pye said in his long written dissent that the law stands.", DisplayName = "(4) in his, two words, the noun")]
    public void Is_true_where_the_pattern_matches(string sentence)
    {
        DocumentAuthor.IsMatch(sentence).ShouldBeTrue(sentence);
        NameScanGuards.DocumentAuthorMayMatch(sentence).ShouldBeTrue(sentence);
    }

    [TestMethod]
    [DataRow("The report, released on Monday, said prices rose.")]
    [DataRow("In a statement, the company said it would appeal.")]
    [DataRow("The statement was made after the vote.")]
    [DataRow("Officials issued no comment on the order.")]
    public void Is_false_where_no_noun_has_an_authors_shape(string sentence)
    {
        DocumentAuthor.IsMatch(sentence).ShouldBeFalse(sentence);
        NameScanGuards.DocumentAuthorMayMatch(sentence).ShouldBeFalse(sentence);
    }

    [TestMethod]
    public void Is_true_for_every_sentence_of_the_seeds_and_test_data_the_pattern_matches()
    {
        var matched = 0;
        var skipped = 0;
        foreach (var sentence in Sentences())
        {
            if (DocumentAuthor.IsMatch(sentence))
            {
                matched++;
                NameScanGuards.DocumentAuthorMayMatch(sentence).ShouldBeTrue(sentence);
            }
            else if (!NameScanGuards.DocumentAuthorMayMatch(sentence))
            {
                skipped++;
            }
        }

        matched.ShouldBeGreaterThan(10);
        skipped.ShouldBeGreaterThan(matched);
    }

    private static IEnumerable<string> Sentences()
    {
        var files = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt")
            .Concat(Directory.GetFiles(RepositoryPaths.TestData, "*.txt", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var paragraph in CorpusParser.Parse(File.ReadAllText(file), Path.GetFileName(file)).Paragraphs)
            {
                foreach (var sentence in paragraph.Sentences.Select(s => s.Text).Append(paragraph.Text))
                {
                    if (SpeakerTable.DocumentWords.AnyIn(sentence) && seen.Add(sentence))
                    {
                        yield return sentence;
                    }
                }
            }
        }
    }
}
