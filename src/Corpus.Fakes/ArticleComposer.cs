using System;
using System.Collections.Generic;
using System.Linq;
using Bogus;
using Corpus.Fakes.Data;
using Corpus.Fakes.Drafts;
using Corpus.Fakes.Language;

namespace Corpus.Fakes;

/// <summary>
/// Writes an <see cref="ArticlePlan"/> out as a draft whose reading is known by construction: every block is written
/// in a shape the parser reads one way (docs/parser.md), and the quote ranges and speakers are recorded as written.
/// </summary>
internal sealed class ArticleComposer
{
    private readonly CorpusVocabulary _vocabulary;
    private readonly ArticlePlan _plan;
    private readonly string _break;
    private SpeakerProfile? _lastExplicit;

    /// <summary>Whether the last body paragraph was a quote paragraph: only then may an unattributed quote go on with it.</summary>
    private bool _afterQuote;
    private SpeakerProfile? _lastPerson;
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);

    private ArticleComposer(CorpusVocabulary vocabulary, ArticlePlan plan)
    {
        _vocabulary = vocabulary;
        _plan = plan;
        _break = plan.BlankLines ? "\n\n" : "\n";
    }

    public static Draft Compose(CorpusVocabulary vocabulary, ArticlePlan plan, string fileName) =>
        new ArticleComposer(vocabulary, plan).Compose(fileName);

    private Draft Compose(string fileName)
    {
        var draft = new Draft(fileName, _plan.Published, fallbackTitle: null);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var banners = Random("banner-text").Shuffle(NewsDataSet.Banners).Take(_plan.Banners).ToList();
        var bannersFirst = Random("banner-place").Number(0, banners.Count);
        foreach (var banner in banners.Take(bannersFirst))
        {
            Add(draft, used, banner, ParagraphRole.Boilerplate);
        }

        Add(draft, used, _plan.Title, ParagraphRole.Title);
        if (_plan.Published is { } published)
        {
            var news = new NewsDataSet { Random = Random("dateline") };
            Add(draft, used, news.Dateline(_plan.DatelineFormat, published, _plan.Outlet), ParagraphRole.Dateline);
        }

        var credits = new NewsDataSet { Random = Random("captions") };
        for (var i = 0; i < _plan.Captions; i++)
        {
            Add(draft, used, credits.PhotoCredit(i == 0 ? _plan.Outlet : credits.Outlet()), ParagraphRole.Caption);
        }

        // Filler and quote paragraphs interleaved; the lead is always filler, as a news lead sets the scene.
        var order = Random("order");
        var kinds = Enumerable.Repeat(false, Math.Max(0, _plan.BodyParagraphs - 1)).Concat(Enumerable.Repeat(true, _plan.QuoteParagraphs)).ToList();
        kinds = new[] { false }.Concat(order.Shuffle(kinds)).ToList();
        var filler = Random("filler");
        var quotes = Random("quotes");
        var toQuote = new Queue<SpeakerProfile>(_plan.Speakers);
        foreach (var isQuote in kinds)
        {
            if (!isQuote || _plan.Speakers.Count == 0)
            {
                // A subheading sometimes goes before a filler paragraph: a short unpunctuated line followed by prose.
                if (draft.Blocks.Any(b => b.Role == ParagraphRole.Body) && filler.Bool(0.15f))
                {
                    AddUnique(draft, used, () => _vocabulary.Heading(filler), ParagraphRole.Heading);
                }

                AddUnique(draft, used, () => HardWrap(_vocabulary.Paragraph(filler), filler), ParagraphRole.Body);
                _afterQuote = false;
                ForgetPronounAfterOtherNames(draft.Blocks[draft.Blocks.Count - 1].Text);
                continue;
            }

            var speaker = toQuote.Count > 0 ? toQuote.Dequeue() : quotes.ListItem(_plan.Speakers.ToList());
            var block = QuoteParagraph(speaker, quotes);
            if (used.Add(block.Text))
            {
                draft.Add(block, _break);
                _afterQuote = true;
            }
        }

        foreach (var banner in banners.Skip(bannersFirst))
        {
            Add(draft, used, banner, ParagraphRole.Boilerplate);
        }

        draft.Separators[draft.Separators.Count - 1] = "\n";
        return draft;
    }

    private DraftBlock QuoteParagraph(SpeakerProfile speaker, Randomizer random)
    {
        var content = Content(random);
        var person = speaker.Kind == SpeakerKind.Person;

        // Newswire style: an unattributed quote opening the paragraph after a quote paragraph continues its speaker. After
        // narrative, the parser reads it as the words of the person the narrative is about, so none is written there.
        if (_lastExplicit is not null && random.Bool(0.12f) && _afterQuote)
        {
            var text = "\"" + Capitalize(content) + ".\"";
            return Block(text, Q(QuoteKind.Direct, _lastExplicit, string.Empty, 1, content.Length + 1));
        }

        var form = person ? random.Number(0, 6) : random.Number(0, 2);
        var subject = Subject(speaker, random, pronoun: person && form != 3); // not "According to he"
        DraftBlock block;
        if (!person)
        {
            block = form switch
            {
                0 => Leading(subject, "reported", content),
                1 => According(subject, content),
                _ => Trailing(subject, "reported", content),
            };
            return Remember(block, speaker);
        }

        var verb = random.ListItem((IList<string>)NewsDataSet.InvertibleVerbs);
        switch (form)
        {
            case 0:
                block = Leading(subject, random.ListItem((IList<string>)NewsDataSet.LeadingVerbs), content);
                break;
            case 1:
                block = Trailing(subject, verb, content);
                break;
            case 2:
                block = Inverted(subject, verb, content);
                break;
            case 3:
                block = According(subject, content);
                break;
            case 4:
            {
                var quoted = Capitalize(content);
                block = Block($"\"{quoted},\" {subject} {verb}.", Q(QuoteKind.Direct, speaker, verb, 1, quoted.Length));
                break;
            }

            case 5:
            {
                var quoted = Capitalize(content);
                block = Block($"\"{quoted},\" {verb} {subject}.", Q(QuoteKind.Direct, speaker, verb, 1, quoted.Length));
                break;
            }

            default:
            {
                // Two quotes, the second continuing the speaker of the first within the paragraph.
                var first = Capitalize(content);
                var second = Capitalize(Content(random));
                var opening = $"\"{first},\" {subject} {verb}. ";
                block = Block(
                    opening + "\"" + second + ".\"",
                    Q(QuoteKind.Direct, speaker, verb, 1, first.Length),
                    Q(QuoteKind.Direct, speaker, string.Empty, opening.Length + 1, second.Length + 1));
                break;
            }
        }

        return Remember(block, speaker);

        DraftBlock Leading(string who, string cue, string what)
        {
            // Variations the parser reads the same: an apposition after the name, an object after the verb, commas in the content.
            if (person && who != "he" && random.Bool(0.2f))
            {
                who += ", who " + _vocabulary.Clause(random, random.Number(4, 9)) + ",";
            }

            var verbPhrase = person && cue == "said" && random.Bool(0.2f) ? "told reporters" : cue;
            var spoken = random.Bool(0.3f) ? _vocabulary.Clause(random, random.Number(8, 20), commas: true) : what;
            var head = $"{Capitalize(who)} {verbPhrase} that ";
            return Block(head + spoken + ".", Q(QuoteKind.Reported, speaker, verbPhrase == "told reporters" ? "told" : cue, head.Length, spoken.Length));
        }

        DraftBlock Trailing(string who, string cue, string what) =>
            Block($"{Capitalize(what)}, {who} {cue}.", Q(QuoteKind.Reported, speaker, cue, 0, what.Length));

        DraftBlock Inverted(string who, string cue, string what) =>
            Block($"{Capitalize(what)}, {cue} {who}.", Q(QuoteKind.Reported, speaker, cue, 0, what.Length));

        DraftBlock According(string who, string what) =>
            Block($"According to {who}, {what}.", Q(QuoteKind.Reported, speaker, "According to", "According to ".Length + who.Length + 2, what.Length));
    }

    /// <summary>
    /// A filler paragraph that names another speaker makes "he" ambiguous (a reader, and the parser, take the person
    /// named last): after one, the next attribution names its speaker. So does a filler sentence that opens with what
    /// reads as a full name ("Cai Qi, Ding Xuexiang, partner that …"), whoever it names.
    /// </summary>
    private void ForgetPronounAfterOtherNames(string filler)
    {
        if (_lastPerson is not null && (OpensWithName.IsMatch(filler) || _plan.Speakers.Any(s => !ReferenceEquals(s, _lastPerson) && s.Kind == SpeakerKind.Person
            && (filler.IndexOf(s.Name, StringComparison.Ordinal) >= 0 || s.ShortForms.Any(f => filler.IndexOf(f, StringComparison.Ordinal) >= 0)))))
        {
            _lastPerson = null;
        }
    }

    /// <summary>A sentence that opens with two capitalized words, as a person's full name does.</summary>
    private static readonly System.Text.RegularExpressions.Regex OpensWithName = new(
        @"(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private string Subject(SpeakerProfile speaker, Randomizer random, bool pronoun)
    {
        if (_mentioned.Add(speaker.Name))
        {
            return speaker.FirstMention;
        }

        if (pronoun && ReferenceEquals(_lastPerson, speaker) && random.Bool(0.25f))
        {
            return "he";
        }

        var forms = new List<string> { speaker.FirstMention };
        forms.AddRange(speaker.ShortForms);
        return random.ListItem(forms);
    }

    private DraftBlock Remember(DraftBlock block, SpeakerProfile speaker)
    {
        _lastExplicit = speaker;
        if (speaker.Kind == SpeakerKind.Person)
        {
            _lastPerson = speaker;
        }

        return block;
    }

    // Quote words: no commas (attribution stays unambiguous), and, once capitalized, not mostly capitalized: the
    // parser reads an unattributed quote whose longer words are mostly capitalized as a name ("After in the New Era").
    private string Content(Randomizer random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var words = _vocabulary.Clause(random, random.Number(7, 16));
            var longWords = Capitalize(words).Split(' ').Where(w => w.Length >= 4).ToArray();
            if (attempt > 20 || (longWords.Length >= 3 && longWords.Count(w => char.IsUpper(w[0])) * 2 < longWords.Length))
            {
                return words;
            }
        }
    }

    private static DraftQuote Q(QuoteKind kind, SpeakerProfile speaker, string cue, int start, int length) =>
        new(kind, speaker.Name, speaker.Kind, cue, start, length);

    private static DraftBlock Block(string text, params DraftQuote[] quotes) => new(text, ParagraphRole.Body, quotes);

    private void Add(Draft draft, HashSet<string> used, string text, ParagraphRole role)
    {
        if (used.Add(CorpusText.Normalize(text)))
        {
            draft.Add(new DraftBlock(text, role), _break);
        }
    }

    private void AddUnique(Draft draft, HashSet<string> used, Func<string> make, ParagraphRole role)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var text = make();
            if (used.Add(CorpusText.Normalize(text)))
            {
                draft.Add(new DraftBlock(text, role), _break);
                return;
            }
        }
    }

    // Some paragraphs are hard-wrapped, as text copied from a PDF or an e-mail is: a line break before a lower-case word.
    private static string HardWrap(string paragraph, Randomizer random)
    {
        if (!random.Bool(0.2f))
        {
            return paragraph;
        }

        var breaks = Enumerable.Range(1, paragraph.Length - 2)
            .Where(i => paragraph[i] == ' ' && char.IsLower(paragraph[i + 1]) && paragraph[i - 1] is not ('.' or '!' or '?' or ':' or '"' or ')' or '|'))
            .ToList();
        if (breaks.Count == 0)
        {
            return paragraph;
        }

        var at = random.ListItem(breaks);
        return paragraph.Substring(0, at) + "\n" + paragraph.Substring(at + 1);
    }

    private Randomizer Random(string purpose) => _plan.RandomFor(purpose);

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
