using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Fakes;

/// <summary>
/// What every parse must satisfy, whatever the text: ranges inside the text and in order, each paragraph's and
/// quote's text equal to its range, every non-space character in some paragraph (nothing dropped), every quoted
/// speaker listed.
/// </summary>
public static class ParserInvariants
{
    /// <summary>The invariants <paramref name="document"/> breaks, one line each; empty when it keeps them all.</summary>
    /// <param name="document">A parsed document.</param>
    /// <returns>The violations.</returns>
    public static IReadOnlyList<string> Violations(Document document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        var text = document.Text;
        var problems = new List<string>();
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var p in document.Paragraphs)
        {
            if (!Inside(p.Start, p.Length, 0, text.Length))
            {
                problems.Add($"paragraph {p.Index}: range {p.Start}+{p.Length} outside the text ({text.Length})");
                continue;
            }

            if (p.Start < previousEnd)
            {
                problems.Add($"paragraph {p.Index}: starts at {p.Start}, before the previous one ends ({previousEnd})");
            }

            previousEnd = p.Start + p.Length;
            for (var i = p.Start; i < p.Start + p.Length; i++)
            {
                covered[i] = true;
            }

            if (p.Text != CorpusText.Slice(text, p.Start, p.Length))
            {
                problems.Add($"paragraph {p.Index}: text is not its range");
            }

            var sentenceEnd = p.Start;
            foreach (var s in p.Sentences)
            {
                if (!Inside(s.Start, s.Length, p.Start, p.Start + p.Length) || s.Start < sentenceEnd)
                {
                    problems.Add($"paragraph {p.Index}: sentence {s.Start}+{s.Length} outside its paragraph or out of order");
                }

                sentenceEnd = s.Start + s.Length;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i] && !CorpusText.IsSpace(text[i]) && !CorpusText.IsLineBreak(text[i]))
            {
                problems.Add($"character {i} ('{text[i]}') is in no paragraph: dropped");
                break;
            }
        }

        foreach (var q in document.Quotes)
        {
            if (q.ParagraphIndex < 0 || q.ParagraphIndex >= document.Paragraphs.Count)
            {
                problems.Add($"quote \"{q.Text}\": paragraph {q.ParagraphIndex} does not exist");
                continue;
            }

            var p = document.Paragraphs[q.ParagraphIndex];
            if (!Inside(q.Start, q.Length, p.Start, p.Start + p.Length))
            {
                problems.Add($"quote \"{q.Text}\": range {q.Start}+{q.Length} outside paragraph {p.Index}");
            }
            else if (q.Text != CorpusText.Slice(text, q.Start, q.Length))
            {
                problems.Add($"quote \"{q.Text}\": text is not its range");
            }

            if (q.Text.Length == 0)
            {
                problems.Add($"quote in paragraph {p.Index}: empty");
            }

            if (q.Speaker is not null && !document.Speakers.Contains(q.Speaker))
            {
                problems.Add($"quote \"{q.Text}\": speaker {q.Speaker.Name} not in Speakers");
            }
        }

        return problems;
    }

    private static bool Inside(int start, int length, int from, int to) => start >= from && length >= 0 && start + length <= to;
}
