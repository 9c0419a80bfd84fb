using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// Gives every block a role from general features: repetition, length, end punctuation, keywords from
/// <see cref="Lexicon"/> and <see cref="PageFurniture"/>, the shapes of <see cref="FurnitureShapes"/> (bylines,
/// credits, contact lines), date shapes, position, and the label before a block (the caption under "Image caption,",
/// the profile under "About X", the tags under "Related Topics"). No rule names a seed's exact strings.
/// </summary>
internal static class RoleClassifier
{
    private const int MaxFurnitureLength = 300;
    private const int MaxTitleLength = 250;
    internal const int MaxHeadingWords = 14;
    private const int MaxDatelineWords = 10;
    private const int MinProseWords = 6;
    private const int MaxListItemWords = 5;

    /// <summary>A label over a list of points is a few words ("Key points", "What we know so far").</summary>
    private const int MaxBulletLabelWords = 4;

    /// <summary>How many items a label over a list of points needs under it.</summary>
    private const int BulletsUnderLabel = 2;

    /// <summary>How far into the paragraph under "About X" its name must appear: a company profile names it at once.</summary>
    private const int AboutNameReach = 120;

    /// <summary>What the block before this one opened: the blocks under some labels are read with it.</summary>
    private enum Section
    {
        None,

        /// <summary>Under "Image caption,": the next block is the caption.</summary>
        Caption,

        /// <summary>Under a press release's "About …", "Forward-looking statements" or "Media contact".</summary>
        Furniture,

        /// <summary>Under "Related Topics" or "Search Trends": tags and searches, a few words each.</summary>
        List,
    }

    /// <summary>Body paragraphs that must come before a repeated headline can open the related-articles tail.</summary>
    internal const int BodyBeforeRelated = 3;

    /// <summary>
    /// A block longer than <see cref="MaxFurnitureLength"/> is only tested for how its lower-case form starts, so
    /// only this much of it is lower-cased: lower-casing every long paragraph was most of this stage's time.
    /// </summary>
    private static readonly int LongestOpener = Lexicon.RelatedOpeners.Concat(Lexicon.DatelineWords).Concat(PageFurniture.RelatedOpeners).Max(p => p.Length);

