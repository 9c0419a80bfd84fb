using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Fakes;

/// <summary>
/// The right reading of a text, known before it is parsed: title, date, each paragraph's role and text, each quote
/// with its kind, speaker and cue, and the speakers in order of their first quote. Positions are left out on purpose:
/// the operators move text around, and a key compares what was read, not where.
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Published">The date and time the parser should read, or <see langword="null"/> when none is printed.</param>
/// <param name="Paragraphs">Every paragraph in order, boilerplate included.</param>
/// <param name="Quotes">Every quote in text order.</param>
/// <param name="Speakers">The speakers of the quotes, in order of first appearance.</param>
public sealed record AnswerKey(
    string Title,
    DateTime? Published,
    IReadOnlyList<ExpectedParagraph> Paragraphs,
    IReadOnlyList<ExpectedQuote> Quotes,
    IReadOnlyList<ExpectedSpeaker> Speakers)
{
    /// <summary>The key that a parsed document satisfies: what the parser read, in key form.</summary>
    /// <param name="document">A parsed document.</param>
    /// <returns>Its key.</returns>
    public static AnswerKey Of(Document document)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return new AnswerKey(
            document.Title,
            document.Published,
            document.Paragraphs.Select(p => new ExpectedParagraph(p.Role, p.Text)).ToArray(),
            document.Quotes.Select(q => new ExpectedQuote(q.Kind, q.Speaker?.Name, q.Text, q.Cue, q.ParagraphIndex)).ToArray(),
            document.Speakers.Select(s => new ExpectedSpeaker(s.Name, s.Kind)).ToArray());
    }

    /// <summary>Where <paramref name="actual"/> disagrees with this key, one line per difference; empty when it agrees.</summary>
    /// <param name="actual">The parser's reading.</param>
    /// <returns>The differences, readable in a test failure.</returns>
    public IReadOnlyList<string> Differences(Document actual) => Differences(Of(actual));

    /// <summary>Where <paramref name="actual"/> disagrees with this key, one line per difference; empty when it agrees.</summary>
    /// <param name="actual">Another key, usually <see cref="Of(Document)"/> of the parser's reading.</param>
    /// <returns>The differences, readable in a test failure.</returns>
    public IReadOnlyList<string> Differences(AnswerKey actual)
    {
        if (actual is null)
        {
            throw new ArgumentNullException(nameof(actual));
        }

        var differences = new List<string>();
        if (!string.Equals(Title, actual.Title, StringComparison.Ordinal))
        {
            differences.Add($"title: expected \"{Title}\", read \"{actual.Title}\"");
        }

        if (Published != actual.Published)
        {
            differences.Add($"published: expected {Format(Published)}, read {Format(actual.Published)}");
        }

        Compare("paragraph", Paragraphs, actual.Paragraphs, differences);
        Compare("quote", Quotes, actual.Quotes, differences);
        Compare("speaker", Speakers, actual.Speakers, differences);
        return differences;
    }

    /// <summary>Whether <paramref name="other"/> reads the same, element by element.</summary>
    /// <param name="other">The other key.</param>
    /// <returns><see langword="true"/> when there is no difference.</returns>
    public bool Equals(AnswerKey? other) => other is not null && Differences(other).Count == 0;

    /// <summary>A hash consistent with <see cref="Equals(AnswerKey)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Title) ^ Paragraphs.Count ^ (Quotes.Count << 16);

    private static void Compare<T>(string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual, List<string> differences)
    {
        var count = Math.Max(expected.Count, actual.Count);
        for (var i = 0; i < count; i++)
        {
            var e = i < expected.Count ? expected[i] : default;
            var a = i < actual.Count ? actual[i] : default;
            if (!EqualityComparer<T?>.Default.Equals(e, a))
            {
                differences.Add($"{what} {i}: expected {Show(e)}, read {Show(a)}");
            }
        }

        if (expected.Count != actual.Count)
        {
            differences.Add($"{what}s: expected {expected.Count}, read {actual.Count}");
        }
    }

    private static string Show<T>(T value) => value is null ? "nothing" : value.ToString()!;

    private static string Format(DateTime? date) =>
        date is null ? "no date" : date.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>One paragraph of an <see cref="AnswerKey"/>.</summary>
/// <param name="Role">Its role.</param>
/// <param name="Text">Its normalized text, as <see cref="Paragraph.Text"/>.</param>
public sealed record ExpectedParagraph(ParagraphRole Role, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"[{Role}] {Text}";
}

/// <summary>One quote of an <see cref="AnswerKey"/>.</summary>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Speaker">The canonical name of the speaker, or <see langword="null"/> when none is known.</param>
/// <param name="Text">The quoted text, normalized as <see cref="Quote.Text"/>.</param>
/// <param name="Cue">The reporting verb as written, white space normalized; empty when there is none.</param>
/// <param name="ParagraphIndex">The paragraph the quote is in.</param>
public sealed record ExpectedQuote(QuoteKind Kind, string? Speaker, string Text, string Cue, int ParagraphIndex)
{
    /// <inheritdoc />
    public override string ToString() => $"[{ParagraphIndex} {Kind}] {Speaker ?? "(nobody)"} {Cue}: \"{Text}\"";
}

/// <summary>One speaker of an <see cref="AnswerKey"/>.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">Person or organization.</param>
public sealed record ExpectedSpeaker(string Name, SpeakerKind Kind)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind})";
}
