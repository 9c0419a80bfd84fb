using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Naming;

namespace Corpus.Parsing;

/// <summary>
/// Reads one plain-text news article into a <see cref="Document"/>: blocks → roles → title and date → sentences →
/// statements → speakers. Pure and deterministic: the same text always gives an equal document, in any culture.
/// This is the one parser of Corpus; the source generator compiles the same files.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
static class CorpusParser
{
    /// <summary>How many words of the title make a document's identifier.</summary>
    internal const int DocumentNameWords = 10;

    /// <summary>Parses an article.</summary>
    /// <param name="text">The whole text of the file, decoded.</param>
    /// <param name="fileName">The file's name (folders are dropped).</param>
    /// <returns>The document, with <see cref="Document.Text"/> equal to <paramref name="text"/>.</returns>
    public static Document Parse(string text, string fileName) => Parse(text, fileName, out _);

    /// <summary>Parses an article, and reports the work it took and whether attribution stopped early.</summary>
    /// <param name="text">The whole text of the file, decoded.</param>
    /// <param name="fileName">The file's name (folders are dropped).</param>
    /// <param name="report">The work spent against the document's budget, and where attribution stopped if it ran out.</param>
    /// <returns>The document, with <see cref="Document.Text"/> equal to <paramref name="text"/>.</returns>
    public static Document Parse(string text, string fileName, out ParseReport report)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (fileName is null)
        {
            throw new ArgumentNullException(nameof(fileName));
        }

        fileName = Path.GetFileName(fileName);
        var ranges = BlockSplitter.Split(text);
        var normalized = new string[ranges.Count];
        for (var i = 0; i < normalized.Length; i++)
        {
            normalized[i] = CorpusText.Slice(text, ranges[i].Start, ranges[i].Length);
        }

        var roles = RoleClassifier.Classify(normalized);
        var blocks = new ParsedBlock[ranges.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            blocks[i] = new ParsedBlock(i, roles[i], ranges[i], SentenceSplitter.Split(text, ranges[i]));
        }

        var title = TitleOf(blocks, normalized, fileName);
        var builder = new DocumentBuilder(DocumentId(title), fileName, title, PublishedOf(blocks, normalized), text);
        foreach (var block in blocks)
        {
            builder.Paragraph(block.Role, normalized[block.Index], block.Range, block.Sentences);
        }

        // Two stages, each with a budget of its own: finding statements, and resolving their speakers.
        var finding = new WorkMeter(text.Length);
        var resolving = new WorkMeter(text.Length);
        // The rules read a nickname in quote marks inside a name (Aurelio "Pepper" Mazzocchi) as one in parentheses: the
        // same offsets, the document's own text untouched.
        var read = Nicknames.Mask(text);
        var readBlocks = read == (object)text ? normalized : normalized.Select(Nicknames.Mask).ToArray();
        var attributed = Attribute(read, blocks, readBlocks, builder, finding, resolving, out var stoppedAt);
        foreach (var (statement, speaker) in attributed)
        {
            builder.Quote(statement.Kind, speaker, CorpusText.Normalize(statement.Cue), statement.Paragraph, statement.Range.Start, statement.Range.Length);
        }