    public static ParagraphRole[] Classify(IReadOnlyList<string> blocks)
    {
        var roles = new ParagraphRole[blocks.Count];
        var words = new int[blocks.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = FurnitureShapes.WordCount(blocks[i]);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var titleFound = false;
        var bodyCount = 0;
        var inRelatedTail = false;
        var section = Section.None;
        var pairs = new CharPairs();

        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i];
            var lower = (text.Length <= MaxFurnitureLength ? text : text.Substring(0, LongestOpener)).ToLowerInvariant();
            if (text.Length <= MaxFurnitureLength)
            {
                pairs.Read(lower); // Only a short block is searched for phrases.
            }

            var label = lower.TrimEnd(':', ',', ' ');
            var after = section;
            section = Section.None;
            ParagraphRole role;

            if (!seen.Add(text))
            {
                role = ParagraphRole.Duplicate;
            }
            else if (after == Section.Caption && text.Length <= MaxFurnitureLength)
            {
                role = ParagraphRole.Caption; // The caption under an "Image caption," label.
            }
            else if (IsBoilerplate(text, lower, pairs, words[i]) || IsPageFurniture(text, lower, pairs, label, words[i]))
            {
                role = ParagraphRole.Boilerplate;
                section = PageFurniture.ListHeadings.Contains(label) ? Section.List : after == Section.Furniture ? after : Section.None;
                section = bodyCount > 0 && IsSectionHeading(blocks, i, label, words[i]) ? Section.Furniture : section;
            }
            else if (bodyCount > 0 && IsSectionHeading(blocks, i, label, words[i]))
            {
                role = ParagraphRole.Boilerplate;
                section = Section.Furniture;
            }
            else if (after == Section.Furniture && !(IsHeadingShaped(text, words[i]) && FollowedByProse(blocks, words, i)))
            {
                role = ParagraphRole.Boilerplate; // Under "About …", "Forward-looking statements", "Media contact".
                section = Section.Furniture;
            }
            else if (IsPublicationLine(text, lower, words[i], titleFound))
            {
                role = ParagraphRole.Dateline;
            }
            else if (IsCaption(text, lower))
            {
                role = ParagraphRole.Caption;
                section = PageFurniture.CaptionLabels.Contains(label) ? Section.Caption : Section.None;
            }
            else if (IsDateline(text, lower, words[i]))
            {
                role = ParagraphRole.Dateline;
            }
            else if (inRelatedTail || (bodyCount >= BodyBeforeRelated && OpensRelated(blocks, i, lower)))
            {
                inRelatedTail = true;
                role = ParagraphRole.Related;
            }
            else if (after == Section.List && titleFound && IsListItem(text, lower, words[i]) && !FollowedByProse(blocks, words, i))
            {
                role = ParagraphRole.Boilerplate; // The tags under "Related Topics", the searches under "Search Trends".
                section = Section.List;
            }
            else if (!titleFound && bodyCount == 0 && IsTitleShaped(text, words[i]) && !text.EndsWith(":", StringComparison.Ordinal))
            {
                // Only before the story starts: a text that opens with prose has no headline, and a short paragraph deep
                // in it ("Clad in mink, she listened to the prosecutor describe her:") is the story's, not its title.
                titleFound = true;
                role = ParagraphRole.Title;
            }
            else if ((titleFound || bodyCount > 0) && IsHeadingShaped(text, words[i])
                && (FollowedByProse(blocks, words, i) || (FollowedByBullets(blocks, words, i) && (roles[i - 1] != ParagraphRole.Body || FurnitureShapes.EndsInStop(blocks[i - 1])))))
            {
                role = ParagraphRole.Heading;
            }
            else
            {
                role = ParagraphRole.Body;
                bodyCount++;
            }

            roles[i] = role;
        }

