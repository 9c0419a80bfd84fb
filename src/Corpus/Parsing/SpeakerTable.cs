using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Naming;

namespace Corpus.Parsing;

/// <summary>
/// The people and organisations of one document. Names are stripped of titles ("Chinese President Xi Jinping" →
/// "Xi Jinping"); a shorter name whose words are part of a longer one ("Xi", "Putin") is the same speaker; pronouns and
/// role phrases ("he", "the official", "the Russian president") resolve to the last fitting named speaker.
/// </summary>
internal sealed class SpeakerTable
{
    /// <summary>The titles that introduce a mention: capitalized, and without a period ("Mr" is one, "Mr." is not).</summary>
    private static readonly string[] MentionTitles = Lexicon.TitleWords.Where(w => char.IsUpper(w[0]) && !w.EndsWith(".", StringComparison.Ordinal)).ToArray();

    /// <summary>Every mention holds one of these words: text without them is not searched.</summary>
    private static readonly WordSet MentionTitleWords = new(MentionTitles);

    private static readonly Regex TitledName = new(
        @"\b(?:[A-Z][\p{L}-]+\s+){0,2}(?:" + Lexicon.Alternation(MentionTitles) + @")\s+(?<name>(?:[A-Z][\p{L}\p{Mn}'’-]+\s+){0,2}[A-Z][\p{L}\p{Mn}'’-]+)",
        RegexOptions.CultureInvariant,
        StatementPatterns.Timeout);

    private static readonly Regex SentenceSubject = new(
        @"^[""“]?(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){0,4}[A-Z][\p{L}\p{Mn}'’-]+)\s+(?!(?:and|or|nor)\b)[a-z]",
        RegexOptions.CultureInvariant,
        StatementPatterns.Timeout);

    private readonly List<Entry> _entries = new();
    private readonly Dictionary<string, List<Entry>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<Entry, Speaker> _built = new();
    private Entry? _lastSpeaker;
    private Entry? _lastPerson;

    /// <summary>Learns the full names a text mentions with a title ("President Xi Jinping"), before any resolution.</summary>
    public void LearnMentions(string text)
    {
        for (var match = NextMention(text, 0); match is not null; match = NextMention(text, match.Index + match.Length))
        {
            // The whole mention is an alias ("Russian President Vladimir Putin"), so that "the Russian president" fits it.
            var name = StripPossessive(match.Groups["name"].Value);
            var core = StripTitles(name);
            if (core.Length > 0)
            {
                Learn(core, match.Value.Substring(0, match.Groups["name"].Index - match.Index) + name, KindOf(core, string.Empty));
            }
        }
    }

