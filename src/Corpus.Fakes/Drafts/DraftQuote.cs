namespace Corpus.Fakes.Drafts;

/// <summary>A quote whose right reading is known, as a range inside its block's raw text.</summary>
internal sealed class DraftQuote
{
    public DraftQuote(QuoteKind kind, string? speaker, SpeakerKind speakerKind, string cue, int start, int length)
    {
        Kind = kind;
        Speaker = speaker;
        SpeakerKind = speakerKind;
        Cue = cue;
        Start = start;
        Length = length;
    }

    public QuoteKind Kind { get; }

    public string? Speaker { get; }

    public SpeakerKind SpeakerKind { get; }

    public string Cue { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public int End => Start + Length;

    public DraftQuote Clone() => new(Kind, Speaker, SpeakerKind, Cue, Start, Length);
}