        return roles;
    }

    /// <summary>
    /// Page furniture: a short block with a phrase only furniture uses ("All rights reserved"), or with a word
    /// furniture shares with prose ("cookies", "I agree") when the block is no prose at all, opens with that word
    /// ("Subscribe to our newsletter …") or talks to the reader ("By continuing to browse our site you agree …").
    /// A news sentence about cookies or subscriptions is none of these.
    /// </summary>
    private static bool IsBoilerplate(string text, string lower, CharPairs pairs, int words) =>
        text.Length <= MaxFurnitureLength
        && (ContainsAny(lower, pairs, Lexicon.FurniturePhrases, FurniturePhrasePairs)
            || (!IsProse(text, words) && ContainsAny(lower, pairs, Lexicon.FurnitureWords, FurnitureWordPairs))
            || ((StartsWithAny(lower, Lexicon.FurnitureWords) || ContainsAnyWord(lower, pairs, Lexicon.ReaderAddress, ReaderAddressPairs))
                && ContainsAnyFurnitureWord(lower, pairs, Lexicon.FurnitureWords, FurnitureWordPairs))); // Searched last: most short blocks are prose.

    // The pairs of characters of each phrase a short block is searched for (CharPairs), in the order of its list.
    private static readonly int[][] FurniturePhrasePairs = CharPairs.Of(Lexicon.FurniturePhrases);
    private static readonly int[][] FurnitureWordPairs = CharPairs.Of(Lexicon.FurnitureWords);
    private static readonly int[][] ReaderAddressPairs = CharPairs.Of(Lexicon.ReaderAddress);
    private static readonly int[][] PageFurniturePhrasePairs = CharPairs.Of(PageFurniture.Phrases);

    /// <summary>
    /// <paramref name="word"/> as a word of its own or with a plural "s" ("cookies"): in prose that talks to someone,
    /// "subscribers" or "signed up" is news, not a button.
    /// </summary>
    private static bool ContainsFurnitureWord(string lower, string word)
    {
        for (var i = lower.IndexOf(word, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if (end < lower.Length && lower[end] == 's')
            {
                end++;
            }

            if ((i == 0 || !char.IsLetter(lower[i - 1])) && (end == lower.Length || !char.IsLetter(lower[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The furniture of news sites, wires and press releases (<see cref="PageFurniture"/>): a label that is the whole
    /// block ("Share", "Advertisement", "Related Topics"), a phrase only furniture prints ("FOR IMMEDIATE RELEASE",
    /// "contributed to this report"), a footer or sharing line that is no sentence ("Reporting by …; Editing by …",
    /// "Editor: Li Na", "Share on X"), a press release's "SOURCE …" line, a copyright line, a contact line, an end mark
    /// ("###").
    /// </summary>
    private static bool IsPageFurniture(string text, string lower, CharPairs pairs, string label, int words) =>
        text.Length <= MaxFurnitureLength
        && (PageFurniture.Labels.Contains(label)
            || ContainsAny(lower, pairs, PageFurniture.Phrases, PageFurniturePhrasePairs)
            || (!FurnitureShapes.EndsInStop(text) && StartsWithAny(lower, PageFurniture.Openers))
            || (words <= 8 && text.StartsWith("SOURCE ", StringComparison.Ordinal)) // A wire's press-release footer, in capitals.
            || FurnitureShapes.IsCopyrightLine(lower)
            || FurnitureShapes.IsEndMark(text)
            || FurnitureShapes.IsContactLine(text));

    /// <summary>
    /// The heading of a press release's furniture section: "Forward-Looking Statements", "Cautionary Note Regarding
    /// …", "Media contact:", or "About Lumen Devices" over a paragraph that names the company ("Lumen Devices, Inc.
    /// designs …"): a subheading "About Face" over prose about something else opens no section. The blocks under it are
    /// furniture too, up to the next heading of the article.
    /// </summary>
    private static bool IsSectionHeading(IReadOnlyList<string> blocks, int index, string label, int words)
    {
        if (words > MaxHeadingWords)
        {
            return false;
        }

        if (PageFurniture.SectionHeadings.Contains(label)
            || (!FurnitureShapes.EndsInStop(blocks[index]) && PageFurniture.SectionHeadings.Any(h => label.StartsWith(h + " ", StringComparison.Ordinal) && h.IndexOf(' ') > 0)))
        {
            return true;
        }

        var name = FurnitureShapes.AboutName(blocks[index], words);
        if (name is null || index + 1 >= blocks.Count)
        {
            return false;
        }

        var next = blocks[index + 1];
        return next.IndexOf(name, 0, Math.Min(next.Length, AboutNameReach), StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// A tag or a search under a list heading: a few words, or a line of them ("Flooding · Local government · England"),
    /// and no sentence. Tried after captions, datelines and the related tail, and never before the title or on a block
    /// followed by prose (a heading): a list heading inserted anywhere takes nothing from the article.
    /// </summary>
    private static bool IsListItem(string text, string lower, int words) =>
        !FurnitureShapes.EndsInStop(text) && !OpensRelatedByWords(lower)
        && (words <= MaxListItemWords || (text.Length <= MaxFurnitureLength && IsLineOfItems(text)));

    /// <summary>Two or more separators ('|', '·', '•') between items of at most <see cref="MaxListItemWords"/> words each.</summary>
    private static bool IsLineOfItems(string text)
    {
        var items = text.Split('|', '\u00B7', '\u2022');
        return items.Length >= 3 && items.All(item => FurnitureShapes.WordCount(item) is >= 1 and <= MaxListItemWords);
    }

    /// <summary>
    /// Who and when, not what: a byline ("By Jane Smith", "Jane Smith, Political correspondent"), a relative time
    /// ("Updated 3 hours ago", "Yesterday": no date to read), or a source line with a date ("Source: Xinhua |
    /// 2025-01-05 16:42:10"), which a caption's "Source:" opener would otherwise take. A byline comes after the
    /// headline, which an article opens with: a headline "By Land And Sea" has a byline's shape.
    /// </summary>
    private static bool IsPublicationLine(string text, string lower, int words, bool titleFound) =>
        text.Length <= MaxFurnitureLength
        && ((titleFound && FurnitureShapes.IsByline(text, lower, words))
            || (words <= MaxDatelineWords && FurnitureShapes.IsRelativeTime(lower))
            || (lower.StartsWith("source:", StringComparison.Ordinal) && IsDateline(text, lower, words)));

    private static bool IsCaption(string text, string lower)
    {
        if (text.Length > MaxFurnitureLength)
        {
            return false;
        }

        if (StartsWithAny(lower, Lexicon.CaptionOpeners)
            || StartsWithAny(lower, PageFurniture.CaptionOpeners))
        {
            return true;
        }

        // "… at the meeting. Photograph: Sam Lee/PA", "… 2025. (Photo: AP)", "(Xinhua/Zhang Wei)", "… REUTERS/Jane Doe".
        if (FurnitureShapes.EndsWithCredit(text, lower))
        {
            return true;
        }

        // "… in Beijing, May 16, 2024. /Xinhua": a picture agency credit after a slash at the end.
        var slash = text.LastIndexOf('/');
        if (slash > 0 && slash >= text.Length - 30 && text[slash - 1] == ' ')
        {
            var credit = text.Substring(slash + 1).TrimEnd(')', ' ', '.');
            if (credit.Length > 0 && char.IsUpper(credit[0]) && credit.Split(' ').Length <= 3)
            {
                return true;
            }
        }

        // "(R)", "(L)", "(2nd L)", "(front)": positions of people in a picture, whose caption is dated or is no full
        // sentence. In a sentence of prose, "(R)" is as likely a party ("Senator Morton (R) of Kentucky, …").
        var positions = lower.IndexOfAny(Parentheses) >= 0
            && (lower.Contains("(r)") || lower.Contains("(l)") || lower.Contains(" l)") || lower.Contains(" r)")
                || lower.Contains("(front") || lower.Contains("(c)"));
        return positions && (DateReader.Find(text) is not null || !FurnitureShapes.EndsInStop(text));
    }

    /// <summary>Every picture position ("(R)", "(2nd L)", "(front)") holds one of these: most captions are not searched for them.</summary>
    private static readonly char[] Parentheses = { '(', ')' };

    // Loops instead of Any(p => …): a lambda that captures the block allocates a closure and a delegate per block.
    // A phrase whose pairs of characters are not all in the block (phrasePairs[k] for phrases[k]) is not searched.
    private static bool ContainsAny(string lower, CharPairs pairs, string[] phrases, int[][] phrasePairs)
    {
        for (var k = 0; k < phrases.Length; k++)
        {
            if (pairs.MayHold(phrasePairs[k]) && lower.Contains(phrases[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(string lower, string[] openers)
    {
        foreach (var opener in openers)
        {
            if (lower.StartsWith(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAnyWord(string lower, CharPairs pairs, string[] words, int[][] wordPairs)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (pairs.MayHold(wordPairs[k]) && ContainsWord(lower, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAnyFurnitureWord(string lower, CharPairs pairs, string[] words, int[][] wordPairs)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (pairs.MayHold(wordPairs[k]) && ContainsFurnitureWord(lower, words[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads as a sentence of prose: several words and a final stop.</summary>
    private static bool IsProse(string text, int words) => words >= MinProseWords && FurnitureShapes.EndsInStop(text);

    private static bool ContainsWord(string lower, string word)
    {
        for (var i = lower.IndexOf(word, StringComparison.Ordinal); i >= 0; i = lower.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetter(lower[i - 1])) && (end == lower.Length || !char.IsLetter(lower[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDateline(string text, string lower, int words)
    {
        if (words > MaxDatelineWords)
        {
            return false;
        }

        var date = DateReader.Find(text, out var sawDate);
        return sawDate && (date is not null || Lexicon.DatelineWords.Any(w => lower.StartsWith(w, StringComparison.Ordinal)));
    }

    private static bool OpensRelated(IReadOnlyList<string> blocks, int index, string lower)
    {
        if (OpensRelatedByWords(lower))
        {
            return true;
        }

        // A tag list: "Culture | Chinese Civilization | Characteristics".
        if (FurnitureShapes.Count(blocks[index], '|') >= 2)
        {
            return true;
        }

        // A teaser headline printed twice in a row, as link lists do.
        return index + 1 < blocks.Count
            && string.Equals(blocks[index], blocks[index + 1], StringComparison.OrdinalIgnoreCase)
            && !FurnitureShapes.EndsInStop(blocks[index]);
    }

    private static bool OpensRelatedByWords(string lower) =>
        StartsWithAny(lower, Lexicon.RelatedOpeners)
        || StartsWithAny(lower, PageFurniture.RelatedOpeners);

    private static bool IsTitleShaped(string text, int words) =>
        text.Length <= MaxTitleLength && words >= 2 && !text.EndsWith(".", StringComparison.Ordinal) && !IsOneQuotation(text);

    /// <summary>
    /// A paragraph that is one quotation and its stop (""The food is wonderful and it is a lot of fun to be here"!"): a
    /// story that opens with someone's words, not a headline, which names its speaker ("'We will not back down': Xi").
    /// </summary>
    private static bool IsOneQuotation(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or '!' or '?')
        {
            end--;
        }

        return end > 2 && text[0] is '"' or '\u201C' or '\u00AB' or '\u201E' or '\u300C' && text[end - 1] is '"' or '\u201D' or '\u00BB' or '\u201C' or '\u300D'
            && text.IndexOfAny(DoubleMarks, 1, end - 2) < 0;
    }

    private static readonly char[] DoubleMarks = { '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u300C', '\u300D' };

    private static bool IsHeadingShaped(string text, int words) =>
        words <= MaxHeadingWords && !FurnitureShapes.EndsInStop(text) && !IntroducesQuote(text);

    /// <summary>"Earlier, Mitchell said in a statement:": a reporting clause that hands over to the next block's quote is prose.</summary>
    private static bool IntroducesQuote(string text) =>
        text.Length > 0 && text[text.Length - 1] == ':' && StatementPatterns.ReportingVerbWords.AnyIn(text);

    private static bool FollowedByProse(IReadOnlyList<string> blocks, int[] words, int index) =>
        index + 1 < blocks.Count && (FurnitureShapes.EndsInStop(blocks[index + 1]) || blocks[index + 1].EndsWith(":", StringComparison.Ordinal)) && words[index + 1] > MaxHeadingWords;

    /// <summary>
    /// A label of a few words over a list of points ("Key points", "What we know"): at least two items follow, each a
    /// clause longer than the label that ends in no full stop. The items stay body. The caller also wants the block
    /// before the label to end a sentence or be no body, so that a line of a song or poem is no label of the next.
    /// </summary>
    private static bool FollowedByBullets(IReadOnlyList<string> blocks, int[] words, int index)
    {
        if (words[index] > MaxBulletLabelWords || index + BulletsUnderLabel >= blocks.Count || !char.IsLetter(blocks[index][0]))
        {
            return false; // "-- His miracles" is a point of a list itself, not its label.
        }

        for (var item = index + 1; item <= index + BulletsUnderLabel; item++)
        {
            if (FurnitureShapes.EndsInStop(blocks[item]) || words[item] <= words[index] + 1 || words[item] > MaxHeadingWords + MaxBulletLabelWords
                || blocks[item].Length > MaxFurnitureLength)
            {
                return false;
            }
        }

        return true;
    }
}
