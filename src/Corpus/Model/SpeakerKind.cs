namespace Corpus;

/// <summary>Who a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>A person ("Xi Jinping", "Liu Bin").</summary>
    Person,

    /// <summary>An organisation that speaks: a news agency, a ministry ("Xinhua reports").</summary>
    Organization,
}
