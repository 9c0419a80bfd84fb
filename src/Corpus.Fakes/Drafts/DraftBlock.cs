using System.Collections.Generic;
using System.Linq;

namespace Corpus.Fakes.Drafts;

/// <summary>One paragraph of a draft: its raw text (as it will be written), its role and its quotes.</summary>
internal sealed class DraftBlock
{
    public DraftBlock(string raw, ParagraphRole role, IEnumerable<DraftQuote>? quotes = null)
    {
        Raw = raw;
        Role = role;
        Quotes = quotes?.ToList() ?? new List<DraftQuote>();
    }

    public string Raw { get; private set; }

    public ParagraphRole Role { get; set; }

    public List<DraftQuote> Quotes { get; }

    public string Text => CorpusText.Normalize(Raw);

    /// <summary>Whether [start, start+length) touches no quote.</summary>
    public bool IsOutsideQuotes(int start, int length) => Quotes.All(q => start + length <= q.Start || start >= q.End);

    /// <summary>Replaces a range and keeps every quote range on the same characters.</summary>
    public void Replace(int start, int length, string replacement)
    {
        Raw = Raw.Substring(0, start) + replacement + Raw.Substring(start + length);
        var delta = replacement.Length - length;
        foreach (var quote in Quotes)
        {
            if (quote.Start >= start + length)
            {
                quote.Start += delta; // after the edit
            }
            else if (quote.Start <= start && quote.End >= start + length)
            {
                quote.Length += delta; // the edit is inside the quote
            }
        }
    }

    public DraftBlock Clone() => new(Raw, Role, Quotes.Select(q => q.Clone()));
}
