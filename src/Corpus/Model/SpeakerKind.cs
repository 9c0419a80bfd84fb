namespace Corpus;

/// <summary>Who a speaker is.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum SpeakerKind
{
    /// <summary>A person ("Xi Jinping", "Liu Bin").</summary>
    Person,

    /// <summary>An organisation that speaks: a news agency, a ministry ("Xinhua reports").</summary>
    Organization,
}
