using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>Questions asked of a whole corpus, such as a generated <c>News.All</c>.</summary>
public static class CorpusQueries
{
    /// <summary>
    /// Every quote of <paramref name="speaker"/> across <paramref name="documents"/>, in document order, then in order of
    /// appearance: <c>News.All.QuotesBy(News.Speakers.PeterOkafor)</c>. A speaker is the same person in every document
    /// of a corpus when their <see cref="Speaker.Id"/> is, as the generated <c>Speakers</c> members are.
    /// </summary>
    /// <remarks>Enumerating builds each document reached (a generated document is decoded on first read).</remarks>
    /// <param name="documents">The documents: a generated corpus's <c>All</c>, or documents parsed at run time.</param>
    /// <param name="speaker">The speaker.</param>
    /// <returns>The speaker's quotes, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="speaker"/> is <see langword="null"/>.</exception>
    public static IEnumerable<Quote> QuotesBy(this IEnumerable<Document> documents, Speaker speaker)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        if (speaker is null)
        {
            throw new ArgumentNullException(nameof(speaker));
        }

        return Find(documents, speaker.Id);
    }

    private static IEnumerable<Quote> Find(IEnumerable<Document> documents, string speakerId)
    {
        foreach (var document in documents)
        {
            foreach (var quote in document.Quotes)
            {
                if (quote.Speaker is { } said && string.Equals(said.Id, speakerId, StringComparison.Ordinal))
                {
                    yield return quote;
                }
            }
        }
    }
}
