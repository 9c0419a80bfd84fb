using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Fakes.Data;

/// <summary>
/// A speaker a synthetic article can quote, with the forms of its name the parser resolves to it: the full, titled
/// first mention ("Russian President Vladimir Putin") and the shorter forms used after it ("Putin", "President Putin").
/// </summary>
/// <param name="Name">The canonical name the parser should give ("Vladimir Putin").</param>
/// <param name="Kind">Person or organization.</param>
/// <param name="FirstMention">The form written the first time.</param>
/// <param name="ShortForms">Forms written after the first mention; may be empty.</param>
public sealed record SpeakerProfile(string Name, SpeakerKind Kind, string FirstMention, IReadOnlyList<string> ShortForms)
{
    /// <summary>
    /// The profile of a speaker read from a real document, keeping only the name forms that resolve to it
    /// unambiguously; <see langword="null"/> when the name itself is not one the parser reads back (a misspelt outlet,
    /// a lower-case word).
    /// </summary>
    /// <param name="speaker">A speaker of a parsed document.</param>
    /// <returns>The profile, or <see langword="null"/>.</returns>
    public static SpeakerProfile? From(Speaker speaker)
    {
        if (speaker is null)
        {
            throw new ArgumentNullException(nameof(speaker));
        }

        var nameWords = speaker.Name.Split(' ');
        if (speaker.Kind == SpeakerKind.Organization)
        {
            return ParserVocabulary.Outlets.Contains(speaker.Name, StringComparer.Ordinal)
                ? new SpeakerProfile(speaker.Name, speaker.Kind, speaker.Name, Array.Empty<string>())
                : null;
        }

        if (nameWords.Length is < 2 or > 3 || !nameWords.All(IsNameWord) || nameWords.Any(w => ParserVocabulary.IsTitleWord(w) || ParserVocabulary.IsOrganizationWord(w)))
        {
            return null;
        }

        var forms = speaker.Aliases
            .Where(a => a.Split(' ').All(IsNameWord) && !a.Split(' ').Any(w => ParserVocabulary.IsOrganizationWord(w)))
            .Where(a => ParserVocabulary.StripTitles(a).Split(' ').All(w => nameWords.Contains(w, StringComparer.Ordinal)))
            .Where(a => a.Split(' ').Length <= 5)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();
        var full = forms.Where(a => ParserVocabulary.StripTitles(a) == speaker.Name).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).FirstOrDefault()
            ?? speaker.Name;
        return new SpeakerProfile(speaker.Name, SpeakerKind.Person, full, forms.Where(f => f != full).ToArray());
    }

    private static bool IsNameWord(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c == '-') && !word.Skip(1).All(char.IsUpper);

    /// <inheritdoc />
    public override string ToString() => Name;
}
