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

    /// <summary>
    /// ""We are ready." Bob Jones said: "We are not."": a verb after a quote that a colon closes introduces the next quote,
    /// not this one; nor is a verb followed by "that" this quote's.
    /// </summary>
    private static bool IntroducesNext(string after, Match match, bool quoteEndsSentence)
    {
        var at = match.Index + match.Length;
        if (quoteEndsSentence && at + 2 < after.Length && after[at] == ' ' && char.IsLetter(after[at + 1])
            && !StatementPatterns.TrailingClause.IsMatch(after.Substring(at)))
        {
            // ""… saw us." Walsh added that the gun was loaded.", ""… its offer." The company said it would not resume
            // talks": after a quote that ends its sentence, a verb with a clause of its own opens a new statement.
            return true;
        }

        while (at < after.Length && (char.IsLetter(after[at]) || after[at] == ' '))
        {
            at++; // the rest of the verb phrase: "said", "told reporters"
        }

        return at < after.Length && after[at] == ':';
    }

    /// <summary>Whether the quote closed at <paramref name="close"/> ends its sentence: a stop inside the mark or right after it.</summary>
    private static bool EndsSentence(string text, int close) =>
        (close > 0 && text[close - 1] is '.' or '!' or '?') || (close + 1 < text.Length && text[close + 1] == '.');

    /// <summary>How long the text between a quote and the one before it may be when it is a bare verb (", said, ").</summary>
    private const int BareVerbReach = 40;

    /// <summary>How far after an attributed quote a short quoted sentence may open and still go on with it (", Diane screamed. ").</summary>
    private const int GoesOnReach = 40;

    /// <summary>A reported clause with at most this many words outside its direct quotes only frames them.</summary>
    private const int MaxFrameWords = 5;

    /// <summary>
    /// Characters on each side of a quotation mark in which its attribution is searched ("Xi Jinping, head of …,
    /// said:"): a subject of up to seven words, an apposition of up to 160 characters and a verb fit with room to spare.
    /// A window of fixed width keeps the cost of a quote constant, however long its sentence.
    /// </summary>
    internal const int AttributionWindow = 500;

    /// <summary>Units charged for one anchored match, whose pattern reads a bounded stretch of text.</summary>
    private const int AnchoredMatchUnits = 32;

    /// <summary>
    /// The statements of the body paragraphs, in text order. When <paramref name="meter"/> runs out, the paragraph it
    /// ran out in and every later one yield nothing, and <paramref name="stoppedAt"/> is that paragraph's index (else -1).
    /// </summary>
    /// <remarks>
    /// <c>documentNouns</c>, when given, has one entry for each sentence of the body paragraphs in text order: set to 2 when the sentence holds a word
    /// of <see cref="SpeakerTable.DocumentWords"/>, 1 when it holds none, and left 0 where the sentence was not read (too
    /// long, or after the meter ran out). The reporting verbs and the document nouns are found in one scan.
    /// <c>builder</c>, when given, holds the document's paragraphs: a sentence's text it made is read instead of a copy,
    /// where it is the same characters as the text's range.
    /// </remarks>
    public static List<Statement> Extract(string text, IReadOnlyList<ParsedBlock> blocks, WorkMeter meter, out int stoppedAt, sbyte[]? documentNouns = null, DocumentBuilder? builder = null)
    {
        var bodySentence = 0;
        stoppedAt = -1;
        var statements = new List<Statement>();
        Introduction? introduction = null;
        foreach (var block in blocks)
        {
            if (block.Role is ParagraphRole.Title or ParagraphRole.Heading)
            {
                // "Must solve problem": a headline may quote its story; its words are direct quotes, never reported speech.
                statements.AddRange(Headline(text, block, meter));
                continue;
            }

            if (block.Role != ParagraphRole.Body)
            {
                continue;
            }

            var reported = new List<Statement>();
            for (var k = 0; k < block.Sentences.Count; k++)
            {
                var sentence = block.Sentences[k];
                if (sentence.Length <= MaxSentenceLength)
                {
                    var nouns = Reported(text, block.Index, sentence, reported, nested: false, meter, documentNouns is not null, builder?.SentenceText(block.Index, k));
                    if (documentNouns is not null)
                    {
                        documentNouns[bodySentence] = nouns ? (sbyte)2 : (sbyte)1;
                    }
                }

                bodySentence++;
            }

            CoverParagraph(text, block, reported, meter);
            var direct = Direct(text, block, reported, meter, introduction, NextBody(blocks, block.Index));
            introduction = Introduces(text, block, meter);
            if (meter.Exhausted)
            {
                stoppedAt = block.Index;
                break;
            }

            statements.AddRange(reported.Where(r => !IsFrameOnly(text, r, direct)));
            statements.AddRange(direct);
            if (direct.Count == 0 && TranscriptAnswer(text, block) is { } answer)
            {
                statements.Add(answer);
            }
        }

        if (stoppedAt < 0)
        {
            statements.AddRange(Interview(text, blocks, meter));
        }

        statements.Sort((a, b) => a.Range.Start != b.Range.Start ? a.Range.Start.CompareTo(b.Range.Start) : a.Kind.CompareTo(b.Kind));
        return statements;
    }

    /// <summary>
    /// The answer in a line of a court transcript, "Q. Was the gun loaded when you found it? A. One barrel was loaded.":
    /// a direct quote of the witness, who is the last speaker (<see cref="Statement.AnswersQuestion"/>).
    /// </summary>
    private static Statement? TranscriptAnswer(string text, ParsedBlock block)
    {
        var start = block.Range.Start;
        if (block.Range.Length < 8 || string.CompareOrdinal(text, start, "Q. ", 0, 3) != 0)
        {
            return null;
        }

        var answer = text.IndexOf(" A. ", start + 3, block.Range.Length - 3, StringComparison.Ordinal);
        if (answer < 0)
        {
            return null;
        }

        var content = Trim(text, answer + 4, block.Range.End - answer - 4, punctuation: false);
        return content.Length == 0 ? null : new Statement(QuoteKind.Direct, block.Index, content, null, string.Empty)
        {
            Anchor = answer,
            AnswersQuestion = true,
        };
    }

    /// <summary>Fewest labelled lines that make a Q&amp;A interview.</summary>
    private const int MinInterviewLines = 4;

    /// <summary>
    /// The answers of a Q&amp;A interview ("Ledger: Why say yes?" / "Varga: Because …", or "Q:" / "A:"): body paragraphs
    /// that open with a short label and a colon, under at least two labels that take turns. A label whose lines mostly
    /// ask (end in "?") is the interviewer's; every other label's lines are direct quotes of the person it names, with
    /// no cue. "A" names no one: its answers are marked <see cref="Statement.ByInterviewee"/>, the person the article is about.
    /// </summary>
    private static IEnumerable<Statement> Interview(string text, IReadOnlyList<ParsedBlock> blocks, WorkMeter meter)
    {
        var lines = new List<(ParsedBlock Block, string Label, TextRange Content, bool Asks)>();
        foreach (var block in blocks)
        {
            if (block.Role != ParagraphRole.Body || !meter.TrySpend(AnchoredMatchUnits))
            {
                continue;
            }

            // A label ends in a colon near the start: most paragraphs have none there, and are not matched.
            var reach = Math.Min(block.Range.Length, StatementPatterns.MaxLabelLength + 3);
            if (text.IndexOf(':', block.Range.Start, reach) < 0)
            {
                continue;
            }

            var m = StatementPatterns.InterviewLabel.Match(text, block.Range.Start, reach);
            if (m.Success)
            {
                var content = Trim(text, m.Index + m.Length, block.Range.End - m.Index - m.Length, punctuation: false);
                lines.Add((block, m.Groups["label"].Value, content, content.Length > 0 && text[content.End - 1] == '?'));
            }
        }

        var labels = lines.Select(l => l.Label).Distinct(StringComparer.Ordinal).ToList();
        var turns = lines.Zip(lines.Skip(1), (a, b) => a.Label != b.Label).Count(changed => changed);
        if (lines.Count < MinInterviewLines || labels.Count < 2 || turns < MinInterviewLines - 1)
        {
            yield break;
        }

        var askers = new HashSet<string>(
            labels.Where(label => label == "Q" || lines.Count(l => l.Label == label && l.Asks) * 2 > lines.Count(l => l.Label == label)),
            StringComparer.Ordinal);
        if (askers.Count == 0 || askers.Count == labels.Count)
        {
            yield break;
        }

        foreach (var line in lines.Where(l => !askers.Contains(l.Label) && l.Content.Length > 0))
        {
            yield return new Statement(QuoteKind.Direct, line.Block.Index, line.Content, line.Label == "A" ? null : line.Label, string.Empty)
            {
                Anchor = line.Block.Range.Start,
                ByInterviewee = line.Label == "A",
            };
        }
    }

    /// <summary>
    /// Reported speech in one sentence (or, with <paramref name="nested"/>, in the content of an "according to"
    /// statement, which may itself report someone: "…, he expressed confidence in …, according to TASS").
    /// </summary>
    /// <returns>With <paramref name="findDocumentNouns"/>, whether the sentence holds a word of <see cref="SpeakerTable.DocumentWords"/> (found in the scan for the verb); else false.</returns>
    private static bool Reported(string text, int paragraph, TextRange sentence, List<Statement> found, bool nested, WorkMeter meter, bool findDocumentNouns = false, string? copy = null)
    {
        // A pattern runs only on a sentence that holds its verb (or "according").
        var according = !nested && text.IndexOf("ccording", sentence.Start, sentence.Length, StringComparison.Ordinal) >= 0;
        var documentNouns = false;
        var firstVerb = findDocumentNouns
            ? StatementPatterns.ReportingVerbWords.NextIn(text, sentence.Start, sentence.End, SpeakerTable.DocumentWords, out documentNouns)
            : StatementPatterns.ReportingVerbWords.NextIn(text, sentence.Start, sentence.End);
        var reporting = firstVerb >= 0;
        var invertible = PatternGuards.InvertedCanMatch(text, sentence);
        var quotedAs = text.IndexOf(" as saying", sentence.Start, sentence.Length, StringComparison.Ordinal) >= 0;
        // Every pattern below reads the sentence at most a bounded number of times: charged as such. A sentence is at
        // most MaxSentenceLength characters, so a pattern's backtracking is bounded too.
        if ((!according && !reporting && !invertible && !quotedAs) || !meter.TrySpend(sentence.Length))
        {
            return documentNouns;
        }

        // The sentence as written: the builder's normalized copy when it is the same characters (nothing was folded).
        var s = copy is not null && copy.Length == sentence.Length && string.CompareOrdinal(text, sentence.Start, copy, 0, sentence.Length) == 0
            ? copy
            : text.Substring(sentence.Start, sentence.Length);
        {
            Match m;
            if (according && ((m = meter.Match(StatementPatterns.AccordingFirstFor(s), s, 0, s.Length)).Success || (m = meter.Match(StatementPatterns.AccordingLast, s, 0, s.Length)).Success))
            {
                var content = m.Groups["content"].Success ? m.Groups["content"] : m.Groups["pre"];
                Add(m, content, trailing: !m.Groups["content"].Success);
                Reported(text, paragraph, new TextRange(sentence.Start + content.Index, content.Length), found, nested: true, meter);
            }
            else if (quotedAs && (m = meter.Match(StatementPatterns.QuotedAsSaying, s, 0, s.Length)).Success)
            {
                // "The agency quoted the Minister of the Interior, Col. Teodulo Arriaga, as saying that …": his words.
                if (!OpensWithQuoteMark(m.Groups["content"].Value))
                {
                    AddWithChain(m, m.Groups["content"]);
                }
            }
            else if (reporting && PatternGuards.LeadingCanMatch(text, sentence, firstVerb)
                && (m = StatementGuards.LeadingHasContentAfterVerb(text, sentence, firstVerb) && StatementGuards.LeadingVerbCanFollowSubject(text, sentence, firstVerb) ? meter.Match(StatementPatterns.LeadingFor(s), s, 0, s.Length) : NoMatch(meter, s.Length)).Success)
            {
                // "Price said: ‘We were promised …": a clause that is a quote is that direct quote, found with its marks.
                if (!ReportsAFigure(s, m) && !OpensWithQuoteMark(m.Groups["content"].Value) && !WritesAThing(s, m))
                {
                    AddWithChain(m, m.Groups["content"]);
                }
            }
            else if (invertible && (m = StatementPatterns.AtFirstComma(StatementPatterns.Inverted, s, meter)).Success)
            {
                AddRange(m, 0, m.Index, m.Groups["verb"].Value, trailing: true); // The clause before the comma.
            }
            else if (reporting && PatternGuards.InnerCanMatch(text, sentence, firstVerb) && (m = StatementPatterns.AtFirstComma(StatementPatterns.Inner, s, meter, StatementPatterns.ReportingVerbWords)).Success)
            {
                var rest = m.Groups["rest"];
                var participle = StatementGuards.OpeningParticipleCanMatch(s) ? meter.Match(StatementPatterns.OpeningParticiple, s.Substring(0, m.Index), 0, m.Index) : NoMatch(meter, m.Index);
                if (participle.Success)
                {
                    // "Noting that …, Putin said that …": the participle reports a statement of its own.
                    var content = participle.Groups["content"];
                    AddRange(m, content.Index, content.Length, participle.Groups["verb"].Value, trailing: false);
                }

                if (EndsWithRelativePronoun(s, m.Index) && rest.Length > 0 && rest.Value[0] == ',')
                {
                    if (OpensWithQuoteMark(rest.Value.Substring(1).TrimStart()))
                    {
                        return documentNouns; // "…, which, he said, "prevents all partial legislation"": the quote is the statement.
                    }

                    // "The bride wore her grandmother's veil, which, her mother said, had been worn at four weddings": what
                    // was said is the relative clause after the verb, to its comma ("The plan, which, the mayor said, would
                    // cost $4 million, was approved").
                    var end = rest.Value.IndexOf(',', 1);
                    AddRange(m, rest.Index + 1, (end < 0 ? rest.Length : end) - 1, m.Groups["verb"].Value, trailing: false);
                }
                else if (meter.Match(StatementPatterns.TrailingClause, rest.Value, 0, AnchoredMatchUnits).Success)
                {
                    if (!participle.Success)
                    {
                        // "The state, he said, could borrow the whole $90 million …", "The towns had the money, he said, but
                        // not the people to spend it": an attribution set into the sentence reports all of it, on both sides.
                        var interjected = Interjected(rest.Value) && !MatchChained(rest.Value, meter).Success;
                        AddRange(m, 0, interjected ? rest.Index + rest.Length : m.Index, m.Groups["verb"].Value, trailing: !interjected);
                    }

                    Chain(m, rest);
                }
                else
                {
                    AddWithChain(m, rest);
                }
            }
            else if (reporting && MidClause(s, meter) is { } mid)
            {
                // "…, and the Mayor said he would …", "… and said the line should …", "…, who said more than 600 …".
                var content = mid.Match.Groups["content"];
                var range = Trim(text, sentence.Start + content.Index, content.Length, punctuation: true);
                if (Words(text, range) >= 3)
                {
                    found.Add(new Statement(QuoteKind.Reported, paragraph, range, mid.Subject, mid.Match.Groups["verb"].Value) { Anchor = sentence.Start });
                }
            }
        }

        return documentNouns;

        void AddWithChain(Match m, Group content)
        {
            var chained = MatchChained(content.Value, meter);
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
            var chained = MatchChained(tail.Value, meter);
            if (chained.Success)
            {
                var content = chained.Groups["content"];
                var range = Trim(text, sentence.Start + tail.Index + content.Index, content.Length, punctuation: true);
                if (range.Length > 0)
                {
                    found.Add(new Statement(QuoteKind.Reported, paragraph, range, SubjectOf(m), chained.Groups["verb"].Value) { Anchor = sentence.Start });
                }
            }
        }

        void Add(Match m, Group content, bool trailing) => AddRange(m, content.Index, content.Length, m.Groups["verb"].Value, trailing);

        void AddRange(Match m, int start, int length, string verb, bool trailing)
        {
            if (trailing && start == 0 && length > 0 && s[length - 1] is '"' or '\u201D' or '\u00BB' or '\u300D')
            {
                return; // "…", he said: the clause before the comma is a quote's end (its sentence began inside it).
            }

            if (trailing && start == 0 && s.StartsWith("Asked ", StringComparison.Ordinal))
            {
                return; // "Asked whether the failure would delay the program, he said …": the question put to him.
            }

            if (start == 0 && trailing && !nested)
            {
                // "LONDON, Jan 6 (Reuters) - Veltra will cut …, the company said": the dateline is not what was said.
                var dateline = StatementGuards.WireDatelineAtStartCanMatch(s) ? meter.Match(StatementPatterns.WireDatelineAtStart, s, 0, Math.Min(s.Length, AnchoredMatchUnits * 4)) : NoMatch(meter, Math.Min(s.Length, AnchoredMatchUnits * 4));
                if (dateline.Success && dateline.Length < length)
                {
                    start = dateline.Length;
                    length -= dateline.Length;
                }
            }

            var range = Trim(text, sentence.Start + start, length, punctuation: true);
            if (Words(text, range) >= 3
                && !(StatementGuards.RefersBackCanMatch(text, range) ? meter.Match(StatementPatterns.RefersBack, text, range.Start, AnchoredMatchUnits, range.Length) : NoMatch(meter, AnchoredMatchUnits)).Success
                && !(StatementGuards.NoCommentCanMatch(text, range) ? meter.Match(StatementPatterns.NoComment, text, range.Start, AnchoredMatchUnits, range.Length) : NoMatch(meter, AnchoredMatchUnits)).Success)
            {
                // "Threlkeld said it at his weekly news conference": "it" is a quote said before, not what was said.
                found.Add(new Statement(QuoteKind.Reported, paragraph, range, SubjectOf(m), verb) { Trailing = trailing, Anchor = sentence.Start });
            }
        }
    }

    /// <summary>Whether the clause of <paramref name="s"/> before <paramref name="comma"/> ends in ", which" or ", who".</summary>
    private static bool EndsWithRelativePronoun(string s, int comma) =>
        (comma >= 7 && string.CompareOrdinal(s, comma - 7, ", which", 0, 7) == 0)
        || (comma >= 5 && string.CompareOrdinal(s, comma - 5, ", who", 0, 5) == 0);

    /// <summary>
    /// "Justice Hollenbrand wrote the majority opinion", "who wrote the bill": "wrote" reports words only before "that"
    /// or a colon; with an object it tells what someone wrote.
    /// </summary>
    private static bool WritesAThing(string s, Match m)
    {
        var verb = m.Groups["verb"];
        var content = m.Groups["content"];
        if (verb.Value is not ("wrote" or "writes") || !content.Success || content.Index < verb.Index)
        {
            return false;
        }

        var between = s.Substring(verb.Index + verb.Length, content.Index - verb.Index - verb.Length);
        return between.IndexOf("that", StringComparison.Ordinal) < 0 && between.IndexOf(':') < 0;
    }

    /// <summary>
    /// <see cref="StatementPatterns.Chained"/> in <paramref name="clause"/>, charged as a match of the whole clause. Every
    /// match holds "that" between white space, or ", but" or ", and" before a pronoun: a clause with neither is not searched.
    /// </summary>
    private static Match MatchChained(string clause, WorkMeter meter)
    {
        if (ChainsAPronoun(clause))
        {
            return meter.Match(StatementPatterns.Chained, clause, 0, clause.Length);
        }

        for (var at = clause.Length < 6 ? -1 : clause.IndexOf("that", 1, StringComparison.Ordinal); at > 0; at = clause.IndexOf("that", at + 1, StringComparison.Ordinal))
        {
            if (char.IsWhiteSpace(clause[at - 1]) && at + 4 < clause.Length && char.IsWhiteSpace(clause[at + 4]))
            {
                return meter.Match(StatementPatterns.Chained, clause, 0, clause.Length);
            }
        }

        return NoMatch(meter, clause.Length);
    }

    /// <summary>
    /// Whether a subject can start at <paramref name="at"/>: a capitalized word, "the" and one, or a personal pronoun
    /// ("Kelthaugh said", "the Kelthaugh Copper Co. said", "he said").
    /// </summary>
    private static bool NameFollows(string s, int at) =>
        at < s.Length && (char.IsUpper(s[at])
            || (at + 4 < s.Length && string.CompareOrdinal(s, at, "the ", 0, 4) == 0 && char.IsUpper(s[at + 4]))
            || PronounAt(s, at));

    /// <summary>Whether "he ", "she " or "they " starts at <paramref name="at"/>.</summary>
    private static bool PronounAt(string s, int at) =>
        string.CompareOrdinal(s, at, "he ", 0, 3) == 0 || string.CompareOrdinal(s, at, "she ", 0, 4) == 0 || string.CompareOrdinal(s, at, "they ", 0, 5) == 0;

    /// <summary>Whether <paramref name="clause"/> holds ", but he", ", and she", ", but they" or the like.</summary>
    private static bool ChainsAPronoun(string clause)
    {
        for (var at = clause.IndexOf(", ", StringComparison.Ordinal); at >= 0; at = clause.IndexOf(", ", at + 2, StringComparison.Ordinal))
        {
            var word = at + 2;
            if ((string.CompareOrdinal(clause, word, "but ", 0, 4) == 0 || string.CompareOrdinal(clause, word, "and ", 0, 4) == 0) && PronounAt(clause, word + 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A match a guard has ruled out, charged as the match would have been.</summary>
    private static Match NoMatch(WorkMeter meter, long units)
    {
        meter.TrySpend(units + WorkMeter.CallUnits);
        return Match.Empty;
    }

    private static bool OpensWithQuoteMark(string content) =>
        content.Length > 0 && content[0] is '"' or '\u201C' or '\u2018' or '\'' or '\u00AB' or '\u201E' or '\u300C';

    /// <summary>
    /// Reported speech in a second clause: after "and", "but", "where" or "while" with a subject of its own ("…, and the
    /// Mayor said he would …"), after "and" without one (the sentence's subject: "Gault arrived and said he would …"),
    /// or after ", who" (the name before it: "Talbot, chairman of the committee, who said more than 600 …").
    /// The clause pattern is anchored at each such word, so a sentence is read once per conjunction.
    /// </summary>
    private static (Match Match, string Subject)? MidClause(string s, WorkMeter meter)
    {
        foreach (var joint in StatementPatterns.ClauseJoints)
        {
            for (var at = s.IndexOf(joint, 1, StringComparison.Ordinal); at > 0; at = s.IndexOf(joint, at + 1, StringComparison.Ordinal))
            {
                if (joint == StatementPatterns.AfterJoint && !NameFollows(s, at + joint.Length))
                {
                    continue; // "after the meeting": a clause after "after" reports only with a subject of its own.
                }

                // Every match holds a reporting verb after its joint, and content after the verb: without them, the joint is charged but not matched.
                var m = StatementPatterns.ReportingVerbWords.NextIn(s, at, s.Length) is var verb and >= 0 && StatementGuards.MidClauseHasContentAfterVerb(s, verb)
                    ? meter.Match(StatementPatterns.MidClause, s, at, Math.Min(s.Length - at, AnchoredMatchUnits * 16))
                    : NoMatch(meter, Math.Min(s.Length - at, AnchoredMatchUnits * 16));
                if (!m.Success || OpensWithQuoteMark(m.Groups["content"].Value))
                {
                    continue; // "… and inquired, "You mean …"": a quote is found with its marks.
                }

                if (WritesAThing(s, m))
                {
                    continue; // "…, who wrote the bill, opened the debate": writing a thing reports nothing.
                }

                if (m.Groups["subj"].Success)
                {
                    return (m, SubjectOf(m));
                }

                if (joint is StatementPatterns.WhenJoint or StatementPatterns.AfterJoint)
                {
                    continue; // "He was surprised when told that …": told, not telling.
                }

                // No subject of its own: after ", who" the name before it, after "and" the sentence's subject.
                var before = s.Substring(0, at);
                var owner = meter.Match(joint == StatementPatterns.WhoJoint ? StatementPatterns.NameAtEnd : StatementPatterns.OpeningSubject, before, 0, before.Length);
                if (owner.Success)
                {
                    return (m, SubjectOf(owner));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Lumen Devices reported fourth-quarter revenue of …": "reported" with an object and no "that" states a result,
    /// it reports no one's words.
    /// </summary>
    private static bool ReportsAFigure(string sentence, Match m)
    {
        var verb = m.Groups["verb"];
        if (!Lexicon.OrganizationVerbs.Contains(verb.Value))
        {
            return false;
        }

        var content = m.Groups["content"];
        var between = sentence.Substring(verb.Index + verb.Length, content.Index - verb.Index - verb.Length);
        return between.IndexOf("that", StringComparison.Ordinal) < 0 && between.IndexOf(':') < 0;
    }

    /// <summary>
    /// "A. B, he said." An attribution at the end of a paragraph's last sentence covers the sentences before it when
    /// none of them is attributed or quoted: news prose attributes a paragraph once, at its end.
    /// </summary>
    private static void CoverParagraph(string text, ParsedBlock block, List<Statement> reported, WorkMeter meter)
    {
        if (block.Sentences.Count < 2 || reported.Count == 0)
        {
            return;
        }

        var last = block.Sentences[block.Sentences.Count - 1];
        var first = reported[0];
        if (!first.Trailing || first.Range.Start < last.Start || first.Range.Start > last.Start + 1
            || (last.Length > 0 && OpensWithQuoteMark(text[last.Start].ToString())))
        {
            return; // ""…", the coach said." attributes the quote, not the narrative sentences before it.
        }

        // "She learned the concerto in six weeks, she said, and played it from memory.": an attribution between commas, with
        // the sentence going on after it, is that sentence's alone.
        var commasAfter = 0;
        for (var i = first.Range.End; i < last.End; i++)
        {
            commasAfter += text[i] == ',' ? 1 : 0;
        }

        var earlier = new TextRange(block.Range.Start, last.Start - block.Range.Start);
        if (commasAfter > 1 || !meter.TrySpend(earlier.Length) || QuoteMarks.Find(text, earlier).Count > 0)
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
        // Direct quotes are in text order and do not overlap: the ones inside start from the first at or after the clause.
        int lo = 0, hi = direct.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (direct[mid].Range.Start < reported.Range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var insideWords = 0;
        var inside = false;
        for (var i = lo; i < direct.Count && direct[i].Range.Start < reported.Range.End; i++)
        {
            if (direct[i].Range.End <= reported.Range.End)
            {
                inside = true;
                insideWords += Words(text, direct[i].Range);
            }
        }

        return inside && Words(text, reported.Range) - insideWords <= MaxFrameWords;
    }

    /// <summary>The subject and verb of a paragraph that ends by introducing the next one's quote ("Mitchell said in a statement:").</summary>
    private sealed record Introduction(string Subject, string Verb);

    /// <summary>
    /// "Earlier, Mitchell said in a statement:", "Pete Rozelle, the league commissioner, pointed out:": a paragraph whose
    /// last sentence is a reporting clause ending in a colon introduces the quote that opens the next paragraph.
    /// </summary>
    private static Introduction? Introduces(string text, ParsedBlock block, WorkMeter meter)
    {
        var end = block.Range.End;
        while (end > block.Range.Start && CorpusText.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (end == block.Range.Start || text[end - 1] != ':')
        {
            return null;
        }

        // The clause is the paragraph's last sentence: "… in yesterday's New York Times. The Mayor said:" is the Mayor's.
        var last = block.Sentences.Count > 0 ? block.Sentences[block.Sentences.Count - 1].Start : block.Range.Start;
        var start = WindowStart(text, Math.Max(block.Range.Start, Math.Min(last, end)), end);
        start = Math.Max(start, text.LastIndexOfAny(StatementPatterns.AttributionStops, end - 1, end - start) + 1);
        var clause = text.Substring(start, end - start);
        var m = PatternGuards.BeforeQuoteCanMatch(clause) ? meter.Match(StatementPatterns.BeforeQuote, clause, 0, clause.Length) : Match.Empty;
        if (!m.Success && PatternGuards.InvertedBeforeQuoteCanMatch(clause))
        {
            m = meter.Match(StatementPatterns.InvertedBeforeQuote, clause, 0, clause.Length);
        }

        if (!m.Success)
        {
            m = meter.Match(StatementPatterns.IntroducingClause, clause, 0, clause.Length);
        }

        if (!m.Success)
        {
            m = meter.Match(StatementPatterns.ColonClause, clause, 0, clause.Length);
        }

        return m.Success ? new Introduction(SubjectOf(m), m.Groups["verb"].Value) : null;
    }

    /// <summary>
    /// The quotes of a headline or subhead: a span of at least two words that is not title-shaped ("Seeks "improved
    /// fielding"", ""Must solve problem"", "'We will not back down': Xi"). A headline names no speaker; the story may.
    /// </summary>
    private static IEnumerable<Statement> Headline(string text, ParsedBlock block, WorkMeter meter)
    {
        if (!meter.TrySpend(block.Range.Length))
        {
            yield break;
        }

        foreach (var span in QuoteMarks.Find(text, block.Range))
        {
            var inner = Trim(text, span.Inner.Start, span.Inner.Length, punctuation: false);
            if (inner.Length == 0 || Words(text, inner) < 2 || IsTitleShaped(text, inner))
            {
                continue;
            }

            yield return new Statement(QuoteKind.Direct, block.Index, inner, null, string.Empty) { Anchor = span.Open, InHeadline = true };
        }
    }

    /// <summary>
    /// Whether <paramref name="rest"/>, what follows an attribution after the first comma of its sentence, goes on with the
    /// clause the attribution interrupts: a comma, then a lower-case word that opens no new clause of the speaker's own
    /// ("…, he said, could borrow …", "…, he said, but not …"), and no quote mark after it (a quote of its own) nor a semicolon.
    /// </summary>
    private static bool Interjected(string rest)
    {
        if (rest.Length < 4 || rest[0] != ',' || rest[1] != ' ' || !char.IsLower(rest[2]) || rest.IndexOfAny(StatementPatterns.AttributionStops) >= 0)
        {
            return false;
        }

        var word = rest.IndexOf(' ', 2) is var space and > 2 ? rest.Substring(2, space - 2) : rest.Substring(2);
        return !InterjectionStops.Contains(word) && !word.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>Words after an attribution's comma that open a clause of the speaker's own, not the rest of the one interrupted.</summary>
    private static readonly HashSet<string> InterjectionStops = new(StringComparer.Ordinal)
    {
        "who", "whom", "whose", "which", "where", "when", "while", "after", "before", "as", "at", "in", "on", "during", "and", "then",
    };

    /// <summary>The body paragraph right after <paramref name="index"/>, if the next block is one.</summary>
    private static ParsedBlock? NextBody(IReadOnlyList<ParsedBlock> blocks, int index) =>
        index + 1 < blocks.Count && blocks[index + 1].Role == ParagraphRole.Body ? blocks[index + 1] : null;

    private static List<Statement> Direct(string text, ParsedBlock block, List<Statement> reported, WorkMeter meter, Introduction? introduction, ParsedBlock? next)
    {
        var result = new List<Statement>();
        if (!meter.TrySpend(block.Range.Length))
        {
            return result;
        }

        VerbMatches? verbs = null; // Found on the first short quote that needs them, once per paragraph.
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
            // A quote that ends its sentence ("…?") is attributed by the next one ("Putin asked."), also when the mark
            // stands after the closing quote ("…"? Asked Palmer.).
            var markAfter = span.Close + 1 < text.Length && text[span.Close + 1] is '?' or '!';
            var sentenceEnd = FirstEndingFrom(block.Sentences, span.Close + (markAfter ? 3 : 2));
            var afterEnd = span.Closed ? Math.Max(span.Close + 1, sentenceEnd.Length > 0 ? sentenceEnd.End : block.Range.End) : inner.End;
            var beforeStart = sentence.Length > 0 ? sentence.Start : block.Range.Start;

            // The attribution is searched in a window of fixed width on each side of the marks, cut at white space.
            var after = string.Empty;
            if (span.Closed)
            {
                after = AfterWindow(text, span.Close + 1, WindowEnd(text, span.Close + 1, afterEnd));
            }

            var windowStart = WindowStart(text, beforeStart, span.Open);
            if (span.Open > windowStart)
            {
                windowStart = Math.Max(windowStart, text.LastIndexOfAny(StatementPatterns.AttributionStops, span.Open - 1, span.Open - windowStart) + 1);
            }

            var before = text.Substring(windowStart, span.Open - windowStart);

            string? subject = null, verb = null;
            var guessed = false;
            Match m;
            if ((StatementPatterns.AfterQuoteVerbWords.AnyIn(after) && (m = meter.Match(StatementPatterns.AfterQuote, after, 0, after.Length)).Success
                    && !IntroducesNext(after, m, EndsSentence(text, span.Close)))
                || (PatternGuards.BeforeQuoteCanMatch(before) && (m = meter.Match(StatementPatterns.BeforeQuote, before, 0, before.Length)).Success)
                || (PatternGuards.InvertedBeforeQuoteCanMatch(before) && (m = meter.Match(StatementPatterns.InvertedBeforeQuote, before, 0, before.Length)).Success)
                || (before.IndexOf("according to", StringComparison.Ordinal) >= 0 && (m = meter.Match(StatementPatterns.AccordingBeforeQuote, before, 0, before.Length)).Success)
                || (PatternGuards.AfterQuoteOtherCanMatch(after) && (m = meter.Match(StatementPatterns.AfterQuoteOther, after, 0, after.Length)).Success)
                || (PatternGuards.EndsWithColon(before) && (m = meter.Match(StatementPatterns.ColonClause, before, 0, before.Length)).Success)
                || (before.IndexOf(" as saying", StringComparison.Ordinal) >= 0 && (m = meter.Match(StatementPatterns.QuotedAsSayingBeforeQuote, before, 0, before.Length)).Success))
            {
                // "said the magistrate, K.J.P. Baraclough": the name the role phrase stands for.
                subject = SubjectOf(m);
                verb = m.Groups["verb"].Value;
            }

            if (subject is null && span.Closed && SaidItAfter(text, block, span.Close, meter) is { } saidIt)
            {
                subject = SubjectOf(saidIt); // ""…". Gov. Threlkeld said it at his news conference."
                verb = saidIt.Groups["verb"].Value;
            }

            if (subject is null && span.Closed && next is not null && EndsBlock(text, block, span.Close)
                && (string.CompareOrdinal(text, next.Range.Start, "So ", 0, 3) == 0 || string.CompareOrdinal(text, next.Range.Start, "Thus ", 0, 5) == 0)
                && meter.Match(StatementPatterns.SoSaid, text, next.Range.Start, GoverningReach, Math.Min(next.Range.Length, GoverningReach)) is { Success: true } soSaid)
            {
                subject = SubjectOf(soSaid); // ""We are not asking for the moon …"" then "So said Zbigniew J. Wodzinski, …".
                verb = soSaid.Groups["verb"].Value;
            }

            if (subject is null && span.Closed && EndsInCommaOrMark(text, span.Close) && !IsTitleShaped(text, inner) && Words(text, inner) >= MinStatementWords
                && meter.Match(StatementPatterns.AfterQuoteAnyVerb, after, 0, after.Length) is { Success: true } doing)
            {
                subject = SubjectOf(doing); // ""Take a ride on this one", Brooks Robinson greeted Hansen": any verb, a known name.
                verb = doing.Groups["verb"].Value;
                guessed = true;
            }

            if (subject is null && before.IndexOf(" by ", StringComparison.Ordinal) >= 0
                && meter.Match(StatementPatterns.SpeechNounBy, before, 0, before.Length) is { Success: true } remark)
            {
                subject = SubjectOf(remark); // "a remark by Richard J. Hughes, …, that the GOP is "Campaigning on …"".
                verb = remark.Groups["verb"].Value;
            }

            // ""You can't do this to us", Diane screamed. "We are Americans."": a sentence quoted right after an attributed
            // quote of the paragraph goes on with it, however short.
            var goesOn = result.Count > 0 && result[result.Count - 1] is { Subject: not null } spoken && spoken.Kind == QuoteKind.Direct
                && span.Open - spoken.Range.End <= GoesOnReach && char.IsUpper(text[inner.Start]) && span.Open <= sentence.Start + 1;
            if (subject is null && !goesOn && (IsTitleShaped(text, inner) || EndsWithNamingCue(before, meter)
                || (Words(text, inner) < MinStatementWords && !(verbs ??= new VerbMatches(text, block.Range, meter)).AnyWithin(beforeStart, afterEnd))))
            {
                // A name, a title or a scare quote: "Belt and Road", a program called "Green Acres", possible
                // "irregularities". A few quoted words are a partial quote only in a sentence that reports speech.
                continue;
            }

            if (subject is null)
            {
                // A partial quote inside reported speech takes the reporter's speaker: held "frank, friendly …" talks;
                // unless a nearer verb of speech with a subject of its own governs it ("Jones said the tax was fair, but
                // she said it "will break the farmers"").
                var frame = Frame(reported, sentence.Start, inner);
                if (frame is not null)
                {
                    var nearer = Governing(before, meter, out var nearerVerb);
                    var framed = frame.Subject is not null && nearer is not null && !string.Equals(nearer, frame.Subject, StringComparison.Ordinal)
                        && IsPronounOrName(nearer) && before.LastIndexOf(nearer, StringComparison.Ordinal) > before.Length - GoverningReach / 2;
                    subject = framed ? nearer : frame.Subject;
                    verb = framed ? nearerVerb : frame.Cue;
                }
            }

            if (subject is null && introduction is not null && span.Open - block.Range.Start <= 1)
            {
                // The paragraph before ended "Hengesbach said:": this quote, opening its paragraph, is what he said.
                subject = introduction.Subject;
                verb = introduction.Verb;
            }

            if (subject is null)
            {
                subject = Governing(before, meter, out verb);
            }

            if (subject is null && SpeechNouns.AnyIn(before)
                && meter.Match(StatementPatterns.OpeningSubject, before, 0, Math.Min(before.Length, GoverningReach)) is { Success: true } opening)
            {
                // "Richard J. Hughes made his debut here last night with a pledge "to carry the issues …"": a noun of
                // speech takes the sentence's subject.
                subject = SubjectOf(opening);
                verb = string.Empty;
            }

            if (subject is null && sentence.Length > 0 && span.Open > sentence.Start + 1 && before.Length <= BareVerbReach
                && meter.Match(StatementPatterns.BareVerb, before, 0, before.Length) is { Success: true } bare
                && meter.Match(StatementPatterns.OpeningSubject, text, sentence.Start, GoverningReach, Math.Min(sentence.Length, GoverningReach)) is { Success: true } opener)
            {
                // "Mrs. Molvar, who kept reiterating her request that they "please take a stand", said, "We must …"".
                subject = SubjectOf(opener);
                verb = bare.Groups["verb"].Value;
            }

            if (subject is null && sentence.Length > 0 && span.Open <= sentence.Start + 1 && Beat(text, block, sentence, meter) is { } beat)
            {
                // "Gross swung his swivel chair. "Well, how could that have been?"": a quote that follows a sentence about
                // what a person does, in the same paragraph, is that person's.
                subject = beat;
                verb = string.Empty;
            }

            if (subject is null && sentence.Length > 0 && result.Count > 0 && result[result.Count - 1] is { Subject: not null } previous
                && previous.Range.Start >= sentence.Start && !ClosesSentence(text, previous.Range.End, span.Open))
            {
                // "This, he added, brought about "petty jealousies" and "petty personal grievances"": the quotes of one
                // sentence with nothing between them but a conjunction are one speaker's.
                subject = previous.Subject;
                verb = previous.Cue;
            }

            Match doer;
            if (subject is null && sentence.Length > 0 && span.Open > sentence.Start + 1 && before.Length > 0
                && ((doer = meter.Match(StatementPatterns.SubjectBeforeQuote, before, 0, before.Length)).Success
                    || (windowStart <= sentence.Start && (doer = meter.Match(StatementPatterns.OpeningSubject, before, 0, Math.Min(before.Length, GoverningReach))).Success
                        && !meter.Match(StatementPatterns.Passive, before, 0, before.Length).Success)))
            {
                // "Rep. Mac Barber is asking the House in a privilege resolution to "endorse increased federal support …"":
                // a partial quote that a sentence builds into what its subject does or asks is the subject's words. A name
                // right before the quote is its subject before the sentence's opening words ("Armed with a mandate, Greene "will …"").
                subject = SubjectOf(doer);
                verb = string.Empty;
                guessed = true;
            }

            result.Add(new Statement(QuoteKind.Direct, block.Index, inner, subject, verb ?? string.Empty)
            {
                Guessed = guessed,
                ContinuesPrevious = subject is null || guessed,
                Anchor = span.Open,
            });
        }

        return result;
    }

    /// <summary>
    /// The subject of the last verb of speech in <paramref name="before"/> (the text of the quote's sentence before its
    /// mark, after any earlier quote), when the verb does not stand next to the quote: "Judge Parsons leaned over the
    /// bench and inquired, "…"", "Hemphill charged Tuesday that the bids had "an inside track"".
    /// </summary>
    private static string? Governing(string before, WorkMeter meter, out string? verb)
    {
        verb = null;
        if (before.IndexOf(" as saying", StringComparison.Ordinal) >= 0 && meter.Match(StatementPatterns.QuotedAsGoverning, before, 0, before.Length) is { Success: true } quoted)
        {
            verb = quoted.Groups["verb"].Value; // "The agency quoted Col. Teodulo Arriaga as saying that the plotters "had been paid …"".
            return SubjectOf(quoted);
        }

        var words = StatementPatterns.GoverningVerbWords;
        var verbs = new List<int>();
        for (var at = words.NextIn(before, 0, before.Length); at >= 0; at = words.NextIn(before, at + 1, before.Length))
        {
            verbs.Add(at);
        }

        // The nearest verb first: in "Smith said the mayor told him "…"" the words are the mayor's.
        for (var i = verbs.Count - 1; i >= 0 && i >= verbs.Count - 3; i--)
        {
            // A subject, an apposition and a clause joined by "and" fit in GoverningReach characters before the verb.
            var at = verbs[i];
            var from = Math.Max(0, at - GoverningReach);
            var m = meter.Match(StatementPatterns.GoverningSubject, before, from, at - from, at - from);
            if (m.Success)
            {
                var end = at;
                while (end < before.Length && char.IsLetter(before[end]))
                {
                    end++;
                }

                verb = before.Substring(at, end - at);
                return SubjectOf(m);
            }
        }

        if (PatternGuards.HasParentheticalSaid(before) && meter.Match(StatementPatterns.ParentheticalSaid, before, 0, before.Length) is { Success: true } aside)
        {
            verb = aside.Groups["verb"].Value;
            return aside.Groups["subj"].Value;
        }

        var inWords = meter.Match(StatementPatterns.InTheWordsOf, before, 0, before.Length, before.Length);
        if (inWords.Success)
        {
            verb = string.Empty;
            return inWords.Groups["subj"].Value;
        }

        return null;
    }

    /// <summary>The match of <see cref="StatementPatterns.SaidItAfter"/> at the start of the sentence that opens after a quote's close, if any.</summary>
    private static Match? SaidItAfter(string text, ParsedBlock block, int close, WorkMeter meter)
    {
        foreach (var next in block.Sentences)
        {
            if (next.Start <= close + 1)
            {
                continue;
            }

            if (!StatementPatterns.ReportingVerbWords.AnyIn(text, next.Start, Math.Min(next.End, next.Start + GoverningReach)))
            {
                return null;
            }

            var m = meter.Match(StatementPatterns.SaidItAfter, text, next.Start, GoverningReach, Math.Min(next.Length, GoverningReach));
            return m.Success ? m : null;
        }

        return null;
    }

    /// <summary>Whether only a stop and spaces follow the quote mark at <paramref name="close"/> in its paragraph.</summary>
    private static bool EndsBlock(string text, ParsedBlock block, int close)
    {
        for (var i = close + 1; i < block.Range.End; i++)
        {
            if (!(CorpusText.IsSpace(text[i]) || text[i] is '.' or '!' or '?'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the quote closing at <paramref name="close"/> ends in a comma, "!" or "?", inside its marks or right after them.</summary>
    private static bool EndsInCommaOrMark(string text, int close) =>
        (close > 0 && text[close - 1] is ',' or '!' or '?') || (close + 1 < text.Length && text[close + 1] is ',' or '!' or '?');

    /// <summary>
    /// The subject of a match: a role phrase's name when an apposition gives it ("The state's attorney general, Robert
    /// Lyle, said", "said the magistrate, K.J.P. Baraclough"), else the subject as written.
    /// </summary>
    private static string SubjectOf(Match m)
    {
        var subject = m.Groups["subj"].Value switch
        {
            "His" => "he", // "His reply: "…""
            "Her" or "her" => "she",
            "him" => "he", // "A magazine once quoted him as saying …"
            var written => written,
        };
        var named = m.Groups["named"];
        var space = subject.IndexOf(' ');
        return named.Success && space > 0 && (Lexicon.Determiners.Contains(subject.Substring(0, space))
                || subject.IndexOf("'s ", StringComparison.Ordinal) > 0 || subject.IndexOf("’s ", StringComparison.Ordinal) > 0)
            ? named.Value
            : subject; // "Redfern's manager, Moe Brandauer, said": an owner's role phrase is a determiner's too.
    }

    /// <summary>
    /// The person whose action the sentence before <paramref name="sentence"/> in its paragraph tells, when that sentence
    /// opens with a name or "he"/"she" and holds no quote: "Mr. Herford touched the fat man's arm.", "Gross paused and
    /// repeated himself.". Null for a body, a role phrase or any other opening ("The council voted 5-2.").
    /// </summary>
    private static string? Beat(string text, ParsedBlock block, TextRange sentence, WorkMeter meter)
    {
        var before = LastStartingBy(block.Sentences, sentence.Start - 1);
        if (before.Length == 0 || before.End > sentence.Start || before.Start < block.Range.Start || before.Length > GoverningReach * 2
            || text.IndexOfAny(StatementPatterns.AttributionStops, before.Start, before.Length) >= 0)
        {
            return null;
        }

        var m = meter.Match(StatementPatterns.OpeningSubject, text, before.Start, GoverningReach, Math.Min(before.Length, GoverningReach));
        if (!m.Success)
        {
            return null;
        }

        var subject = SubjectOf(m);
        var space = subject.IndexOf(' ');
        var first = space < 0 ? subject : subject.Substring(0, space);
        if (space < 0 && m.Groups["subj"].Success && FunctionWordAfter(text, m.Groups["subj"].Index + m.Groups["subj"].Length))
        {
            return null; // "Suddenly she was very mysterious.", "Historically in America …": an adverb, not the one who acts.
        }

        return subject is "He" or "She" or "he" or "she"
            || (char.IsUpper(subject[0]) && !Lexicon.Determiners.Contains(first.ToLowerInvariant()) && !first.EndsWith("'s", StringComparison.Ordinal) && !first.EndsWith("’s", StringComparison.Ordinal))
            ? subject
            : null;
    }

    /// <summary>Whether the word after <paramref name="at"/> (past white space) is a pronoun, an article, a preposition or a conjunction.</summary>
    private static bool FunctionWordAfter(string text, int at)
    {
        while (at < text.Length && CorpusText.IsSpace(text[at]))
        {
            at++;
        }

        var end = at;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        return end > at && AfterNoSubject.Contains(text.Substring(at, end - at));
    }

    private static readonly HashSet<string> AfterNoSubject = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "we", "it", "in", "at", "on", "of", "the", "a", "an", "to", "for", "with", "from", "there", "this", "that", "his", "her", "their", "its",
    };

    private static bool IsPronounOrName(string subject) =>
        subject is "he" or "she" or "He" or "She"
        || (char.IsUpper(subject[0]) && !Lexicon.TitleWords.Contains(subject) && !Lexicon.NonSubjects.Contains(subject) && subject.IndexOf(' ') > 0);

    /// <summary>Nouns of speech that govern a partial quote after them ("with a pledge "…"", "her request that they "…"").</summary>
    private static readonly WordSet SpeechNouns = new(new[] { "pledge", "promise", "request", "plea", "demand", "warning", "vow", "appeal", "assurance", "prediction" });

    /// <summary>How far before its verb the subject of <see cref="Governing"/> is searched.</summary>
    private const int GoverningReach = 320;

    /// <summary>Whether a sentence-ending mark or a clause of words stands between two quotes, not just "and", "or" or a comma.</summary>
    private static bool ClosesSentence(string text, int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] is '.' or '!' or '?' or ';' or ':')
            {
                return true;
            }

            if (char.IsLetter(text[i]) && (i == from || !char.IsLetter(text[i - 1])))
            {
                words++;
            }
        }

        return words > 1;
    }

    /// <summary>Where the window before a mark at <paramref name="mark"/> starts: at most <see cref="AttributionWindow"/> back, at a word start.</summary>
    private static int WindowStart(string text, int start, int mark)
    {
        if (mark - start <= AttributionWindow)
        {
            return start;
        }

        var at = mark - AttributionWindow;
        while (at < mark && !CorpusText.IsSpace(text[at - 1]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Where the window after a mark ends: at most <see cref="AttributionWindow"/> on, at a word end.</summary>
    private static int WindowEnd(string text, int start, int end)
    {
        if (end - start <= AttributionWindow)
        {
            return end;
        }

        var at = start + AttributionWindow;
        while (at > start && !CorpusText.IsSpace(text[at]))
        {
            at--;
        }

        return at;
    }

    /// <summary>
    /// Where <see cref="StatementPatterns.AnyReportingVerb"/> matches in one paragraph, found in one pass, so that
    /// each short quote asks whether its sentences hold a reporting verb by binary search instead of reading them.
    /// </summary>
    private sealed class VerbMatches
    {
        private readonly List<int> _starts = new();
        private readonly List<int> _ends = new();

        public VerbMatches(string text, TextRange block, WorkMeter meter)
        {
            var words = StatementPatterns.AnyReportingVerbWords;
            for (var at = words.NextIn(text, block.Start, block.End); at >= 0; at = words.NextIn(text, at + 1, block.End))
            {
                if (at > block.Start && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '_'))
                {
                    continue; // Inside a word: "\b" does not hold before it.
                }

                var match = meter.Match(StatementPatterns.AnyReportingVerbAt, text, at, AnchoredMatchUnits, block.End - at);
                if (match.Success)
                {
                    _starts.Add(match.Index);
                    _ends.Add(match.Index + match.Length);
                    at = match.Index + match.Length - 1;
                }
            }
        }

        /// <summary>Whether a match lies wholly within [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public bool AnyWithin(int start, int end)
        {
            int lo = 0, hi = _starts.Count; // first match starting at or after start
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_starts[mid] < start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < _starts.Count && _ends[lo] <= end;
        }
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
    private static bool EndsWithNamingCue(string before, WorkMeter meter)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
        {
            end--;
        }

        if (end == 0 || !char.IsLetter(before[end - 1]))
        {
            return false;
        }

        // The cue ends the text ("\s*$"), and the longest one ("known as") spans two words: no match starts before the
        // last two words, so the search starts there (the same leftmost match, at the same charge).
        var from = end;
        for (var words = 0; words < 2 && from > 0; words++)
        {
            while (from > 0 && char.IsWhiteSpace(before[from - 1]))
            {
                from--;
            }

            while (from > 0 && !char.IsWhiteSpace(before[from - 1]))
            {
                from--;
            }
        }

        return meter.Match(StatementPatterns.NamingCue, before, from, before.Length).Success;
    }

    /// <summary>Most words of four letters or more are capitalized: a title or a name, not a statement.</summary>
    private static bool IsTitleShaped(string text, TextRange range)
    {
        // Words split at spaces and no-break spaces, stripped of quotes and punctuation, counted without allocating them.
        int words = 0, capitalized = 0;
        for (var end = range.Start; end < range.End;)
        {
            var start = end;
            while (start < range.End && text[start] is ' ' or '\u00A0')
            {
                start++;
            }

            end = start;
            while (end < range.End && text[end] is not (' ' or '\u00A0'))
            {
                end++;
            }

            int first = start, last = end;
            while (first < last && IsWordEdge(text[first]))
            {
                first++;
            }

            while (last > first && IsWordEdge(text[last - 1]))
            {
                last--;
            }

            if (last - first >= 4 && char.IsLetter(text[first]))
            {
                words++;
                capitalized += char.IsUpper(text[first]) ? 1 : 0;
            }
        }

        return words > 0 && capitalized * 10 >= words * 7;
    }

    /// <summary>
    /// The text after a closing mark in which its attribution is looked for, from <paramref name="from"/> to the first
    /// quote mark or semicolon before <paramref name="end"/>. A short title quoted inside an apposition (""…", Wouter
    /// Lautenbach, the author of "The River Dutch", told the club") does not end it: its marks are read as spaces.
    /// </summary>
    private static string AfterWindow(string text, int from, int end)
    {
        var stop = text.IndexOfAny(StatementPatterns.AttributionStops, from, end - from);
        if (stop < 0)
        {
            return text.Substring(from, end - from);
        }

        var close = text[stop] is '"' or '\u201C' ? TitleInAppositionEnd(text, from, stop, end) : -1;
        if (close < 0)
        {
            return text.Substring(from, stop - from);
        }

        var next = close + 1 < end ? text.IndexOfAny(StatementPatterns.AttributionStops, close + 1, end - close - 1) : -1;
        var window = text.ToCharArray(from, (next < 0 ? end : next) - from);
        window[stop - from] = ' ';
        window[close - from] = ' ';
        return new string(window);
    }

    /// <summary>Longest title <see cref="TitleInAppositionEnd"/> reads through.</summary>
    private const int MaxTitleInApposition = 60;

    /// <summary>
    /// Where the closing mark stands of a title opened at <paramref name="open"/> inside an apposition: at least two commas
    /// before it since <paramref name="from"/> (", Wouter Lautenbach, the author of"), one to six words that open with a
    /// capital and hold no stop or comma, and a comma right after its close; else -1.
    /// </summary>
    private static int TitleInAppositionEnd(string text, int from, int open, int end)
    {
        var closing = text[open] == '"' ? '"' : '\u201D';
        var close = text.IndexOf(closing, open + 1, Math.Min(MaxTitleInApposition, end - open - 1));
        if (close < 0 || close + 1 >= end || text[close + 1] != ',' || open + 1 >= close || !char.IsUpper(text[open + 1]))
        {
            return -1;
        }

        var commas = 0;
        for (var i = from; i < open && commas < 2; i++)
        {
            commas += text[i] == ',' ? 1 : 0;
        }

        var words = 1;
        for (var i = open + 1; i < close; i++)
        {
            if (text[i] is '.' or ',' or ';' or ':' or '!' or '?')
            {
                return -1;
            }

            words += text[i] == ' ' ? 1 : 0;
        }

        return commas >= 2 && words <= 6 ? close : -1;
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

    /// <summary>An answer labelled "A" in a Q&amp;A interview: no subject, its speaker is the interviewee.</summary>
    public bool ByInterviewee { get; init; }

    /// <summary>The answer of a transcript line ("Q. … A. …"): the words of the witness, who spoke last.</summary>
    public bool AnswersQuestion { get; init; }

    /// <summary>A quote in a headline or subhead: its speaker is the one the story gives the same words to.</summary>
    public bool InHeadline { get; init; }

    /// <summary>
    /// The subject was guessed from the sentence around a partial quote, not read from a verb of speech: it may name a
    /// speaker the text already knows, or "he"/"she", but never makes a new one ("Armed with letters …", "Chance …").
    /// </summary>
    public bool Guessed { get; init; }
}

/// <summary>A block with its role and sentences, as the quote extractor sees it.</summary>
internal sealed record ParsedBlock(int Index, ParagraphRole Role, TextRange Range, IReadOnlyList<TextRange> Sentences);
