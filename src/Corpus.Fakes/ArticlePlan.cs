using System;
using System.Collections.Generic;
using Bogus;
using Corpus.Fakes.Data;

namespace Corpus.Fakes;

/// <summary>
/// What a synthetic article will contain, drawn by <see cref="ArticleFaker"/> before any text is written. Change a
/// property with a rule (<c>faker.Articles.RuleFor(a =&gt; a.QuoteParagraphs, 3)</c>) and the article follows.
/// </summary>
public sealed class ArticlePlan
{
    /// <summary>Creates a plan whose per-purpose randomizers derive from <paramref name="seed"/>.</summary>
    /// <param name="seed">The article's own seed.</param>
    public ArticlePlan(int seed) => Seed = seed;

    /// <summary>The article's own seed, from the faker's seed and the article's index.</summary>
    public int Seed { get; }

    /// <summary>The headline, the first line of the file.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The publication time printed in the date line; <see langword="null"/> for no date line (and no date).</summary>
    public DateTime? Published { get; set; }

    /// <summary>How the date line is printed.</summary>
    public DatelineFormat DatelineFormat { get; set; }

    /// <summary>The news agency named in date lines and picture credits.</summary>
    public string Outlet { get; set; } = "Xinhua";

    /// <summary>Who is quoted; each one at least once when there are enough quote paragraphs.</summary>
    public IReadOnlyList<SpeakerProfile> Speakers { get; set; } = Array.Empty<SpeakerProfile>();

    /// <summary>Body paragraphs without quotes.</summary>
    public int BodyParagraphs { get; set; }

    /// <summary>Body paragraphs that hold a quote (direct or reported).</summary>
    public int QuoteParagraphs { get; set; }

    /// <summary>Picture captions after the date line.</summary>
    public int Captions { get; set; }

    /// <summary>Cookie banners and other page furniture, before the title or at the end.</summary>
    public int Banners { get; set; }

    /// <summary>Whether blocks are separated by a blank line (otherwise by one line break).</summary>
    public bool BlankLines { get; set; } = true;

    /// <summary>A randomizer for this article and one purpose: rules that use it stay independent of every other rule.</summary>
    /// <param name="purpose">What the numbers are for, e.g. "title".</param>
    /// <returns>A randomizer seeded from (<see cref="Seed"/>, <paramref name="purpose"/>).</returns>
    public Randomizer RandomFor(string purpose) => Seeding.For(Seed, purpose);
}
