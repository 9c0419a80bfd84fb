namespace Corpus;

/// <summary>
/// How much work a parse did against its budget, and where it stopped attributing if the budget ran out. The parser
/// runs inside builds and IDEs, so the work it may do on one document is bounded: a million units plus 100 per character
/// (a unit is roughly one character read by a pattern), many times what news needs. A text that needs more (shaped to
/// defeat the parser, or not prose at all) keeps every paragraph and its text; only its quotes from
/// <see cref="StoppedAtParagraph"/> on are missing. The generator reports this as CORPUS015.
/// </summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record ParseReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="work">Units of work spent.</param>
    /// <param name="budget">Units of work the document was allowed.</param>
    /// <param name="stoppedAtParagraph">The index of the paragraph where attribution stopped, or null when it finished.</param>
    public ParseReport(long work, long budget, int? stoppedAtParagraph)
    {
        Work = work;
        Budget = budget;
        StoppedAtParagraph = stoppedAtParagraph;
    }

    /// <summary>Units of work spent: characters read by patterns and speakers compared. The same on every machine.</summary>
    public long Work { get; }

    /// <summary>Units of work the document was allowed; it grows linearly with the text's length.</summary>
    public long Budget { get; }

    /// <summary>
    /// The index (in <see cref="Document.Paragraphs"/>) of the paragraph where the budget ran out: quotes from this
    /// paragraph on were not looked for. Null when the parse finished.
    /// </summary>
    public int? StoppedAtParagraph { get; }

    /// <summary>Whether every paragraph was searched for quotes.</summary>
    public bool Complete => StoppedAtParagraph is null;
}
