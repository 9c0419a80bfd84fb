namespace Corpus;

/// <summary>How a statement is reported.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum QuoteKind
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks: "X said that …", "…, X said."</summary>
    Reported,
}
