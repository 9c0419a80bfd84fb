using System;
using System.Collections.Generic;
using System.Linq;
using Bogus;

namespace Corpus.Fakes.Language;

/// <summary>
/// Words and sentence shapes learned from real documents: a word-bigram chain over their body sentences, and the
/// lengths of their sentences and paragraphs. Words the parser reads as structure are left out, so what this writes is
/// plain body text by construction.
/// </summary>
public sealed class CorpusVocabulary
{
    private readonly Dictionary<string, List<string>> _next = new(StringComparer.Ordinal);
    private readonly List<string> _starts = new();
    private readonly List<string> _words = new();
    private readonly List<int> _sentenceLengths = new();
    private readonly List<int> _paragraphSentences = new();
    private readonly HashSet<string> _personWords;

    /// <summary>Learns from the body paragraphs of <paramref name="documents"/>.</summary>
    /// <param name="documents">Parsed documents, for example <c>Seeds.All</c>.</param>
    public CorpusVocabulary(IEnumerable<Document> documents)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        // A sentence that opens with a person's name tells the parser who a later "he" is; filler must not.
        var documentList = documents.ToList();
        _personWords = new HashSet<string>(
            documentList.SelectMany(d => d.Speakers).Where(s => s.Kind == SpeakerKind.Person).SelectMany(s => s.Name.Split(' ')),
            StringComparer.Ordinal);
        foreach (var paragraph in documentList.SelectMany(d => d.Body))
        {
            _paragraphSentences.Add(Math.Max(1, Math.Min(paragraph.Sentences.Count, 4)));
            foreach (var sentence in paragraph.Sentences)
            {
                var tokens = sentence.Text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                _sentenceLengths.Add(Math.Max(8, Math.Min(tokens.Length, 32)));
                string? previous = null;
                for (var i = 0; i < tokens.Length; i++)
                {
                    var token = tokens[i];
                    if (!SafeWords.IsUsableToken(token))
                    {
                        previous = null; // a run of usable words ends here; the chain never bridges a removed word
                        continue;
                    }

                    var word = i == 0 ? Lower(token) : token;
                    _words.Add(word);
                    if (i == 0 && !IsPerson(word))
                    {
                        _starts.Add(word);
                    }

                    if (previous is not null)
                    {
                        if (!_next.TryGetValue(previous, out var list))
                        {
                            _next[previous] = list = new List<string>();
                        }

                        list.Add(word);
                    }

                    previous = word;
                }
            }
        }

        if (_words.Count < 20)
        {
            throw new ArgumentException("The documents have too little body text to learn from (fewer than 20 usable words).", nameof(documents));
        }

        if (_starts.Count == 0)
        {
            _starts.Add(_words[0]);
        }
    }

    /// <summary>How many distinct words were learned.</summary>
    public int WordCount => _words.Distinct(StringComparer.Ordinal).Count();

    /// <summary>A sentence in the corpus's words, capitalized, ending with a full stop, free of anything the parser reads as structure.</summary>
    /// <param name="random">The randomizer to draw from.</param>
    /// <param name="commas">Whether the sentence may contain commas (quotes are written without, so attribution stays unambiguous).</param>
    /// <returns>The sentence.</returns>
    public string Sentence(Randomizer random, bool commas = true) => Capitalize(Words(random, random.ListItem(_sentenceLengths), commas)) + ".";

    /// <summary>A paragraph of one to four sentences, shaped like the corpus's paragraphs.</summary>
    /// <param name="random">The randomizer to draw from.</param>
    /// <returns>The paragraph.</returns>
    public string Paragraph(Randomizer random)
    {
        var count = random.ListItem(_paragraphSentences);
        var sentences = new List<string>();
        while (sentences.Count < count || sentences.Sum(s => s.Split(' ').Length) <= 15)
        {
            sentences.Add(Sentence(random));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>A headline: five to nine words, capitalized, no closing punctuation.</summary>
    /// <param name="random">The randomizer to draw from.</param>
    /// <returns>The headline.</returns>
    public string Headline(Randomizer random) => Capitalize(Words(random, random.Number(5, 9), commas: false));

    /// <summary>A subheading: two to five words, capitalized, no closing punctuation.</summary>
    /// <param name="random">The randomizer to draw from.</param>
    /// <returns>The subheading.</returns>
    public string Heading(Randomizer random) => Capitalize(Words(random, random.Number(2, 5), commas: false));

    /// <summary>Words for a quote: <paramref name="count"/> words, no closing punctuation.</summary>
    /// <param name="random">The randomizer to draw from.</param>
    /// <param name="count">How many words.</param>
    /// <param name="commas">Whether commas may appear between words (never after the last).</param>
    /// <returns>The words, lower-case first unless the first is a name.</returns>
    public string Clause(Randomizer random, int count, bool commas = false) => Words(random, count, commas);

    private string Words(Randomizer random, int count, bool commas)
    {
        for (var attempt = 0; ; attempt++)
        {
            var words = new List<string> { random.ListItem(_starts) };
            while (words.Count < count)
            {
                var last = words[words.Count - 1];
                words.Add(_next.TryGetValue(last, out var next) && random.Number(0, 9) > 0 ? random.ListItem(next) : random.ListItem(_words));
            }

            var cleaned = words.Select((w, i) => !commas || i == words.Count - 1 ? w.TrimEnd(',') : w).ToArray();
            var text = string.Join(" ", cleaned);
            if ((SafeWords.IsPlain(text) && !OpensWithPerson(cleaned)) || attempt > 50)
            {
                return text;
            }
        }
    }

    /// <summary>A sentence inside the words opens with a person's name ("… cooperation. Xi put forward …").</summary>
    private bool OpensWithPerson(string[] words) =>
        words.Where((w, i) => i > 0 && words[i - 1].EndsWith(".", StringComparison.Ordinal)).Any(IsPerson);

    /// <summary>A word of a person's name, possessive or not ("Xi", "Xi's").</summary>
    private bool IsPerson(string word) =>
        _personWords.Contains(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : word);

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Lower(string token) =>
        token.Length > 1 && char.IsUpper(token[0]) && char.IsLower(token[1]) && !IsProperNoun(token)
            ? char.ToLowerInvariant(token[0]) + token.Substring(1)
            : token;

    // Sentence-initial words stay capitalized when they are names (China, Russia), lower-cased otherwise (The, Over).
    private static bool IsProperNoun(string token) =>
        !CommonOpeners.Contains(token.TrimEnd(','));

    private static readonly HashSet<string> CommonOpeners = new(
        new[] { "The", "This", "That", "These", "Those", "Over", "Under", "In", "On", "At", "Since", "As", "With", "For", "From", "By", "After", "Before", "During", "Both", "All", "Some", "Many", "It", "They", "We", "There", "A", "An", "And", "But", "Also", "To", "Of", "Such", "Their", "Its", "His", "Her", "Our", "While", "When", "Meanwhile", "However", "Moreover", "Furthermore", "Besides", "Through", "Against", "Among", "Between", "Based", "Earlier", "Last", "Next", "Today" },
        StringComparer.Ordinal);
}