    /// <summary>The next titled name from <paramref name="from"/> on; none once matching one takes longer than the timeout.</summary>
    private static Match? NextMention(string text, int from)
    {
        var title = MentionTitleWords.NextIn(text, from, text.Length);
        if (title < 0)
        {
            return null;
        }

        // Before its title a mention has only capitalized words and white space: the search starts where those begin,
        // not at every word of the text before them.
        var start = title;
        while (start > from && (char.IsLetter(text[start - 1]) || text[start - 1] == '-' || char.IsWhiteSpace(text[start - 1])))
        {
            start--;
        }

        try
        {
            var match = TitledName.Match(text, start);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Learns a subject that introduces a statement, so that its full form is known before pronouns resolve.</summary>
    public void LearnSubject(string subject, string verb)
    {
        if (!IsReference(subject))
        {
            var core = StripTitles(StripPossessive(subject));
            if (core.Length > 0)
            {
                Learn(core, subject, KindOf(core, verb));
            }
        }
    }

    /// <summary>Resolves the subject of a statement, in text order: names, then pronouns and role phrases.</summary>
    public Speaker? Resolve(string subject, string verb)
    {
        Entry? entry;
        if (IsPronoun(subject))
        {
            entry = _lastPerson;
        }
        else if (IsRolePhrase(subject))
        {
            entry = FitRole(subject) ?? _lastPerson;
        }
        else
        {
            var core = StripTitles(StripPossessive(subject));
            entry = core.Length == 0 ? null : Learn(core, subject, KindOf(core, verb));
        }

        if (entry is null)
        {
            return null;
        }

        _lastSpeaker = entry;
        if (entry.Kind == SpeakerKind.Person)
        {
            _lastPerson = entry;
        }

        return Build(entry);
    }

    /// <summary>
    /// Notes a sentence that opens with the name of a known person ("Vladimir Putin has characterized …"): a later
    /// "he" refers to that person even though the sentence reports nothing. "Xi and Putin signed …" names no one person.
    /// </summary>
    public void NoteSentence(string sentence)
    {
        // The subject's first letter, after an optional opening quote, is a capital: other sentences are not matched.
        var first = sentence.Length > 0 && sentence[0] is '"' or '“' ? 1 : 0;
        if (first >= sentence.Length || sentence[first] is < 'A' or > 'Z')
        {
            return;
        }

        Match subject;
        try
        {
            subject = SentenceSubject.Match(sentence);
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }

        if (!subject.Success)
        {
            return;
        }

        var words = StripTitles(StripPossessive(subject.Groups["name"].Value)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var entry = Candidates(words).FirstOrDefault(e => e.Kind == SpeakerKind.Person && e.Contains(words));
        if (entry is not null)
        {
            _lastPerson = entry;
        }
    }

    /// <summary>The speaker who spoke last, for unattributed quotes that continue a statement.</summary>
    public Speaker? Last => _lastSpeaker is null ? null : Build(_lastSpeaker);

    private Speaker Build(Entry entry)
    {
        if (!_built.TryGetValue(entry, out var speaker))
        {
            // Built on first resolution, after every alias of the document is learned, so aliases are complete.
            var aliases = entry.Aliases.OrderBy(a => a, StringComparer.Ordinal).ToArray();
            speaker = new Speaker(Identifiers.FromText(entry.Name, 8, "Speaker"), entry.Name, entry.Kind, aliases);
            _built[entry] = speaker;
        }

        return speaker;
    }

    private Entry Learn(string core, string surface, SpeakerKind kind)
    {
        core = Lexicon.CanonicalOutlet(core);
        var words = core.Split(' ');

        // Only an entry that shares a word with the name can contain it or be part of it: look those up by word, in
        // the order they were learned, instead of scanning every entry (quadratic for thousands of names).
        var candidates = Candidates(words);
        var entry = candidates.FirstOrDefault(e => e.Contains(words)) ?? candidates.FirstOrDefault(e => e.IsPartOf(words));
        if (entry is null)
        {
            entry = new Entry(core, kind) { Order = _entries.Count };
            _entries.Add(entry);
            Index(entry);
        }
        else if (words.Length > entry.Words.Length && !_built.ContainsKey(entry))
        {
            entry.Rename(core); // A fuller form of a known name: "Xi" then "Xi Jinping".
            Index(entry);
        }

        entry.Aliases.Add(surface.Trim());
        entry.Aliases.Add(core);
        return entry;
    }

    /// <summary>The entries that share a word with <paramref name="words"/>, in the order they were learned.</summary>
    private List<Entry> Candidates(string[] words)
    {
        var candidates = new List<Entry>();
        var seen = words.Length > 1 ? new HashSet<Entry>() : null; // An entry under two of the words is taken once.
        foreach (var word in words)
        {
            if (_byWord.TryGetValue(word, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (seen is null || seen.Add(entry))
                    {
                        candidates.Add(entry);
                    }
                }
            }
        }

        candidates.Sort((a, b) => a.Order.CompareTo(b.Order));
        return candidates;
    }

    private void Index(Entry entry)
    {
        foreach (var word in entry.Words)
        {
            if (!_byWord.TryGetValue(word, out var list))
            {
                _byWord[word] = list = new List<Entry>();
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }
        }
    }

    private Entry? FitRole(string phrase)
    {
        var words = phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(w => !char.IsDigit(w[0])).ToArray();
        var patterns = words.Select(w => new Regex(@"\b" + Regex.Escape(w) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, StatementPatterns.Timeout)).ToArray();
        bool Fits(Entry e) => patterns.All(p => e.Aliases.Any(a => IsMatch(p, a)));
        if (_lastSpeaker is not null && Fits(_lastSpeaker))
        {
            return _lastSpeaker;
        }

        return _entries.FirstOrDefault(e => e.Kind == SpeakerKind.Person && Fits(e));
    }

    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static bool IsReference(string subject) => IsPronoun(subject) || IsRolePhrase(subject);

    private static bool IsPronoun(string subject) => Lexicon.Pronouns.Contains(subject.Trim());

    private static bool IsRolePhrase(string subject)
    {
        var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && Lexicon.RoleNouns.Contains(words[words.Length - 1]);
    }

    /// <summary>"Chinese President Xi Jinping" → "Xi Jinping": drops everything up to the last title word.</summary>
    public static string StripTitles(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }

        // "Foreign Ministry Spokesperson Wang Wenbin" → "Wang Wenbin", but "Foreign Ministry" stays a ministry.
        var lastTitle = words.FindLastIndex(w => Lexicon.TitleWords.Contains(w));
        if (lastTitle >= 0 && lastTitle < words.Count - 1 && !words.Skip(lastTitle + 1).Any(w => Lexicon.OrganizationWords.Contains(w)))
        {
            words.RemoveRange(0, lastTitle + 1);
        }

        return string.Join(" ", words);
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;

    private static SpeakerKind KindOf(string core, string verb)
    {
        var words = core.Split(' ');
        if (words.Any(w => Lexicon.OrganizationWords.Contains(w)) || (words.Length == 1 && Lexicon.OrganizationVerbs.Contains(verb))
            || words.Any(w => w.Length >= 2 && w.All(char.IsUpper)))
        {
            return SpeakerKind.Organization;
        }

        return SpeakerKind.Person;
    }

    private sealed class Entry
    {
        public Entry(string name, SpeakerKind kind)
        {
            Name = name;
            Words = name.Split(' ');
            Kind = kind;
        }

        public string Name { get; private set; }

        public string[] Words { get; private set; }

        public SpeakerKind Kind { get; }

        /// <summary>When the entry was learned: lookups prefer the earliest, as a scan of the list did.</summary>
        public int Order { get; init; }

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public bool Contains(string[] words) => words.All(w => Words.Contains(w, StringComparer.Ordinal));

        public bool IsPartOf(string[] words) => Words.All(w => words.Contains(w, StringComparer.Ordinal));

        public void Rename(string name)
        {
            Name = name;
            Words = name.Split(' ');
        }
    }
}
