using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// Finds statements in the body paragraphs of a document: direct quotes in quotation marks and reported speech,
/// each with the raw subject that introduces it. Speakers are resolved afterwards, in text order, by <see cref="SpeakerTable"/>.
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Sentences longer than this are not searched for reported speech (they are not prose).</summary>
    private const int MaxSentenceLength = 4000;

    /// <summary>A quoted span shorter than this many words is a name or a scare quote unless a verb attributes it.</summary>
    private const int MinStatementWords = 4;

    /// <summary>A reported clause with at most this many words outside its direct quotes only frames them.</summary>
    private const int MaxFrameWords = 5;

    public static List<Statement> Extract(string text, IReadOnlyList<ParsedBlock> blocks)
    {
        var statements = new List<Statement>();
        foreach (var block in blocks)
        {
            if (block.Role != ParagraphRole.Body)
            {
                continue;
            }

            var reported = new List<Statement>();
            foreach (var sentence in block.Sentences)
            {
                if (sentence.Length <= MaxSentenceLength)
                {
                    Reported(text, block.Index, sentence, reported, nested: false);
                }
            }

            CoverParagraph(text, block, reported);
            var direct = Direct(text, block, reported);
            statements.AddRange(reported.Where(r => !IsFrameOnly(text, r, direct)));
            statements.AddRange(direct);
        }

        statements.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : a.Kind.CompareTo(b.Kind));
        return statements;
    }

    /// <summary>
    /// Reported speech in one sentence (or, with <paramref name="nested"/>, in the content of an "according to"
    /// statement, which may itself report someone: "…, he expressed confidence in …, according to TASS").
    /// </summary>
    private static void Reported(string text, int paragraph, TextRange sentence, List<Statement> found, bool nested)
    {
        // A pattern runs only on a sentence that holds its verb (or "according").
        var according = !nested && text.IndexOf("ccording", sentence.Start, sentence.Length, StringComparison.Ordinal) >= 0;
        var firstVerb = StatementPatterns.ReportingVerbWords.NextIn(text, sentence.Start, sentence.End);
        var reporting = firstVerb >= 0;
        var invertible = PatternGuards.InvertedCanMatch(text, sentence);
        if (!according && !reporting && !invertible)
        {
            return;
        }

        var s = text.Substring(sentence.Start, sentence.Length);
        try
        {
            Match m;
            if (according && ((m = StatementPatterns.AccordingFirst.Match(s)).Success || (m = StatementPatterns.AccordingLast.Match(s)).Success))
            {
                var content = m.Groups["content"].Success ? m.Groups["content"] : m.Groups["pre"];
                Add(m, content, trailing: !m.Groups["content"].Success);
                Reported(text, paragraph, new TextRange(sentence.Start + content.Index, content.Length), found, nested: true);
            }
            else if (reporting && PatternGuards.LeadingCanMatch(text, sentence, firstVerb) && (m = StatementPatterns.Leading.Match(s)).Success)
            {
                AddWithChain(m, m.Groups["content"]);
            }
            else if (invertible && (m = StatementPatterns.AtFirstComma(StatementPatterns.Inverted, s)).Success)
            {
                AddRange(m, 0, m.Index, m.Groups["verb"].Value, trailing: true); // The clause before the comma.
            }
            else if (reporting && PatternGuards.InnerCanMatch(text, sentence, firstVerb) && (m = StatementPatterns.AtFirstComma(StatementPatterns.Inner, s)).Success)
            {
                var rest = m.Groups["rest"];
                var participle = StatementPatterns.OpeningParticiple.Match(s.Substring(0, m.Index));
                if (participle.Success)
                {
                    // "Noting that …, Putin said that …": the participle reports a statement of its own.
                    var content = participle.Groups["content"];
                    AddRange(m, content.Index, content.Length, participle.Groups["verb"].Value, trailing: false);
                }

                if (StatementPatterns.TrailingClause.IsMatch(rest.Value))
                {
                    if (!participle.Success)
                    {
                        AddRange(m, 0, m.Index, m.Groups["verb"].Value, trailing: true);
                    }

                    Chain(m, rest);
                }
                else
                {
                    AddWithChain(m, rest);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A sentence too tangled to read in time keeps its text; it just yields no reported speech.
        }

        void AddWithChain(Match m, Group content)
        {
            var chained = StatementPatterns.Chained.Match(content.Value);
            if (chained.Success)
            {
                AddRange(m, content.Index, chained.Index, m.Groups["verb"].Value, trailing: false);
                Chain(m, content);
            }
            else
            {
                AddRange(m, content.Index, content.Length, m.Groups["verb"].Value, trailing: false);
            }
        }

        void Chain(Match m, Group tail)
        {
            var chained = StatementPatterns.Chained.Match(tail.Value);
            if (chained.Success)
            {
                var content = chained.Groups["content"];
                var range = Trim(text, sentence.Start + tail.Index + content.Index, content.Length, punctuation: true);
                if (range.Length > 0)
                {
                    found.Add(new Statement(QuoteKind.Reported, paragraph, range, m.Groups["subj"].Value, chained.Groups["verb"].Value) { Anchor = sentence.Start });
                }
            }
        }

        void Add(Match m, Group content, bool trailing) => AddRange(m, content.Index, content.Length, m.Groups["verb"].Value, trailing);

        void AddRange(Match m, int start, int length, string verb, bool trailing)
        {
            var range = Trim(text, sentence.Start + start, length, punctuation: true);
            if (Words(text, range) >= 3)
            {
                found.Add(new Statement(QuoteKind.Reported, paragraph, range, m.Groups["subj"].Value, verb) { Trailing = trailing, Anchor = sentence.Start });
            }
        }
    }

    /// <summary>
    /// "A. B, he said." An attribution at the end of a paragraph's last sentence covers the sentences before it when
    /// none of them is attributed or quoted: news prose attributes a paragraph once, at its end.
    /// </summary>
    private static void CoverParagraph(string text, ParsedBlock block, List<Statement> reported)
    {
        if (block.Sentences.Count < 2 || reported.Count == 0)
        {
            return;
        }

        var last = block.Sentences[block.Sentences.Count - 1];
        var first = reported[0];
        if (!first.Trailing || first.Range.Start < last.Start || first.Range.Start > last.Start + 1)
        {
            return;
        }

        var earlier = new TextRange(block.Range.Start, last.Start - block.Range.Start);
        if (QuoteMarks.Find(text, earlier).Count > 0)
        {
            return;
        }

        reported[0] = first with { Range = new TextRange(block.Range.Start, first.Range.End - block.Range.Start) };
    }

    /// <summary>
    /// A reported clause that is little more than the frame of a direct quote ("Xi pointed out that as a saying goes,
    /// "…"") is that quote: the direct quote alone is the statement.
    /// </summary>
    private static bool IsFrameOnly(string text, Statement reported, List<Statement> direct)
    {
        var inside = direct.Where(d => d.Range.Start >= reported.Range.Start && d.Range.End <= reported.Range.End).ToList();
        if (inside.Count == 0)
        {
            return false;
        }

        var outside = Words(text, reported.Range) - inside.Sum(d => Words(text, d.Range));
        return outside <= MaxFrameWords;
    }

    private static List<Statement> Direct(string text, ParsedBlock block, List<Statement> reported)
    {
        var result = new List<Statement>();
        foreach (var span in QuoteMarks.Find(text, block.Range))
        {
            // "… partnership," he said: the comma belongs to the sentence around the quote, not to the quote.
            var inner = Trim(text, span.Inner.Start, span.Inner.Length, punctuation: false);
            while (inner.Length > 0 && (text[inner.End - 1] == ',' || CorpusText.IsSpace(text[inner.End - 1])))
            {
                inner = new TextRange(inner.Start, inner.Length - 1);
            }

            if (inner.Length == 0)
            {
                continue;
            }

            var sentence = LastStartingBy(block.Sentences, span.Open);
            // A quote that ends its sentence ("…?") is attributed by the next one ("Putin asked.").
            var sentenceEnd = FirstEndingFrom(block.Sentences, span.Close + 2);
            var after = span.Closed ? text.Substring(span.Close + 1, Math.Max(0, (sentenceEnd.Length > 0 ? sentenceEnd.End : block.Range.End) - span.Close - 1)) : string.Empty;
            var beforeStart = sentence.Length > 0 ? sentence.Start : block.Range.Start;
            var before = text.Substring(beforeStart, span.Open - beforeStart);

            string? subject = null, verb = null;
            try
            {
                Match m;
                if ((StatementPatterns.AfterQuoteVerbWords.AnyIn(after) && (m = StatementPatterns.AfterQuote.Match(after)).Success)
                    || (PatternGuards.BeforeQuoteCanMatch(before) && (m = StatementPatterns.BeforeQuote.Match(before)).Success))
                {
                    subject = m.Groups["subj"].Value;
                    verb = m.Groups["verb"].Value;
                }
            }
            catch (RegexMatchTimeoutException)
            {
            }

            var words = Words(text, inner);
            var content = text.Substring(inner.Start, inner.Length);
            if (subject is null && (IsTitleShaped(content) || EndsWithNamingCue(before)
                || (words < MinStatementWords && !HasReportingVerb(before + content + after))))
            {
                // A name, a title or a scare quote: "Belt and Road", a program called "Green Acres", possible
                // "irregularities". A few quoted words are a partial quote only in a sentence that reports speech.
                continue;
            }

            if (subject is null)
            {
                // A partial quote inside reported speech takes the reporter's speaker: held "frank, friendly …" talks.
                var frame = Frame(reported, sentence.Start, inner);
                if (frame is not null)
                {
                    subject = frame.Subject;
                    verb = frame.Cue;
                }
            }

            result.Add(new Statement(QuoteKind.Direct, block.Index, inner, subject, verb ?? string.Empty)
            {
                ContinuesPrevious = subject is null,
                Anchor = span.Open,
            });
        }

        return result;
    }

    // Sentences (and the reported statements found in them) come in text order and do not overlap, so a quote's
    // sentence is found by binary search: a scan per quote made a 5 MB one-line paragraph take minutes.

    /// <summary>The last sentence that starts at or before <paramref name="at"/>, or default.</summary>
    private static TextRange LastStartingBy(IReadOnlyList<TextRange> sentences, int at)
    {
        int lo = 0, hi = sentences.Count; // first index whose Start > at
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= at)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? default : sentences[lo - 1];
    }

    /// <summary>The first sentence that ends at or after <paramref name="at"/>, or default.</summary>
    private static TextRange FirstEndingFrom(IReadOnlyList<TextRange> sentences, int at)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].End >= at)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo == sentences.Count ? default : sentences[lo];
    }

    /// <summary>The first reported statement that holds <paramref name="inner"/>: one of those that start in its sentence.</summary>
    private static Statement? Frame(List<Statement> reported, int sentenceStart, TextRange inner)
    {
        int lo = 0, hi = reported.Count; // first statement starting at or after the sentence
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (reported[mid].Range.Start < sentenceStart)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // One step back: a statement that covers its paragraph starts before the quote's sentence.
        for (var i = Math.Max(0, lo - 1); i < reported.Count && reported[i].Range.Start <= inner.Start; i++)
        {
            if (reported[i].Range.End >= inner.End)
            {
                return reported[i];
            }
        }

        return null;
    }

    /// <summary>"… a program called" right before a quote. Every naming cue ends in a letter, so only such a text is searched.</summary>
    private static bool EndsWithNamingCue(string before)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
        {
            end--;
        }

        return end > 0 && char.IsLetter(before[end - 1]) && IsMatch(StatementPatterns.NamingCue, before);
    }

    /// <summary>A match of <see cref="StatementPatterns.AnyReportingVerb"/> starts at a verb: the search starts at the first one.</summary>
    private static bool HasReportingVerb(string sentence)
    {
        var verb = StatementPatterns.AnyReportingVerbWords.NextIn(sentence, 0, sentence.Length);
        return verb >= 0 && IsMatch(StatementPatterns.AnyReportingVerb, sentence, verb);
    }

    private static bool IsMatch(Regex pattern, string text, int startAt = 0)
    {
        try
        {
            return pattern.IsMatch(text, startAt);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Most words of four letters or more are capitalized: a title or a name, not a statement.</summary>
    private static bool IsTitleShaped(string content)
    {
        // Words split at spaces and no-break spaces, stripped of quotes and punctuation, counted without allocating them.
        int words = 0, capitalized = 0;
        for (var end = 0; end < content.Length;)
        {
            var start = end;
            while (start < content.Length && content[start] is ' ' or '\u00A0')
            {
                start++;
            }

            end = start;
            while (end < content.Length && content[end] is not (' ' or '\u00A0'))
            {
                end++;
            }

            int first = start, last = end;
            while (first < last && IsWordEdge(content[first]))
            {
                first++;
            }

            while (last > first && IsWordEdge(content[last - 1]))
            {
                last--;
            }

            if (last - first >= 4 && char.IsLetter(content[first]))
            {
                words++;
                capitalized += char.IsUpper(content[first]) ? 1 : 0;
            }
        }

        return words > 0 && capitalized * 10 >= words * 7;
    }

    private static bool IsWordEdge(char c) => c is '"' or '\'' or ',' or '.' or '(' or ')' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>Trims white space, and with <paramref name="punctuation"/> the commas and stops around a reported clause.</summary>
    private static TextRange Trim(string text, int start, int length, bool punctuation)
    {
        var end = start + length;
        while (start < end && (CorpusText.IsSpace(text[start]) || (punctuation && text[start] is ',' or ':')))
        {
            start++;
        }

        while (end > start && (CorpusText.IsSpace(text[end - 1]) || (punctuation && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?')))
        {
            end--;
        }

        return new TextRange(start, end - start);
    }

    private static int Words(string text, TextRange range)
    {
        var count = 0;
        var inWord = false;
        for (var i = range.Start; i < range.End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}

/// <summary>A statement found in the text, before its speaker is resolved.</summary>
internal sealed record Statement(QuoteKind Kind, int Paragraph, TextRange Range, string? Subject, string Cue)
{
    /// <summary>An unattributed direct quote: it takes the speaker of the statement before it.</summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>Where the statement was found: the start of its reporting sentence, or its opening quotation mark.</summary>
    public int Anchor { get; init; }

    /// <summary>The attribution follows the content ("…, Xi said."), so it may cover the sentences before it.</summary>
    public bool Trailing { get; init; }
}

/// <summary>A block with its role and sentences, as the quote extractor sees it.</summary>
internal sealed record ParsedBlock(int Index, ParagraphRole Role, TextRange Range, IReadOnlyList<TextRange> Sentences);
