namespace Corpus;

/// <summary>How a statement is reported.</summary>
public enum QuoteKind
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks: "X said that …", "…, X said."</summary>
    Reported,
}
