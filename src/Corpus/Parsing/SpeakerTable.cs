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

    /// <summary>
    /// "Sen. Walter H. Jones", "President Xi Jinping": a title (its period optional), then up to three names or initials and
    /// a last name. Before the title, up to two capitalized words, with a period only when abbreviated ("Brig. Gen.", "The
    /// Rt. Rev."): "in Boston. Mr. Threapwood" is two sentences.
    /// </summary>
    private static readonly Regex TitledName = new(
        @"\b(?:(?:[A-Z][\p{L}-]+|(?:" + Lexicon.Alternation(Lexicon.Abbreviations.Append("Rt").Where(w => char.IsUpper(w[0]))) + @")\.)\s+){0,2}(?:" + Lexicon.Alternation(MentionTitles) + @")\.?(?:\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+)?\s+(?<name>(?:(?:[A-Z][\p{L}\p{Mn}'’-]+(?<!['’]s)|[A-Z]\.)\s+){0,3}[A-Z][\p{L}\p{Mn}'’-]+)",
        RegexOptions.CultureInvariant,
        StatementPatterns.Timeout);

    private const string OpeningName =
        @"(?:[A-Z][^,;:""“”]{0,80},\s+)?[""“]?(?!The\s)(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){0,6}[A-Z][\p{L}\p{Mn}'’-]+)(?:\s+(?!(?:and|or|nor)\b)[a-z]|,\s+[a-z])";

    private static readonly Regex SentenceSubject = new(@"^" + OpeningName, RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary><see cref="SentenceSubject"/> after a wire dateline, tried only when a spaced dash opens the sentence.</summary>
    private static readonly Regex SentenceSubjectAfterDateline = new(
        @"^" + StatementPatterns.WireDateline + OpeningName, RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    private readonly List<Entry> _entries = new();

    // Indexes instead of scans, so that a document of thousands of names costs in proportion to its length. Each list
    // holds its entries in the order they were learned: lookups take the earliest that fits, as a scan of the list did.
    private readonly Dictionary<string, List<Entry>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byWordSet = new(StringComparer.Ordinal);

    /// <summary>The runs of capitals <see cref="LearnNames"/> has read, so a name the text repeats is read once.</summary>
    private readonly HashSet<string> _learnedNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byAliasToken = new(StringComparer.Ordinal);
    private readonly Dictionary<Entry, Speaker> _built = new();
    private readonly WorkMeter _meter;
    private Entry? _lastSpeaker;
    private Entry? _lastOrganization;

    /// <summary>
    /// The body a sentence last opened with ("The Kalvarian Foreign Ministry delivered a note …"): the author of a document
    /// no one has yet spoken for ("The note said …").
    /// </summary>
    private Entry? _lastBodyNamed;

    /// <summary>The first union local the text names ("Local 6620 of the United Mine Workers"); "the union" when it is the only one.</summary>
    private Entry? _onlyLocal;

    /// <summary>Whether the text names a second union local besides <see cref="_onlyLocal"/>.</summary>
    private bool _severalLocals;

    /// <summary>The document and the position of the statement being resolved (<see cref="ReadingAt"/>).</summary>
    private string _text = string.Empty;
    private int _position;

    /// <summary>
    /// The body an unnamed voice last spoke for ("A White House spokesman said …"): whom "the spokesman" refers back to when
    /// no person the text names is one.
    /// </summary>
    private Entry? _lastVoicedBody;

    /// <summary>
    /// The last full name a mention gave that only capitals suggest ("Zebedee Ambrister"): what "he" or "she" refers to
    /// when no person the text confirms fits.
    /// </summary>
    private Entry? _lastUnconfirmed;

    /// <summary>The entry of the last mention <see cref="Mentioned"/> did not count, a full name only capitals suggest.</summary>
    private Entry? _weakMention;

    /// <summary>The persons last named or heard, most recent first: "he" and "she" refer to the first that fits.</summary>
    private readonly List<Entry> _recentPersons = new();

    private Entry? _lastPerson => _recentPersons.Count == 0 ? null : _recentPersons[0];

    /// <summary>A table whose lookups are charged to <paramref name="meter"/>; once it is spent, nothing new is learned or found.</summary>
    public SpeakerTable(WorkMeter meter) => _meter = meter;

    /// <summary>
    /// Where the next statement to resolve stands in <paramref name="text"/>, the document: "the union" with no other
    /// antecedent is the union named last before <paramref name="position"/> (see <see cref="NearestBodyOfType"/>).
    /// </summary>
    public void ReadingAt(string text, int position)
    {
        _text = text;
        _position = position;
    }

    /// <summary>A table with a meter of its own, for tests that look at one table.</summary>
    public SpeakerTable()
        : this(new WorkMeter(WorkMeter.BaseUnits))
    {
    }

    /// <summary>Learns the full names a text mentions with a title ("President Xi Jinping"), before any resolution.</summary>
    public void LearnMentions(string text)
    {
        if (!_meter.TrySpend(text.Length))
        {
            return;
        }

        for (var match = NextMention(text, 0); match is not null; match = NextMention(text, match.Index + match.Length))
        {
            // The whole mention is an alias ("Russian President Vladimir Putin"), so that "the Russian president" fits it.
            var name = StripPossessive(match.Groups["name"].Value);
            var titles = match.Value.Substring(0, match.Groups["name"].Index - match.Index);
            var core = StripTitles(name);
            var coreWords = core.Split(' '); // Split once for the three tests below.
            if (core.Length > 0 && !IsFunctionWord(coreWords[0]) && !Array.TrueForAll(coreWords, w => Lexicon.TitleWords.Contains(w)))
            {
                // "the Vice President said": an office after a title ("Vice") is no one's name.
                var lastTitle = titles.TrimEnd().Split(' ').Last();
                if (coreWords.Length > 1 && IsWifeByHusbandsName(lastTitle, coreWords[0]))
                {
                    if (HusbandsTitleBefore(text, match.Index) is { } husband)
                    {
                        // "Dr. and Mrs. Sewell T. Hatchard": the doctor is a man of that name, learned before his wife, so a later
                        // "Dr. Hatchard" is he and "Mrs. Hatchard" she.
                        var him = Learn(core, husband + " " + name, SpeakerKind.Person);
                        if (him.Gender == Gender.Unknown && !him.Name.StartsWith("Mrs", StringComparison.Ordinal))
                        {
                            him.Gender = Gender.Male;
                        }
                    }

                    core = lastTitle + " " + core; // "Mrs. John R. Talbot" would name her husband without "Mrs.".
                }

                var entry = Learn(core, titles + name, KindOf(core, string.Empty));
                AddRolesInApposition(entry, text, match.Index, match.Index + match.Length);
                AddParentOf(entry, text, match.Index);
            }
        }
    }

    /// <summary>
    /// The role noun a relative clause at <paramref name="at"/> makes of the one it is about: "who has conducted it" →
    /// conductor, "who directs the museum" → director, "who coaches the team" → coach, "who composed" → composer. Only a
    /// noun the role lists hold counts.
    /// </summary>
    private static string? RoleOfRelativeClause(string text, int at)
    {
        if (!StartsWithWord(text, at, "who "))
        {
            return null;
        }

        var start = at + 4;
        foreach (var auxiliary in RelativeAuxiliaries)
        {
            if (StartsWithWord(text, start, auxiliary))
            {
                start += auxiliary.Length;
                break;
            }
        }

        var end = start;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        var verb = text.Substring(start, end - start);
        var stem = verb.EndsWith("ed", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 2)
            : verb.EndsWith("es", StringComparison.Ordinal) && verb.Length > 4 && verb[verb.Length - 3] is 'h' or 's' ? verb.Substring(0, verb.Length - 2)
            : verb.EndsWith("s", StringComparison.Ordinal) ? verb.Substring(0, verb.Length - 1)
            : null;
        if (stem is null || stem.Length < 3)
        {
            return null;
        }

        foreach (var noun in new[] { stem, stem + "or", stem + "er", stem + "r" })
        {
            if (Lexicon.RoleNouns.Contains(noun))
            {
                return noun;
            }
        }

        return null;
    }

    private static readonly string[] RelativeAuxiliaries = { "has ", "had ", "have ", "also " };

    /// <summary>
    /// "Miss Jessamy J. Pendarves, daughter of Mr. and Mrs. Gawain L. Pendarves": the mother (or a father named "Mr.") is
    /// the child's parent, so "her mother said" finds her. The alias names the child: "mother of Jessamy J. Pendarves".
    /// </summary>
    private void AddParentOf(Entry entry, string text, int at)
    {
        if (entry.Kind != SpeakerKind.Person || at < 12)
        {
            return;
        }

        var from = Math.Max(0, at - AppositionReach - 40);
        var parent = ChildOfCanEndAt(text, from, at) ? _meter.Match(ChildOf, text, from, at - from, at - from) : NoMatch(at - from);
        if (!parent.Success)
        {
            return;
        }

        var gender = HonorificGender(text, at, at + Math.Min(5, text.Length - at));
        var noun = gender switch { Gender.Female => "mother", Gender.Male => "father", _ => "parent" };
        AddAlias(entry, noun + " of " + StripTitles(parent.Groups["child"].Value));
    }

    /// <summary>
    /// Whether <see cref="ChildOf"/> can match <paramref name="text"/>[<paramref name="from"/>..<paramref name="at"/>): every
    /// match ends the range (<c>$</c>, perhaps before a last line feed, which is white space) with "of" or "and" ("Mr. and")
    /// and white space after it. Most names have no "son of" before them: the search is charged but not run.
    /// </summary>
    private static bool ChildOfCanEndAt(string text, int from, int at)
    {
        var end = at;
        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end < at && end - from >= 3
            && ((text[end - 2] == 'o' && text[end - 1] == 'f') || (text[end - 3] == 'a' && text[end - 2] == 'n' && text[end - 1] == 'd'));
    }

    private static readonly Regex ChildOf = new(
        @"(?<child>(?:[A-Z][\p{L}'’-]*\.?\s+){1,4}[A-Z][\p{L}'’-]+),\s+(?:the\s+)?(?:son|daughter)\s+of\s+(?:Mr\.\s+and\s+)?$",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>How far from a name a role phrase in apposition to it may reach.</summary>
    private const int AppositionReach = 60;

    /// <summary>
    /// Adds to a person's aliases the role phrases in apposition to their name at [<paramref name="start"/>,
    /// <paramref name="end"/>): "The first witness, Brig. Gen. Thaddeus R. Blaisdell," and "Dewey Lawrence, a Tyler
    /// lawyer," let a later "the witness" or "the lawyer" refer to them.
    /// </summary>
    private void AddRolesInApposition(Entry? entry, string text, int start, int end)
    {
        if (entry is null || entry.Kind != SpeakerKind.Person)
        {
            return;
        }

        if (start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',')
        {
            var from = text.LastIndexOfAny(ClauseStops, start - 3, Math.Min(start - 2, AppositionReach)) + 1;
            if (from > 0 || start - 2 <= AppositionReach)
            {
                AddRolePhrase(entry, text.Substring(from, start - 2 - from), before: true);
            }
        }

        if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && RoleOfRelativeClause(text, end + 2) is { } done)
        {
            entry.Roles.Add(done); // "Sholto Ruthvenbrand, who has conducted it since 1954," is "the conductor".
        }

        if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ')
        {
            var to = text.IndexOfAny(ClauseStops, end + 2, Math.Min(text.Length - end - 2, AppositionReach));
            if (to > 0)
            {
                AddRolePhrase(entry, text.Substring(end + 2, to - end - 2));
            }
        }
    }

    private static readonly char[] ClauseStops = { ',', '.', ';', ':', '"', '“', '”', '(', ')' };

    /// <summary>The prepositions after which a role phrase in apposition before a name starts ("according to the president, …").</summary>
    private static readonly HashSet<string> RolePrepositions = new(StringComparer.Ordinal) { "to", "by", "from", "with" };

    /// <summary>The prepositions that open what a role in apposition after a name is of ("a consultant to the city").</summary>
    private static readonly HashSet<string> RoleObjectPrepositions = new(StringComparer.Ordinal) { "to", "of", "for", "at", "with", "in" };

    /// <summary>
    /// Adds <paramref name="phrase"/> as an alias when it is a determiner or an owner, up to four words and a role noun ("the
    /// subcommittee chairman", "Vellacourt's coach"); a phrase <paramref name="before"/> the name may open with a
    /// preposition ("according to the president").
    /// </summary>
    private void AddRolePhrase(Entry entry, string phrase, bool before = false)
    {
        var words = phrase.Trim().Split(' ');

        // "according to the president, Miss Ann Tregunna,", "was told by the mayor, John Ault,": a role phrase after a
        // preposition starts at its determiner.
        var start = Array.FindLastIndex(words, w => Lexicon.Determiners.Contains(w));
        if (before && start > 0 && words.Length - start >= 2 && RolePrepositions.Contains(words[start - 1]))
        {
            words = words.Skip(start).ToArray();
        }

        // "Gerald Fosse, a consultant to the city,", "the director of the museum": the role ends before its preposition.
        var role = Array.FindIndex(words, 1, w => Lexicon.RoleNouns.Contains(w));
        if (!before && role > 0 && role < words.Length - 1 && RoleObjectPrepositions.Contains(words[role + 1]))
        {
            words = words.Take(role + 1).ToArray();
        }

        var owner = words[0].EndsWith("'s", StringComparison.Ordinal) || words[0].EndsWith("’s", StringComparison.Ordinal);
        if (words.Length is >= 2 and <= 6 && (Lexicon.Determiners.Contains(words[0]) || owner) && Lexicon.RoleNouns.Contains(words[words.Length - 1]))
        {
            AddAlias(entry, string.Join(" ", words));
        }
        else if (!before && Array.FindIndex(words, w => Lexicon.RoleNouns.Contains(w)) is var head and >= 0 and <= 2
            && (head == words.Length - 1 || RoleObjectPrepositions.Contains(words[head + 1]))
            && words.Take(head + 1).All(w => w.Length > 0 && char.IsLower(w[0]) && !Lexicon.Determiners.Contains(w)))
        {
            // "Waldemar R. Brockelmeyer, chairman of the finance committee,": news drops the article; "the chairman" fits him.
            AddAlias(entry, "the " + string.Join(" ", words.Take(head + 1)));
        }
    }

    /// <summary>How many capitalized words <see cref="TitledName"/> allows before its title.</summary>
    private const int MentionPrefixWords = 2;

    /// <summary>The next titled name from <paramref name="from"/> on; none once matching one takes longer than the timeout.</summary>
    private Match? NextMention(string text, int from)
    {
        var title = MentionTitleWords.NextIn(text, from, text.Length);
        if (title < 0)
        {
            return null;
        }

        // Before its title a mention has at most two capitalized words ("Brig. Gen."): the search starts where those
        // begin, not at every word of the text before them. A match cannot start further back (no title lies between
        // from and this one), so this changes no result.
        var start = title;
        for (var words = 0; words < MentionPrefixWords + 1 && start > from; words++)
        {
            var wordEnd = start;
            while (start > from && char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            while (start > from && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '.'))
            {
                start--;
            }

            if (start == wordEnd)
            {
                break;
            }
        }

        // Charged for the text from the search's start to the title; the search goes on from there only when the name
        // after this title does not fit, and then to the next title, which the next call is charged for.
        var match = _meter.Match(TitledName, text, start, title - start);
        return match.Success ? match : null;
    }

    /// <summary>
    /// "The company said" when no body has spoken or opened a sentence yet: the one firm the text names ("the Vizard Motor
    /// Coach Lines"), by a head word only firms have; null when it names none or several.
    /// </summary>
    private Entry? OnlyFirm(string[] words)
    {
        if (!words[words.Length - 1].Equals("company", StringComparison.OrdinalIgnoreCase) && !words[words.Length - 1].Equals("firm", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        Entry? only = null;
        foreach (var entry in _entries)
        {
            if (IsFirm(entry))
            {
                if (only is not null && only != entry)
                {
                    return null;
                }

                only = entry;
            }
        }

        return only;
    }

    /// <summary>Whether <paramref name="entry"/> is a body whose name ends as only firms' do ("Co.", "Lines"), or that the text gave with a firm's suffix ("Lumen Devices, Inc.").</summary>
    private static bool IsFirm(Entry entry) =>
        entry.Kind == SpeakerKind.Organization && (FirmHeads.Contains(entry.Words[entry.Words.Length - 1].TrimEnd('.'))
            || entry.Aliases.Any(a => a.LastIndexOf(", ", StringComparison.Ordinal) is var comma and > 0 && FirmSuffixes.Contains(a.Substring(comma + 2).TrimEnd('.'))));

    /// <summary>Whether a body is a broadcaster by its name: call letters ("WLVK-TV", "KXOB"), or Radio, Station, Network or Broadcasting in it.</summary>
    private static bool IsBroadcaster(Entry entry) =>
        entry.Kind == SpeakerKind.Organization
        && (entry.Words.Any(w => w is "Radio" or "Station" or "Network" or "Broadcasting" or "Television") || IsCallLetters(entry.Words[0]));

    /// <summary>"WLVK-TV", "KXOB", "WQRS-FM": a broadcaster's call letters.</summary>
    private static bool IsCallLetters(string word)
    {
        var letters = word.IndexOf('-') is var dash and > 0 ? dash : word.Length;
        return letters is 3 or 4 && word[0] is 'W' or 'K' && word.Take(letters).All(c => c is >= 'A' and <= 'Z')
            && (letters == word.Length || word.Substring(letters) is "-TV" or "-FM" or "-AM");
    }

    /// <summary>Whether a body is a newspaper by its name: "Daily Harmattan", "Dunholt Times", "Evening Star".</summary>
    private static bool IsNewspaper(Entry entry) =>
        entry.Kind == SpeakerKind.Organization
        && entry.Words.Any(w => w is "Daily" or "Times" or "News" or "Post" or "Herald" or "Journal" or "Tribune" or "Gazette" or "Star" or "Courier" or "Chronicle" or "Sun" or "Globe" or "Inquirer" or "Examiner" or "Bulletin" or "Telegraph" or "Record");

    /// <summary>
    /// Whether <paramref name="entry"/> is named as sports teams are, a place and a plural ("Gullhaven Gulls", "Dellmoor
    /// Comets"), with nothing of a person's name, whether capitals alone made it a person or a body.
    /// </summary>
    private static bool IsTeam(Entry entry)
    {
        var last = entry.Words[entry.Words.Length - 1];
        return entry.Words.Length is 2 or 3 && last.Length > 3 && last[last.Length - 1] == 's' && last[last.Length - 2] != 's' && char.IsUpper(last[0])
            && !FirmHeads.Contains(last) && !UnionHeads.Contains(last) && !Lexicon.OrganizationWords.Contains(last) && !Lexicon.TitleWords.Contains(entry.Words[0])
            && (entry.Kind == SpeakerKind.Organization || !LooksLikePerson(entry));
    }

    /// <summary>Whether <paramref name="text"/>[<paramref name="at"/>..+<paramref name="length"/>) has no letter on either side.</summary>
    private static bool IsWholeWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    /// <summary>
    /// ""But they shouldda brought in Tokyo, too", added Old Scrapiron" after "Ex-Oriole Clint Courtney … is all for …":
    /// a sports writer's nickname ("Old", "Big" or "Little" and one word the text uses nowhere else) for the person named
    /// last, not a new speaker; null for any other name.
    /// </summary>
    private Entry? Epithet(string core)
    {
        var space = core.IndexOf(' ');
        if (space < 0 || core.IndexOf(' ', space + 1) >= 0 || !EpithetWords.Contains(core.Substring(0, space)) || !_meter.TrySpend(_text.Length)
            || Occurrences(_text, core.Substring(space + 1), 0, _text.Length) != 1)
        {
            return null;
        }

        // The person named last before the nickname itself, which the sentence's own mentions have noted already.
        var words = core.Split(' ');
        return _recentPersons.FirstOrDefault(p => p.Kind == SpeakerKind.Person && !p.Contains(words) && !p.Words.Contains(words[1]));
    }

    /// <summary>The words that open a sports writer's nickname ("Old Scrapiron", "Big Klu", "Little Looie").</summary>
    private static readonly HashSet<string> EpithetWords = new(StringComparer.Ordinal) { "Old", "Big", "Little" };

    /// <summary>How many times <paramref name="word"/> stands as a whole word in <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>).</summary>
    private static int Occurrences(string text, string word, int start, int end)
    {
        var times = 0;
        for (var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal); at >= 0;
            at = at + word.Length < end ? text.IndexOf(word, at + word.Length, end - at - word.Length, StringComparison.Ordinal) : -1)
        {
            times += IsWholeWord(text, at, word.Length) ? 1 : 0;
        }

        return times;
    }

    /// <summary>How many entries may share an alias's word before <see cref="BodyNamedIn"/> no longer asks them all for it.</summary>
    private const int MaxAliasSharers = 32;

    /// <summary>How many of the bodies a word names <see cref="NearestBodyOfType"/> asks.</summary>
    private const int MaxNamesakes = 8;

    /// <summary>How far before a statement <see cref="NearestBodyOfType"/> looks for the body a noun refers to, and how far an unnamed spokesman's "he" reaches (<see cref="VoiceGoesOn"/>).</summary>
    private const int NearestReach = 3000;

    /// <summary>The last words of the names of labor unions ("Amalgamated Foundry Workers", "Brotherhood of …" ends otherwise, so the first word counts too).</summary>
    private static readonly HashSet<string> UnionHeads = new(StringComparer.Ordinal) { "Union", "Workers", "Brotherhood", "Guild", "Teamsters", "Machinists", "Local" };

    /// <summary>
    /// "The government radio said …" in a story that names one radio ("Radio Montalba"): the only body whose name holds
    /// the phrase's last word, when words before it ("government", "state's largest") fit no name; null when none or
    /// several do.
    /// </summary>
    private Entry? OnlyBodyWithHead(string[] words)
    {
        if (words.Length < 2 || !_byAliasToken.TryGetValue(words[words.Length - 1].ToLowerInvariant(), out var named) || named.Count > MaxAliasSharers)
        {
            return null;
        }

        Entry? only = null;
        foreach (var entry in named)
        {
            if (entry.Kind != SpeakerKind.Organization)
            {
                continue;
            }

            if (only is not null && only != entry)
            {
                return null;
            }

            only = entry;
        }

        return only;
    }

    /// <summary>Whether a body is a labor union by its name: "Amalgamated Foundry Workers", "Brotherhood of …", "Local 218 of …".</summary>
    private static bool IsUnion(Entry e) =>
        e.Kind == SpeakerKind.Organization && (UnionHeads.Contains(e.Words[e.Words.Length - 1]) || UnionHeads.Contains(e.Words[0]));

    /// <summary>
    /// "The union said" after "Local 561 of the United Dairy and Creamery Workers said …": the union named last before the
    /// statement, else the union that spoke last; null for any phrase but the bare noun, or when neither is found.
    /// </summary>
    private Entry? UnionMeant(string[] words) =>
        words.Length == 1 && words[0] == "union" ? NearestBodyOfType("union") ?? (_lastSpeaker is { } last && IsUnion(last) ? last : null) : null;

    /// <summary>Which bodies a noun refers back to: "company" a firm, "union" a labor union, "club" a team, "station" a broadcaster, "newspaper" a paper, "agency" a government agency; null for other nouns.</summary>
    private static Func<Entry, bool>? KindOfNoun(string noun) => noun.ToLowerInvariant() switch
    {
        "company" or "firm" or "corporation" or "concern" or "maker" or "manufacturer" or "producer" or "supplier" or "utility" or "carrier" or "directors" => IsFirm,
        "union" => IsUnion,
        "club" or "team" => IsTeam,
        "station" or "radio" or "network" => IsBroadcaster,
        "newspaper" => IsNewspaper,
        "agency" => IsAgency,
        _ => null,
    };

    /// <summary>Whether a body is a government agency by its name: "Small Business Administration", "Weather Bureau", "Forest Service".</summary>
    private static bool IsAgency(Entry entry) =>
        entry.Kind == SpeakerKind.Organization
        && entry.Words.Any(w => w is "Administration" or "Agency" or "Bureau" or "Service" or "Commission" or "Authority" or "Department" or "Office");

    /// <summary>
    /// "WLVK-TV will begin a weekly program …, the station said": the first body the statement itself names, when it is of
    /// the kind the noun refers back to; null otherwise.
    /// </summary>
    private Entry? BodyOfKindNamedIn(string context, string noun) =>
        KindOfNoun(noun) is { } fits && BodyNamedIn(context) is { } body && fits(body) ? body : null;

    /// <summary>
    /// "The union said" when no body fits by name and none has spoken: the body of that kind named last before the
    /// statement (<see cref="ReadingAt"/>), "the company" a firm, "the union" a labor union ("Amalgamated Foundry Workers",
    /// "Local 218"), "the club" or "the team" a sports team ("Gullhaven Gulls"); null for other nouns or when the text before names none.
    /// </summary>
    private Entry? NearestBodyOfType(string noun)
    {
        var fits = KindOfNoun(noun);
        var end = Math.Min(_position, _text.Length);
        var from = Math.Max(0, end - NearestReach);
        if (fits is null || end <= 0 || !_meter.TrySpend(end - from))
        {
            return null;
        }

        // One pass back over the text before the statement, within a fixed reach and charged as read, whatever the number
        // of bodies: each capitalized word is looked up in the name index. A firm or a union is the first one found, by the
        // distinctive word of its name ("Harrowfield" of "Harrowfield Castings Corp.", "…, according to Tresilian."); "the
        // club said" is the team the story names most ("the Comets" four times before "traded … to the Sunfield Foxes"), of
        // equals the nearest, each counted by its full name where the text gives it ("the Sunfield Comets").
        var team = fits == IsTeam;
        Dictionary<Entry, (int Times, int Nearness)>? counts = team ? new Dictionary<Entry, (int, int)>() : null;
        void Count(Entry entry) => counts![entry] = counts.TryGetValue(entry, out var seen) ? (seen.Times + 1, seen.Nearness) : (1, counts.Count);

        // "the Sunfield Comets": the word before a team's last word tells which of the teams called "Comets" it names.
        Entry? TeamNamedInFull(int wordStart, string word)
        {
            var before = wordStart - 1;
            while (before >= from && _text[before] == ' ')
            {
                before--;
            }

            var previousEnd = before + 1;
            while (before >= from && char.IsLetter(_text[before]))
            {
                before--;
            }

            var previous = previousEnd - before >= 2 && char.IsUpper(_text[before + 1]) ? _text.Substring(before + 1, previousEnd - before - 1) : null;
            if (previous is null || !_byWord.TryGetValue(previous, out var firstWords))
            {
                return null;
            }

            for (var k = 0; k < firstWords.Count && k < MaxNamesakes; k++)
            {
                var entry = firstWords[k];
                if (!_meter.TrySpend(1))
                {
                    return null;
                }

                if (entry.Words.Length >= 2 && entry.Words[entry.Words.Length - 1] == word && entry.Words[entry.Words.Length - 2] == previous && Fitted(entry))
                {
                    return entry;
                }
            }

            return null;
        }

        // A team's name recurs ("the Comets" in every paragraph): whether a body is one is asked once a statement.
        Dictionary<Entry, bool>? fitted = null;
        bool Fitted(Entry entry)
        {
            fitted ??= new Dictionary<Entry, bool>();
            if (!fitted.TryGetValue(entry, out var fit))
            {
                fitted[entry] = fit = fits(entry);
            }

            return fit;
        }

        for (var i = end - 1; i >= from;)
        {
            if (!char.IsLetter(_text[i]))
            {
                i--;
                continue;
            }

            var wordEnd = i + 1;
            while (i >= from && (char.IsLetter(_text[i]) || _text[i] is '\'' or '’' or '-'))
            {
                i--;
            }

            var wordStart = i + 1;
            if (!char.IsUpper(_text[wordStart]))
            {
                continue;
            }

            var word = StripPossessive(_text.Substring(wordStart, wordEnd - wordStart));
            if (!_byWord.TryGetValue(word, out var named))
            {
                continue;
            }

            if (team && TeamNamedInFull(wordStart, word) is { } full)
            {
                Count(full);
                continue;
            }

            // Only the first few bodies a word names are asked, each charged: a word many names share ("Workers") costs no
            // more than a word of one.
            for (var k = 0; k < named.Count && k < MaxNamesakes; k++)
            {
                var entry = named[k];
                if (!_meter.TrySpend(1))
                {
                    return null;
                }

                if (team && string.Equals(entry.Words[entry.Words.Length - 1], word, StringComparison.Ordinal) && Fitted(entry))
                {
                    Count(entry);
                }
                else if (!team && string.Equals(DistinctiveWord(entry), word, StringComparison.Ordinal) && fits(entry))
                {
                    return entry;
                }
            }
        }

        return counts?.OrderByDescending(c => c.Value.Times).ThenBy(c => c.Value.Nearness).Select(c => c.Key).FirstOrDefault()
            ?? (_onlyLocal is not null && !_severalLocals && fits(_onlyLocal) ? _onlyLocal : null);
    }

    /// <summary>
    /// The word of a body's name that names it alone ("Tresilian" of "Tresilian Plastics Corp.", "Local" of "Local 218 of
    /// …"): its first word, past words every name may open with ("First", "United States").
    /// </summary>
    private static string DistinctiveWord(Entry entry)
    {
        foreach (var word in entry.Words)
        {
            if (word.Length >= 3 && char.IsUpper(word[0]) && !Lexicon.NameStoppers.Contains(word) && !Lexicon.OrganizationWords.Contains(word)
                && !Lexicon.TitleWords.Contains(word))
            {
                return word;
            }
        }

        return entry.Words[0];
    }

    /// <summary>
    /// "Harwick Ferries said …" then ""…," the company said": the last speaker, when no body has spoken and that speaker's
    /// name has nothing of a person's (no given name, initial or honorific), so that only capitals made it a name.
    /// </summary>
    private Entry? SpeakerNamedLikeABody() =>
        _lastSpeaker is { Kind: SpeakerKind.Person } last && last.Words.Length >= 2 && !LooksLikePerson(last) ? last : null;

    /// <summary>The suffixes a firm's name may take after a comma ("Lumen Devices, Inc.").</summary>
    private static readonly HashSet<string> FirmSuffixes = new(StringComparer.Ordinal) { "Inc", "Ltd", "Corp", "Co", "LLC" };

    /// <summary>The last words that make a body's name a firm's ("Co.", "Lines"), for <see cref="OnlyFirm"/>.</summary>
    private static readonly HashSet<string> FirmHeads = new(StringComparer.Ordinal)
    {
        "Company", "Co", "Corp", "Corporation", "Inc", "Ltd", "Lines", "Airlines", "Motors", "Railroad", "Railway", "Industries", "Mills",
    };

    /// <summary>
    /// The firm a statement names first: a run of two or more capitalized words, not a person's name nor a place's
    /// month or day, at the start of <paramref name="text"/> or after a wire dateline ("Veltra Energy will cut …").
    /// </summary>
    private Entry? FirmIn(string text)
    {
        if (text.Length == 0 || !_meter.TrySpend(Math.Min(text.Length, 200)))
        {
            return null;
        }

        var words = new List<string>();
        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Take(6))
        {
            var bare = word.TrimEnd(',', '.', ';', ':');
            if (bare == "&" && words.Count > 0)
            {
                words.Add(bare); // "Hartwell & Sons", "Procter & Gamble".
                continue;
            }

            if (words.Count is > 0 and <= 2 && Lexicon.FirmNouns.Contains(bare) && char.IsLower(bare[0]))
            {
                words.Clear(); // "Textile maker Hartwell & Sons will close …": what the firm is, before its name.
                continue;
            }

            if (bare.Length == 0 || !char.IsUpper(bare[0]) || (words.Count == 0 && Lexicon.NameStoppers.Contains(bare)))
            {
                if (words.Count > 0 || !Lexicon.NameStoppers.Contains(bare))
                {
                    break;
                }

                continue;
            }

            // "The Dexter Mills Co. will close …": a firm's abbreviation keeps its period ("Co.", "Inc.", "Corp.").
            words.Add(word.Length == bare.Length + 1 && word[bare.Length] == '.' && Lexicon.OrganizationWords.Contains(word) ? word : StripPossessive(bare));
            if (bare.Length != word.Length)
            {
                break;
            }
        }

        if (words.Count > 0 && words[words.Count - 1] == "&")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count < 2 || Lexicon.FemaleGivenNames.Contains(words[0]) || Lexicon.MaleGivenNames.Contains(words[0]) || words.Any(w => Lexicon.TitleWords.Contains(w)))
        {
            return null;
        }

        var name = string.Join(" ", words);
        return Learn(name, name, SpeakerKind.Organization);
    }

    /// <summary>
    /// "A spokesperson for the Department for Energy": an unnamed voice of a named body speaks for the body, whose name
    /// this returns (null for any other subject).
    /// </summary>
    private static string? SpokespersonFor(string subject)
    {
        var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 4 && words[words.Length - 2] == "in" && Lexicon.VoiceNouns.Contains(words[words.Length - 3]))
        {
            words = words.Take(words.Length - 2).ToArray(); // "A Red Cross spokesman in Washington": where he spoke, not for whom.
        }

        if (words.Length >= 3 && (words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase))
            && Lexicon.VoiceNouns.Contains(words[words.Length - 1]) && words.Skip(1).Take(words.Length - 2).All(w => char.IsUpper(w[0])))
        {
            // "a State Department spokesman": the body named before the voice.
            return string.Join(" ", words, 1, words.Length - 2);
        }

        if (words.Length < 4 || !(words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase))
            || !Lexicon.VoiceNouns.Contains(words[1]) || !(words[2] is "for" or "from" or "of" or "at"))
        {
            return null;
        }

        var rest = words.Skip(words[3].Equals("the", StringComparison.OrdinalIgnoreCase) ? 4 : 3).ToArray();
        return rest.Length > 0 && char.IsUpper(rest[0][0]) ? StripPossessive(string.Join(" ", rest)) : null;
    }

    /// <summary>The person the text already knows by <paramref name="name"/> with its titles ("Sen. John Smith"), if any.</summary>
    private Entry? PersonNamed(string name)
    {
        var first = name.Split(' ')[0];
        if (!Lexicon.TitleWords.Contains(first.TrimEnd('.')) && !Lexicon.TitleWords.Contains(first)
            && !Lexicon.MaleGivenNames.Contains(first) && !Lexicon.FemaleGivenNames.Contains(first))
        {
            // "Air Force", "the State Department": a body, though a person's entry may hold its words. One word that no
            // body holds is a person's surname: "a spokesman for Ostrow" after "Rep. Carl Ostrow".
            return first.Length == name.Length && FirstContaining(new[] { name }, SpeakerKind.Organization) is null
                ? FirstContaining(new[] { name }, SpeakerKind.Person)
                : null;
        }

        var words = StripTitles(name).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && !Lexicon.OrganizationWords.Overlaps(words) ? FirstContaining(words, SpeakerKind.Person) : null;
    }

    /// <summary>
    /// <see cref="OwnersVoice"/> in <paramref name="subject"/>, matched only when it holds an apostrophe ("Smith's lawyers"):
    /// every match does, and most subjects ("Li Yongquan", "he") are names and pronouns that cost the lazy owner a step at
    /// every character before failing.
    /// </summary>
    private static Match MatchOwnersVoice(string subject) =>
        subject.IndexOfAny(Apostrophes) < 0 ? Match.Empty : OwnersVoice.Match(subject);

    private static readonly char[] Apostrophes = { '\'', '’' };

    private static readonly Regex OwnersVoice = new(
        @"^(?<owner>[A-Z][^']*?)['’]s?\s+(?:[a-z]+\s+)?(?:office|spokesman|spokeswoman|spokesperson|campaign|aide|aides|lawyer|lawyers|attorney|attorneys|representative|representatives)$",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>
    /// The body the text knows that a statement names first, anywhere in its words: "Sales and earnings of the Rand Steel
    /// Corp. rose …, the company reported" is the Rand Steel Corp.'s.
    /// </summary>
    /// <remarks>
    /// Only the bodies under the statement's own words in the alias index are asked, not every body the text knows: a
    /// name found in the statement has all its words there. A word more than <see cref="MaxAliasSharers"/> entries share
    /// ("the", "Corp.") names none of them by itself, so a text with a new firm in every paragraph costs each statement
    /// the same.
    /// </remarks>
    private Entry? BodyNamedIn(string context)
    {
        if (context.Length == 0 || !_meter.TrySpend(context.Length))
        {
            return null;
        }

        var candidates = new List<Entry>();
        foreach (var token in WordTokens(context))
        {
            if (_byAliasToken.TryGetValue(token, out var sharers) && sharers.Count <= MaxAliasSharers && _meter.TrySpend(sharers.Count))
            {
                candidates.AddRange(sharers.Where(e => e.Kind == SpeakerKind.Organization));
            }
        }

        Entry? first = null;
        var firstAt = int.MaxValue;
        foreach (var entry in candidates.Distinct().OrderBy(e => e.Order))
        {
            if (!_meter.TrySpend(entry.Aliases.Count))
            {
                continue;
            }

            foreach (var alias in entry.Aliases)
            {
                var at = context.IndexOf(alias, StringComparison.Ordinal);
                if (at >= 0 && at < firstAt && (at == 0 || !char.IsLetterOrDigit(context[at - 1]))
                    && (at + alias.Length == context.Length || !char.IsLetterOrDigit(context[at + alias.Length])))
                {
                    first = entry;
                    firstAt = at;
                }
            }
        }

        return first;
    }

    /// <summary>"His office said", "her lawyers said": the person "he" or "she" stands for speaks, as an owner named would.</summary>
    private static readonly Regex PronounsVoice = new(
        @"^(?<pronoun>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?(?:office|spokesman|spokeswoman|spokesperson|campaign|aide|aides|lawyer|lawyers|attorney|attorneys|representative|representatives)$",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    private static readonly Regex UnnamedBodysVoice = new(
        @"^[Aa]n?\s+[a-z]+\s+(?:for|from|of|at)\s+the\s+(?<body>(?:[a-z]+\s+){0,2}[a-z]+)$", RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>The firm noun of "a company spokesman", "a union spokeswoman"; null for any other subject.</summary>
    private static string? FirmVoice(string subject)
    {
        var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && (words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase))
            && Lexicon.FirmNouns.Contains(words[1]) && Lexicon.VoiceNouns.Contains(words[2]) ? words[1].ToLowerInvariant() : null;
    }

    /// <summary>
    /// "Her husband, who served in Korea, said" after "Mrs. Hatchard said …": the person of the other sex and the same
    /// surname as the one "her" or "his" stands for (the last person of that sex named), when the text named them both.
    /// </summary>
    private Entry? Spouse(string[] words)
    {
        if (words.Length != 1 || !(words[0].Equals("husband", StringComparison.OrdinalIgnoreCase) || words[0].Equals("wife", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var spouse = words[0].Equals("husband", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
        var owner = _recentPersons.FirstOrDefault(p => p.Gender != Gender.Unknown && p.Gender != spouse);
        if (owner is null || !_byWord.TryGetValue(owner.Words[owner.Words.Length - 1], out var sameName))
        {
            return null;
        }

        return sameName.FirstOrDefault(e => e != owner && e.Kind == SpeakerKind.Person && e.Gender == spouse
            && string.Equals(e.Words[e.Words.Length - 1], owner.Words[owner.Words.Length - 1], StringComparison.Ordinal));
    }

    /// <summary>
    /// "his brother said" after "Peleg Nokes said …", the text having named "Orson Nokes": the other person of the same
    /// surname, of the kin's sex, as the one "his" or "her" stands for (the last person of that sex named or heard).
    /// </summary>
    private Entry? Kin(string subject, string[] words)
    {
        if (words.Length != 1 || !KinGenders.TryGetValue(words[0], out var kin))
        {
            return null;
        }

        var possessive = subject.TrimStart().Split(' ')[0];
        var owner = possessive.Equals("his", StringComparison.OrdinalIgnoreCase) ? Referent("he", assign: false)
            : possessive.Equals("her", StringComparison.OrdinalIgnoreCase) ? Referent("she", assign: false)
            : null;
        // Two namesakes could be the one meant: the text does not tell which, and no one is guessed.
        return owner is null || owner.Words.Length < 2
            ? null
            : OnlyOne(Namesakes(owner.Words[owner.Words.Length - 1]).Where(e => e != owner && e.Words.Length >= 2 && !OtherGender(e, kin)));
    }

    /// <summary>The kin nouns <see cref="Kin"/> reads, with the sex each names.</summary>
    private static readonly Dictionary<string, Gender> KinGenders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["brother"] = Gender.Male, ["son"] = Gender.Male, ["father"] = Gender.Male,
        ["sister"] = Gender.Female, ["daughter"] = Gender.Female, ["mother"] = Gender.Female,
    };

    /// <summary>
    /// The body a subject names by a shorter form of its name: "Halvard Brewing said" after "the Halvard Brewing Co.",
    /// "Treadwell said" after "the Treadwell Container Corp." (one word only when no person has it). Null for other kinds.
    /// </summary>
    private Entry? BodyByShorterName(string core, SpeakerKind kind)
    {
        if (kind != SpeakerKind.Person)
        {
            return null;
        }

        var words = core.Split(' ');
        return words.Length > 1 || FirstContaining(words, SpeakerKind.Person) is null ? FirstContaining(words, SpeakerKind.Organization) : null;
    }

    /// <summary>Learns a subject that introduces a statement, so that its full form is known before pronouns resolve.</summary>
    public void LearnSubject(string subject, string verb)
    {
        if (MatchOwnersVoice(subject) is { Success: true } voice)
        {
            subject = voice.Groups["owner"].Value;
        }

        if (UnnamedBodysVoice.IsMatch(subject) || IsBareOffice(subject) || GenerationOf(subject).Success)
        {
            return; // "a spokesperson for the ministry", "Vice President", "the elder Zumbrunnen" name no one new.
        }

        if (SpokespersonFor(subject) is { } body)
        {
            if (PersonNamed(body) is null)
            {
                Learn(body, body, SpeakerKind.Organization);
            }
        }
        else if (!IsReference(subject) && FirmVoice(subject) is null)
        {
            var core = NameOnly(StripTitles(StripPossessive(subject)), verb);
            if (core.Length > 0 && !IsFunctionWord(core) && BodyByShorterName(core, KindOfSubject(subject, core, verb)) is null)
            {
                Learn(core, subject, KindOfSubject(subject, core, verb));
            }
        }
    }

    /// <summary>
    /// Resolves the subject of a statement, in text order: names; pronouns ("he", "it"); role phrases ("the
    /// minister") to the person they fit; bodies ("the jury") to the organisation they fit; documents ("the
    /// statement", "the council's resolution") to their owner, else to the last speaker.
    /// </summary>
    /// <param name="subject">The subject as written.</param>
    /// <param name="verb">The reporting verb.</param>
    /// <param name="context">What the statement says, where a firm's noun may find the firm ("Veltra Energy will cut …").</param>
    /// <param name="known">Only a speaker the text already names (or a pronoun's referent): a guessed subject makes no new one.</param>
    public Speaker? Resolve(string subject, string verb, string context = "", bool known = false)
    {
        Entry? entry;
        subject = SentenceCaseDropped(subject);
        if (MatchOwnersVoice(subject) is { Success: true } voice)
        {
            subject = voice.Groups["owner"].Value; // "Maria Lopez's office said", "Smith's lawyers said": the owner speaks.
        }

        if (PronounsVoice.Match(subject) is { Success: true } pronounsVoice)
        {
            return Spoke(Referent(pronounsVoice.Groups["pronoun"].Value.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he" : "she"));
        }

        if (UnnamedBodysVoice.Match(subject) is { Success: true } unnamed)
        {
            // "a spokesperson for the ministry": the ministry the text named, or no one.
            var bodyWords = unnamed.Groups["body"].Value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return Voiced(FitBody(bodyWords) ?? (bodyWords.Length == 1 ? NearestBodyOfType(bodyWords[0]) : null));
        }

        if (IsBareOffice(subject))
        {
            subject = "the " + subject; // ""…," the Vice President said": an office, not a name ("President").
        }

        if (GenerationOf(subject) is { Success: true } generation)
        {
            return Spoke(OfGeneration(generation.Groups["surname"].Value, generation.Groups["which"].Value == "elder"));
        }

        var phrase = Phrase.Of(subject);
        var firmVoice = FirmVoice(subject);
        if (firmVoice is not null)
        {
            // "A company spokesman said": the firm, as "the company" would be.
            subject = "the " + firmVoice;
            phrase = Phrase.Of(subject);
        }

        if (SpokespersonFor(subject) is { } body)
        {
            // "A spokesman for Sen. John Smith": the senator the text named; else the body named.
            entry = PersonNamed(body);
            if (entry is null)
            {
                return Voiced(Learn(body, body, SpeakerKind.Organization));
            }
        }
        else if (IsPronoun(subject))
        {
            var pronoun = StripTitles(subject).Trim();
            if (VoiceGoesOn() is { } voiced && pronoun is "he" or "He" or "she" or "She")
            {
                return Voiced(voiced);
            }

            entry = Referent(pronoun) ?? Unconfirmed(pronoun);
        }
        else if (Lexicon.OrganizationPronouns.Contains(subject.Trim()))
        {
            // "The resolution, which Barber tossed into the hopper Friday, will be read Monday. It says that …": the
            // document the sentence before opened with speaks for its author.
            entry = (_documentOpened is { } document ? AuthorOf(new[] { document }) : null) ?? _lastOrganization;
        }
        else if (phrase.Kind == PhraseKind.Document)
        {
            entry = phrase.Owner is null
                ? AuthorOf(phrase.Words) ?? _lastOrganization ?? _lastBodyNamed ?? _lastSpeaker
                : Owner(phrase.Owner);
        }
        else if (phrase.Kind == PhraseKind.Body)
        {
            // "The Offshore Energy Workers' Federation", "the Aberdeen city finance office" are names, not references: each
            // is the body it names. "Veltra Energy will cut …, the company said": a firm's noun refers to the firm the
            // statement names.
            entry = UnionMeant(phrase.Words) ?? FitBody(phrase.Words)
                ?? ((!known || Lexicon.Determiners.Contains(subject.Split(' ')[0].ToLowerInvariant())) && phrase.Words.Any(w => char.IsUpper(w[0])) ? Learn(StripPossessive(StripTitles(subject)), subject, SpeakerKind.Organization) : null)
                ?? (Lexicon.FirmNouns.Contains(phrase.Words[phrase.Words.Length - 1])
                    ? FirmIn(context) ?? BodyNamedIn(context) ?? NearestBodyOfType(phrase.Words[phrase.Words.Length - 1]) ?? _lastOrganization ?? _lastBodyNamed ?? SpeakerNamedLikeABody() ?? OnlyFirm(phrase.Words)
                    : NearestBodyOfType(phrase.Words[phrase.Words.Length - 1]) ?? BodyOfKindNamedIn(context, phrase.Words[phrase.Words.Length - 1]))
                ?? OnlyBodyWithHead(phrase.Words);
        }
        else if (phrase.Kind == PhraseKind.Role)
        {
            // A role no one fits is the person named last; before anyone is named, a lede's role ("The federal judge said …")
            // names its person after it (see NamedAfter).
            // "The spokesman said" after "A White House spokesman said": the body he speaks for, when no person named is one.
            // "A visiting astronomer predicted …" is someone the text has not named yet: no one, unless the sentences after
            // name him (see TheSpeakerNamed and NamedAfter), or the body an unnamed "spokesman" speaks for.
            // "A hospital spokesman said": the hospital the text named.
            if (phrase.Indefinite && phrase.Words.Length >= 2 && UnnamedVoices.Contains(phrase.Words[phrase.Words.Length - 1])
                && FitBody(phrase.Words.Take(phrase.Words.Length - 1).ToArray()) is { } spokenFor)
            {
                return Voiced(spokenFor);
            }

            entry = phrase.Indefinite
                ? (phrase.Words.Length == 1 && UnnamedVoices.Contains(phrase.Words[0]) ? _lastVoicedBody : null)
                : Spouse(phrase.Words) ?? Kin(subject, phrase.Words) ?? FitRole(subject)
                    ?? (phrase.Words.Length == 1 && UnnamedVoices.Contains(phrase.Words[0]) ? _lastVoicedBody : null)
                    ?? _lastPerson;
        }
        else
        {
            var core = NameOnly(StripTitles(StripPossessive(subject)), verb);
            var kind = KindOfSubject(subject, core, verb);
            entry = Epithet(core)
                ?? (core.Length == 0 || IsFunctionWord(core) ? null : BodyByShorterName(core, kind) ?? (known ? FirstContaining(core.Split(' '), kind) : Learn(core, subject, kind)));
        }

        return firmVoice is null ? Spoke(entry) : Voiced(entry);
    }

    /// <summary>
    /// "state police" for "State police" at a sentence's start: a force named by a common word, whose capital only the
    /// sentence gave it, is the same as "a spokesman for the state police" names; "Chicago police" keeps its place.
    /// </summary>
    private static string SentenceCaseDropped(string subject)
    {
        var space = subject.IndexOf(' ');
        return space > 0 && subject.IndexOf(' ', space + 1) < 0 && CommonForceWords.Contains(subject.Substring(0, space))
            && subject.Substring(space + 1) is "police" or "authorities"
            ? char.ToLowerInvariant(subject[0]) + subject.Substring(1)
            : subject;
    }

    /// <summary>The common words that name a police force or authority by its level ("State police", "City authorities").</summary>
    private static readonly HashSet<string> CommonForceWords = new(StringComparer.Ordinal) { "State", "City", "County", "Federal", "Military", "Border", "Harbor", "Highway", "Transit", "Railroad" };

    /// <summary>The heads of "the spokesman", "the official": a voice that speaks for a body unless a person the text names is one.</summary>
    private static readonly HashSet<string> UnnamedVoices = new(StringComparer.Ordinal) { "spokesman", "spokeswoman", "spokesperson", "official", "source" };

    /// <summary>
    /// Who put out a document: the body its owner's words fit ("the ministry"), a person the text names ("Smith's
    /// statement"), else a capitalized owner the text did not name before is a body ("the Kremlin's statement").
    /// </summary>
    private Entry? Owner(string owner)
    {
        var words = owner.Split(' ');
        if (FitBody(words) is { } body)
        {
            return body;
        }

        return char.IsUpper(owner[0]) ? PersonNamed(owner) ?? FirstContaining(words, SpeakerKind.Organization) ?? Learn(owner, owner, SpeakerKind.Organization) : null;
    }

    /// <summary>Whether the text has named or heard no person yet, so a role phrase at its start refers ahead.</summary>
    public bool NoPersonYet => _recentPersons.Count == 0;

    /// <summary>Whether <paramref name="subject"/> is a role phrase ("the vice president of the City Council").</summary>
    public static bool IsRolePhrase(string subject) => Phrase.Of(subject).Kind == PhraseKind.Role;

    /// <summary>
    /// The person a story introduces as "the speaker" in the first of <paramref name="sentences"/> that does ("The speaker,
    /// Dr. Hilarion H. Cardew, president of Thornbeck College, …", "The speaker was Elphin D. Pendelow …"), or names as
    /// features name a speaker first given by a role ("… the scout says. He is Beriah Satterlee, 64, who …", "One neighbor
    /// … says … She is Mrs. Obed Harbottle."), when the text knows the name and, after "he" or "she", the person is not
    /// of the other sex; else null. Only the rest of the statement's paragraph and the next paragraph are read.
    /// </summary>
    /// <param name="sentences">The sentences after the statement's, each with whether it is in the statement's paragraph.</param>
    /// <param name="pronoun">The statement's subject when it is "he" or "she" ("… she says. She is Mrs. Obed Harbottle, who
    /// lives next door."): then only the very next sentence is read, and only "He is" or "She is" of that pronoun.</param>
    public Speaker? TheSpeakerNamed(IEnumerable<(string Text, bool SameParagraph)> sentences, string? pronoun = null)
    {
        foreach (var (sentence, sameParagraph) in sentences)
        {
            var opensWithPronoun = sentence.StartsWith("He is ", StringComparison.Ordinal) || sentence.StartsWith("She is ", StringComparison.Ordinal);
            if (pronoun is not null && !(sameParagraph && opensWithPronoun && sentence.StartsWith(pronoun, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (!(opensWithPronoun ? sameParagraph : sentence.StartsWith("The speaker", StringComparison.Ordinal)))
            {
                continue;
            }

            var named = _meter.Match(TheSpeakerIs, sentence, 0, Math.Min(sentence.Length, 160));
            if (named.Success)
            {
                var name = named.Groups["name"].Value;
                var words = StripTitles(name).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var gender = named.Groups["pronoun"].Value switch { "He" => Gender.Male, "She" => Gender.Female, _ => Gender.Unknown };
                if (words.Length >= 2 && FirstContaining(words, SpeakerKind.Person) is { } person && !OtherGender(person, gender)
                    && !(gender != Gender.Unknown && OtherGender(person, HonorificGender(name))))
                {
                    return Spoke(person);
                }
            }
        }

        return null;
    }

    private static readonly Regex TheSpeakerIs = new(
        @"^(?:The\s+speaker(?:,\s+|\s+was\s+)(?:the\s+)?(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){1,5}[A-Z][\p{L}\p{Mn}'’-]+)"
        + @"|(?<pronoun>He|She)\s+is\s+(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){1,5}[A-Z][\p{L}\p{Mn}'’-]+)(?![\p{L}\p{Mn}'’-])(?=\s*(?:[,.;]|$)|\s+of\s+[A-Z]))",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>
    /// The person a lede's role phrase stands for, named after it: the first of <paramref name="sentences"/> (the rest of the
    /// lede's paragraph and the next paragraph) that opens with a person the text knows whom the role's head noun fits ("A
    /// federal judge ruled …" then "U.S. District Judge Jane Doe wrote …").
    /// </summary>
    public Speaker? NamedAfter(string role, IEnumerable<string> sentences)
    {
        var head = role.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => Lexicon.RoleNouns.Contains(w));
        if (head is null)
        {
            return null;
        }

        foreach (var sentence in sentences)
        {
            var subject = sentence.Length > 0 && sentence[0] is >= 'A' and <= 'Z' ? _meter.Match(SentenceSubject, sentence, 0, Math.Min(sentence.Length, 256)) : Match.Empty;
            if (!subject.Success)
            {
                continue;
            }

            var words = StripTitles(StripPossessive(subject.Groups["name"].Value)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && FirstContaining(words, SpeakerKind.Person) is { } person && Fits(person, new[] { head }))
            {
                return Spoke(person); // "A federal judge ruled …" then "U.S. District Judge Jane Doe wrote …".
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of an answer labelled "A" in a Q&amp;A interview: the person the article has named most so far
    /// (the earliest of equals).
    /// </summary>
    public Speaker? Interviewee() =>
        Spoke(_entries.Where(e => e.Kind == SpeakerKind.Person && e.Mentions > 0).OrderByDescending(e => e.Mentions).ThenBy(e => e.Order).FirstOrDefault());

    /// <summary>Records <paramref name="body"/> as the last speaker and the body an unnamed voice spoke for.</summary>
    private Speaker? Voiced(Entry? body)
    {
        if (body is not null)
        {
            _lastVoicedBody = body;
            _voicedAt = _position;
        }

        return Spoke(body);
    }

    /// <summary>Where the last statement an unnamed voice made for a body stood (<see cref="Voiced"/>), or -1.</summary>
    private int _voicedAt = -1;

    /// <summary>
    /// "A spokesman for the state police said the highway was closed … He said it was the worst accident …": "he" in the
    /// same paragraph as an unnamed spokesman's statement, with the spokesman's body the last to speak, is that body.
    /// </summary>
    private Entry? VoiceGoesOn() =>
        _lastVoicedBody is { } body && _lastSpeaker == body && _voicedAt >= 0 && _voicedAt < _position && _position <= _text.Length
            && _position - _voicedAt <= NearestReach && _text.IndexOf('\n', _voicedAt, _position - _voicedAt) < 0
            ? body
            : null;

    /// <summary>Records <paramref name="entry"/> as the last speaker (and person or body) and builds its speaker.</summary>
    private Speaker? Spoke(Entry? entry)
    {
        if (entry is null)
        {
            return null;
        }

        _lastSpeaker = entry;
        if (entry.Kind == SpeakerKind.Person)
        {
            NotePerson(entry);
        }
        else
        {
            _lastOrganization = entry;
        }

        return Build(entry);
    }

    /// <summary>Learns the bodies a text names ("the Fulton County Grand Jury"): runs of capitalized words ending in an organisation's head word.</summary>
    public void LearnBodies(string text)
    {
        if (!_meter.TrySpend(text.Length))
        {
            return;
        }

        LearnUnionLocals(text);
        LearnStations(text);
        for (var head = BodyHeads.NextIn(text, 0, text.Length); head >= 0; head = BodyHeads.NextIn(text, head + 1, text.Length))
        {
            var end = head;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] == '.' && end - head <= 4 && Lexicon.Abbreviations.Contains(text.Substring(head, end - head)))
            {
                end++; // "Halvard Brewing Co.": a firm's abbreviation keeps its period.
            }

            if (FirmBeforeSuffix(text, head, end) is var firmStart and >= 0)
            {
                // "Lumen Devices, Inc.": the firm is "Lumen Devices", and its name with the suffix an alias.
                var firm = text.Substring(firmStart, head - 2 - firmStart);
                AddAlias(Learn(firm, firm, SpeakerKind.Organization), text.Substring(firmStart, end - firmStart));
                continue;
            }

            // Back over capitalized words and the small words inside names ("Committee on Appeal for Human Rights" is
            // read from its head backwards only as far as "Committee"; "Bank of China" from "Bank").
            var start = head;
            var words = 1;
            for (var at = head; words < MaxBodyWords;)
            {
                var wordEnd = at;
                while (wordEnd > 0 && text[wordEnd - 1] == ' ')
                {
                    wordEnd--;
                }

                if (wordEnd == at || wordEnd == 0)
                {
                    break;
                }

                var wordStart = wordEnd;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.' or '\'' or '’'))
                {
                    wordStart--;
                }

                if (wordStart == wordEnd && wordEnd > 0 && text[wordEnd - 1] == '&' && words > 1 && wordEnd > 2 && text[wordEnd - 2] == ' ')
                {
                    wordStart = wordEnd - 1; // "Chesmore & Western Railroad": "&" as "and".
                }

                if (((wordEnd - wordStart == 3 && string.CompareOrdinal(text, wordStart, "and", 0, 3) == 0) || (wordEnd - wordStart == 1 && text[wordStart] == '&')) && words > 1
                    && wordStart > 2 && text[wordStart - 1] == ' ' && WordStartBefore(text, wordStart - 1) is var prior and >= 0
                    && char.IsUpper(text[prior]) && !BodyHeads.IsWordAt(text, prior, wordStart))
                {
                    // "National Aeronautics and Space Administration": "and" between capitalized words of one name, but not
                    // between two bodies ("the Justice Department and State Department").
                    at = wordStart;
                    continue;
                }

                if (text[wordEnd - 1] == '.' && !IsInitial(text.Substring(wordStart, wordEnd - wordStart))
                    && !Lexicon.Abbreviations.Contains(text.Substring(wordStart, wordEnd - wordStart - 1)))
                {
                    break; // "… on Tanager Street. Police said": a sentence ends before the body's name.
                }

                if (wordStart == wordEnd || !char.IsUpper(text[wordStart]) || IsSentenceStart(text, wordStart) && IsArticle(text, wordStart, wordEnd)
                    || IsIndefiniteArticle(text, wordStart, wordEnd)
                    || (wordEnd - wordStart > 2 && text[wordEnd - 1] == 's' && text[wordEnd - 2] is '\'' or '’' && !OfficesThatNameBodies.Contains(text.Substring(wordStart, wordEnd - wordStart - 2))))
                {
                    break; // Nor an owner: "Britain's Department for Energy" is the Department for Energy.
                }

                start = wordStart;
                at = wordStart;
                words++;
            }

            // On over "of", "for" or "on" and the capitalized words after it: "Department for Housing and Local Resilience",
            // "Ministry of Agriculture and Rural Affairs".
            end = NameTail(text, end, ref words);

            if (words >= 2)
            {
                start = LocalBefore(text, start);
                var name = text.Substring(start, end - start);
                var entry = Learn(StripPossessive(name), name, SpeakerKind.Organization);
                if (PartOfBody(text, start) is { } part)
                {
                    AddAlias(entry, part); // "a committee of the Federal Council of Churches": "the committee" is the Council's.
                }
            }
        }
    }

    /// <summary>The offices whose possessive is part of a body's name, not its owner: "the Governor's Commission on Mental Health", "the President's Council of Economic Advisers".</summary>
    private static readonly HashSet<string> OfficesThatNameBodies = new(StringComparer.Ordinal) { "Governor", "President", "Mayor" };

    /// <summary>
    /// Where "Lumen Devices" starts in "Lumen Devices, Inc.": one to four capitalized words (not in capitals only) before a
    /// comma and a firm's suffix (Inc., Ltd., Corp., Co., LLC) at <paramref name="head"/>..<paramref name="end"/>; else -1.
    /// </summary>
    private static int FirmBeforeSuffix(string text, int head, int end)
    {
        if (!FirmSuffixes.Contains(text.Substring(head, end - head).TrimEnd('.')) || head < 4 || text[head - 1] != ' ' || text[head - 2] != ',')
        {
            return -1;
        }

        var start = -1;
        var at = head - 2;
        for (var words = 0; words < 4; words++)
        {
            var wordStart = at;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '&' or '\'' or '’'))
            {
                wordStart--;
            }

            if (wordStart == at || !char.IsUpper(text[wordStart]) || (at - wordStart > 1 && AllUpper(text, wordStart, at)))
            {
                break; // "SOURCE Lumen Devices, Inc.": a word in capitals only is a label, not the firm's.
            }

            start = wordStart;
            if (wordStart < 2 || text[wordStart - 1] != ' ')
            {
                break;
            }

            at = wordStart - 1;
        }

        return start;
    }

    /// <summary>
    /// "Local 6620 of the United Mine Workers": a union's local, whose name holds no head word, is a body. "The union" is
    /// the local named last before the statement (<see cref="NearestBodyOfType"/>), or, past that reach, the text's
    /// only local (<see cref="_onlyLocal"/>); never simply the first of several.
    /// </summary>
    private void LearnUnionLocals(string text)
    {
        for (var at = text.IndexOf("Local ", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Local ", at + 6, StringComparison.Ordinal))
        {
            var m = _meter.Match(UnionLocal, text, at, Math.Min(text.Length - at, 160));
            if (m.Success)
            {
                var local = Learn(m.Value, m.Value, SpeakerKind.Organization);
                _severalLocals |= _onlyLocal is not null && local != _onlyLocal;
                _onlyLocal ??= local;
            }
        }
    }

    /// <summary>"WLVK-TV, Channel 8, will begin …": a broadcaster's call letters with "-TV", "-FM" or "-AM" name a body.</summary>
    private void LearnStations(string text)
    {
        // One search for the hyphen, which most paragraphs lack, then the suffix and the call letters before it.
        for (var at = text.IndexOf('-'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('-', at + 1) : -1)
        {
            var end = at + 3;
            if (end > text.Length || !StationSuffixes.Any(suffix => string.CompareOrdinal(text, at, suffix, 0, 3) == 0))
            {
                continue;
            }

            var start = at;
            while (start > 0 && text[start - 1] is >= 'A' and <= 'Z')
            {
                start--;
            }

            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))
                && IsCallLetters(text.Substring(start, end - start)))
            {
                var name = text.Substring(start, end - start);
                Learn(name, name, SpeakerKind.Organization);
            }
        }
    }

    /// <summary>What follows a broadcaster's call letters in its name ("WLVK-TV").</summary>
    private static readonly string[] StationSuffixes = { "-TV", "-FM", "-AM" };

    /// <summary>"Local 6620 of the United Mine Workers": a local's number and the union's capitalized name.</summary>
    private static readonly Regex UnionLocal = new(
        @"\GLocal\s+\d{1,5}[A-Z]?\s+of\s+the\s+(?:[A-Z][\p{L}'’-]*\s+(?:(?:of|and|&)\s+)?){0,6}[A-Z][\p{L}'’-]*(?<!['’]s)",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>Where a body's name starts when "Local 1187 of the" opens it before <paramref name="start"/>, else <paramref name="start"/>.</summary>
    private static int LocalBefore(string text, int start)
    {
        var of = start >= 8 && string.CompareOrdinal(text, start - 8, " of the ", 0, 8) == 0 ? start - 8 : -1;
        var digits = of;
        while (digits > 0 && char.IsDigit(text[digits - 1]))
        {
            digits--;
        }

        return of > 0 && digits < of && digits >= 6 && string.CompareOrdinal(text, digits - 6, "Local ", 0, 6) == 0 ? digits - 6 : start;
    }

    /// <summary>
    /// "general board" in "the general board of the National Council of Churches", when the body's name starts at
    /// <paramref name="start"/>: a collective noun (with one modifier) that the text makes a part of the body, so that
    /// "The general board declared" is the body's statement. Null when the name follows no such part.
    /// </summary>
    private static string? PartOfBody(string text, int start)
    {
        var at = start;
        if (at >= 4 && string.CompareOrdinal(text, at - 4, "the ", 0, 4) == 0)
        {
            at -= 4;
        }

        if (at < 4 || string.CompareOrdinal(text, at - 4, " of ", 0, 4) != 0)
        {
            return null;
        }

        var nounEnd = at - 4;
        var nounStart = WordStartBefore(text, nounEnd);
        if (nounStart < 0 || !Lexicon.CollectiveNouns.Contains(text.Substring(nounStart, nounEnd - nounStart)))
        {
            return null;
        }

        var modifierStart = WordStartBefore(text, nounStart);
        return modifierStart >= 0 && char.IsLower(text[modifierStart]) && nounStart - modifierStart > 1
            && !Lexicon.Determiners.Contains(text.Substring(modifierStart, nounStart - 1 - modifierStart))
            ? text.Substring(modifierStart, nounEnd - modifierStart)
            : text.Substring(nounStart, nounEnd - nounStart);
    }

    /// <summary>Where the word that ends at <paramref name="end"/> (after any spaces before it) starts, or -1.</summary>
    private static int WordStartBefore(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end ? start : -1;
    }

    /// <summary>
    /// The end of "of Agriculture and Rural Affairs" after a body's head word at <paramref name="end"/>: a linking word,
    /// then capitalized words joined by spaces, "and" or "&amp;" (at most <see cref="MaxBodyWords"/> words in all).
    /// </summary>
    private static int NameTail(string text, int end, ref int words)
    {
        var at = end;
        if (!StartsWithWord(text, at, " of ") && !StartsWithWord(text, at, " for ") && !StartsWithWord(text, at, " on "))
        {
            return end;
        }

        at = text.IndexOf(' ', at + 1) + 1;
        var tailWords = 0;
        while (at < text.Length && words + tailWords < MaxBodyWords)
        {
            if (StartsWithWord(text, at, "and ") || StartsWithWord(text, at, "& ") || StartsWithWord(text, at, "the ")
                || (tailWords > 0 && (StartsWithWord(text, at, "of ") || StartsWithWord(text, at, "for ") || StartsWithWord(text, at, "on "))))
            {
                at = text.IndexOf(' ', at) + 1;
                continue;
            }

            if (!char.IsUpper(text[at]))
            {
                break;
            }

            var wordEnd = at;
            while (wordEnd < text.Length && (char.IsLetter(text[wordEnd]) || text[wordEnd] is '-' or '\'' or '’'))
            {
                wordEnd++;
            }

            tailWords++;
            end = wordEnd;
            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        words += tailWords;
        return end;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0;

    /// <summary>
    /// Learns the full names of persons a text gives without a title ("James P. Mitchell", "Arnold Palmer"): runs of
    /// two to four capitalized words or initials, without an organisation's head word, a month or a day. A later
    /// "Palmer" or "Arnold" is then the same person, named in full. A <paramref name="headline"/> capitalizes every word,
    /// so its first word is a name only when it is a given name.
    /// </summary>
    public void LearnNames(string text, bool headline = false)
    {
        if (!_meter.TrySpend(text.Length))
        {
            return;
        }

        var run = new List<string>();
        var runStart = 0;

        // A run's first word is kept as its length only until a second word follows: a run of one word is only read when an
        // age follows it, and most runs are one word ("The", "He", "Monday").
        var pending = 0;
        var nicknamed = false;
        for (var i = 0; i <= text.Length; i++)
        {
            if (run.Count == 0 && pending == 0 && (i = TextScan.NextWordThatMayMatter(text, i, quote: false)) == text.Length)
            {
                break; // No capitalized word is left: nothing more is learned.
            }

            if ((run.Count > 0 || pending > 0) && i < text.Length && text[i] == '(' && Nickname(text, i) is var close and > 0)
            {
                nicknamed = true;
                i = close; // "Walter (Dutch) Kessler": the nickname is no part of the name (the loop steps over the space).
                continue;
            }

            var wordStart = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-' || (text[i] == '.' && i - wordStart == 1)))
            {
                i++;
            }

            // Only a capitalized word is read, in place; it is cut out of the text when a run of two or more holds it.
            var length = i > wordStart && char.IsUpper(text[wordStart]) ? i - wordStart : 0;
            // "R-Bergen", "D-Ark." after a name are a party and a state, not part of it.
            var capitalized = length > 0 && (length == 1 || !AllUpper(text, wordStart, i) || text[i - 1] == '.')
                && !(length > 2 && text[wordStart + 1] == '-');
            if (capitalized)
            {
                if (run.Count == 0 && pending == 0)
                {
                    runStart = wordStart;
                    pending = length;
                }
                else
                {
                    if (pending > 0)
                    {
                        run.Add(text.Substring(runStart, pending));
                        pending = 0;
                    }

                    run.Add(text.Substring(wordStart, length));
                }
            }

            // A run goes on over single spaces only: a comma, a stop, a line or a possessive ("Mrs. Geraghty's") ends it.
            if (!capitalized || i >= text.Length || text[i] != ' ' || (length > 0 && EndsWithPossessiveS(text, wordStart, i)))
            {
                if (pending > 0 && FollowedByAge(text, capitalized ? i : wordStart - 1))
                {
                    run.Add(text.Substring(runStart, pending)); // "Polglase, 63,": read below.
                }

                pending = 0;
                // The word that ended the run starts at wordStart when it is not capitalized ("Discreet Italian police").
                if (run.Count >= 2 && !FollowedByGroupNoun(text, capitalized ? i : wordStart - 1))
                {
                    // An age (", 38,") or a nickname ("Walter (Dutch) Kessler") is only given of a person.
                    // So is a role in lower case before it ("Board member Lester Greer", "defense counsel Leon Marsh").
                    var role = RoleBefore(text, runStart);
                    var entry = LearnName(run, IsSentenceStart(text, runStart), FollowedByAge(text, i) || FollowedByRole(text, i) || nicknamed || role is not null, headline);
                    AddRolesInApposition(entry, text, runStart, i);
                    if (role is not null && entry is { Kind: SpeakerKind.Person })
                    {
                        AddAlias(entry, role + " " + entry.Name); // "city planner Gerald Fosse": "the planner" fits.
                    }
                }

                if (run.Count >= 1 && FollowedByAge(text, capitalized ? i : wordStart - 1)
                    && run.Take(run.Count - 1).All(w => Lexicon.NameStoppers.Contains(w) || Lexicon.Months.ContainsKey(w.TrimEnd('.'))))
                {
                    ConfirmBySurname(StripPossessive(run[run.Count - 1])); // "Polglase, 63,", "In October Polglase, 63,".
                }

                run.Clear();
                nicknamed = false;
            }
        }
    }

    /// <summary>Relations that make a person the elder of two of a surname ("his father, …").</summary>
    private static readonly HashSet<string> ElderRelations = new(StringComparer.Ordinal) { "father", "mother", "grandfather", "grandmother", "widow", "widower" };

    /// <summary>Relations that make a person the younger of two of a surname ("the son, …").</summary>
    private static readonly HashSet<string> YoungerRelations = new(StringComparer.Ordinal) { "son", "daughter", "grandson", "granddaughter" };

    /// <summary><see cref="ElderOrYounger"/> in <paramref name="subject"/>; its words are looked for before the pattern runs.</summary>
    private static Match GenerationOf(string subject) =>
        subject.IndexOf("elder ", StringComparison.Ordinal) >= 0 || subject.IndexOf("younger ", StringComparison.Ordinal) >= 0 ? ElderOrYounger.Match(subject) : Match.Empty;

    /// <summary>"The elder Zumbrunnen", "the younger Mrs. Ashdale": which of two persons of a surname.</summary>
    private static readonly Regex ElderOrYounger = new(
        @"^(?:[Tt]he\s+)?(?<which>elder|younger)\s+(?:(?:Mr|Mrs|Dr)\.\s+|Miss\s+)?(?<surname>[A-Z][\p{L}'’-]+)$",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>
    /// Of the persons of <paramref name="surname"/>, the elder or the younger: "Sr." or "Jr.", else the one the text called
    /// father or son (mother, daughter …), else the one named first or last; the only one when the text names one.
    /// </summary>
    private Entry? OfGeneration(string surname, bool elder)
    {
        if (!_byWord.TryGetValue(surname, out var named))
        {
            return null;
        }

        var persons = named.Where(e => e.Kind == SpeakerKind.Person).Take(MaxNamesakes).OrderBy(e => e.Order).ToList();
        if (persons.Count <= 1)
        {
            return persons.FirstOrDefault();
        }

        // "Sr." or "Jr."; else a relation the text gave as a name's role ("the manager's father, Obbe Terwilligen"); else the
        // order of naming, the elder first.
        var suffix = elder ? "Sr" : "Jr";
        var relations = elder ? ElderRelations : YoungerRelations;
        var other = persons.Count == 2 ? persons.FirstOrDefault(p => Related(p, elder ? YoungerRelations : ElderRelations)) : null;
        return persons.FirstOrDefault(p => p.Words[p.Words.Length - 1].TrimEnd('.') == suffix)
            ?? persons.FirstOrDefault(p => Related(p, relations))
            ?? (other is not null ? persons.First(p => p != other) : null) // "the younger" of two when the other is "the father".
            ?? (elder ? persons[0] : persons[persons.Count - 1]);

        static bool Related(Entry person, HashSet<string> words) => person.Aliases.Any(a => a.Split(' ').Any(words.Contains));
    }

    /// <summary>
    /// "Thimble, whose real name is Spiro Kalamidakis, grew up …": a performer's real name names the person of the stage
    /// name, not a second person (<see cref="Learn"/> gives that person for it). Read before the paragraph's other names.
    /// </summary>
    public void LearnRealNames(string text)
    {
        if (text.IndexOf("real name", StringComparison.Ordinal) < 0)
        {
            return;
        }

        for (var m = _meter.Match(RealName, text, 0, text.Length); m.Success; m = m.NextMatch())
        {
            var stage = m.Groups["stage"].Value;
            var star = Learn(StripTitles(stage).Trim(), stage, SpeakerKind.Person);
            var real = m.Groups["real"].Value;
            if (!_realNames.ContainsKey(real) && star.Name != real)
            {
                _realNames[real] = star;
                AddAlias(star, real);
            }
        }
    }

    /// <summary>"Miss Lace, whose real name is Annunziata Pellicorno,": the stage name and the real name.</summary>
    private static readonly Regex RealName = new(
        @"(?<stage>[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3}),\s+whose\s+real\s+name\s+(?:is|was)\s+(?<real>[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}.'’-]*){1,3}?)(?=\s*[,.;])",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>Real names the text gives for stage names, each with the person of the stage name (<see cref="LearnRealNames"/>).</summary>
    private readonly Dictionary<string, Entry> _realNames = new(StringComparer.Ordinal);

    /// <summary>
    /// "the children have called her "Miss Tommie"", "They call him "Doc Liph"": the nickname a text gives a person,
    /// who is the person of that sex the text named last (a profile's subject), so that "Miss Tommie" later is she and
    /// no second person. Read before the paragraph's other names.
    /// </summary>
    public void LearnNicknames(string text)
    {
        if (text.IndexOf("call", StringComparison.Ordinal) < 0 && text.IndexOf("known as", StringComparison.Ordinal) < 0)
        {
            return;
        }

        for (var m = NicknameMayFollow(text) ? _meter.Match(CalledNickname, text, 0, text.Length) : NoMatch(text.Length); m.Success; m = m.NextMatch())
        {
            var nickname = m.Groups["nick"].Value;
            var gender = m.Groups["pron"].Value switch { "her" => Gender.Female, "him" => Gender.Male, _ => Gender.Unknown };
            Entry? person = null;
            for (var i = _entries.Count - 1; i >= 0; i--)
            {
                var entry = _entries[i];
                if (entry.Kind == SpeakerKind.Person && entry.Words.Length >= 2 && !OtherGender(entry, gender) && GenderOf(entry.Name) is var given && (given == Gender.Unknown || gender == Gender.Unknown || given == gender))
                {
                    person = entry;
                    break;
                }
            }

            if (person is null || person.Nickname is not null || FirstContaining(new[] { nickname }, SpeakerKind.Person) is not null)
            {
                continue; // No one to give it, or the word already names someone.
            }

            Unindex(person);
            person.Nickname = nickname;
            Index(person);
            AddAlias(person, m.Groups["title"].Value + nickname);
        }
    }

    /// <summary>
    /// Whether <see cref="CalledNickname"/> can match <paramref name="text"/>: every match has "call" (of "calls", "called"),
    /// "known" or "nicknamed", the rest of its letters, white space, "as" and white space after "known", perhaps "her" or
    /// "him" and white space, then an opening quote mark. Most texts that call something something have no quote mark
    /// there: the search is charged but not run.
    /// </summary>
    private static bool NicknameMayFollow(string text)
    {
        foreach (var verb in NamingVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var k = at + verb.Length;
                while (k < text.Length && char.IsLetter(text[k]))
                {
                    k++;
                }

                k = SpacesAfter(text, k);
                if (k < 0)
                {
                    continue;
                }

                if (StartsWithWord(text, k, "as") && SpacesAfter(text, k + 2) is var afterAs and >= 0)
                {
                    k = afterAs;
                }

                if ((StartsWithWord(text, k, "her") || StartsWithWord(text, k, "him")) && SpacesAfter(text, k + 3) is var afterPronoun and >= 0)
                {
                    k = afterPronoun;
                }

                if (k < text.Length && text[k] is '"' or '“')
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly string[] NamingVerbs = { "call", "known", "nicknamed" };

    /// <summary>Where the white space at <paramref name="at"/> ends, or -1 when there is none.</summary>
    private static int SpacesAfter(string text, int at)
    {
        var k = at;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return k > at ? k : -1;
    }

    /// <summary>"called her "Miss Tommie"", "call him "Doc Liph"", "known as "Cap"": a nickname in quote marks after a verb of naming.</summary>
    private static readonly Regex CalledNickname = new(
        @"\b(?:call|calls|called|known\s+as|nicknamed)\s+(?:(?<pron>her|him)\s+)?[""“](?<title>(?:Miss|Mrs\.|Mr\.|Doc|Aunt|Uncle|Captain|Cap'n|Judge|Coach|Big|Little|Old)\s+)?(?<nick>[A-Z][\p{Ll}'’-]{1,20})[""”]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, StatementPatterns.Timeout);

    /// <summary>
    /// "Polglase, 63, will move ashore" after "For 34 years Alanson Polglase has climbed …": an age given after a surname
    /// alone confirms the one full name the text gave with that surname, which only capitals suggested.
    /// </summary>
    private void ConfirmBySurname(string surname)
    {
        if (OnlyOne(Namesakes(surname).Where(e => e.Words.Length >= 2)) is { } only)
        {
            only.Weak = false;
        }
    }

    /// <summary>Plural nouns of groups that capitalized adjectives qualify: "Discreet Italian police", "State Department officials".</summary>
    private static readonly WordSet GroupNouns = new(new[] { "police", "authorities", "officials", "troops", "soldiers", "forces", "sources", "diplomats", "newspapers", "students", "workers", "leaders" });

    /// <summary>Whether a lower-case noun of a group follows the run of capitalized words that ends at <paramref name="end"/>: they qualify it and name no one.</summary>
    private static bool FollowedByGroupNoun(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && GroupNouns.IsWordAt(text, end + 1, text.Length);

    /// <summary><c>word.All(char.IsUpper)</c> of the word <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>), read in place.</summary>
    private static bool AllUpper(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the ")" of a nickname opened at <paramref name="open"/> is ("(Dutch) ", "(Irish) "), when a space and a
    /// capitalized word follow it; else -1.
    /// </summary>
    private static int Nickname(string text, int open)
    {
        var close = open + 1;
        while (close < text.Length && close - open <= 16 && (char.IsLetter(text[close]) || text[close] is ' ' or '\'' or '’' or '.' or '-'))
        {
            close++;
        }

        return close < text.Length && text[close] == ')' && close > open + 1 && char.IsUpper(text[open + 1])
            && close + 2 < text.Length && text[close + 1] == ' ' && char.IsUpper(text[close + 2]) ? close + 1 : -1;
    }

    /// <summary>"Asked", "Exclaimed": a verb of speech that opens a sentence after a quote ("…"? Asked Palmer.) is no part of a name.</summary>
    private static readonly HashSet<string> CapitalizedVerbs = new(
        Lexicon.QuoteVerbs.Where(v => v.IndexOf(' ') < 0).Select(v => char.ToUpperInvariant(v[0]) + v.Substring(1)), StringComparer.Ordinal);

    private static readonly HashSet<string> LowerCaseRoleWords = new(Lexicon.LowerCaseRoles.Where(r => r.IndexOf(' ') < 0), StringComparer.Ordinal);

    /// <summary>The word before <paramref name="at"/> (one space before it) when it is a role in lower case ("member", "counsel"), else null.</summary>
    private static string? RoleBefore(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ' || !char.IsLower(text[at - 2]))
        {
            return null;
        }

        var start = at - 2;
        while (start > 0 && char.IsLower(text[start - 1]))
        {
            start--;
        }

        var word = text.Substring(start, at - 1 - start);
        return LowerCaseRoleWords.Contains(word) ? word : null;
    }

    /// <summary>
    /// ", a banker,", ", a member of the board since 1957," right after a name: an apposition whose first few words hold a
    /// role noun, which news gives only of persons ("Claiborne R. Bodrogvary, a member of the board, spoke …").
    /// </summary>
    private static bool FollowedByRole(string text, int at)
    {
        if (at + 4 >= text.Length || text[at] != ',' || text[at + 1] != ' ')
        {
            return false;
        }

        var i = at + 2;
        var article = string.CompareOrdinal(text, i, "a ", 0, 2) == 0 ? 2 : string.CompareOrdinal(text, i, "an ", 0, 3) == 0 ? 3 : string.CompareOrdinal(text, i, "the ", 0, 4) == 0 ? 4 : 0;
        if (article == 0)
        {
            return false;
        }

        i += article;
        for (var words = 0; words < 3 && i < text.Length; words++)
        {
            var start = i;
            while (i < text.Length && text[i] is >= 'a' and <= 'z')
            {
                i++;
            }

            if (i == start)
            {
                return false;
            }

            var word = text.Substring(start, i - start);
            if (Lexicon.RoleNouns.Contains(word) || word == "member")
            {
                return true;
            }

            if (i >= text.Length || text[i] != ' ')
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>", 38," right after a name: the age news gives only of persons ("Elif Varga, 38, became …").</summary>
    private static bool FollowedByAge(string text, int at)
    {
        if (at + 4 >= text.Length || text[at] != ',' || text[at + 1] != ' ')
        {
            return false;
        }

        var digits = 0;
        while (at + 2 + digits < text.Length && char.IsDigit(text[at + 2 + digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && at + 2 + digits < text.Length && text[at + 2 + digits] == ',';
    }

    private Entry? LearnName(List<string> run, bool sentenceStart, bool aged, bool headline)
    {
        // A run the text repeats ("James P. Mitchell" in every other paragraph) is read once.
        if (!_learnedNames.Add(string.Join(" ", run) + (sentenceStart ? "|start" : string.Empty) + (aged ? "|aged" : string.Empty)))
        {
            return null;
        }

        // Leading function words ("The", "In", "But") and titles are not part of a name; a sentence's first word is
        // left out unless the name is only two words long ("Rookie Ron Nischwitz" → "Ron Nischwitz").
        var first = 0;
        while (first < run.Count && (Lexicon.NameStoppers.Contains(run[first]) || Lexicon.TitleWords.Contains(run[first]) || CapitalizedVerbs.Contains(run[first]))
            && !(run.Count - first > 2 && IsWifeByHusbandsName(run[first], run[first + 1])))
        {
            first++;
        }

        if (sentenceStart && first == 0 && run.Count > 2 && !run[1].EndsWith(".", StringComparison.Ordinal)
            && !Lexicon.FemaleGivenNames.Contains(run[0]) && !Lexicon.MaleGivenNames.Contains(run[0])
            && (headline || Lexicon.FemaleGivenNames.Contains(run[1]) || Lexicon.MaleGivenNames.Contains(run[1])))
        {
            // "Rookie Ron Nischwitz": the word before a given name is left out; "Jolyon Fane Dromgoole" keeps a given name
            // the lists lack, but a headline's "Hollis Leads Open" is no name.
            first = 1;
        }

        while (run.Count - first > 2 && LowerCaseRoleWords.Contains(run[first].ToLowerInvariant()))
        {
            first++; // "Center Mel Trotman", "Halfback Joe Dunn": a position before a name, capitalized as a title is.
        }

        if (headline && run.Count - first == 2 && Lexicon.RoleNouns.Contains(run[first]) && run[first] != "Dean"
            && !Lexicon.MaleGivenNames.Contains(run[first]) && !Lexicon.FemaleGivenNames.Contains(run[first]))
        {
            // A headline's "Poet Jaworczyk named to new chair": a role, capitalized as a headline's first word is ("Dean"
            // is as often a given name: "Dean Rusk").
            first++;
        }

        // "Secretary of Agriculture Orrin B. Tate" gives the run "Agriculture Orrin B. Tate": a middle initial follows the
        // given name, so the name starts at the word before the first initial (unless an honorific is kept before it).
        if (first < run.Count && !Lexicon.TitleWords.Contains(run[first]))
        {
            for (var k = first + 1; k < run.Count - 1; k++)
            {
                if (IsInitial(run[k]))
                {
                    first = k >= first + 2 && !IsInitial(run[k - 1]) ? k - 1 : first;
                    break;
                }
            }
        }

        if (run.Count - first > 4)
        {
            // "Boston Red Sox Outfielder Jackie Jensen": a long run ends in the person's name, its last two words.
            first = run.Count - 2;
        }

        var count = run.Count - first;
        if (count < 2 || IsFunctionWord(run[run.Count - 1]))
        {
            return null; // "… a Socialist State. And": a sentence the splitter did not cut ends no name with its first word.
        }

        // After a given name or an initial, a word that ends as a noun does is a family name ("Ann Mallory", "J. Emory").
        // So does any word of a name an age, a nickname or a role marks as a person's ("Claiborne Bodrogvary, a banker,").
        var person = aged || Lexicon.MaleGivenNames.Contains(run[first]) || Lexicon.FemaleGivenNames.Contains(run[first]) || IsInitial(run[first]);
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var word = i == count - 1 ? StripPossessive(run[first + i]) : run[first + i];
            if (Lexicon.OrganizationWords.Contains(word) || Lexicon.NameStoppers.Contains(word) || Lexicon.Months.ContainsKey(word.TrimEnd('.')) || (!person && IsCommonNounShaped(word)))
            {
                return null;
            }

            words[i] = word;
        }

        if (words[count - 1].EndsWith(".", StringComparison.Ordinal))
        {
            return null;
        }

        var surface = string.Join(" ", words);
        var name = StripTitles(surface);
        if (name.IndexOf(' ') > 0)
        {
            return Learn(name, surface, SpeakerKind.Person, weak: !aged);
        }

        return null;
    }


    /// <summary>
    /// A capitalized word that names a thing, not a person: an English noun or adjective ending ("Cooperation",
    /// "Partnership", "Strategic") or two capitalized parts ("China-Russia"). Headline-case phrases are full of them.
    /// </summary>
    private static bool IsCommonNounShaped(string word)
    {
        // The shape is read first, a set lookup only for a word of that shape: most words have neither a capital after a
        // hyphen nor one of the endings, and the answer is the same in either order.
        var hyphen = word.IndexOf('-');
        var shaped = hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]);
        if (!shaped && word.Length > 0 && word[word.Length - 1] < 128 && CommonNounEndingsByLast[word[word.Length - 1]] is { } endings)
        {
            foreach (var ending in endings)
            {
                if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    shaped = true;
                    break;
                }
            }
        }

        // "Lawrence", "Gregory", "Mary": names that end as nouns do, given or family names alike.
        return shaped && !Lexicon.MaleGivenNames.Contains(word) && !Lexicon.FemaleGivenNames.Contains(word);
    }

    /// <summary><see cref="Lexicon.CommonNounEndings"/> by their last character (ASCII), null where none ends so.</summary>
    private static readonly string[]?[] CommonNounEndingsByLast = Enumerable.Range(0, 128)
        .Select(c => Lexicon.CommonNounEndings.Where(e => e[e.Length - 1] == c).ToArray() is { Length: > 0 } found ? found : null)
        .ToArray();

    /// <summary>Bodies have at most this many words before their head word is not part of one name.</summary>
    private const int MaxBodyWords = 6;

    private static readonly WordSet BodyHeads = new(Lexicon.OrganizationHeads);

    private static bool IsSentenceStart(string text, int at)
    {
        var before = at;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        // A wire dateline's dash opens a sentence too ("Bexford, Iowa -- The State Highway Commission voted …").
        return before == 0 || text[before - 1] is '.' or '!' or '?' or '"' or '“' || (before < at && text[before - 1] is '-' or '\u2014' or '\u2013');
    }

    private static bool IsArticle(string text, int start, int end) =>
        end - start == 3 && string.Compare(text, start, "The", 0, 3, StringComparison.Ordinal) == 0;

    /// <summary>"A", "An" before a body's name: an article, never part of the name ("A State Department spokesman").</summary>
    private static bool IsIndefiniteArticle(string text, int start, int end) =>
        (end - start == 1 && text[start] == 'A') || (end - start == 2 && text[start] == 'A' && text[start + 1] == 'n');

    /// <summary>
    /// "the grand jury": the last speaker when it is a body whose names hold every word of the phrase, else the
    /// earliest body that does. "The jurors" look for their jury.
    /// </summary>
    private Entry? FitBody(IReadOnlyList<string> words)
    {
        var body = words.Select(w => Lexicon.CollectiveBodies.TryGetValue(w, out var b) ? b : w).ToArray();
        if (_lastSpeaker is { Kind: SpeakerKind.Organization } last && Fits(last, body))
        {
            return last;
        }

        List<Entry>? shortest = null;
        foreach (var token in body.SelectMany(WordTokens))
        {
            if (!_byAliasToken.TryGetValue(token, out var list))
            {
                return null;
            }

            if (shortest is null || list.Count < shortest.Count)
            {
                shortest = list;
            }
        }

        foreach (var entry in shortest ?? new List<Entry>())
        {
            if (entry.Kind == SpeakerKind.Organization && Fits(entry, body))
            {
                return entry;
            }

            if (_meter.Exhausted)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>What a name's honorific tells of its bearer's gender ("Mrs. Sims", "Mr. Reama").</summary>
    /// <summary>
    /// Whether <paramref name="gender"/> is known and the entry's names say the other sex: an honorific first ("Mrs. John
    /// R. Talbot" is a woman though "John" is a man's name), else a given name.
    /// </summary>
    private static bool OtherGender(Entry entry, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return false;
        }

        var byHonorific = entry.Aliases.Select(HonorificGender).Where(g => g != Gender.Unknown).Distinct().ToList();
        var known = byHonorific.Count > 0 ? byHonorific : entry.Aliases.Select(GenderOf).Where(g => g != Gender.Unknown).Distinct().ToList();
        return known.Count == 1 ? known[0] != gender : known.Count == 0 && entry.Gender != Gender.Unknown && entry.Gender != gender;
    }

    /// <summary>The gender an honorific right before <paramref name="at"/> gives ("Mrs. Kemp", "Mr. Kemp"), which a run of capitals leaves out.</summary>
    private static Gender HonorificBefore(string sentence, int at)
    {
        var start = sentence.LastIndexOf(' ', Math.Max(0, at - 2)) + 1;
        if (at - start is not (> 1 and <= 6))
        {
            return Gender.Unknown;
        }

        // The word trimmed of white space, read in place.
        var end = at;
        while (start < end && char.IsWhiteSpace(sentence[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(sentence[end - 1]))
        {
            end--;
        }

        return HonorificGender(sentence, start, end);
    }

    /// <summary>What a name's honorific alone tells of its bearer's gender.</summary>
    private static Gender HonorificGender(string alias) => HonorificGender(alias, 0, alias.Length);

    /// <summary>
    /// <see cref="HonorificGender(string)"/> of <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>),
    /// read in place: its words as a split at each space cuts them, each without its trailing periods, compared with the
    /// honorifics as the sets compare (ordinally, ignoring case).
    /// </summary>
    private static Gender HonorificGender(string text, int start, int end)
    {
        for (var word = start; word <= end;)
        {
            var space = text.IndexOf(' ', word, end - word);
            var wordEnd = space < 0 ? end : space;
            var bare = wordEnd;
            while (bare > word && text[bare - 1] == '.')
            {
                bare--;
            }

            if (IsOneOf(text, word, bare - word, FemaleHonorificWords))
            {
                return Gender.Female;
            }

            if (IsOneOf(text, word, bare - word, MaleHonorificWords))
            {
                return Gender.Male;
            }

            word = wordEnd + 1;
        }

        return Gender.Unknown;
    }

    private static readonly string[] FemaleHonorificWords = Lexicon.FemaleHonorifics.ToArray();

    private static readonly string[] MaleHonorificWords = Lexicon.MaleHonorifics.ToArray();

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>) is one of <paramref name="words"/>, ignoring case.</summary>
    private static bool IsOneOf(string text, int start, int length, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Mrs." or "Miss" when <paramref name="surface"/> opens with one and every such honorific of <paramref name="entry"/>'s
    /// aliases is the other: a married woman and an unmarried one of one surname are two people. Null otherwise.
    /// </summary>
    private static string? OtherStyle(Entry entry, string surface)
    {
        var style = MaritalStyle(surface);
        if (style is null)
        {
            return null;
        }

        var other = false;
        foreach (var alias in entry.Aliases)
        {
            var known = MaritalStyle(alias);
            if (known == style)
            {
                return null;
            }

            other |= known is not null;
        }

        return other ? style : null;
    }

    /// <summary>"Mrs" or "Miss" when <paramref name="name"/> opens with that honorific, else null.</summary>
    private static string? MaritalStyle(string name) =>
        name.StartsWith("Mrs. ", StringComparison.Ordinal) || name.StartsWith("Mrs ", StringComparison.Ordinal) ? "Mrs"
        : name.StartsWith("Miss ", StringComparison.Ordinal) ? "Miss"
        : null;

    /// <summary>The earliest person of <paramref name="surname"/> an alias gives the honorific <paramref name="style"/>, else null.</summary>
    private Entry? SameSurnameOfStyle(string surname, string style) =>
        _byWord.TryGetValue(surname, out var list) ? list.FirstOrDefault(e => e.Kind == SpeakerKind.Person && e.Aliases.Any(a => MaritalStyle(a) == style)) : null;

    /// <summary>
    /// "Gedge testified" after "Mrs. Sabra Gedge" and "Her husband, Uriah T. Gedge": a bare surname is the man's when a
    /// woman the text styles "Mrs." or "Miss" shares it, as news names a woman with her honorific and a man without;
    /// else <paramref name="entry"/>.
    /// </summary>
    private Entry TheManOfSurname(Entry entry, string surname) =>
        entry.Gender == Gender.Female && entry.Aliases.Any(a => HonorificGender(a) == Gender.Female)
            && Namesakes(surname).FirstOrDefault(e => e != entry && e.Gender != Gender.Female) is { } man
            ? man
            : entry;

    /// <summary>
    /// "Representative Tredgold" after "State Sen. Bezaleel R. Tredgold" and "State Rep. Noadiah Tredgold": of the persons
    /// who share a surname, the one whose office the title names; else <paramref name="entry"/>.
    /// </summary>
    private Entry NamesakeWithTitle(Entry entry, string surname, string title)
    {
        var office = new[] { title.TrimEnd('.') };
        return !Lexicon.TitleWords.Contains(office[0]) || Fits(entry, office)
            ? entry
            : Namesakes(surname).FirstOrDefault(e => e != entry && Fits(e, office)) ?? entry;
    }

    /// <summary>The persons whose name ends in <paramref name="surname"/>, in the order they were learned.</summary>
    private IEnumerable<Entry> Namesakes(string surname) =>
        _byWord.TryGetValue(surname, out var list)
            ? list.Where(e => e.Kind == SpeakerKind.Person && string.Equals(e.Words[e.Words.Length - 1], surname, StringComparison.Ordinal))
            : Enumerable.Empty<Entry>();

    /// <summary>The one entry of <paramref name="entries"/>, or null when there is none or more than one.</summary>
    private static Entry? OnlyOne(IEnumerable<Entry> entries)
    {
        Entry? only = null;
        foreach (var entry in entries)
        {
            if (only is not null)
            {
                return null;
            }

            only = entry;
        }

        return only;
    }

    /// <summary>The earliest person of that surname whose names do not say the other sex, or null.</summary>
    private Entry? SameSurnameOfGender(string surname, Gender gender) =>
        _byWord.TryGetValue(surname, out var list) ? list.FirstOrDefault(e => e.Kind == SpeakerKind.Person && e.Contains(new[] { surname }) && !OtherGender(e, gender)) : null;

    private static Gender GenderOf(string alias) => GenderOf(alias, HonorificGender(alias));

    /// <summary><see cref="GenderOf(string)"/> where <paramref name="honorific"/> is <c>HonorificGender(alias)</c>, already read.</summary>
    private static Gender GenderOf(string alias, Gender honorific)
    {
        if (honorific != Gender.Unknown)
        {
            return honorific;
        }

        var words = alias.Split(' ');

        // No honorific: a given name tells ("Zoe Ann Olsen"), when it opens a full name after any titles.
        var first = 0;
        while (first < words.Length && (Lexicon.TitleWords.Contains(words[first]) || words[first].Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            first++;
        }

        if (words.Length - first == 1 && Lexicon.FemaleGivenNames.Contains(words[first]) && !GivenNamesThatAreSurnames.Contains(words[first]))
        {
            return Gender.Female; // "…," Diane screamed: alone, a woman's given name is still hers; "he" is someone else.
        }

        if (words.Length - first >= 2)
        {
            if (Lexicon.FemaleGivenNames.Contains(words[first]))
            {
                return Gender.Female;
            }

            if (Lexicon.MaleGivenNames.Contains(words[first]))
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }

    /// <summary>Women's given names that are also common surnames ("Babe Ruth", "Bob Grace"): alone, they tell no gender.</summary>
    /// <summary>Words of when a document was put out, which end the name of who put it out ("by the ministry on Tuesday").</summary>
    private static readonly HashSet<string> IssueTimeWords = new(StringComparer.Ordinal)
    {
        "on", "late", "early", "yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> GivenNamesThatAreSurnames = new(StringComparer.Ordinal)
    {
        "Ruth", "Rose", "June", "Joyce", "Grace", "Florence", "Marion", "Pearl", "Fay", "Faye", "Kay", "Jean", "Ann", "Hazel",
        "Olive", "Gay", "Georgia", "Virginia", "Carol", "Lane", "Ellen", "Frances", "Lee", "Beverly", "Shirley", "Sharon", "Joy",
        "Iris", "Page", "Gail", "Jan", "Lena", "Ida", "Ling", "Mei", "Hana", "Ella", "Nell", "Stella", "Vera", "Fern",
    };

    private enum Gender
    {
        Unknown,
        Male,
        Female,
    }

    private enum PhraseKind
    {
        None,
        Role,
        Body,
        Document,
    }

    /// <summary>A subject that starts with "the": what it refers to, its words after "the" and, for a document, its owner.</summary>
    private readonly struct Phrase
    {
        private Phrase(PhraseKind kind, string[] words, string? owner, bool indefinite = false)
        {
            Kind = kind;
            Words = words;
            Owner = owner;
            Indefinite = indefinite;
        }

        public PhraseKind Kind { get; }

        /// <summary>Whether the phrase opens with "a" or "an": "A visiting astronomer predicted …" is someone not named yet.</summary>
        public bool Indefinite { get; }

        public string[] Words { get; }

        public string? Owner { get; }

        public static Phrase Of(string subject)
        {
            var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2 && (words[0].Equals("a", StringComparison.OrdinalIgnoreCase) || words[0].Equals("an", StringComparison.OrdinalIgnoreCase)))
            {
                var issued = Issued(words);
                return issued.Kind == PhraseKind.None && Lexicon.RoleNouns.Contains(words[words.Length - 1])
                    ? new Phrase(PhraseKind.Role, words.Skip(1).ToArray(), null, indefinite: true)
                    : issued;
            }

            if (words.Length < 2 || !(words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || words[0].Equals("its", StringComparison.OrdinalIgnoreCase)
                || words[0].Equals("his", StringComparison.OrdinalIgnoreCase) || words[0].Equals("her", StringComparison.OrdinalIgnoreCase)
                || words[0].Equals("their", StringComparison.OrdinalIgnoreCase)))
            {
                return default; // "its president", "their lawyer" refer back as "the president" does.
            }

            // "the Secretary of State", "the Justice of the Peace": a capitalized office with its "of" is a role too.

            var rest = words.Skip(1).ToArray();
            var last = rest[rest.Length - 1];
            var of = Array.IndexOf(rest, "of");
            if (Lexicon.RoleNouns.Contains(last) || (of > 0 && of < rest.Length - 1 && Lexicon.RoleNouns.Contains(rest[of - 1])))
            {
                return new Phrase(PhraseKind.Role, rest, null);
            }

            if (Lexicon.CollectiveNouns.Contains(last))
            {
                return new Phrase(PhraseKind.Body, rest, null);
            }

            var document = Array.FindIndex(rest, w => char.IsLower(w[0]) && Lexicon.DocumentNouns.Contains(w));
            if (document >= 0 && document < rest.Length - 1 && rest[document + 1] is "of" or "on" or "for")
            {
                rest = rest.Take(document + 1).ToArray(); // "her story of Sara", "the report on housing": the document.
                last = rest[rest.Length - 1];
            }

            if (Lexicon.DocumentNouns.Contains(last))
            {
                // "the council's resolution", "the trustees' statement": the owner is the word with the possessive; "the
                // Kremlin's statement", "the White House's statement": the capitalized name with it.
                var owner = rest.Take(rest.Length - 1).Select(StripPossessive).LastOrDefault(w => Lexicon.CollectiveNouns.Contains(w))
                    ?? CapitalizedOwner(rest) ?? CapitalizedModifier(rest);
                return new Phrase(PhraseKind.Document, rest, owner);
            }

            return default;
        }

        /// <summary>
        /// "A statement issued by the ministry on Tuesday", "A statement from the White House", "A ministry statement", "A
        /// prepared statement": a document with an indefinite article, owned by whoever put it out, or by the body or name
        /// before its noun; no owner when the text gives none.
        /// </summary>
        private static Phrase Issued(string[] words)
        {
            var document = Array.FindIndex(words, 1, w => Lexicon.DocumentNouns.Contains(w));
            if (document < 0)
            {
                return default;
            }

            var by = Array.FindIndex(words, document + 1, w => w is "by" or "from");
            var owner = by > 0
                ? words.Skip(by + 1).Where(w => w != "the").TakeWhile(w => !IssueTimeWords.Contains(w))
                : words.Skip(1).Take(document - 1).Where(w => char.IsUpper(w[0]) || Lexicon.CollectiveNouns.Contains(w)).ToArray();
            if (by < 0 && owner.Any(w => char.IsUpper(w[0])) && !owner.Any(Lexicon.OrganizationWords.Contains))
            {
                owner = Array.Empty<string>(); // "A Washington dispatch" comes from Washington; "A Kremlin statement" is the Kremlin's.
            }

            var name = string.Join(" ", owner);
            return new Phrase(PhraseKind.Document, words.Skip(1).Take(document).ToArray(), name.Length == 0 ? null : name);
        }

        /// <summary>The capitalized words right before a document's noun ("the Herald Tribune story", "The Times editorial"); or null.</summary>
        private static string? CapitalizedModifier(string[] rest)
        {
            var start = rest.Length - 1;
            while (start > 0 && char.IsUpper(rest[start - 1][0]))
            {
                start--;
            }

            // Only a paper's, an agency's or a body's name: "a Washington dispatch" comes from Washington, not by it.
            var modifier = rest.Skip(start).Take(rest.Length - 1 - start).ToArray();
            return modifier.Any(Lexicon.OrganizationWords.Contains) ? string.Join(" ", modifier) : null;
        }

        /// <summary>The capitalized words that end in a possessive before a document's noun ("Kremlin's"), without it; or null.</summary>
        private static string? CapitalizedOwner(string[] rest)
        {
            var end = rest.Length < 2 ? -1 : Array.FindLastIndex(rest, rest.Length - 2, w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
            if (end < 0 || !char.IsUpper(rest[end][0]))
            {
                return null;
            }

            var start = end;
            while (start > 0 && char.IsUpper(rest[start - 1][0]))
            {
                start--;
            }

            return string.Join(" ", rest.Skip(start).Take(end - start + 1).Select(StripPossessive));
        }
    }

    /// <summary>
    /// Notes a sentence that opens with the name of a known person ("Vladimir Putin has characterized …"): a later
    /// "he" refers to that person even though the sentence reports nothing. "Xi and Putin signed …" names no one person.
    /// </summary>
    /// <param name="sentence">The sentence, what its statements say blanked out.</param>
    /// <param name="whole">The sentence as written, when statements were blanked: who wrote a document is a fact wherever the
    /// sentence tells it ("said the President had read a letter from Sen. Bartholomew Q. Yancey").</param>
    /// <param name="holdsDocumentNoun">Whether the text read for authors (<paramref name="whole"/>, else <paramref name="sentence"/>) holds a document's noun, when the caller knows; else it is scanned for one.</param>
    public void NoteSentence(string sentence, string? whole = null, bool? holdsDocumentNoun = null)
    {
        NoteAuthors(whole ?? sentence, holdsDocumentNoun);
        _documentOpened = DocumentOpening(sentence) ?? (sentence.StartsWith("It ", StringComparison.Ordinal) ? _documentOpened : null);

        // "Gross bristled. For an instant he glared speechless at Marshall.": the person "he" stands for stays the one the
        // story follows, though another is named after the pronoun.
        var pronoun = sentence.Length > 0 && sentence.Length <= MaxPronounSentence
            ? NameScanGuards.PronounSubjectCanMatch(sentence) ? _meter.Match(PronounSubject, sentence, 0, 64) : NoMatch(64)
            : Match.Empty;
        var followed = pronoun.Success ? _pinned ?? Referent(pronoun.Groups["pronoun"].Value, assign: false) : null;
        _pinned = null;
        NoteMentions(sentence);
        if (followed is not null)
        {
            NotePerson(followed);
        }

        if (sentence.StartsWith("He ", StringComparison.Ordinal) || sentence.StartsWith("She ", StringComparison.Ordinal))
        {
            return; // "He did not name the congressman, Rep. X, but …": the sentence is his, whoever it names after a comma.
        }

        // A sentence whose role phrase cannot be there (RoleOpeningCanMatch) is charged but not matched.
        if ((sentence.StartsWith("The ", StringComparison.Ordinal) || OpensWithSubordinateClause(sentence))
            && (RoleOpeningCanMatch(sentence) ? _meter.Match(RoleOpening, sentence, 0, Math.Min(sentence.Length, 200)) : NoMatch(Math.Min(sentence.Length, 200))) is { Success: true } opening
            && FitRole(opening.Groups["role"].Value) is { } holder)
        {
            NotePerson(holder); // "When Tattersfield and Voskuijl had both finished, the chairman rose": a later "he" is the chairman.
            return;
        }

        // The subject's first letter, after an optional opening quote, is a capital: other sentences are not matched.
        var first = sentence.Length > 0 && sentence[0] is '"' or '“' ? 1 : 0;
        if (first >= sentence.Length || sentence[first] is < 'A' or > 'Z')
        {
            return;
        }

        // Anchored at the start, the pattern reads at most the opening name and the word after it.
        var dash = sentence.IndexOf(" -", 0, Math.Min(sentence.Length, 72), StringComparison.Ordinal) >= 0
            || sentence.IndexOf(" \u2014", 0, Math.Min(sentence.Length, 72), StringComparison.Ordinal) >= 0
            || sentence.IndexOf(" \u2013", 0, Math.Min(sentence.Length, 72), StringComparison.Ordinal) >= 0;
        var subject = dash || NameScanGuards.OpeningNameMayBeKnown(sentence, _byWord)
            ? _meter.Match(dash ? SentenceSubjectAfterDateline : SentenceSubject, sentence, 0, Math.Min(sentence.Length, 256))
            : NoMatch(Math.Min(sentence.Length, 256)); // No word the name may hold is known: no person is found.
        if (!subject.Success)
        {
            NoteBodySubject(sentence);
            return;
        }

        var name = subject.Groups["name"].Value;
        var nameAt = subject.Groups["name"].Index;
        if (nameAt > first && sentence.IndexOf(" and ", 0, nameAt, StringComparison.Ordinal) >= 0)
        {
            return; // "Plaskett and the tenants' attorney, Seymour D. Rittenhaus, agreed …": not about Rittenhaus alone.
        }

        if (nameAt > first && sentence[nameAt - 1] is '"' or '“')
        {
            return; // "The largest canvas in the show, "Low Tide at Gammock Point", was lent …": a title, not a subject.
        }

        if ((name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))
            && OwnedNounThenCapital.IsMatch(sentence, subject.Groups["name"].Index + name.Length))
        {
            return; // "Mrs. Fennimore's sister, Miss Lavinia Drummond, …": the sentence is about the sister.
        }

        var words = StripTitles(StripPossessive(name)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var entry = FirstContaining(words, SpeakerKind.Person)
            ?? (words.Length > 3 || (words.Length == 3 && (LowerCaseRoleWords.Contains(words[0].ToLowerInvariant()) || words[0].StartsWith("Ex-", StringComparison.Ordinal)))
                ? FirstContaining(words.Skip(words.Length - 2).ToArray(), SpeakerKind.Person)
                : null); // "Boston Red Sox Outfielder Jackie Jensen", "Catcher Gus Triandos", "Ex-Oriole Clint Courtney"
        if (entry is null && words.Length >= 2 && FirstContaining(words, SpeakerKind.Organization) is { } body)
        {
            _lastBodyNamed = body;
        }

        if (entry is not null && !(entry.Weak && words.Length < 2 && !string.Equals(entry.Words[entry.Words.Length - 1], words[0], StringComparison.Ordinal)))
        {
            // A name only capitals suggest counts when the sentence gives it in full ("Arnold Palmer …") or by its last word,
            // the surname ("Kowalski has spoken but little since the fire").
            NotePerson(entry);
        }
    }

    /// <summary>A match a guard has ruled out, charged as the match would have been.</summary>
    private Match NoMatch(long units)
    {
        _meter.TrySpend(units + WorkMeter.CallUnits);
        return Match.Empty;
    }

    /// <summary>
    /// Notes every person a sentence names, so a later "he" or "she" can reach them: "One factor was the statement of
    /// Senator J. W. Fulbright. He declared …". The first mention (most often the subject) is noted last, so it is the
    /// most recent. A name a title or an honorific introduces is a person even in one word ("Princess Moune").
    /// </summary>
    private void NoteMentions(string sentence)
    {
        if (!_meter.TrySpend(sentence.Length))
        {
            return;
        }

        var mentions = new List<Entry>();
        var subject = -1; // "Mrs. Fennimore's sister, Miss Lavinia Drummond, …" is about Drummond, named in apposition to the owner's noun.
        var ownerEnd = -1;
        var runStart = 0;
        var run = new List<string>();

        // A run's first word is kept as its length only, until a second word follows or the run may name someone: most runs
        // are one word ("The", "He", "Monday") that no name holds, and cost no string.
        var pending = 0;
        var quoted = false; // Names inside a quote are the speaker's words, not the text's mentions.

        // "When Inskip asked him …, the defense attorney, Kenaz B. Pennycuick, was on his feet": after an opening
        // subordinate clause, the subject is the first person named after its comma.
        var clauseEnd = OpensWithSubordinateClause(sentence) ? sentence.IndexOf(',') : -1;
        var inClause = false; // A person is named inside that clause.
        for (var i = 0; i <= sentence.Length; i++)
        {
            if (run.Count == 0 && pending == 0 && (i = TextScan.NextWordThatMayMatter(sentence, i, quote: true)) == sentence.Length)
            {
                break; // No capitalized word nor quote mark is left: no more mentions.
            }

            if (i < sentence.Length && sentence[i] is '"' or '“' or '”')
            {
                quoted = sentence[i] == '"' ? !quoted : sentence[i] == '“';
            }

            var wordStart = i;
            while (i < sentence.Length && (char.IsLetter(sentence[i]) || sentence[i] is '\'' or '’' or '-' || (sentence[i] == '.' && i - wordStart == 1)))
            {
                i++;
            }

            var capitalized = i > wordStart && char.IsUpper(sentence[wordStart]) && !quoted;
            var possessive = capitalized && EndsWithPossessiveS(sentence, wordStart, i);
            if (capitalized)
            {
                if (run.Count == 0 && pending == 0)
                {
                    runStart = wordStart;
                    pending = i - wordStart;
                }
                else
                {
                    if (pending > 0)
                    {
                        run.Add(sentence.Substring(runStart, pending));
                        pending = 0;
                    }

                    run.Add(sentence.Substring(wordStart, i - wordStart));
                }
            }

            if (!capitalized || i >= sentence.Length || sentence[i] != ' ' || possessive)
            {
                _weakMention = null;

                // A lone word no name holds is no mention (Mentioned returns null at once): it is not cut out.
                if (pending > 0 && MayBeWordKey(sentence, runStart, PossessiveStrippedLength(sentence, runStart, pending)))
                {
                    run.Add(sentence.Substring(runStart, pending));
                }

                pending = 0;
                var mentioned = run.Count > 0 ? Mentioned(run, HonorificBefore(sentence, runStart)) : null;
                if (mentioned is null && _weakMention is not null && !quoted && i + 1 < sentence.Length && sentence[i] == ' ' && VerbAt(sentence, i + 1))
                {
                    _lastUnconfirmed = _weakMention; // "… Water Street, Zebedee Ambrister puts his trumpet to his mouth": a subject.
                }

                if (mentioned is { } entry && !mentions.Contains(entry))
                {
                    if (subject < 0 && mentions.Count == 1 && !possessive && ownerEnd > 0 && IsAppositionAfterOwner(sentence, ownerEnd, runStart))
                    {
                        subject = mentions.Count;
                    }

                    ownerEnd = mentions.Count == 0 && possessive ? i : -1;
                    if (runStart < clauseEnd)
                    {
                        inClause = true;
                    }
                    else if (subject < 0 && inClause)
                    {
                        subject = mentions.Count;
                    }

                    mentions.Add(entry);
                }

                run.Clear();
            }
        }

        // The first mention, most often the subject, is noted last, so it is the most recent; an owner before it is not.
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            if (m != subject)
            {
                NotePerson(mentions[m]);
            }
        }

        if (subject >= 0)
        {
            NotePerson(mentions[subject]);
        }
    }

    /// <summary>The words that open a subordinate clause at a sentence's start ("When Inskip asked him …, …"); declared before the pattern built from them.</summary>
    private static readonly string[] Subordinators = { "When ", "After ", "As ", "Before ", "While ", "Although ", "Though ", "If ", "Since ", "Because ", "Until ", "Once " };

    /// <summary>A sentence whose subject is a role phrase and a verb, after an optional opening clause: "The chairman rose …".</summary>
    private static readonly Regex RoleOpening = new(
        @"^(?:(?:" + string.Join("|", Subordinators.Select(w => w.TrimEnd())) + @")\b[^,]{1,120},\s+)?(?<role>[Tt]he\s+(?:[a-z]+\s+){0,2}(?:"
        + Lexicon.RoleNounAlternation + @"))\s+(?!of\b|and\b|or\b|who\b|whom\b|that\b)[a-z]{2,}",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, StatementPatterns.Timeout);

    /// <summary>The role nouns, one of which every match of <see cref="RoleOpening"/> holds.</summary>
    private static readonly WordSet RoleNounWords = new(Lexicon.RoleNouns);

    /// <summary>
    /// Whether <see cref="RoleOpening"/> can match <paramref name="sentence"/>: its role phrase starts at the sentence's start
    /// or after the white space that follows its first comma (the opening clause reads no comma before its own), and is
    /// "The" or "the", white space, up to two lower-case words each followed by white space, then a role noun followed by
    /// white space, so a word of its own (every role noun is lower-case letters).
    /// </summary>
    private static bool RoleOpeningCanMatch(string sentence)
    {
        if (RoleAfterThe(sentence, 0))
        {
            return true;
        }

        var comma = sentence.IndexOf(',');
        return comma >= 0 && RoleAfterThe(sentence, SkipWhiteSpace(sentence, comma + 1));
    }

    /// <summary>"The" or "the" at <paramref name="at"/>, white space, then a role noun as one of the next three words, the words before it lower case.</summary>
    private static bool RoleAfterThe(string text, int at)
    {
        if (at + 3 >= text.Length || text[at] is not ('T' or 't') || text[at + 1] != 'h' || text[at + 2] != 'e' || !char.IsWhiteSpace(text[at + 3]))
        {
            return false;
        }

        var word = SkipWhiteSpace(text, at + 3);
        for (var k = 0; k < 3 && word < text.Length; k++)
        {
            if (RoleNounWords.IsWordAt(text, word, text.Length))
            {
                return true;
            }

            var end = word;
            while (end < text.Length && text[end] is >= 'a' and <= 'z')
            {
                end++;
            }

            if (end == word || end == text.Length || !char.IsWhiteSpace(text[end]))
            {
                return false;
            }

            word = SkipWhiteSpace(text, end);
        }

        return false;
    }

    private static int SkipWhiteSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Whether <paramref name="sentence"/> opens with a subordinate clause ("When Inskip asked him …, …").</summary>
    private static bool OpensWithSubordinateClause(string sentence)
    {
        foreach (var word in Subordinators)
        {
            if (sentence.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>" sister, Miss " between an owner's name and a name: one to three lower-case words and a comma (and a title).</summary>
    private static bool IsAppositionAfterOwner(string sentence, int ownerEnd, int nameStart)
    {
        var between = sentence.Substring(ownerEnd, Math.Max(0, nameStart - ownerEnd));
        return OwnedNounThenComma.IsMatch(between);
    }

    private static readonly Regex OwnedNounThenCapital = new(
        @"\G\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?:the\s+)?[A-Z]", RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    private static readonly Regex OwnedNounThenComma = new(
        @"^\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?:the\s+)?$", RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>The person a run of capitalized words names, if any: a known name, or a new one after a title.</summary>
    private Entry? Mentioned(List<string> run, Gender honorific = Gender.Unknown)
    {
        if (run.Count == 1 && (Lexicon.NameStoppers.Contains(run[0]) || Lexicon.TitleWords.Contains(run[0]) || !_byWord.ContainsKey(StripPossessive(run[0]))))
        {
            return null; // "The", "He", "Monday", or a word no name holds: nothing to look up.
        }

        var from = 0;
        var titled = false;
        while (from < run.Count && (Lexicon.NameStoppers.Contains(run[from]) || Lexicon.TitleWords.Contains(run[from])))
        {
            titled |= Lexicon.TitleWords.Contains(run[from]);
            from++;
        }

        // "Fulton Superior Court Judge Durwood Pye", "House Speaker Sam Rayburn": the name is after the run's last title,
        // whatever capitalized words (a court, a chamber) name the office before it.
        for (var t = run.Count - 2; t > from; t--)
        {
            if (Lexicon.TitleWords.Contains(run[t]))
            {
                from = t + 1;
                titled = true;
                break;
            }
        }

        if (from == run.Count)
        {
            return null;
        }

        var array = new string[run.Count - from];
        for (var i = 0; i < array.Length; i++)
        {
            var word = StripPossessive(run[from + i]);
            if (Lexicon.OrganizationWords.Contains(word) || Lexicon.NameStoppers.Contains(word) || Lexicon.Months.ContainsKey(word.TrimEnd('.')))
            {
                return null;
            }

            array[i] = word;
        }

        var entry = FirstContaining(array, SpeakerKind.Person)
            ?? (array.Length > 3 ? FirstContaining(array.Skip(array.Length - 2).ToArray(), SpeakerKind.Person) : null);
        if (entry is not null && array.Length == 1 && honorific == Gender.Unknown)
        {
            entry = TheManOfSurname(entry, array[0]);
        }

        if (entry is not null && array.Length == 1 && honorific != Gender.Unknown && OtherGender(entry, honorific))
        {
            // "Mrs. Kemp" after "the Rev. Dr. Harold Kemp" is his wife, as Learn has it.
            entry = SameSurnameOfGender(array[0], honorific) ?? Learn(array[0], (honorific == Gender.Female ? "Mrs. " : "Mr. ") + array[0], SpeakerKind.Person);
        }

        if (entry is not null && array.Length == 1 && entry.Words.Length > 1 && !string.Equals(entry.Words[entry.Words.Length - 1], array[0], StringComparison.Ordinal)
            && !entry.Aliases.Contains(array[0]))
        {
            // One word names a person by the surname ("Xi" is one when the text used it so): "Reno" is the city, not Reno Bertoia.
            entry = null;
        }

        if (entry is not null)
        {
            // A name only capitals suggest is a person's when it starts with a given name or an initial, not "Rhode Island".
            // A surname alone counts once the full name was met as a mention ("Elif Varga, 38, …", then "Varga spoke …").
            var counts = !entry.Weak || ((array.Length >= 2 || entry.MentionedInFull) && LooksLikePerson(entry));
            entry.MentionedInFull |= counts && array.Length >= 2;
            _weakMention = !counts && array.Length >= 2 && array.Length <= 3 ? entry : null;

            return counts ? entry : null;
        }

        // "Princess Moune", "Mr. Reama": a title makes a person of a name the text gave nowhere else.
        return titled && array.Length <= 3 && !array.Any(IsCommonNounShaped) && !array[array.Length - 1].EndsWith(".", StringComparison.Ordinal)
            ? Learn(string.Join(" ", array), string.Join(" ", run), SpeakerKind.Person)
            : null;
    }

    /// <summary>
    /// Whether a name only capitals suggest is a person's: it starts with a given name or an initial, holds a middle
    /// initial, or an honorific gave its bearer a gender. "Rhode Island", "Puddingstone Inn" or "Culture Fourth" are not.
    /// </summary>
    private static bool LooksLikePerson(Entry entry)
    {
        var first = entry.Words[0];
        return Lexicon.FemaleGivenNames.Contains(first) || Lexicon.MaleGivenNames.Contains(first)
            || (first.Length == 2 && first[1] == '.') || entry.Aliases.Any(a => GenderOf(a) != Gender.Unknown)
            || entry.Words.Take(entry.Words.Length - 1).Skip(1).Any(IsInitial); // "Harrison E. Salisbury": a middle initial.
    }

    /// <summary>How many recent persons "she" may reach back over to a woman the text marks.</summary>
    private const int FemaleReach = 3;

    /// <summary>How many recent persons a pronoun may reach back over.</summary>
    private const int RecentPersons = 8;

    /// <summary>Who the text said wrote or sent each document ("telegram" → Gov. Pemberton A. Sollars).</summary>
    private readonly Dictionary<string, Entry> _authors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The author the text gave a document of <paramref name="words"/>' noun ("the telegram", "the identically worded letters").</summary>
    private Entry? AuthorOf(string[] words)
    {
        foreach (var word in words)
        {
            if (_authors.TryGetValue(word.TrimEnd('s'), out var author) || _authors.TryGetValue(word, out author))
            {
                return author;
            }
        }

        return null;
    }

    /// <summary>
    /// "Gov. Pemberton A. Sollars sent a telegram to the mayor", "a letter from Sen. Bartholomew Q. Yancey": the person or
    /// body who wrote a document, so that "the telegram said" is theirs.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="holdsDocumentNoun">Whether it holds a word of <see cref="DocumentWords"/>, when the caller knows (else it is scanned for one).</param>
    private void NoteAuthors(string sentence, bool? holdsDocumentNoun)
    {
        if (!(holdsDocumentNoun ?? DocumentWords.AnyIn(sentence)))
        {
            return;
        }

        var first = NameScanGuards.DocumentAuthorCanMatch(sentence) && NameScanGuards.DocumentAuthorMayMatch(sentence) ? _meter.Match(DocumentAuthor, sentence, 0, sentence.Length) : NoMatch(sentence.Length);
        for (var m = first; m.Success; m = m.NextMatch())
        {
            var words = StripTitles(StripPossessive(m.Groups["name"].Value)).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var of = Array.IndexOf(words, "of"); // "Rep. Mac Barber of Commerce": the person before his town.
            if (words.Length > 0 && (FirstContaining(words, SpeakerKind.Person) ?? FirstContaining(words, SpeakerKind.Organization) ?? BodyEndingIn(words)
                ?? (of >= 2 ? FirstContaining(words.Take(of).ToArray(), SpeakerKind.Person) : null)) is { } author)
            {
                _authors[m.Groups["doc"].Value.TrimEnd('s')] = author;
            }
        }

        // "His attorney, Pettus Gallimore, read a statement on his behalf": the client's, whom "his" stands for before the
        // sentence's own names are noted.
        if (sentence.IndexOf(" behalf", StringComparison.Ordinal) >= 0
            && _meter.Match(DocumentOnBehalf, sentence, 0, sentence.Length) is { Success: true } behalf
            && (behalf.Groups["pronoun"].Value.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he" : "she") is var pronoun
            && (Referent(pronoun, assign: false) ?? Unconfirmed(pronoun)) is { } client)
        {
            _authors[behalf.Groups["doc"].Value.TrimEnd('s')] = client;
        }
    }

    /// <summary>A document read or issued "on his behalf" or "on her behalf".</summary>
    private static readonly Regex DocumentOnBehalf = new(
        @"\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?<doc>" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\s+on\s+(?<pronoun>his|her)\s+behalf\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, StatementPatterns.Timeout);

    internal static readonly WordSet DocumentWords = new(Lexicon.DocumentNouns);

    /// <summary>The document noun the last sentence noted opened with ("The resolution, which …"), for a next "It says"; else null.</summary>
    private string? _documentOpened;

    /// <summary>The document noun <paramref name="sentence"/> opens with, after "The" and at most one more word ("The resolution,", "The new report"); else null.</summary>
    private static string? DocumentOpening(string sentence)
    {
        if (!sentence.StartsWith("The ", StringComparison.Ordinal))
        {
            return null;
        }

        var at = 4;
        for (var words = 0; words < 2 && at < sentence.Length; words++)
        {
            var end = at;
            while (end < sentence.Length && char.IsLower(sentence[end]))
            {
                end++;
            }

            if (end == at)
            {
                return null;
            }

            var word = sentence.Substring(at, end - at);
            if (Lexicon.DocumentNouns.Contains(word))
            {
                return word;
            }

            at = end + 1;
        }

        return null;
    }

    /// <summary>
    /// The body a run of words ends by naming, when the run holds more than its name: "The Governor's Commission on Mental
    /// Health" is the body "Commission on Mental Health". The longest tail of at least two words that a body's names hold.
    /// </summary>
    private Entry? BodyEndingIn(string[] words)
    {
        for (var from = 1; from <= words.Length - 2; from++)
        {
            if (char.IsUpper(words[from][0]) && FirstContaining(words.Skip(from).ToArray(), SpeakerKind.Organization) is { } body)
            {
                return body;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) holds a document's noun, so it may tell who wrote one.</summary>
    public static bool MayNameAuthor(string text, int start, int end) => DocumentWords.AnyIn(text, start, end);

    private static readonly Regex DocumentAuthor = new(
        @"(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+(?:(?:of|on|for|and)\s+)?){0,5}[A-Z][\p{L}\p{Mn}'’-]+)(?:\s*,[^,.;:""“”]{2,80},)?\s+(?:has\s+|had\s+)?(?:sent|wrote|issued|delivered|released|mailed|signed|dispatched|filed|drafted|cabled|wired|made\s+public|made(?=\s+(?:its|their)\s)|submitted|presented|published|completed)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?<doc>" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\b"
        + @"|\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?<doc>" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\s+from\s+(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){0,5}[A-Z][\p{L}\p{Mn}'’-]+)"
        + @"|\bin\s+(?<doc>" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\s+(?!read\b)(?:[a-z0-9-]+\s+){0,8}?by\s+(?:the\s+)?(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+(?:(?:of|on|for|and)\s+)?){0,5}[A-Z][\p{L}\p{Mn}'’-]+)"
        + @"|(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+(?:of\s+)?){0,5}[A-Z][\p{L}\p{Mn}'’-]+)(?:\s*,[^,.;:""“”]{2,80},)?\s+(?:has\s+|had\s+)?[a-z]+(?:\s+(?:the\s+)?[A-Za-z]+){0,3}\s+in\s+(?:his|her|a|an)\s+(?:[a-z-]+\s+){0,2}(?<doc>" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, StatementPatterns.Timeout);

    /// <summary>"The Kalvarian Foreign Ministry delivered a note …": a body the text knows opens the sentence.</summary>
    private void NoteBodySubject(string sentence)
    {
        var body = NameScanGuards.BodySubjectCanMatch(sentence) ? _meter.Match(BodySubject, sentence, 0, Math.Min(sentence.Length, 256)) : NoMatch(Math.Min(sentence.Length, 256));
        if (body.Success && FirstContaining(body.Groups["name"].Value.Split(' '), SpeakerKind.Organization) is { } entry)
        {
            _lastBodyNamed = entry;
        }
    }

    // The opening clause is led by a lookahead for the comma or dash that ends it: the first comma or dash within 82
    // characters with no stop before it. Every match of the clause has one there, so only failing tries are cut; the lazy
    // loop tried the comma and the dashes after each of up to 80 characters of every sentence that opens with "The".
    private static readonly Regex BodySubject = new(
        @"^(?:(?=[A-Z][^,;:""“”\-—]{0,81}[,\-—])[A-Z][^,;:""“”]{0,80}?(?:,|\s--|\s—)\s+)?The\s+(?:(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){0,6}[A-Z][\p{L}\p{Mn}'’-]+)\s+[a-z]"
        + @"|[a-z]+(?:\s+[a-z]+)?,\s+(?<name>(?:[A-Z][\p{L}\p{Mn}'’.-]*\s+){0,6}[A-Z][\p{L}\p{Mn}'’.-]+),)", // "The company, Acme Corp., lost …"
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>
    /// "He glared …", "For an instant he glared …", "Then she left …", "He did not name the congressman, Rep. X, …", "In
    /// 1929, when he was 22 and playing with X's orchestra, he told …": a sentence whose subject is "he" or "she" (a past
    /// tense, an auxiliary, or a verb in -s), also in an opening clause.
    /// </summary>
    private static readonly Regex PronounSubject = new(
        @"^(?:(?:[A-Z][a-z]*(?:\s+(?:[a-z]+|\d{1,4})){0,4}|Then|Later|Still|Again|Finally|Now)\s*,?\s+)?(?:(?:when|while|after|before|since|though|although|as|if)\s+)?(?<pronoun>[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|" + string.Join("|", Lexicon.PastAndAuxiliaryForms) + @")\b",
        RegexOptions.CultureInvariant, StatementPatterns.Timeout);

    /// <summary>
    /// Who the opening "He" or "She" of a sentence stands for, taken before the statements inside the sentence are
    /// resolved (<see cref="PinOpeningPronoun"/>), so that "He was introduced by the state chairman, Norvel P. Trelawney,
    /// who called him "…"" stays the governor's sentence though the chairman spoke in it last; used by the next
    /// <see cref="NoteSentence"/>.
    /// </summary>
    private Entry? _pinned;

    /// <summary>
    /// Takes whom <paramref name="pronoun"/> ("He", "She"), opening a sentence that holds statements, stands for now,
    /// before those statements are resolved; the sentence, noted after them, keeps that person as the one it follows.
    /// </summary>
    public void PinOpeningPronoun(string pronoun) => _pinned = Referent(pronoun, assign: false);

    /// <summary>Sentences longer than this are not read for a pronoun subject: the pattern looks at their start only.</summary>
    private const int MaxPronounSentence = 4000;

    private void NotePerson(Entry entry)
    {
        entry.Mentions++;
        _recentPersons.Remove(entry);
        _recentPersons.Insert(0, entry);
        if (_recentPersons.Count > RecentPersons)
        {
            _recentPersons.RemoveAt(_recentPersons.Count - 1);
        }
    }

    /// <summary>
    /// "he" or "she": the most recent person whose gender does not contradict the pronoun (the text tells it by an
    /// honorific, "Mrs." or "Mr.", or by an earlier pronoun); that person's gender is then known, unless
    /// <paramref name="assign"/> is false: a sentence only noted ("He was …") tells whom it is about, and a guess made
    /// there must not decide whom a later "she" can reach.
    /// </summary>
    private Entry? Referent(string pronoun, bool assign = true)
    {
        var gender = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        if (gender == Gender.Female)
        {
            // A woman the text marks (an honorific, a given name) among the last few persons is "she" before a person
            // of no known gender who was named after her ("… to Reno, where his wife, Zoe Ann Olsen, waited").
            foreach (var person in _recentPersons.Take(FemaleReach))
            {
                // "Dr. Cordelia Fawthrop, president of the college, told …" then "She said": a given name that ends as
                // women's names do marks her as well as an honorific would.
                if (person.Gender == Gender.Female || (person.Gender == Gender.Unknown && person.Words.Length >= 2 && !IsInitial(person.Words[0])
                    && !Lexicon.MaleGivenNames.Contains(person.Words[0]) && EndsAsWomensNamesDo(person.Words[0])))
                {
                    return person;
                }
            }
        }

        foreach (var person in _recentPersons)
        {
            if (person.Gender == gender || person.Gender == Gender.Unknown)
            {
                if (assign)
                {
                    person.Gender = gender;
                }

                return person;
            }
        }

        return null;
    }

    /// <summary>Whether the lower-case word at <paramref name="at"/> reads as a verb: a form in -s or -ed, or a common past or auxiliary.</summary>
    private static bool VerbAt(string text, int at)
    {
        if (at >= text.Length || !char.IsLower(text[at]))
        {
            return false;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var length = end - at;
        return length > 2 && ((text[end - 1] == 's' && text[end - 2] != 's') || (text[end - 1] == 'd' && text[end - 2] == 'e')
            || VerbForms.Contains(text.Substring(at, length)));
    }

    private static readonly HashSet<string> VerbForms = new(Lexicon.PastAndAuxiliaryForms.Append("said"), StringComparer.Ordinal);

    /// <summary>
    /// The last full name only capitals suggested, for a pronoun no confirmed person fits, when its given name does not
    /// say the other sex; it is confirmed then.
    /// </summary>
    private Entry? Unconfirmed(string pronoun)
    {
        var gender = pronoun.Equals("she", StringComparison.OrdinalIgnoreCase) ? Gender.Female : Gender.Male;
        if (_lastUnconfirmed is not { } entry || OtherGender(entry, gender) || GenderOf(entry.Name) is var given && given != Gender.Unknown && given != gender)
        {
            return null;
        }

        entry.Weak = false;
        entry.Gender = gender;
        _lastUnconfirmed = null;
        return entry;
    }

    /// <summary>The person named or heard last, as the speaker of an unattributed quote after a paragraph about them.</summary>
    public Speaker? LastPersonSpoke() => Spoke(_lastPerson);

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

    /// <summary>Learns a name; <paramref name="weak"/> when only a run of capitalized words suggests it is one.</summary>
    private Entry Learn(string core, string surface, SpeakerKind kind, bool weak = false)
    {
        if (_realNames.Count > 0 && _realNames.TryGetValue(core, out var star))
        {
            AddAlias(star, surface.Trim());
            return star; // "Spiro Kalamidakis" is Bingo Thimble.
        }

        core = Lexicon.CanonicalOutlet(core);
        var words = core.Split(' ');

        // The earliest entry that holds every word of the name ("Xi" in "Xi Jinping"), else the earliest whose words
        // are all in the name ("Xi Jinping" after "Xi"), as a scan of the entries in order would find.
        // A person is never merged into a body or a body into a person: "Jones" is not the "Jones Committee".
        var entry = FirstContaining(words, kind) ?? FirstPartOf(words, kind);

        // What the surface's honorific says, read once: every person learned needs it (below, or for a new entry).
        var honorific = kind == SpeakerKind.Person ? HonorificGender(surface) : Gender.Unknown;
        if (entry is not null && words.Length == 1 && kind == SpeakerKind.Person && GenderOf(surface, honorific) is var gender && OtherGender(entry, gender))
        {
            // "Mrs. Vance" after "Sen. Harold Vance" is his wife, not him: a surname with an honorific of the other sex.
            entry = SameSurnameOfGender(words[0], gender);
        }

        if (entry is not null && words.Length == 1 && kind == SpeakerKind.Person && (surface.StartsWith("Mrs.", StringComparison.Ordinal) || surface.StartsWith("Mrs ", StringComparison.Ordinal))
            && entry.Gender != Gender.Female && entry.Words.Length >= 2 && !IsInitial(entry.Words[0]) && !entry.Name.StartsWith("Mrs", StringComparison.Ordinal)
            && !Lexicon.FemaleGivenNames.Contains(entry.Words[0]) && !EndsAsWomensNamesDo(entry.Words[0]))
        {
            // "Mrs. Tarkanyi" after "Zsigmond Tarkanyi … with his wife": a given name no list marks as a woman's is more
            // often a man's than a woman's, and she is his wife; the woman of that surname if the text named one.
            entry = _byWord.TryGetValue(words[0], out var namesakes)
                ? namesakes.FirstOrDefault(e => e.Kind == SpeakerKind.Person && e.Contains(words) && (e.Gender == Gender.Female || GenderOf(e.Name) == Gender.Female))
                : null;
        }

        if (entry is not null && words.Length == 1 && kind == SpeakerKind.Person && honorific == Gender.Unknown)
        {
            entry = TheManOfSurname(entry, words[0]);
            var title = surface.Trim().Split(' ')[0];
            if (title != words[0])
            {
                entry = NamesakeWithTitle(entry, words[0], title);
            }
        }

        if (entry is not null && words.Length > 1 && kind == SpeakerKind.Person
            && (OtherGender(entry, honorific) || OtherStyle(entry, surface) is not null
                || (words[0].StartsWith("Mrs", StringComparison.Ordinal) && entry.Words.Length >= 2 && !entry.Name.StartsWith("Mrs", StringComparison.Ordinal))
                || (!words[0].StartsWith("Mrs", StringComparison.Ordinal) && !IsInitial(words[0]) && entry.Name.StartsWith("Mrs", StringComparison.Ordinal)
                    && entry.Words.Length == words.Length + 1 && honorific != Gender.Female)))
        {
            // "Tarquin L. Ockenden" after "Mrs. Tarquin L. Ockenden": the man whose name she goes by.
            // "Mrs. Duffield Ashworth" after "the pilot, Capt. Duffield Ashworth": a woman named by her husband's name is his
            // wife, not him.
            // "Mrs. Sewell T. Hatchard" after "Dr. and Mrs. Sewell T. Hatchard" taught the doctor: she is his wife; "Mr. Garnet
            // W. Mainwaring" after the headline's "Miss Mainwaring" is her father.
            entry = null;
        }

        if (entry is not null && words.Length == 1 && kind == SpeakerKind.Person && OtherStyle(entry, surface) is { } style)
        {
            // "Mrs. Pendarves" after "Miss Jessamy J. Pendarves, daughter of Mr. and Mrs. Gawain L. Pendarves" is the mother.
            entry = SameSurnameOfStyle(words[0], style);
        }

        if (weak && entry is not null && entry.Words.Length < words.Length && !GivenNameBefore(words, entry) && !MiddleInitialsAdded(words, entry)
            && !(kind == SpeakerKind.Person && words.Length == 3 && IsInitial(words[1]) && !IsInitial(words[0])))
        {
            // Capitals alone do not make "Xi" into "Xi China": only a confirmed fuller name renames. A middle initial
            // confirms one: "Alphonse Q. Merriwether" after the headline's "Judge Merriwether".
            return entry;
        }

        if (entry is null)
        {
            // "Mrs. Kemp": an honorific tells "she" from "he" at once.
            entry = new Entry(core, kind) { Order = _entries.Count, Weak = weak, Gender = honorific };
            _entries.Add(entry);
            Index(entry);
        }
        else
        {
            entry.Weak &= weak; // A title, a statement or a body's name confirms it.
            if (words.Length > entry.Words.Length && !_built.ContainsKey(entry) && !(kind == SpeakerKind.Person && EndsWithName(words, entry)))
            {
                Unindex(entry);
                entry.Rename(core); // A fuller form of a known name: "Xi" then "Xi Jinping".
                Index(entry);
            }
        }

        AddAlias(entry, surface.Trim());
        AddAlias(entry, core);
        return entry;
    }

    /// <summary>The earliest entry of <paramref name="kind"/> that holds every one of <paramref name="words"/>.</summary>
    private Entry? FirstContaining(string[] words, SpeakerKind kind)
    {
        // Every such entry is under each of the words: read the shortest of their lists.
        var shortest = Shortest(_byWord, words, NoEntries);
        if (shortest is null)
        {
            return null;
        }

        // A name the text confirms (by a title, a statement) wins over one only suggested by capitals ("Xi China").
        Entry? weak = null;
        foreach (var entry in shortest)
        {
            if (!_meter.TrySpend(1 + words.Length))
            {
                return null;
            }

            if (entry.Kind == kind && entry.Contains(words))
            {
                if (!entry.Weak)
                {
                    return entry;
                }

                weak ??= entry;
            }
        }

        return weak;
    }

    private static readonly List<Entry> NoEntries = new();

    /// <summary>"Elias W. Brunner" after "Judge Elias Brunner": middle initials between a known given name and surname make the full name.</summary>
    private static bool MiddleInitialsAdded(string[] words, Entry entry)
    {
        var known = entry.Words;
        if (known.Length != 2 || words.Length < 3 || !string.Equals(words[0], known[0], StringComparison.Ordinal)
            || !string.Equals(words[words.Length - 1], known[1], StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 1; i < words.Length - 1; i++)
        {
            if (!IsInitial(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Tommy Vance" after "Rookie Vance": a given name before a known surname makes the full name.</summary>
    private static bool GivenNameBefore(string[] words, Entry entry) =>
        entry.Words.Length == 1 && words.Length == 2 && string.Equals(words[1], entry.Words[0], StringComparison.Ordinal)
        && (Lexicon.FemaleGivenNames.Contains(words[0]) || Lexicon.MaleGivenNames.Contains(words[0]));

    /// <summary>
    /// "Boston Red Sox Outfielder Jackie Jensen" after "Jackie Jensen": a full name with more capitalized words before
    /// it is that name with a role phrase, not a fuller name.
    /// </summary>
    private static bool EndsWithName(string[] words, Entry entry)
    {
        var known = entry.Words;
        if (known.Length < 2 || known.Length >= words.Length)
        {
            return false;
        }

        for (var i = 1; i <= known.Length; i++)
        {
            if (!string.Equals(words[words.Length - i], known[known.Length - i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The shortest of the lists under <paramref name="keys"/> (an entry under all of them is in it), null when a key
    /// has no list, or <paramref name="whenNoKeys"/> when there are no keys.
    /// </summary>
    private static List<Entry>? Shortest(Dictionary<string, List<Entry>> index, IEnumerable<string> keys, List<Entry> whenNoKeys)
    {
        List<Entry>? shortest = null;
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var list))
            {
                return null;
            }

            if (shortest is null || list.Count < shortest.Count)
            {
                shortest = list;
            }
        }

        return shortest ?? whenNoKeys;
    }

    /// <summary>The earliest entry whose words are all among <paramref name="words"/>: looked up by each subset of the words.</summary>
    private Entry? FirstPartOf(string[] words, SpeakerKind kind)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length > MaxWordsPerName)
        {
            return null; // Longer than any name a subject holds: no entry is part of it.
        }

        // Every such entry is under one of the words. When those lists are shorter than the subsets of the words,
        // reading them is cheaper than looking up each subset (and it allocates nothing).
        var listed = 0;
        foreach (var word in distinct)
        {
            listed += _byWord.TryGetValue(word, out var list) ? list.Count : 0;
        }

        if (listed < 1 << distinct.Length)
        {
            if (!_meter.TrySpend(1 + listed))
            {
                return null;
            }

            Entry? earliest = null;
            foreach (var word in distinct)
            {
                if (!_byWord.TryGetValue(word, out var list))
                {
                    continue;
                }

                foreach (var entry in list)
                {
                    if (entry.Kind == kind && (earliest is null || entry.Order < earliest.Order) && entry.IsPartOf(distinct))
                    {
                        earliest = entry;
                    }
                }
            }

            return earliest;
        }

        if (!_meter.TrySpend(1 << distinct.Length))
        {
            return null;
        }

        Entry? first = null;
        var members = new List<string>(distinct.Length);
        for (var subset = 1; subset < 1 << distinct.Length; subset++)
        {
            members.Clear();
            for (var i = 0; i < distinct.Length; i++)
            {
                if ((subset & (1 << i)) != 0)
                {
                    members.Add(distinct[i]);
                }
            }

            var key = WordSetKey(members);
            if (_byWordSet.TryGetValue(key, out var list))
            {
                foreach (var entry in list)
                {
                    if (entry.Kind == kind)
                    {
                        first = first is null || entry.Order < first.Order ? entry : first;
                        break;
                    }
                }
            }
        }

        return first;
    }

    /// <summary>Names of more words than this are not looked up as a whole in shorter ones (a subject has at most seven).</summary>
    private const int MaxWordsPerName = 10;

    /// <summary>The key of a set of words: the distinct words, sorted, joined by spaces.</summary>
    private static string WordSetKey(IEnumerable<string> words)
    {
        var sorted = new List<string>(words);
        if (sorted.Count == 1)
        {
            return sorted[0];
        }

        sorted.Sort(StringComparer.Ordinal);
        var key = new System.Text.StringBuilder();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || !string.Equals(sorted[i], sorted[i - 1], StringComparison.Ordinal))
            {
                key.Append(i == 0 ? string.Empty : " ").Append(sorted[i]);
            }
        }

        return key.ToString();
    }

    private void Index(Entry entry)
    {
        foreach (var word in entry.Words)
        {
            IndexWord(word, entry);
        }

        if (entry.Nickname is { } nickname && Array.IndexOf(entry.Words, nickname) < 0)
        {
            IndexWord(nickname, entry);
        }

        InsertInOrder(_byWordSet, WordSetKey(entry.Words), entry);
    }

    private void Unindex(Entry entry)
    {
        foreach (var word in entry.Words)
        {
            _byWord[word].Remove(entry);
        }

        if (entry.Nickname is { } nickname && Array.IndexOf(entry.Words, nickname) < 0)
        {
            _byWord[nickname].Remove(entry);
        }

        var key = WordSetKey(entry.Words);
        _byWordSet[key].Remove(entry);
        if (_byWordSet[key].Count == 0)
        {
            _byWordSet.Remove(key);
        }
    }

    private void AddAlias(Entry entry, string alias)
    {
        if (!entry.Aliases.Add(alias))
        {
            return;
        }

        if (entry.Gender == Gender.Unknown && entry.Kind == SpeakerKind.Person)
        {
            entry.Gender = GenderOf(alias);
        }

        foreach (var token in WordTokens(alias))
        {
            InsertInOrder(_byAliasToken, token, entry);
        }
    }

    /// <summary>Adds <paramref name="entry"/> under <paramref name="word"/> in <see cref="_byWord"/>, and the word to <see cref="_wordKeys"/>.</summary>
    private void IndexWord(string word, Entry entry)
    {
        var bit = WordKeyBit(word, 0, word.Length);
        _wordKeys[bit >> 6] |= 1UL << (bit & 63);
        InsertInOrder(_byWord, word, entry);
    }

    /// <summary>
    /// A filter of the keys of <see cref="_byWord"/>: the bit <see cref="WordKeyBit"/> of every key is set. Keys are never
    /// taken out of <see cref="_byWord"/> (an entry renamed leaves an empty list), so a word whose bit is clear is no key.
    /// </summary>
    private readonly ulong[] _wordKeys = new ulong[64];

    /// <summary>
    /// The bit of <see cref="_wordKeys"/> for <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>): a
    /// hash of its length, its first character and its second (equal words have the same bit).
    /// </summary>
    private static int WordKeyBit(string text, int start, int length)
    {
        var key = length == 0 ? 0u : ((uint)text[start] << 16) ^ (length > 1 ? (uint)text[start + 1] << 6 : 0u) ^ (uint)length;
        return (int)((key * 2654435761u) >> 20); // 12 bits
    }

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>) may be a key of <see cref="_byWord"/>: false only when it is none.</summary>
    private bool MayBeWordKey(string text, int start, int length)
    {
        var bit = WordKeyBit(text, start, length);
        return (_wordKeys[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>Whether the word <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) ends in "'s" or "’s" (<c>word.EndsWith("'s")</c> in place).</summary>
    private static bool EndsWithPossessiveS(string text, int start, int end) =>
        end - start >= 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’';

    /// <summary>The length of <see cref="StripPossessive"/> of the word <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>), read in place.</summary>
    private static int PossessiveStrippedLength(string text, int start, int length)
    {
        var end = start + length;
        return EndsWithPossessiveS(text, start, end) ? length - 2
            : length > 2 && text[end - 2] == 's' && text[end - 1] is '\'' or '’' ? length - 1
            : length;
    }

    /// <summary>Adds <paramref name="entry"/> to the list under <paramref name="key"/>, in learning order, once.</summary>
    private static void InsertInOrder(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<Entry>();
        }

        if (list.Count == 0 || list[list.Count - 1].Order < entry.Order)
        {
            list.Add(entry); // The usual case: a new entry is the latest.
            return;
        }

        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Order < entry.Order)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        if (lo == list.Count || list[lo] != entry)
        {
            list.Insert(lo, entry);
        }
    }

    /// <summary>
    /// "the Russian president": the last speaker when every word of the phrase (after "the") is a word of one of its
    /// aliases, else the earliest person who fits. Only entries with an alias holding the phrase's rarest word are read.
    /// </summary>
    private Entry? FitRole(string phrase)
    {
        var words = phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(w => !char.IsDigit(w[0])).ToArray();

        if (words.Length >= 2 && Array.FindIndex(words, w => w is "older" or "elder" or "younger") is var age and >= 0)
        {
            // "The older doctor says" after "Dr. Eliphalet Trebilcock" and "His son, Dr. Micah Trebilcock": of the persons
            // the rest of the phrase fits, the one the story named first is the older, the last the younger.
            var rest = words.Where((_, i) => i != age).ToArray();
            var fitting = _recentPersons.Where(p => Fits(p, rest)).OrderBy(p => p.Order).ToList();
            if (fitting.Count >= 2)
            {
                return words[age] == "younger" ? fitting[fitting.Count - 1] : fitting[0];
            }
        }

        // "The navy captain disclosed …" after "Capt. George Symonds": when no one fits every word, the role's head noun
        // (its last word) decides, if it fits one person only.
        return FitRoleWords(words) ?? (words.Length > 1 ? OnlyPersonFitting(words[words.Length - 1]) : null);
    }

    private Entry? OnlyPersonFitting(string head)
    {
        Entry? only = null;
        foreach (var person in _recentPersons)
        {
            if (Fits(person, new[] { head }) && !OutranksPhrase(person, new[] { head }))
            {
                if (only is not null)
                {
                    return null;
                }

                only = person;
            }
        }

        return only;
    }

    private Entry? FitRoleWords(string[] words)
    {

        // The person named last, when the phrase fits them, before the last speaker: "Vellacourt's coach, Cassius T.
        // Gorringe, blamed … "…", the coach said" is Gorringe though the other coach spoke last.
        if (_lastPerson is { } named && named != _lastSpeaker && Fits(named, words) && !OutranksPhrase(named, words))
        {
            return named;
        }

        if (_lastSpeaker is not null && Fits(_lastSpeaker, words) && !OutranksPhrase(_lastSpeaker, words))
        {
            return _lastSpeaker;
        }

        // The person the text named last whom the phrase fits: "the Councilman" after "Councilman William D. Schaefer".
        // "the President" is not the Vice President.
        foreach (var person in _recentPersons)
        {
            if (Fits(person, words) && !OutranksPhrase(person, words))
            {
                return person;
            }
        }

        // An alias that holds a word holds each of the word's tokens: the entries under the rarest token are the candidates.
        // "The governor" may be a "Gov." the text names anywhere, later in the paragraph too.
        return PersonFitting(words, words.SelectMany(WordTokens))
            ?? (words.Any(Lexicon.TitleAbbreviations.ContainsKey)
                ? PersonFitting(words, words.Select(w => Lexicon.TitleAbbreviations.TryGetValue(w, out var a) ? a : w).SelectMany(WordTokens))
                : null);
    }

    /// <summary>The first person among the entries under the rarest of <paramref name="tokens"/> whom <paramref name="words"/> fit.</summary>
    private Entry? PersonFitting(string[] words, IEnumerable<string> tokens)
    {
        var shortest = Shortest(_byAliasToken, tokens, _entries);
        if (shortest is null)
        {
            return null;
        }

        foreach (var entry in shortest)
        {
            if (entry.Kind == SpeakerKind.Person && Fits(entry, words) && !OutranksPhrase(entry, words))
            {
                return entry;
            }

            if (_meter.Exhausted)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every alias in which the phrase's role word occurs has a rank before it that the phrase lacks: "the
    /// President" does not fit "Vice President Richard M. Nixon".
    /// </summary>
    private static bool OutranksPhrase(Entry entry, string[] words)
    {
        var role = words.LastOrDefault(w => Lexicon.RoleNouns.Contains(w));
        if (role is null || words.Any(w => Lexicon.RankWords.Contains(w)))
        {
            return false;
        }

        var any = false;
        foreach (var alias in entry.Aliases)
        {
            var aliasWords = alias.Split(' ');
            for (var i = 0; i < aliasWords.Length; i++)
            {
                if (aliasWords[i].Equals(role, StringComparison.OrdinalIgnoreCase))
                {
                    if (i == 0 || !Lexicon.RankWords.Contains(aliasWords[i - 1]))
                    {
                        return false;
                    }

                    any = true;
                }
            }
        }

        return any;
    }

    /// <summary>Whether every word is a whole word (ignoring case) of one of the entry's aliases.</summary>
    private bool Fits(Entry entry, string[] words)
    {
        foreach (var word in words)
        {
            if (entry.Roles.Contains(word))
            {
                continue; // "the conductor" fits the one "who has conducted it since 1954".
            }

            var found = false;
            foreach (var alias in entry.Aliases)
            {
                if (!_meter.TrySpend(1 + alias.Length))
                {
                    return false;
                }

                if (HasWholeWord(alias, word) || (Lexicon.TitleAbbreviations.TryGetValue(word, out var abbreviation) && HasWholeWord(alias, abbreviation))
                    || (Lexicon.RoleEquivalents.TryGetValue(word, out var offices) && HoldsAny(alias, offices)))
                {
                    found = true; // "the senator" fits "Sen. Leverett Tremlett", "the prosecutor" "District Attorney Inskip".
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HoldsAny(string alias, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (HasWholeWord(alias, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/>, ignoring case, with a word boundary (regex <c>\b</c>) at each end.</summary>
    internal static bool HasWholeWord(string text, string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = at + 1 < text.Length ? text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (IsBoundary(text, at) && IsBoundary(text, at + word.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word boundary as regular expressions define it: a word character on one side only.</summary>
    private static bool IsBoundary(string text, int at) =>
        (at > 0 && IsWordChar(text[at - 1])) != (at < text.Length && IsWordChar(text[at]));

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '_' or '\u200D' or '\u200C'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>The runs of word characters of <paramref name="text"/>, in lower case.</summary>
    private static IEnumerable<string> WordTokens(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            yield return text.Substring(start, i - start).ToLowerInvariant();
        }
    }

    public static bool IsReference(string subject) =>
        IsPronoun(subject) || Lexicon.OrganizationPronouns.Contains(subject.Trim()) || Phrase.Of(subject).Kind != PhraseKind.None;

    /// <summary>
    /// "Vice President", "Secretary of State": a subject written only with an office's capitalized words (a pattern reads
    /// it as a name, without the "the" before it), which refers back as "the vice president" does.
    /// </summary>
    private static bool IsBareOffice(string subject)
    {
        var words = subject.Trim().Split(' ');
        if (words.Length < 2 || !char.IsUpper(words[0][0]))
        {
            return false; // One word ("Sheriff") is left to the name rules: "Reno", "Major" and "Judge" are also names.
        }

        foreach (var word in words)
        {
            if (!(word is "of" or "the" || Lexicon.TitleWords.Contains(word) || (char.IsUpper(word[0]) && Lexicon.RoleNouns.Contains(word))))
            {
                return false;
            }
        }

        return Lexicon.RoleNouns.Contains(words[words.Length - 1]) || Lexicon.TitleWords.Contains(words[words.Length - 1]);
    }

    /// <summary>
    /// "And", "The": what is left of a run the sentence splitter did not cut ("… under a Socialist State. And the USSR …"
    /// stripped of its title "State") names no one.
    /// </summary>
    private static bool IsFunctionWord(string core) => core.IndexOf(' ') < 0 && (FunctionWords.Contains(core) || IsGroupOfRole(core));

    /// <summary>"Officers", "Detectives", "Brokers": the plural of a role is a group no one speaks for by name.</summary>
    private static bool IsGroupOfRole(string word) =>
        word.Length > 3 && word[word.Length - 1] == 's' && char.IsUpper(word[0]) && Lexicon.RoleNouns.Contains(word.Substring(0, word.Length - 1));

    private static readonly HashSet<string> FunctionWords = new(
        Lexicon.NonSubjects.Concat(new[] { "The", "A", "An", "To", "Of", "His", "Her", "Their", "Its", "My", "Our", "Your" }), StringComparer.OrdinalIgnoreCase);

    /// <summary>"he", "she", also after a stray title a sentence split left before it ("Miss. She").</summary>
    private static bool IsPronoun(string subject)
    {
        var trimmed = subject.Trim();
        if (Lexicon.Pronouns.Contains(trimmed))
        {
            return true;
        }

        var space = trimmed.LastIndexOf(' ');
        return space > 0 && Lexicon.Pronouns.Contains(trimmed.Substring(space + 1)) && Lexicon.Pronouns.Contains(StripTitles(trimmed));
    }

    /// <summary>"Chinese President Xi Jinping" → "Xi Jinping": drops everything up to the last title word.</summary>
    public static string StripTitles(string name)
    {
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace > 0 && (IsPartyTag(name, lastSpace + 1) || (name[lastSpace + 1] == '(' && name.EndsWith(")", StringComparison.Ordinal))))
        {
            // "Sen. Walter H. Jones R-Bergen", "Rep. Darrell Tuxhorn (R-Kan.)": a party and a state, not part of the name.
            var open = name.LastIndexOf(" (", StringComparison.Ordinal);
            name = name.Substring(0, open > 0 && name.EndsWith(")", StringComparison.Ordinal) ? open : lastSpace).TrimEnd();
        }

        if (name.IndexOf(' ') < 0)
        {
            return name; // One word: no title to strip from a name.
        }

        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && name.IndexOf(' ') < of && IsTitledName(name.Substring(0, of)))
        {
            // "Capt. Sigurd Ekdahl of the State Highway Patrol", "Prof. Elihu D. Pendergrass of Weller College": the
            // titles are his, and the body after "of" is where he works, not part of his name.
            name = name.Substring(0, of);
        }

        var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (words.Length - first > 2 && words[first].Length > 3 && words[first].EndsWith("s", StringComparison.Ordinal)
            && Lexicon.TitleWords.Contains(words[first].Substring(0, words[first].Length - 1)) && char.IsUpper(words[first + 1][0]))
        {
            first++; // "Detectives Raymond A. Culhane": a plural office before a name.
        }

        // "Foreign Ministry Spokesperson Wang Wenbin" → "Wang Wenbin", but "Foreign Ministry" stays a ministry.
        var lastTitle = -1;
        for (var i = words.Length - 1; i >= first; i--)
        {
            // A role in lower case is a title too: "Green Party lawmaker Lea Hoffmann" is Lea Hoffmann.
            if (Lexicon.TitleWords.Contains(words[i]) || (char.IsLower(words[i][0]) && LowerCaseRoleWords.Contains(words[i])))
            {
                lastTitle = i;
                break;
            }
        }

        if (lastTitle >= 0 && lastTitle + 2 < words.Length && IsWifeByHusbandsName(words[lastTitle], words[lastTitle + 1]))
        {
            // "Mrs. John R. Talbot" is named by her husband's name: without "Mrs." it would name him.
            return string.Join(" ", words, lastTitle, words.Length - lastTitle);
        }

        if (lastTitle >= 0 && lastTitle < words.Length - 1 && !AnyOrganizationWord(words, lastTitle + 1))
        {
            first = lastTitle + 1;
        }

        if (first > 0 && words.Length - first >= 4 && words[first] is "of" or "for" && char.IsUpper(words[first + 1][0]) && AllNameWords(words, first + 2))
        {
            first += 2; // "Secretary of Agriculture Orrin B. Tate", "Secretary of State Dean Rusk": the office's one word, then the name.
        }

        // "Minister of Agriculture and Rural Affairs Wang Jianguo": a person's name of two or three words after a body's.
        if (words.Length - first >= 3)
        {
            var lastBody = -1;
            for (var i = words.Length - 1; i >= first; i--)
            {
                if (Lexicon.OrganizationWords.Contains(words[i]))
                {
                    lastBody = i;
                    break;
                }
            }

            if (lastBody >= 0 && words.Length - lastBody - 1 is 2 or 3 && AllNameWords(words, lastBody + 1))
            {
                first = lastBody + 1;
            }
        }

        return first == 0 && words.Length == CountSpaces(name) + 1 ? name : string.Join(" ", words, first, words.Length - first);
    }

    private static readonly char[] Space = { ' ' };

    private static bool AnyOrganizationWord(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (Lexicon.OrganizationWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllNameWords(string[] words, int from)
    {
        for (var i = from; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0]) || Lexicon.TitleWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountSpaces(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += c == ' ' ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether <paramref name="name"/> is a title (or several) and then capitalized words, at least one of them no title: "Capt. Sigurd Ekdahl".</summary>
    private static bool IsTitledName(string name)
    {
        var words = name.Split(Space, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Lexicon.TitleWords.Contains(words[0]) && words.All(w => char.IsUpper(w[0]))
            && words.Any(w => !Lexicon.TitleWords.Contains(w) && !Lexicon.OrganizationWords.Contains(w));
    }

    /// <summary>"R-Bergen", "D-Iowa", "R-Neb." at <paramref name="at"/>: the party and state newspapers print after a legislator's name.</summary>
    private static bool IsPartyTag(string text, int at) =>
        text.Length - at >= 3 && text[at] is 'D' or 'R' or 'I' && text[at + 1] == '-' && char.IsUpper(text[at + 2]);

    /// <summary>The husband's title in "Dr. and Mrs. …", "Col. and Mrs. …", "Mr. and Mrs. …" right before <paramref name="at"/>, else null.</summary>
    private static string? HusbandsTitleBefore(string text, int at)
    {
        const string And = " and ";
        if (at < And.Length + 2 || string.CompareOrdinal(text, at - And.Length, And, 0, And.Length) != 0)
        {
            return null;
        }

        var end = at - And.Length;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var title = text.Substring(start, end - start);
        var bare = title.TrimEnd('.');
        return bare.Length > 0 && char.IsUpper(bare[0]) && bare is not "Mrs" and not "Miss" and not "Ms"
            && (Lexicon.TitleWords.Contains(title) || Lexicon.TitleWords.Contains(bare) || Lexicon.Abbreviations.Contains(bare))
            ? title
            : null;
    }

    /// <summary>
    /// "Mrs. John R. Talbot", "Mrs. H. J. Grinsfelder", "Mrs. Garrick Ellsworthy": a married woman named by her husband's
    /// name, which opens with a man's given name, an initial, or any given name not known as a woman's (the newspapers'
    /// usual form); "Mrs. Rose Tedesco", "Mrs. Clara Beth Honeycutt" keep their own. Every caller has a surname after
    /// <paramref name="next"/>.
    /// </summary>
    private static bool IsWifeByHusbandsName(string title, string next) =>
        (title.Equals("Mrs.", StringComparison.Ordinal) || title.Equals("Mrs", StringComparison.Ordinal))
        && (Lexicon.MaleGivenNames.Contains(next) || IsInitial(next) || !(Lexicon.FemaleGivenNames.Contains(next) || EndsAsWomensNamesDo(next)));

    /// <summary>
    /// "Hilma", "Nadine", "Annette", "Estelle", "Mathilde", "Yvonne", "Ottilie": endings English-language news gives mostly
    /// to women's given names (of the given names the lexicon knows, 53 women's and 4 men's end in "ie").
    /// </summary>
    private static bool EndsAsWomensNamesDo(string name) =>
        (name.Length == 3 && name[2] == 'a' && char.IsUpper(name[0])) // "Ila", "Iva", "Ada" ("Ira" and "Asa" are men's, and listed)
        || name.Length > 3 && (name.EndsWith("a", StringComparison.Ordinal) || name.EndsWith("ine", StringComparison.Ordinal) || name.EndsWith("ie", StringComparison.Ordinal)
            || name.EndsWith("elle", StringComparison.Ordinal) || name.EndsWith("ette", StringComparison.Ordinal)
            || name.EndsWith("ilde", StringComparison.Ordinal) || name.EndsWith("onne", StringComparison.Ordinal)
            || (name.Length > 4 && name.EndsWith("abel", StringComparison.Ordinal)) // "Mabel", "Mehitabel"; "Abel" and "Ashbel" are men's
            || name.EndsWith("ione", StringComparison.OrdinalIgnoreCase) || name.EndsWith("nthe", StringComparison.Ordinal)); // "Ione", "Hermione", "Ianthe"

    private static bool IsInitial(string word) => word.Length == 2 && word[1] == '.' && char.IsUpper(word[0]);

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2)
        : name.Length > 2 && name[name.Length - 2] == 's' && name[name.Length - 1] is '\'' or '’' ? name.Substring(0, name.Length - 1)
        : name;

    /// <summary>
    /// A name without what the text put around it: "Walter (Dutch) Kessler" is Walter Kessler (no nickname), "Lucille
    /// Brandt of Marlow County" is Lucille Brandt (no home town), "Britain's Department for Energy" is the Department for
    /// Energy (no owning country).
    /// </summary>
    private static string NameOnly(string core, string verb)
    {
        var paren = core.IndexOf(" (", StringComparison.Ordinal);
        var close = paren > 0 ? core.IndexOf(") ", paren, StringComparison.Ordinal) : -1;
        if (close > paren && close - paren <= 18)
        {
            core = core.Substring(0, paren) + core.Substring(close + 1); // "Walter (Dutch) Kessler" is Walter Kessler.
        }

        var of = core.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && core.IndexOf(' ') < of && KindOf(core.Substring(0, of), verb) == SpeakerKind.Person
            && (KindOf(core, verb) == SpeakerKind.Person || core.Substring(0, of).Split(' ').Any(IsInitial)
                || string.CompareOrdinal(core, of, " of the ", 0, 8) == 0))
        {
            // "Thaddeus R. Blaisdell of the Army Engineers": a person's initial tells a name from "Bank of China"; so does
            // "the" after "of" when the words before it are a person's name ("Alfons Tschudin of the Weidachdorf Volunteer
            // Fire Company"), which a body's never is ("Bank of the Manhattan Co." has one word before "of").
            return core.Substring(0, of);
        }

        var space = core.IndexOf(' ');
        if (space < 3 || core.IndexOf(' ', space + 1) < 0 || !(core[space - 2] is '\'' or '’' && core[space - 1] == 's'))
        {
            return core;
        }

        var rest = core.Substring(space + 1);
        return char.IsUpper(rest[0]) && KindOf(rest, verb) == SpeakerKind.Organization ? rest : core;
    }

    /// <summary>
    /// "The Flock added a pair of tallies", "The Times reports": a capitalized name after "the" is a team, a paper or
    /// another body, never a person ("the Smith" is not written); else <see cref="KindOf"/>.
    /// </summary>
    private SpeakerKind KindOfSubject(string subject, string core, string verb)
    {
        var words = subject.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var kind = KindOf(core, verb);
        return words.Length >= 2 && words[0] is "The" or "the" && words.Skip(1).All(w => char.IsUpper(w[0]) && !Lexicon.TitleWords.Contains(w))
            && FirstContaining(core.Split(' '), kind) is null // "the Grange" after "the National Grange" is that, however read
            ? SpeakerKind.Organization
            : kind;
    }

    private static SpeakerKind KindOf(string core, string verb)
    {
        var words = core.Split(' ');
        var of = Array.IndexOf(words, "of");
        if (of is > 1 and <= 3 && !words.Take(of).Any(Lexicon.OrganizationWords.Contains) && words.Skip(of).Any(Lexicon.OrganizationWords.Contains))
        {
            words = words.Take(of).ToArray(); // "Norris Mayhew of the Keswick Gazette" is a person of a paper, not the paper.
        }

        if (words.Any(w => Lexicon.OrganizationWords.Contains(w)) || (words.Length == 1 && Lexicon.OrganizationVerbs.Contains(verb))
            || words.Any(w => w.Length >= 2 && w.All(char.IsUpper)) || NamesAThing(words[0]))
        {
            return SpeakerKind.Organization;
        }

        return SpeakerKind.Person;
    }

    /// <summary>
    /// "Declaration of Independence", "Constitution", "Amendment": a name whose first word ends as an abstract noun does
    /// names a document or a body, never a person, so "he" does not refer to it.
    /// </summary>
    private static bool NamesAThing(string word) =>
        word.Length > 5 && (word.EndsWith("tion", StringComparison.Ordinal) || word.EndsWith("sion", StringComparison.Ordinal)
            || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ism", StringComparison.Ordinal));

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

        /// <summary>Whether only a run of capitalized words suggests the name: a confirmed name is preferred to it.</summary>
        public bool Weak { get; set; }

        /// <summary>How often the text has named or quoted this person so far.</summary>
        public int Mentions { get; set; }

        /// <summary>Whether a sentence named this person in full (two words or more) as a mention.</summary>
        public bool MentionedInFull { get; set; }

        /// <summary>The person's gender, when an honorific or a pronoun told it.</summary>
        public Gender Gender { get; set; }

        /// <summary>When the entry was learned: lookups prefer the earliest, as a scan of the list did.</summary>
        public int Order { get; init; }

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        /// <summary>Roles a relative clause gave ("who has conducted it since 1954": conductor): they fit a role phrase, and are no alias.</summary>
        public HashSet<string> Roles { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>A name the text says the person is called by ("called her "Miss Tommie""): one word that stands for the whole name.</summary>
        public string? Nickname { get; set; }

        public bool Contains(string[] words) => AllIn(words, Words) || (words.Length == 1 && Nickname is not null && string.Equals(words[0], Nickname, StringComparison.Ordinal));

        public bool IsPartOf(string[] words) => AllIn(Words, words);

        /// <summary>Whether every one of <paramref name="words"/> is in <paramref name="set"/> (ordinal), without allocating.</summary>
        private static bool AllIn(string[] words, string[] set)
        {
            foreach (var word in words)
            {
                if (Array.IndexOf(set, word) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        public void Rename(string name)
        {
            Name = name;
            Words = name.Split(' ');
        }
    }
}
