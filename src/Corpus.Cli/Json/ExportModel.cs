using System;
using System.Collections.Generic;

namespace Corpus.Cli.Json;

// The JSON shape of `corpus export`. Kept apart from the Corpus records so that adding a member to the runtime
// model does not silently change the exported format, and so that a quote names its speaker instead of nesting it.

/// <summary>One exported document.</summary>
internal sealed record DocumentJson(
    string Id,
    string FileName,
    string Title,
    DateTime? Published,
    string Text,
    IReadOnlyList<ParagraphJson> Paragraphs,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<SpeakerJson> Speakers);

/// <summary>One exported paragraph; ranges are offsets into <see cref="DocumentJson.Text"/>.</summary>
internal sealed record ParagraphJson(int Index, ParagraphRole Role, string Text, int Start, int Length, IReadOnlyList<SentenceJson> Sentences);

/// <summary>One exported sentence.</summary>
internal sealed record SentenceJson(string Text, int Start, int Length);

/// <summary>One exported quote; <see cref="Speaker"/> is <see langword="null"/> when the text names nobody.</summary>
internal sealed record QuoteJson(string Text, QuoteKind Kind, SpeakerRefJson? Speaker, string Cue, int ParagraphIndex, int Start, int Length);

/// <summary>A reference from a quote to one of the document's <see cref="DocumentJson.Speakers"/>.</summary>
internal sealed record SpeakerRefJson(string Id, string Name);

/// <summary>One exported speaker.</summary>
internal sealed record SpeakerJson(string Id, string Name, SpeakerKind Kind, IReadOnlyList<string> Aliases);