        report = new ParseReport(finding.Spent + resolving.Spent, finding.Limit + resolving.Limit, stoppedAt < 0 ? null : stoppedAt);
        return builder.Build();
    }

    /// <summary>The identifier of a document with this title, before any collision suffix.</summary>
    /// <param name="title">The document's title.</param>
    /// <returns>A PascalCase identifier made of the title's first words.</returns>
    internal static string DocumentId(string title) => Identifiers.FromText(title, DocumentNameWords, "Document");

    private static string TitleOf(IReadOnlyList<ParsedBlock> blocks, IReadOnlyList<string> texts, string fileName)
    {
        var title = blocks.FirstOrDefault(b => b.Role == ParagraphRole.Title);
        if (title is not null)
        {
            return texts[title.Index];
        }

        var body = blocks.FirstOrDefault(b => b.Role == ParagraphRole.Body);
        if (body is not null && body.Sentences.Count > 0)
        {
            return texts[body.Index].Length <= 120 ? texts[body.Index] : CorpusText.Normalize(texts[body.Index].Substring(0, 120));
        }

        return Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>How many body paragraphs from the top may open with the wire dateline: a standfirst may come first.</summary>
    private const int WireDatelineParagraphs = 3;

    /// <summary>
    /// The first dateline's date; else, when the datelines print only relative times ("3 hours ago"), none; else the
    /// date of a wire dateline ("SAN JOSE, Calif., Jan. 14, 2025 /PRNewswire/ --") opening one of the first body
    /// paragraphs, or none when it prints no year ("LONDON, Jan 6 (Reuters) -"); else a full date in the first
    /// sentence of the first body paragraph.
    /// </summary>
    private static DateTime? PublishedOf(IReadOnlyList<ParsedBlock> blocks, IReadOnlyList<string> texts)
    {
        var relative = false;
        foreach (var block in blocks.Where(b => b.Role == ParagraphRole.Dateline))
        {
            var date = DateReader.Find(texts[block.Index], out var sawDate);
            if (sawDate)
            {
                return date;
            }

            relative |= FurnitureShapes.IsRelativeTime(texts[block.Index].ToLowerInvariant());
        }

        if (relative)
        {
            return null; // The page dates itself from the reader's today, which is not printed: no date beats a wrong one.
        }

        foreach (var block in blocks.Where(b => b.Role == ParagraphRole.Body).Take(WireDatelineParagraphs))
        {
            var wire = WireDateline.Find(texts[block.Index]);
            if (wire is not null)
            {
                return WireDateline.DateOf(wire);
            }
        }

        var lead = blocks.FirstOrDefault(b => b.Role == ParagraphRole.Body);
        if (lead is null || lead.Sentences.Count == 0)
        {
            return null;
        }

        var first = lead.Sentences[0];
        var found = DateReader.Find(texts[lead.Index].Substring(0, Math.Min(texts[lead.Index].Length, first.Length)));
        return found?.Date;
    }

    /// <summary>
    /// Resolves every statement's speaker in text order, after learning every name the document uses. When a meter runs
    /// out, the statements from the first one not fully found or resolved on are dropped, and <paramref name="stoppedAt"/>
    /// is its paragraph (else -1).
    /// </summary>
    private static List<(Statement Statement, Speaker? Speaker)> Attribute(
        string text, IReadOnlyList<ParsedBlock> blocks, IReadOnlyList<string> normalized, DocumentBuilder builder, WorkMeter finding, WorkMeter resolving, out int stoppedAt)
    {
        var attributed = new List<(Statement, Speaker?)>();
        // Which body sentences hold a document's noun ("the telegram"), found with the reporting verbs: see NoteSentence below.
        var documentNouns = new sbyte[blocks.Where(b => b.Role == ParagraphRole.Body).Sum(b => b.Sentences.Count)];
        var statements = QuoteExtractor.Extract(text, blocks, finding, out stoppedAt, documentNouns, builder);
        var speakers = new SpeakerTable(resolving);
        foreach (var block in blocks.Where(b => b.Role is ParagraphRole.Title or ParagraphRole.Body or ParagraphRole.Caption or ParagraphRole.Heading))
        {
            speakers.LearnNicknames(normalized[block.Index]);
            speakers.LearnRealNames(normalized[block.Index]);
            speakers.LearnMentions(normalized[block.Index]);
            speakers.LearnBodies(normalized[block.Index]);
            speakers.LearnNames(normalized[block.Index], headline: block.Role is ParagraphRole.Title or ParagraphRole.Heading);
        }

        foreach (var statement in statements.Where(s => s.Subject is not null && !s.Guessed))
        {
            speakers.LearnSubject(CorpusText.Normalize(statement.Subject!), statement.Cue);
        }

        // A sentence that opens with a person's name tells who a later "he" is, whether or not it reports something
        // ("Dewey Lawrence, a Tyler lawyer, … when he said …"): it is noted before the statements that start after its start.
        var sentences = blocks.Where(b => b.Role == ParagraphRole.Body).SelectMany(b => b.Sentences).ToList();

        // Each sentence's normalized text, which the builder already made (a sentence that is its whole paragraph is the
        // paragraph's text).
        var sentenceTexts = blocks.Where(b => b.Role == ParagraphRole.Body)
            .SelectMany(b => b.Sentences.Select((_, k) => builder.SentenceText(b.Index, k)))
            .ToList();

        // What a statement says (a quote, a reported clause after its verb) is the speaker's words: names in it are not
        // the text's mentions. A clause before its attribution ("A. B, he said.") may have grown over narrative sentences.
        var said = statements.Where(s => s.Kind == QuoteKind.Direct || !s.Trailing).Select(s => s.Range).OrderBy(r => r.Start).ToList();
        var nextSaid = 0;
        var nextSentence = 0;
        var pinnedSentence = -1;
        var lastParagraph = -1;
        var spokeBefore = -1; // The paragraph of the last statement with a speaker.
        Speaker? lastInParagraph = null;
        foreach (var statement in statements)
        {
            for (; nextSentence < sentences.Count && sentences[nextSentence].Start < statement.Range.Start; nextSentence++)
            {
                if (sentences[nextSentence].End > statement.Range.Start && OpensWithPronoun(text, sentences[nextSentence]))
                {
                    // "He called Radovan's statement "a lie …"": the names after a sentence's opening "he" are never whom
                    // it refers to, so the sentence is noted after its statements are resolved; whom "he" stands for is
                    // taken before them.
                    if (pinnedSentence != nextSentence)
                    {
                        speakers.PinOpeningPronoun(text[sentences[nextSentence].Start] == 'H' ? "he" : "she");
                        pinnedSentence = nextSentence;
                    }

                    break;
                }

                var bare = WithoutStatements(text, sentences[nextSentence], sentenceTexts[nextSentence], said, ref nextSaid, out var blanked);
                var sentence = sentences[nextSentence];
                // The words of a sentence are the same in the text and normalized (white space only is folded), so what the
                // scan for the reporting verbs found of the document nouns holds for the sentence as noted, unless it was blanked.
                var nouns = documentNouns[nextSentence];
                var holdsNoun = nouns == 0 ? SpeakerTable.MayNameAuthor(text, sentence.Start, sentence.End) : nouns == 2;
                speakers.NoteSentence(
                    bare,
                    blanked && holdsNoun ? sentenceTexts[nextSentence] : null,
                    holdsDocumentNoun: blanked && !holdsNoun ? null : holdsNoun);
            }

            speakers.ReadingAt(text, statement.Range.Start);

            // Names are compared word by word: "President\tXi" or "Xi\u00A0Jinping" must be the same name as with a space.
            // A guessed subject that names no one the text knows leaves the quote to the rules for unattributed ones.
            Speaker? speaker = null;
            var subject = statement.Subject is null ? null : CorpusText.Normalize(statement.Subject);
            if (statement.InHeadline)
            {
                attributed.Add((statement, null)); // Given the speaker of the story's same words below, once all are read.
                continue;
            }

            if (statement.ByInterviewee)
            {
                speaker = speakers.Interviewee();
            }
            else if (statement.AnswersQuestion)
            {
                speaker = speakers.Last; // "Q. … A. …": the witness on the stand, the last to speak.
            }
            else if (subject is not null && !statement.Guessed && SpeakerTable.IsRolePhrase(subject) is var rolePhrase
                && (rolePhrase || subject is "he" or "He" or "she" or "She")
                && speakers.TheSpeakerNamed(SentencesAfter(text, blocks, statement), rolePhrase ? null : subject) is { } introduced)
            {
                // "The president of a Midwestern railroad said …" then "The speaker, Elphin D. Pendelow, president of the …
                // Railroad, …": the wire names a lede's speaker so, in the sentences right after; a feature so: "… the scout
                // says. He is Beriah Satterlee, 64, who …".
                speaker = introduced;
            }
            else if (subject is not null
                && speakers.Resolve(subject, statement.Cue, statement.Trailing ? CorpusText.Slice(text, statement.Range.Start, Math.Min(statement.Range.Length, 200)) : string.Empty, known: statement.Guessed) is var named
                && (named is not null || !statement.Guessed))
            {
                // "The president of Local 918 of the … Workers told …" then "The union president, Tadeusz J. Przybylski, …":
                // a lede's role is the person named after it, before the body it is of.
                speaker = (named is null || named.Kind == SpeakerKind.Organization) && !statement.Guessed && speakers.NoPersonYet && SpeakerTable.IsRolePhrase(subject)
                    ? speakers.NamedAfter(subject, SentencesAfter(text, blocks, statement).Select(s => s.Text)) ?? named
                    : named;
            }
            else if (statement.Paragraph == lastParagraph && lastInParagraph is not null)
            {
                speaker = lastInParagraph; // "Quote one," he said. "Quote two."
            }
            else if (IsParagraphOpening(text, blocks[statement.Paragraph], statement))
            {
                // A quote paragraph without attribution goes on with the statement of the paragraph before it; after a
                // paragraph that reports no one ("Gatlin one-putted seven greens …"), it is the words of the person it is about.
                // After a question put by another speaker in the paragraph before, it is the answer of the one asked
                // (""What is it?" Barbara asked." then ""I've solved the mystery."" is Harold's).
                speaker = spokeBefore == PreviousBody(blocks, statement.Paragraph)
                    ? TheOneAsked(text, attributed, statement.Paragraph) ?? TheOtherInDialogue(blocks, attributed, statement.Paragraph) ?? speakers.Last
                    : speakers.LastPersonSpoke() ?? speakers.Last;
            }
            else
            {
                // A quote no rule attributes, inside a paragraph, is the words of the person the text is about at that
                // point, the one named or heard last (""a man raving mad"" in an essay on Mann, "… "will beat the
                // bushes"" in a story about Mrs. Geraghty), as a quote paragraph after one that reports no one is.
                // A verb of naming before the quote in its sentence had a subject no one known fits ("what the signs call
                // "…""): no one is guessed there.
                speaker = statement.Kind == QuoteKind.Direct && !NamingVerbBefore(text, blocks[statement.Paragraph], statement.Range.Start)
                    ? speakers.LastPersonSpoke()
                    : null;
            }

            if (statement.Paragraph != lastParagraph)
            {
                lastInParagraph = null;
            }

            if (resolving.Exhausted)
            {
                // The table may have missed a name for want of budget: this speaker and every later one are not to be trusted.
                stoppedAt = statement.Paragraph;
                break;
            }

            lastParagraph = statement.Paragraph;
            lastInParagraph = speaker ?? lastInParagraph;
            spokeBefore = speaker is null ? spokeBefore : statement.Paragraph;
            attributed.Add((statement, speaker));
        }

        HeadlineSpeakers(text, attributed);
        return attributed;
    }

    /// <summary>
    /// The speaker a question was put to: when the last statement before <paramref name="paragraph"/> is a direct quote that
    /// ends in "?" and the statement before it, in an earlier paragraph, had another speaker, that speaker answers.
    /// </summary>
    private static Speaker? TheOneAsked(string text, List<(Statement Statement, Speaker? Speaker)> attributed, int paragraph)
    {
        if (attributed.Count < 2)
        {
            return null;
        }

        var (question, asker) = attributed[attributed.Count - 1];
        if (asker is null || question.Kind != QuoteKind.Direct || question.Paragraph != paragraph - 1 || !EndsInQuestionMark(text, question.Range))
        {
            return null;
        }

        return SpokeBefore(attributed, question.Paragraph, 2) is ({ } earlier, { } speaker) && earlier.Kind == QuoteKind.Direct && speaker.Id != asker.Id
            ? speaker
            : null;
    }

    /// <summary>
    /// The other speaker of a dialogue: when the paragraphs right before <paramref name="paragraph"/> are direct quotes
    /// of two different speakers, one after the other, and both are lines of dialogue (at most
    /// <see cref="DialogueLine"/> characters), an unattributed quote paragraph is the next turn, the first one's
    /// (""I'd better get him to bed," Rachel said." / ""Is he?" Virginia said." / ""He's tired."" is Rachel's). After a
    /// longer paragraph, as news prints statements, it goes on with the last speaker.
    /// </summary>
    private static Speaker? TheOtherInDialogue(IReadOnlyList<ParsedBlock> blocks, List<(Statement Statement, Speaker? Speaker)> attributed, int paragraph)
    {
        if (attributed.Count < 2)
        {
            return null;
        }

        var (turn, last) = attributed[attributed.Count - 1];
        if (last is null || turn.Kind != QuoteKind.Direct || turn.Paragraph != paragraph - 1 || blocks[turn.Paragraph].Range.Length > DialogueLine)
        {
            return null;
        }

        return SpokeBefore(attributed, turn.Paragraph, 1) is ({ } earlier, { } speaker) && earlier.Kind == QuoteKind.Direct && speaker.Id != last.Id
            && blocks[earlier.Paragraph].Range.Length <= DialogueLine
            ? speaker
            : null;
    }

    /// <summary>
    /// The last statement with a speaker in the <paramref name="reach"/> paragraphs before <paramref name="paragraph"/>,
    /// read back from the one before the last attributed: only those paragraphs are read, so a long run of unattributed
    /// statements is not read again for every quote.
    /// </summary>
    private static (Statement Statement, Speaker Speaker)? SpokeBefore(List<(Statement Statement, Speaker? Speaker)> attributed, int paragraph, int reach)
    {
        for (var i = attributed.Count - 2; i >= 0 && attributed[i].Statement.Paragraph >= paragraph - reach; i--)
        {
            var (earlier, speaker) = attributed[i];
            if (earlier.Paragraph < paragraph && speaker is not null)
            {
                return (earlier, speaker);
            }
        }

        return null;
    }

    /// <summary>The longest paragraph read as a line of dialogue by <see cref="TheOtherInDialogue"/>.</summary>
    private const int DialogueLine = 100;

    /// <summary>"…?" or, as the Brown files print it, "…"?: the quote is a question.</summary>
    private static bool EndsInQuestionMark(string text, TextRange range)
    {
        var end = range.Start + range.Length;
        return (end > 0 && text[end - 1] == '?') || (end + 1 < text.Length && text[end + 1] == '?');
    }

    /// <summary>
    /// ""Must solve problem"" over a story in which C. Virgil Martin said the city "must solve the problem": a headline's quote
    /// is the words of the speaker of the first later statement that holds them (compared without case or punctuation).
    /// </summary>
    private static void HeadlineSpeakers(string text, List<(Statement Statement, Speaker? Speaker)> attributed)
    {
        // Each statement's words are split once, and a headline looks only as far as its story can reach: a document of
        // many subheads and many quotes stays linear.
        var words = new string[]?[attributed.Count];
        for (var i = 0; i < attributed.Count; i++)
        {
            var headline = attributed[i].Statement;
            if (!headline.InHeadline)
            {
                continue;
            }

            var quoted = WordsOf(text, attributed, words, i);
            Speaker? first = null; // Of the story under the headline: the first statement's speaker before another headline.
            var found = false;
            var storyEnded = false;
            for (var j = i + 1; j < attributed.Count && j <= i + HeadlineReach; j++)
            {
                var (later, speaker) = attributed[j];
                storyEnded |= later.InHeadline && later.Paragraph != headline.Paragraph;
                first ??= later.InHeadline || storyEnded ? null : speaker;
                if (speaker is not null && !later.InHeadline && ContainsWords(WordsOf(text, attributed, words, j), quoted))
                {
                    attributed[i] = (headline, speaker);
                    found = true;
                    break;
                }
            }

            if (!found && first is not null)
            {
                attributed[i] = (headline, first); // "Seeks "improved fielding"" over a story whose first speaker is the one who seeks.
            }
        }
    }

    /// <summary>How many statements after a headline's quote may hold the same words.</summary>
    private const int HeadlineReach = 40;

    private static string[] WordsOf(string text, List<(Statement Statement, Speaker? Speaker)> attributed, string[]?[] cache, int index)
    {
        var range = attributed[index].Statement.Range;
        return cache[index] ??= CorpusText.Slice(text, range.Start, range.Length)
            .Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToArray();
    }

    private static readonly char[] WordSeparators = { ' ', ',', '.', ';', ':', '!', '?', '"', '\u201C', '\u201D', '\'', '\u2018', '\u2019', '(', ')', '-' };

    /// <summary>
    /// Whether <paramref name="words"/> holds <paramref name="part"/> in order, at most one word apart, each word also as the
    /// start of a longer one ("solve problem" in "must solve the problems").
    /// </summary>
    private static bool ContainsWords(string[] words, string[] part)
    {
        for (var start = 0; part.Length > 0 && start < words.Length; start++)
        {
            var k = 0;
            for (var at = start; at < words.Length && at - start <= 2 * k + 1 && k < part.Length; at++)
            {
                if (words[at].StartsWith(part[k], StringComparison.Ordinal))
                {
                    k++;
                }
            }

            if (k == part.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The text of <paramref name="sentence"/> with the statements in it blanked: names a speaker says ("He said he looks
    /// forward to … Putin", "… the Meyner record") are not the text's mentions. <paramref name="next"/> walks
    /// <paramref name="quotes"/> (ordered by start) along with the sentences, so all sentences cost one pass.
    /// <paramref name="sentenceText"/> is the sentence's normalized text (the builder's), which it is when nothing is blanked.
    /// </summary>
    private static string WithoutStatements(string text, TextRange sentence, string sentenceText, List<TextRange> quotes, ref int next, out bool blanked)
    {
        while (next < quotes.Count && quotes[next].End <= sentence.Start)
        {
            next++;
        }

        char[]? chars = null;
        for (var q = next; q < quotes.Count && quotes[q].Start < sentence.End; q++)
        {
            chars ??= text.ToCharArray(sentence.Start, sentence.Length);
            var from = Math.Max(quotes[q].Start, sentence.Start) - sentence.Start;
            var to = Math.Min(quotes[q].End, sentence.End) - sentence.Start;
            for (var i = from; i < to; i++)
            {
                chars[i] = ' ';
            }
        }

        blanked = chars is not null;
        return chars is null ? sentenceText : CorpusText.Normalize(new string(chars));
    }

    /// <summary>
    /// The sentences after <paramref name="statement"/>'s in its paragraph, then those of the next body paragraph unless a
    /// heading comes first: where a lede's role phrase ("The vice president of the City Council complained …") is named.
    /// </summary>
    private static IEnumerable<(string Text, bool SameParagraph)> SentencesAfter(string text, IReadOnlyList<ParsedBlock> blocks, Statement statement)
    {
        foreach (var sentence in blocks[statement.Paragraph].Sentences.Where(s => s.Start > statement.Range.Start))
        {
            yield return (CorpusText.Normalize(CorpusText.Slice(text, sentence.Start, sentence.Length)), true);
        }

        for (var i = statement.Paragraph + 1; i < blocks.Count && blocks[i].Role != ParagraphRole.Heading; i++)
        {
            if (blocks[i].Role == ParagraphRole.Body)
            {
                foreach (var sentence in blocks[i].Sentences)
                {
                    yield return (CorpusText.Normalize(CorpusText.Slice(text, sentence.Start, sentence.Length)), false);
                }

                yield break;
            }
        }
    }

    /// <summary>Whether the sentence of <paramref name="block"/> that holds <paramref name="at"/> has a verb of naming before it ("call", "termed").</summary>
    private static bool NamingVerbBefore(string text, ParsedBlock block, int at)
    {
        var start = block.Range.Start;
        foreach (var sentence in block.Sentences)
        {
            if (sentence.Start <= at)
            {
                start = sentence.Start;
            }
        }

        // "The term jury", "a call for order": after a determiner the word is a noun, and names nothing.
        for (var verb = NamingVerbs.NextIn(text, start, at); verb >= 0; verb = NamingVerbs.NextIn(text, verb + 1, at))
        {
            if (!Lexicon.Determiners.Contains(WordBefore(text, verb, start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word that ends right before the white space before <paramref name="at"/>, lower-cased; empty at <paramref name="start"/>.</summary>
    private static string WordBefore(string text, int at, int start)
    {
        var end = at;
        while (end > start && CorpusText.IsSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > start && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.Substring(begin, end - begin).ToLowerInvariant();
    }

    private static readonly WordSet NamingVerbs = new(new[] { "call", "calls", "called", "terms", "termed", "dub", "dubs", "dubbed", "named", "titled", "entitled" });

    /// <summary>Whether <paramref name="sentence"/> opens with "He" or "She".</summary>
    private static bool OpensWithPronoun(string text, TextRange sentence) =>
        (sentence.Length > 3 && string.CompareOrdinal(text, sentence.Start, "He ", 0, 3) == 0)
        || (sentence.Length > 4 && string.CompareOrdinal(text, sentence.Start, "She ", 0, 4) == 0);

    /// <summary>The index of the body paragraph before <paramref name="paragraph"/>, or -1.</summary>
    private static int PreviousBody(IReadOnlyList<ParsedBlock> blocks, int paragraph)
    {
        for (var i = paragraph - 1; i >= 0; i--)
        {
            if (blocks[i].Role == ParagraphRole.Body)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An unattributed quote that opens its paragraph continues the statement before it (newswire style).</summary>
    private static bool IsParagraphOpening(string text, ParsedBlock block, Statement statement) =>
        statement.ContinuesPrevious && statement.Range.Start - block.Range.Start <= 1
        && text[block.Range.Start] is '"' or '\u201C' or '\u00AB' or '\u2018' or '\'' or '\u201E' or '\u300C';
}
