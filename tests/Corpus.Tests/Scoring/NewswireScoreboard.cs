using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Parsing;

namespace Corpus.Tests.Scoring;

/// <summary>
/// Scores direct-quote detection on real newswire that the parser was never tuned on: a direct quote the parser
/// reports is right when it covers most of a span the key judges as speech; spans judged as titles, names or scare
/// quotes must not be reported.
/// </summary>
internal sealed class NewswireScoreboard
{
    /// <summary>A reported quote and a key span are the same quote when they share this much of the span.</summary>
    private const double MinOverlap = 0.5;

    private readonly StringBuilder _report = new();
    private readonly NewswireKey _key;

    private NewswireScoreboard(NewswireKey key)
    {
        _key = key;
    }

    /// <summary>Direct quotes against the spans judged as speech, over every article.</summary>
    public Score DirectQuotes => Development + HeldOut;

    /// <summary>The articles whose mistakes were read while the rules were written (<see cref="NewswireKey.IsDevelopment"/>).</summary>
    public Score Development { get; private set; }

    /// <summary>The articles nobody looked at while writing rules: the honest measure.</summary>
    public Score HeldOut { get; private set; }

    /// <summary>Of the matched quotes whose speaker the key names, those whose speaker shares the key's surname.</summary>
    public Accuracy Speakers => DevelopmentSpeakers + HeldOutSpeakers;

    /// <summary><see cref="Speakers"/> on the development articles.</summary>
    public Accuracy DevelopmentSpeakers { get; private set; }

    /// <summary><see cref="Speakers"/> on the held-out articles: the honest measure.</summary>
    public Accuracy HeldOutSpeakers { get; private set; }

    public int Articles { get; private set; }

    public int NotSpeech { get; private set; }

    public string Report => _report.ToString();

    public static NewswireScoreboard Run(NewswireKey key)
    {
        var board = new NewswireScoreboard(key);
        foreach (var article in key.Articles)
        {
            var text = File.ReadAllText(Path.Combine(key.Directory, article.File));
            board.Score(article, text, CorpusParser.Parse(text, article.File));
        }

        return board;
    }

    public string Summary() => string.Join(
        Environment.NewLine,
        SummaryLines().Where(line => !(HeldOut.Expected == 0 && line.StartsWith("  held out", StringComparison.Ordinal))
            && !(Development.Expected == 0 && line.StartsWith("  development", StringComparison.Ordinal))));

    private IEnumerable<string> SummaryLines() => new[]
    {
        $"{_key.Set}: {Articles} articles, {DirectQuotes.Expected} spans of speech, {NotSpeech} quoted spans that are not speech",
        "direct quotes, all:            " + DirectQuotes,
        $"  development (..{_key.LastDevelopment}):         " + Development,
        "  held out:                    " + HeldOut,
        "speaker (surname) of matches:  " + Speakers,
        $"  development (..{_key.LastDevelopment}):         " + DevelopmentSpeakers,
        "  held out:                    " + HeldOutSpeakers,
    };

    private void Score(NewswireKey.ArticleKey article, string text, Document document)
    {
        Articles++;
        var starts = ParagraphStarts(text);
        // The key judged every span in double marks and no other: a quote in single marks ('church meets change' over a
        // story) is outside what it judged, so it counts neither for nor against.
        var found = document.Quotes.Where(q => q.Kind == QuoteKind.Direct && !InSingleMarks(text, q)).ToList();
        var correct = 0;
        // Held-out mistakes are counted, never listed: reading them would make them development data.
        var log = _key.IsDevelopment(article.File) ? _report : new StringBuilder();
        log.AppendLine(article.File);
        foreach (var span in article.Quotes)
        {
            var (start, end) = (starts[span.Paragraph] + span.Start, starts[span.Paragraph] + span.End);
            var match = found.FirstOrDefault(q => Overlap(q, start, end) >= MinOverlap * Math.Max(1, end - start));
            if (!span.Speech)
            {
                NotSpeech++;
                if (match is not null)
                {
                    log.AppendLine($"  not speech, reported as a quote: \"{Preview(span.Text)}\"");
                }

                continue;
            }

            if (match is null)
            {
                log.AppendLine($"  missed: \"{Preview(span.Text)}\"");
                continue;
            }

            found.Remove(match);
            correct++;
            if (span.Speaker is not null)
            {
                var surname = Surname(span.Speaker);
                var right = match.Speaker?.Name.Contains(surname, StringComparison.OrdinalIgnoreCase) == true; // "Trustees" is "trustees"
                if (_key.IsDevelopment(article.File))
                {
                    DevelopmentSpeakers += new Accuracy(right ? 1 : 0, 1);
                }
                else
                {
                    HeldOutSpeakers += new Accuracy(right ? 1 : 0, 1);
                }

                if (!right)
                {
                    log.AppendLine($"  speaker of \"{Preview(span.Text)}\": expected {span.Speaker}, got {match.Speaker?.Name ?? "none"}");
                }
            }
        }

        foreach (var extra in found.Where(q => !article.Quotes.Any(span => Overlap(q, starts[span.Paragraph] + span.Start, starts[span.Paragraph] + span.End) > 0)))
        {
            log.AppendLine($"  no such span in the key: \"{Preview(extra.Text)}\"");
        }

        var score = new Score(correct, document.Quotes.Count(q => q.Kind == QuoteKind.Direct && !InSingleMarks(text, q)), article.Quotes.Count(q => q.Speech));
        if (_key.IsDevelopment(article.File))
        {
            Development += score;
        }
        else
        {
            HeldOut += score;
        }
    }

    /// <summary>
    /// The word a speaker is known by: the key's last word, past a generational suffix ("Adam Clayton Powell Jr." is
    /// "Powell"), so that a parser that drops the suffix, as the articles' later mentions do, is not marked wrong.
    /// </summary>
    internal static string Surname(string speaker)
    {
        var words = speaker.Split(' ');
        var last = words.Length - 1;
        while (last > 0 && NameSuffixes.Contains(words[last].TrimEnd('.', ',')))
        {
            last--;
        }

        return words[last].TrimEnd(',');
    }

    private static readonly HashSet<string> NameSuffixes = new(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV" };

    /// <summary>Whether <paramref name="quote"/> opens after a single quotation mark (' or ‘), outside any double-quoted span.</summary>
    private static bool InSingleMarks(string text, Quote quote) =>
        quote.Start > 0 && text[quote.Start - 1] is '\'' or '\u2018';

    private static int Overlap(Quote quote, int start, int end) => Math.Max(0, Math.Min(quote.Start + quote.Length, end) - Math.Max(quote.Start, start));

    /// <summary>Where each paragraph of a converted article starts: the files separate paragraphs by one blank line.</summary>
    private static List<int> ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\n\n", i + 2, StringComparison.Ordinal))
        {
            starts.Add(i + 2);
        }

        return starts;
    }

    private static string Preview(string text) => text.Length <= 90 ? text : text.Substring(0, 90) + "…";
}
