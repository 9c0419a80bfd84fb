using System;
using System.Linq;
using System.Text.RegularExpressions;
using Bogus;
using Corpus.Fakes.Drafts;

namespace Corpus.Fakes;

/// <summary>
/// One mention of a speaker outside quotes is written in another form of the same name: "Xi" ↔ "President Xi Jinping",
/// "Putin" ↔ "Russian President Vladimir Putin". The full name is never removed from the last place it appears.
/// </summary>
public sealed class SpeakerNameForm : VariantOperator
{
    /// <inheritdoc />
    public override string Guarantee => "the same quotes, speakers, roles, title and date; only the name's form in the text changes";

    internal override string? TryApply(Draft draft, Document original, Randomizer random)
    {
        var options = (
            from speaker in original.Speakers.Where(s => s.Kind == SpeakerKind.Person && s.Name.Contains(' '))
            let forms = speaker.Aliases.Where(a => IsForm(a, speaker.Name)).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).ToArray()
            where forms.Length >= 2
            let pattern = new Regex(
                @"(?<![\p{L}\p{Nd}’'.-])(?<!\p{Lu}[\p{L}.]*\s)(?:" + string.Join("|", forms.Select(Regex.Escape)) + @")(?![\p{L}\p{Nd}-])(?!\s+\p{Lu})",
                RegexOptions.CultureInvariant)
            from index in EditableBody(draft)
            let block = draft.Blocks[index]
            from match in pattern.Matches(block.Raw).Cast<Match>()
            where block.IsOutsideQuotes(match.Index, match.Length)
            select (Speaker: speaker, Forms: forms, Block: index, Match: match)).ToList();
        if (options.Count == 0)
        {
            return null;
        }

        var (chosen, all, blockIndex, found) = random.ListItem(options);
        var replacements = all.Where(f => f != found.Value).ToList();
        if (replacements.Count == 0)
        {
            return null;
        }

        var replacement = random.ListItem(replacements);
        var edited = draft.Blocks[blockIndex];
        edited.Replace(found.Index, found.Length, replacement);
        if (!KeepsFullName(draft.Blocks, chosen.Name))
        {
            edited.Replace(found.Index, replacement.Length, found.Value); // that was the last place the full name was learned from
            return null;
        }

        return $"p{blockIndex} \"{found.Value}\" → \"{replacement}\"";
    }

    // A form made of capitalized words whose name part is the speaker's name or part of it.
    private static bool IsForm(string alias, string name)
    {
        var words = alias.Split(' ');
        var nameWords = name.Split(' ');
        return words.All(w => w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-'))
            && !words[0].Equals("The", StringComparison.Ordinal)
            && !words.Any(w => ParserVocabulary.IsOrganizationWord(w))
            && ParserVocabulary.StripTitles(alias).Split(' ').All(w => nameWords.Contains(w, StringComparer.Ordinal));
    }
}
