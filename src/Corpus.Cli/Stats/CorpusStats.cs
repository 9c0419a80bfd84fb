using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Cli.Stats;

/// <summary>The counts <c>corpus stats</c> prints; also its <c>--json</c> shape.</summary>
/// <param name="Documents">How many documents.</param>
/// <param name="Paragraphs">How many paragraphs, of every role.</param>
/// <param name="ParagraphsByRole">Paragraphs per role, every role in <see cref="ParagraphRole"/> order, zeros included.</param>
/// <param name="Quotes">How many quotes.</param>
/// <param name="QuotesByKind">Quotes per kind, every kind in <see cref="QuoteKind"/> order, zeros included.</param>
/// <param name="Speakers">How many distinct speakers (by canonical name), quoted or only named.</param>
/// <param name="QuotesPerSpeaker">Speakers with at least one quote: most quotes first, then by name (ordinal).</param>
/// <param name="UnattributedQuotes">Quotes nobody is named for.</param>
internal sealed record CorpusStats(
    int Documents,
    int Paragraphs,
    IReadOnlyDictionary<ParagraphRole, int> ParagraphsByRole,
    int Quotes,
    IReadOnlyDictionary<QuoteKind, int> QuotesByKind,
    int Speakers,
    IReadOnlyList<SpeakerCount> QuotesPerSpeaker,
    int UnattributedQuotes)
{
    /// <summary>Counts <paramref name="documents"/>.</summary>
    /// <param name="documents">The corpus: compiled seeds or files parsed at run time.</param>
    /// <returns>The counts.</returns>
    public static CorpusStats Of(IReadOnlyList<Document> documents)
    {
        var paragraphs = documents.SelectMany(d => d.Paragraphs).ToArray();
        var quotes = documents.SelectMany(d => d.Quotes).ToArray();

        // Documents parsed at run time each have their own Speaker objects: the canonical name is what they share.
        var perSpeaker = quotes
            .Where(q => q.Speaker is not null)
            .GroupBy(q => q.Speaker!.Name, StringComparer.Ordinal)
            .Select(g => new SpeakerCount(g.Key, g.Count()))
            .OrderByDescending(s => s.Quotes)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToArray();

        return new CorpusStats(
            documents.Count,
            paragraphs.Length,
            Enum.GetValues<ParagraphRole>().ToDictionary(r => r, r => paragraphs.Count(p => p.Role == r)),
            quotes.Length,
            Enum.GetValues<QuoteKind>().ToDictionary(k => k, k => quotes.Count(q => q.Kind == k)),
            documents.SelectMany(d => d.Speakers).Select(s => s.Name).Distinct(StringComparer.Ordinal).Count(),
            perSpeaker,
            quotes.Count(q => q.Speaker is null));
    }
}

/// <summary>How many quotes one speaker has.</summary>
/// <param name="Name">The speaker's canonical name.</param>
/// <param name="Quotes">The number of quotes.</param>
internal sealed record SpeakerCount(string Name, int Quotes);
