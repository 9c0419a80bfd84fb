using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>One canonical speaker: a person or organisation that makes statements in the corpus.</summary>
/// <remarks>
/// Two speakers are equal when they have the same <see cref="Id"/>, <see cref="Name"/> and <see cref="Kind"/>:
/// the aliases a speaker was seen under differ between a single document and a whole corpus, the person does not.
/// </remarks>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
sealed record Speaker
{
    /// <summary>Creates a speaker.</summary>
    /// <param name="id">Identifier-shaped key, e.g. <c>XiJinping</c>.</param>
    /// <param name="name">Canonical name, e.g. "Xi Jinping".</param>
    /// <param name="kind">Person or organisation.</param>
    /// <param name="aliases">Every form the speaker was referred to by, canonical name included.</param>
    public Speaker(string id, string name, SpeakerKind kind, IReadOnlyList<string> aliases)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Kind = kind;
        Aliases = aliases ?? throw new ArgumentNullException(nameof(aliases));
    }

    /// <summary>Identifier-shaped key, stable across documents: the generated member name in <c>Speakers</c>.</summary>
    public string Id { get; }

    /// <summary>Canonical name, e.g. "Xi Jinping".</summary>
    public string Name { get; }

    /// <summary>Person or organisation.</summary>
    public SpeakerKind Kind { get; }

    /// <summary>Every form the speaker was referred to by ("Xi", "President Xi", "Chinese President Xi Jinping", …), ordinal order.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <inheritdoc />
    public bool Equals(Speaker? other) =>
        other is not null && (ReferenceEquals(this, other) || (Id == other.Id && Name == other.Name && Kind == other.Kind));

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Name;
}
