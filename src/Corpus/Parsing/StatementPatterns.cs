using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Parsing;

/// <summary>
/// The regular expressions of reported speech, built once from <see cref="Lexicon"/>. Each pattern names its
/// groups: <c>subj</c> (who), <c>verb</c> (the cue as written), <c>content</c> or <c>pre</c>/<c>rest</c>.
/// </summary>
internal static class StatementPatterns
{
    /// <summary>
    /// No timeout: every pattern runs on a bounded stretch of text (a sentence of at most 4,000 characters, a window
    /// around a quote mark, an anchored verb) and none nests quantifiers that can backtrack exponentially, so its cost
    /// is bounded by design and counted by <see cref="WorkMeter"/>. A timeout would make the result depend on the
    /// machine's speed, and thousands of matches timing out one after another would stall a build all the same. Given
    /// explicitly, so a process-wide default timeout set by a host does not apply either.
    /// </summary>
    public static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline;

    /// <summary>
    /// <c>(?:item){0,max}?</c> written as nested lazy optionals, <c>(?:item(?:item(?:…)??)??)??</c>: the same strings in the
    /// same order of trial (fewest items first, and each item's own choices tried before one more item), for an item that
    /// never matches the empty string and holds no group, so the interpreter's results are the same.
    /// </summary>
    /// <remarks>
    /// For <see cref="RegexOptions.Compiled"/>: the compiled engine of .NET 10 (and the source-generated one) unwinds a
    /// bounded lazy loop that backtracks out after its last iteration by one iteration's stack entries instead of all of
    /// them (dotnet/runtime#129511, fixed in .NET 11), and the entries left behind make a later backtrack read wrong
    /// positions: wrong matches, or an <see cref="ArgumentOutOfRangeException"/>. A lazy optional has one iteration at most,
    /// so it is unwound right. Of the loops of every pattern, only the one in <see cref="Subject"/>'s role phrase before a
    /// name in commas is emitted that way (docs/performance.md); with it written here, every pattern matches compiled as
    /// it does interpreted.
    /// </remarks>
    /// <param name="item">The pattern of one item.</param>
    /// <param name="max">The most items.</param>
    /// <returns>The pattern of zero to <paramref name="max"/> items, fewest first.</returns>
    internal static string LazyUpTo(string item, int max) => max <= 0 ? string.Empty : "(?:" + item + LazyUpTo(item, max - 1) + ")??";

    private const string NameWord = @"[A-Z][\p{L}\p{Mn}\p{Nd}'’.-]*";

    /// <summary>
    /// The last word of a name: no trailing period, so "according to TASS." leaves the stop out, except after a firm's
    /// abbreviation ("Halvard Brewing Co."), whose period is part of the name as printed.
    /// </summary>
    /// <remarks>The period is matched before the lookbehind that allows it, so the lookbehind runs only where a period follows.</remarks>
    private const string LastNameWord = @"[A-Z](?:[\p{L}\p{Mn}\p{Nd}'’.-]*[\p{L}\p{Mn}\p{Nd}])?(?:\.(?<=\b(?:Co|Inc|Corp|Ltd|Bros|Jr|Sr)\.))?";

    /// <summary>A role word in lower case inside a name: "board chairman Henry L. Bowden".</summary>
    private static readonly string LowerRole = "(?:" + Lexicon.Alternation(Lexicon.LowerCaseRoles) + @")\b";

    // "… ," said Vladimir Putin: without this the lazy name stops at its first word ("Vladimir", "President").
    // "said Dr. Amara Osei", "says Mrs. H. J. Grinsfelder": a name does not end at a title's or an initial's period.
    // "said Harbour City chairman Peter Okafor": nor before a lower-case role that a name follows.
    private static readonly string EndOfName = @"(?![\p{L}\p{Mn}\p{Nd}'’-]|\.\p{L}|\s+[A-Z]|\.\s+[A-Z]|\s+" + LowerRole + @"\s+[A-Z])";

    /// <summary>
    /// A document with an indefinite article, by whom it was put out and when: "A statement issued by the ministry on
    /// Tuesday", "A prepared statement released by the student group Friday", "A ministry statement", "A Kremlin statement".
    /// </summary>
    private static readonly string IssuedDocument =
        @"[Aa]n?\s+(?:(?:[a-z]+|" + NameWord + @")\s+){0,3}?(?:" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")\b"
        + @"(?:\s+(?:(?:issued|released|sent|signed|published|circulated|distributed|put\s+out)\s+by|from)\s+(?:the\s+)?(?:" + NameWord + @"\s+(?:(?:of|for|and|on|the)\s+)*){0,6}?(?:" + LastNameWord + @"|[a-z]+(?:\s+[a-z]+)?))?"
        + @"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?)?";

    /// <summary>
    /// A speaker: a role phrase ("the Russian president"), a body ("the grand jury"), a document ("the council's
    /// resolution"), a pronoun ("he", "she", "it"), or a capitalized name with titles.
    /// </summary>
    public static readonly string Subject =
        @"(?<subj>[Aa]n?\s+(?:" + Lexicon.Alternation(Lexicon.VoiceNouns) + @")\s+(?:for|from|of|at)\s+(?:the\s+)?(?:" + NameWord + @"\s+(?:(?:of|for|and|on|the)\s+)*){0,7}?" + LastNameWord + @"(?:(?<=['’]s)\s+(?:office|department|staff|agency|bureau|campaign|company|firm|family))?"
        + @"|[Tt]he\s+[a-z]+" + LazyUpTo(@"\s+[a-z]+", 6) + @"(?=\s*,\s*(?:the\s+(?=(?:[A-Z][\p{L}'’&.-]*\s+){1,5}(?:" + Lexicon.Alternation(Lexicon.OrganizationHeads) + @")\b))?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,5}(?:\s+of\s+the\s+[A-Z][\p{L}\s]{0,40}?)?\s*,|\s*,\s*[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4}\s*[.!?]?$)"
        + @"|(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+[a-z]+['’]s|(?:" + NameWord + @"\s+){0,3}[A-Z][\p{L}\p{Mn}-]*['’]s)\s+(?:(?:" + NameWord + @"|[a-z]+)\s+){0,3}(?:[a-z]+|" + LastNameWord + @")(?=\s*,\s*(?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4}\s*,)"
        + @"|[Aa]n?\s+(?:(?:" + NameWord + @"|" + Lexicon.Alternation(Lexicon.FirmNouns) + @")\s+){1,3}(?:spokesman|spokeswoman|spokesperson)\b(?:\s+in\s+[A-Z][\p{L}'’-]+(?=\s+[a-z]))?"
        + @"|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{L}-]+(?:['’]s|s['’])?\s+){0,3}?(?:" + Lexicon.CapitalizableAlternation(Lexicon.RoleNouns.Concat(Lexicon.CollectiveNouns).Concat(Lexicon.DocumentNouns).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)) + @")\b"
        + @"(?!\s+(?:" + Lexicon.RoleNounAlternation + @")\b)(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?=\s*,\s*[A-Z])|\s+(?:of|on|for)\s+(?:the\s+)?(?:(?:[A-Z][\p{L}'’-]*|\d{1,5})\s+(?:(?:and|for|of|on)\s+(?:the\s+)?)?){0,6}[A-Z][\p{L}'’-]*|\s+of\s+an?\s+(?:[\p{L}'’-]+\s+){0,3}?(?:" + Lexicon.Alternation(Lexicon.CollectiveNouns.Where(n => !n.EndsWith("s", StringComparison.Ordinal))) + @")\b)?"
        + @"|[Aa]n?\s+(?:" + Lexicon.Alternation(Lexicon.VoiceNouns) + @")\s+(?:for|from|of|at)\s+the\s+(?:[a-z]+\s+){0,2}(?:" + Lexicon.Alternation(Lexicon.CollectiveNouns) + @")\b"
        + @"|" + IssuedDocument
        + @"|[Aa]n?\s+(?:[a-z]+\s+){0,2}(?:" + Lexicon.RoleNounAlternation + @")(?![\p{L}'’-])(?!\s+(?:of|for|from|at|in|on|to|with|and|or|who|whom|that|named|whose)\b)"
        + @"|(?:" + NameWord + @"\s+){0,3}[A-Z][\p{L}\p{Mn}-]*['’]s?\s+(?:[a-z]+\s+)?(?:office|spokesman|spokeswoman|spokesperson|campaign|aide|aides|lawyer|lawyers|attorney|attorneys|representative|representatives)\b"
        + @"|[Hh]e|[Ss]he|(?<!\p{L})[Ii]t(?=\s)"
        + @"|[Tt]he\s+(?:elder|younger)\s+(?:(?:Mr|Mrs|Dr)\.\s+|Miss\s+)?[A-Z][\p{L}'’-]+"
        + @"|(?:[A-Z][\p{L}-]+\s+){1,2}(?:police|authorities)\b"
        + @"|(?!(?:" + Lexicon.Alternation(Lexicon.NonSubjects) + @")\b)(?!(?:An?|Another|Every|Any|No|Such|Several)\s)(?<!\b(?:[Aa]n?|[Aa]nother|[Ee]very|[Ee]ach|[Aa]ny)\s+)(?:" + NameWord + @"\s+(?:\([A-Z][\p{L}.'’ -]{0,15}\)\s+)?(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z]))?(?:(?:of|for)\s+(?:the\s+)?(?:" + NameWord + @"\s+and\s+)?)?){0,8}?" + LastNameWord + PartyTag + Address + @")";



    /// <summary>"Sen. Clifford Halsey R-Kan., who …", "Rep. Darrell Tuxhorn (R-Kan.) asked": the party and state after a legislator's name.</summary>
    /// <remarks>
    /// Led by a lookahead that the name's last word ends here: it follows <see cref="LastNameWord"/> in <see cref="Subject"/>,
    /// and whatever comes next in a match (the tag, an address, or what each pattern puts after a subject: white space, a
    /// comma, a stop, the end, or <see cref="EndOfName"/>) starts with no letter, mark or digit. A last word cut short inside
    /// a word ("Putin" as "Puti") can so never lead to a match; the lookahead fails it at once, where the interpreter tried
    /// the apposition, the adverbs and the verb after every shorter cut of every word of the name. It only turns away paths
    /// that fail, so every match is the same.
    /// </remarks>
    private const string PartyTag = @"(?![\p{L}\p{Mn}\p{Nd}])(?:\s+[DRI]-[A-Z]\p{L}*\.|\s*\([DRI](?:-|\.,?\s*)[A-Z][^()""“”]{0,30}\))?";

    /// <summary>"Mrs. Ruth Ambler of 14 Orchard Lane, who …": a home address after a name, without the commas of an apposition.</summary>
    private const string Address = @"(?:\s+of\s+\d{1,5}\s+(?:[A-Z][\p{L}'’-]*\s+){0,3}[A-Z][\p{L}'’-]*\.?)?";

    /// <summary>
    /// "asked", "asks": reporting verbs only before "whether" or "if"; "denied", "promised", and the forms that are also
    /// nouns ("remarks", "comments", "answers", "replies"), only before "that" (<see cref="Verb"/>).
    /// </summary>
    private static readonly string[] QuestionVerbs = { "asked", "asks", "denied", "denies", "promised", "promises", "remarks", "comments", "answers", "answered", "replies", "charged", "charges" };

    /// <summary>A reporting verb; "asked" only before "whether" or "if", where it reports a question ("asked whether the firm would …"); "denied", "promised" and "charged" only before "that" ("charged with murder" reports nothing).</summary>
    private static readonly string Verb = @"(?:(?<verb>" + Lexicon.Alternation(Lexicon.ReportingVerbs) + @")\b|(?<verb>asked|asks)(?=\s+(?:(?:him|her|them|me|us)\s+)?(?:whether|if)\b)|(?<verb>denied|denies|promised|promises|remarks|remarked|comments|answers|answered|replies|charged|charges)(?=\s+that\b))";

    /// <summary>The end of an audience that an "of" phrase may follow ("told 400 members of the congregation that").</summary>
    private static readonly string AudienceEnd = "(?:" + Lexicon.PlainAlternation(Lexicon.AudienceNouns) + ")"; // Inside a lookbehind: no lookahead.

    /// <summary>
    /// Whom a verb tells, before its content: "told reporters", "told Xinhua", "told the business daily Tokai Keizai", "told
    /// a briefing", followed by "that", a stop, a colon, a circumstance ("told reporters on Sunday"), or content that opens
    /// with a determiner or a pronoun ("told the board the school …", "told the court he had …"). A number and a noun
    /// ("told 1,400 delegates") are no object after a verb of saying: "said 61,000 children … are attending" reports them.
    /// </summary>
    private static readonly string VerbObject = @"(?:\s+(?:" + Lexicon.Alternation(Lexicon.VerbObjects) + @"|" + NameWord + @"|(?<!\b(?:said|says|added|adds|stated|declared|noted|insisted|contended|asserted|argued|estimated|predicted|reported|explained|conceded|continued|replied)\s+)\d[\d,]*\s+[a-z]+|(?<=\b(?:told|tells)\s+)(?:(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+|" + Lexicon.Alternation(Lexicon.AudienceNouns) + @"))(?:(?<=\d[\d,]*\s+[a-z]+|" + AudienceEnd + @")\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)?"
        + @"(?=\s+that\b|\s*[,.:]|\s*$|\s+(?:the|a|an|he|she|it|they|we|his|her|its|their)\s|\s+(?:in|at|on|during|after|before|while|when|last|this|yesterday|today|earlier|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,.;:""“”]{0,80}?(?:\s+that\b|\s*[,.]|\s*$)))?";

    /// <summary>" -- head of the China Society for … -- " between a name and its verb.</summary>
    private const string DashApposition = @"\s+(?:--|—|–)\s+[^.;:""“”«»„‘「」—–]{2,120}?\s+(?:--|—|–)";

    /// <summary>", head of the China Society for …, " between a name and its verb: two commas.</summary>
    private static readonly string CommaApposition = @"\s*,\s*(?:(?:the\s+(?=(?:[A-Z][\p{L}'’&.-]*\s+){1,5}(?:" + Lexicon.Alternation(Lexicon.OrganizationHeads) + @")\b\.?\s*,))?(?<named>(?:the\s+(?=Rev\b|Very\b|Most\b|Hon\b))?(?:" + NameWord + @"\s+){1,5}" + LastNameWord
        + @"(?:\s+of\s+(?:the\s+)?(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")?)" + AgeAndAddress + @"(?:\s*,\s*who\s+[^.;:""“”«»„‘「」]{2,120}?|\s*,\s*(?:a|an|the)\s+[^.;:""“”«»„‘「」]{2,120}?)?"
        + @"|(?<named>(?!(?:" + Lexicon.Alternation(Lexicon.TitleWords) + @")\b)[A-Z][\p{Ll}'’-]+)(?=\s*,)"
        + @"|(?:written|drafted|signed|prepared|authored|published|issued)\s+by\s+(?<named>(?:" + NameWord + @"\s+){1,3}" + LastNameWord + @")[^.;:""“”«»„‘「」]{0,120}?"
        + @"|(?:[^.;:""“”«»„‘「」]|(?<=\b(?:\p{Lu}|" + Abbreviations + @"))\.){2,160}?\.?)\s*,"; // "who held A.B. and M.A. degrees", "pastor of St. Mark's": an initial's or abbreviation's period stays inside

    /// <summary>
    /// ", head of the China Society for …, " between a name and its verb. It holds no quotation mark that can open or
    /// close a quote (only the apostrophe, which names hold too): the text of an earlier quote is never part of it.
    /// </summary>
    /// <remarks>
    /// When the apposition is a name alone after a role phrase ("The state's attorney general, Robert Lyle, said"), it is
    /// captured as <c>named</c>: the person the role phrase stands for.
    /// </remarks>
    private static readonly string Apposition = "(?:" + DashApposition + "|" + CommaApposition + "|" + PlaceApposition + ")?";

    /// <summary>" at Wichita", " in Moscow" between a body's name and its verb: "The Weather Bureau at Wichita said …".</summary>
    private const string PlaceApposition = @"\s+(?:at|in)\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?(?=\s+[a-z])";

    /// <summary>
    /// <see cref="Apposition"/> without its branch between commas, for a text where that branch cannot take part in a
    /// match: it reads two commas, so a pattern that holds <see cref="Apposition"/> and n more commas cannot match with it in
    /// a text of fewer than n + 2 commas. Every other branch is tried in the same order, so the match is the same; the
    /// branch that is left out costs most where it fails (its last choice tries every stretch of up to 160 characters).
    /// </summary>
    private static readonly string DashAppositionOnly = "(?:" + DashApposition + "|" + PlaceApposition + ")?";

    /// <summary>An age before a name: ""…," the 38-year-old Diaz said", "said 71-year-old Ann Lee".</summary>
    private const string Aged = @"(?:[Tt]he\s+)?\d{1,3}-year-old";

    /// <summary>Abbreviations whose period an apposition holds ("pastor of St. Mark's church", "of Acme Co. in Ohio").</summary>
    private const string Abbreviations = "St|Mt|Ft|Jr|Sr|Co|Inc|Corp|Ltd|Bros|Ave|Dr|Mr|Mrs|Ms|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Dept|Jan|Feb|Aug|Sept|Oct|Nov|Dec";

    /// <summary>
    /// ", 23, of 818 Dunne Ave." after a name in an apposition: the age and home address news gives of a person. The
    /// address may end in an abbreviation's period, which only a comma follows.
    /// </summary>
    private const string AgeAndAddress = @"(?:\s*,\s*\d{1,3}(?=\s*,))?(?:\s*,\s*of\s+[^.,;:""“”«»„‘「」]{3,60}?\.?(?=\s*,))?";

    /// <summary>"in a speech on Thursday" between a reporting verb and its "that".</summary>
    private const string Circumstance = @"(?:\s+(?:in|at|on|by|during|after|before|while|when|with|from|to|afterward|afterwards|earlier|later|last|this|yesterday|today|tonight|here|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,.;:""“”]{0,80}?)?";

    /// <summary>An auxiliary and an adverb between a subject and its verb: "the jury further said", "Xi also stressed", "Lathrop has told".</summary>
    /// <remarks>
    /// A medium in commas may come first: "Thomas Taylor, a private in the 6th Alabama Volunteers, in a letter to his wife,
    /// stated", "the mayor, in a statement Friday, said".
    /// </remarks>
    private const string Adverb = @"(?:\s*,?\s+in\s+(?:a|an|his|her|their|its|the)\s+(?:[a-z]+\s+)?(?:letter|statement|speech|interview|diary|note|memo|message|report|book|column|article|sermon|lecture|broadcast|telegram|cable|editorial|testimony|address)\b(?:[^,.;:""“”]|\b[ap]\.m\.){0,60},)?"
        + @"(?:\s+(?:has|had|have))?(?:\s+(?:also|further|then|later|again|still|now|today|yesterday|previously|earlier|recently|once|[a-z]{2,}ly))?";

    /// <summary>"she would tell him,", "he did say:": a verb of speech in its plain form after an auxiliary, before a quote.</summary>
    private const string ModalVerb = @"\s+(?:would|will|could|might|did|does|do|can)(?:\s+(?:not|never|always|often|sometimes|[a-z]{2,}ly))?\s+(?<verb>say|tell|ask|add|write|explain|declare|insist|warn|reply|answer|shout|cry|scream|whisper|remark)\b(?:\s+(?:him|her|them|me|us|reporters|friends))?";

    /// <summary>
    /// A wire dateline that opens a lead paragraph ("LONDON, Jan 6 (Reuters) - ", "Ogden, Utah, May 1 -- (AP) -- ",
    /// "WASHINGTON (AP) — "): up to 60 characters without lower-case words' sentences, then a spaced dash.
    /// </summary>
    /// <remarks>
    /// The first branch is led by a lookahead for its dash: a capital, then at most 61 characters of its class or white
    /// space, then a dash. Every match of the branch has its dash there (no character before it is a dash), so the
    /// lookahead only fails where the branch fails, and it reads those characters in one pass where the lazy loop tried
    /// the white space and the dash after each of them: most sentences open with no dateline.
    /// </remarks>
    public const string WireDateline = @"(?:(?=[A-Z][\p{L}\p{Nd} .,'’()/\s]{0,61}[-—–])[A-Z][\p{L}\p{Nd} .,'’()/]{0,60}?\s(?:--|—|–|-)\s+(?:\([A-Za-z]+\)\s*(?:--|—|–|-)\s+)?|\([A-Z][A-Za-z]{1,10}\)\s*(?:--|—|–|-)\s+)?";

    /// <summary>"the" before a body's name in mid-sentence or after an opener: "after the Kelthaugh Copper Co. said …", "At Pittsburgh, the Bratulescu Steel Corp. said …" (a name's words are capitalized, the article is not). Declared before every pattern built with it.</summary>
    private static readonly string TheBody = @"(?:the\s+(?=(?:(?:[A-Z][\p{L}'’&.-]*|&)\s+){1,6}(?:" + Lexicon.Alternation(Lexicon.OrganizationHeads) + @")\b))?";

    /// <summary>"In Washington, ", "Earlier, ": a short opening phrase before the subject of a sentence.</summary>
    private const string Opener =
        @"(?:(?:After|Before|During|At|In)\s+(?:the|its|his|her|their)\s+[a-z]+\s+(?=[A-Z][a-z]|he\s|she\s|the\s+[a-z]+\s+[a-z])|(?:In|At|On|From|After|Before|During|Since|Outside|Inside)\s+[^,""“”]{1,40},\s+(?:[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,2},\s+(?=[A-Za-z]))?|(?:Earlier|Later|Meanwhile|However|Separately|Also|Still|Yesterday|Today|Previously|Afterwards|Then|Now|Instead),\s+|But\s+(?=(?:he|she|they|it|the)\s|[A-Z]))?";

    /// <summary><see cref="WireDateline"/> at the start of a sentence, and nothing else.</summary>
    public static readonly Regex WireDatelineAtStart = new(@"^" + WireDateline.Substring(0, WireDateline.Length - 1), Options, Timeout);

    /// <summary>"Xi stressed that …", "Xi said in a speech on Thursday that …", "Liu Bin, director general of …, told reporters that …".</summary>
    public static readonly Regex Leading = new(LeadingWith(Apposition), Options, Timeout);

    /// <summary><see cref="Leading"/> for a sentence of fewer than two commas, where no apposition between commas fits (<see cref="DashAppositionOnly"/>).</summary>
    private static readonly Regex LeadingWithoutCommaApposition = new(LeadingWith(DashAppositionOnly), Options, Timeout);

    /// <summary><see cref="Leading"/>, or the equal pattern without the apposition between commas when <paramref name="sentence"/> has too few commas for it.</summary>
    public static Regex LeadingFor(string sentence) => HasCommas(sentence, 2) ? Leading : LeadingWithoutCommaApposition;

    private static string LeadingWith(string apposition) =>
        @"^" + WireDateline + Opener + TheBody + Subject + apposition + Adverb + @"\s+" + Verb + InfinitiveAfter + VerbObject + @"(?:" + Circumstance + @"\s+that\b|" + MediumBeforeClause + @")?[\s,:]+(?<content>\S.*)$";

    /// <summary>"agreed to meet Monday", "vowed to fight": a verb before an infinitive reports no clause ("said to reporters" still does).</summary>
    private const string InfinitiveAfter = @"(?!\s+to\s+(?!(?:the|a|an|his|her|their|its|him|them|me|us|reporters|newsmen|newspapermen)\b)[a-z])";

    /// <summary>"said in a statement it was paying the scale": the medium before a clause without "that", which is not what was said.</summary>
    private const string MediumBeforeClause =
        @"\s+in\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|interview|speech|report|telegram|broadcast)(?=\s+(?:it|he|she|they|there|the|its|his|her|their|we)\s)";

    /// <summary>
    /// "…, Xi said." / "…, Putin said, adding that …" / "Noting …, Putin said that …": from the comma on, matched with
    /// <see cref="AtFirstComma"/>; the clause before the comma is the text the verb reports (or frames).
    /// </summary>
    public static readonly Regex Inner = new(
        @"\G,[""”’']?\s+" + TheBody + Subject + Apposition + Adverb + @"\s+" + Verb + InfinitiveAfter + VerbObject + @"(?:\s+that\b)?(?<rest>.*)$",
        Options, Timeout);

    /// <summary>"…, said Putin.": from the comma on, matched with <see cref="AtFirstComma"/>.</summary>
    public static readonly Regex Inverted = new(
        @"\G,\s+(?<verb>" + Lexicon.Alternation(Lexicon.InvertibleVerbs) + @")\s+(?:" + LowerRole + @"\s+(?=[A-Z]))?" + Subject + @"\s*[.!?]?$",
        Options, Timeout);

    /// <summary>
    /// The match of <paramref name="fromComma"/> at the first comma of <paramref name="sentence"/> (after its first
    /// character) where it matches. This is the match of <c>^(?&lt;pre&gt;.+?)</c> followed by the pattern, without a
    /// lazy <c>pre</c> that tries every character in turn: three times faster on news prose.
    /// </summary>
    /// <param name="fromComma">A pattern that starts with <c>\G,</c>.</param>
    /// <param name="sentence">The sentence; the text before the match's comma is the clause it follows.</param>
    /// <returns>The match, or <see cref="Match.Empty"/>.</returns>
    /// <param name="meter">Charged for every comma tried.</param>
    /// <param name="verbs">When given, the words one of which every match holds after its comma: a comma after the last of them is charged but not matched.</param>
    public static Match AtFirstComma(Regex fromComma, string sentence, WorkMeter meter, WordSet? verbs = null)
    {
        var lastVerb = int.MaxValue;
        if (verbs is not null)
        {
            lastVerb = -1;
            for (var verb = verbs.NextIn(sentence, 0, sentence.Length); verb >= 0; verb = verbs.NextIn(sentence, verb + 1, sentence.Length))
            {
                lastVerb = verb;
            }
        }

        for (var comma = sentence.Length < 2 ? -1 : sentence.IndexOf(',', 1); comma >= 0; comma = sentence.IndexOf(',', comma + 1))
        {
            if (comma > lastVerb)
            {
                meter.TrySpend(Math.Min(sentence.Length - comma, AppositionReach) + WorkMeter.CallUnits);
                continue;
            }

            // From its comma the pattern reads a subject and an apposition (a bounded stretch) before it can fail.
            var match = meter.Match(fromComma, sentence, comma, Math.Min(sentence.Length - comma, AppositionReach));
            if (match.Success)
            {
                return match;
            }
        }

        return Match.Empty;
    }

    /// <summary>How far from its comma <see cref="Inner"/> or <see cref="Inverted"/> reads before it fails: a subject and an apposition.</summary>
    private const int AppositionReach = 256;

    /// <summary>", who" before a clause of reported speech: its subject is the name before it.</summary>
    public const string WhoJoint = ", who ";

    /// <summary>The words that join a second clause that may report speech, each with the space before it.</summary>
    public static readonly string[] ClauseJoints = { " and ", " but ", ", where ", ", while ", WhoJoint, WhenJoint, AfterJoint };

    /// <summary>"… sounded the keynote when he said it would …": a clause after "when" reports speech only with a subject of its own ("when told" is passive).</summary>
    public const string WhenJoint = " when ";

    /// <summary>"Kelthaugh Copper fell 5/8 after the Kelthaugh Copper Co. said its earnings had dropped": like <see cref="WhenJoint"/>, only with a subject of its own.</summary>
    public const string AfterJoint = " after ";

    /// <summary>From a joint on: an optional subject of its own, the verb, and the reported content (which starts in lower case).</summary>
    public static readonly Regex MidClause = new(
        @"\G,?\s+(?:and|but|where|while|who|when|after)\s+(?:" + TheBody + Subject + Apposition + @"\s+)?(?:(?:also|later|then|further)\s+)?" + Verb + InfinitiveAfter + VerbObject + Circumstance
        + @"(?:\s+that\b)?,?\s+(?<content>[a-z\d""“][^;]*)$",
        Options, Timeout);

    /// <summary>
    /// A name that ends the text before ", who", perhaps with an apposition or two after it: "Miss Ursula Tordoff, 22, an
    /// usherette at the Regal, who said" is Tordoff's.
    /// </summary>
    public static readonly Regex NameAtEnd = new(
        @"(?<subj>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")(?:\s*,[^,]{2,80}){0,2}\s*$",
        Options, Timeout);

    /// <summary>
    /// A name or a title and a name right before a quote that is its predicate: "Armed with letters …, Mrs. Geraghty "will beat
    /// the bushes for oriental talent"".
    /// </summary>
    public static readonly Regex SubjectBeforeQuote = new(
        @"(?:^|,\s+)(?<subj>(?:(?:Mr|Mrs|Ms|Miss|Dr|Gov|Sen|Rep|Gen|Prof|Judge|Mayor|President|Premier|Secretary)\.?\s+)?(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")\s*$",
        Options, Timeout);

    /// <summary>
    /// A verb of speech with no subject of its own between two quotes of one sentence: "Mrs. Molvar, who kept reiterating
    /// her request that they "please take a stand", said, "We must have faith …"". The sentence's subject speaks.
    /// </summary>
    public static readonly Regex BareVerb = new(
        @"^[\s,]*(?:(?:also|then|later|again|finally)\s+)?(?<verb>" + Lexicon.Alternation(Lexicon.QuoteVerbs) + @")\b[\s,:]*$",
        Options, Timeout);

    /// <summary>"had been charged by Judge Durwood Pye to …": a passive verb, whose subject is not the one who acts.</summary>
    public static readonly Regex Passive = new(
        @"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\b",
        Options, Timeout);

    /// <summary>The subject that opens a sentence, after an opener and a wire dateline.</summary>
    public static readonly Regex OpeningSubject = new(
        @"^" + WireDateline + Opener + Subject + EndOfName + @"(?:" + Apposition + Adverb + @"\s+[a-z]|\s*,\s*who\s)",
        Options, Timeout);

    /// <summary>
    /// "a statement from " before the body or person "according to" names, and figures a body put out ("figures released by",
    /// "estimates of"): the author speaks.
    /// </summary>
    private static readonly string DocumentFrom = @"(?:(?:(?:an?|the)\s+(?:[a-z]+\s+)?(?:" + Lexicon.Alternation(Lexicon.DocumentNouns) + @")|(?:the\s+)?(?:[a-z]+\s+)?(?:figures|statistics|estimates|records))\s+(?:from|by|of|issued\s+by|released\s+by|compiled\s+by|published\s+by|kept\s+by)\s+)?";

    /// <summary>
    /// A body named by a common noun at the end of a sentence: "…, according to the exchange.", "according to figures
    /// released by the Reserve bank."; the noun is one that names a body (<see cref="Lexicon.CollectiveNouns"/>: "bank", "department", "exchange").
    /// </summary>
    private static readonly string BodyByNoun = @"(?<subj>the\s+(?:[\p{L}'’-]+\s+){0,3}(?:" + Lexicon.PlainAlternation(Lexicon.CollectiveNouns) + @"))(?=\s*[.!?]?$)";

    /// <summary>"According to TASS, …".</summary>
    public static readonly Regex AccordingFirst = new(AccordingFirstWith(Apposition), Options, Timeout);

    /// <summary><see cref="AccordingFirst"/> for a sentence of fewer than three commas, where no apposition between commas fits (<see cref="DashAppositionOnly"/>).</summary>
    private static readonly Regex AccordingFirstWithoutCommaApposition = new(AccordingFirstWith(DashAppositionOnly), Options, Timeout);

    /// <summary>
    /// <see cref="AccordingFirst"/>, or an equal pattern that is cheaper on <paramref name="sentence"/>: one that leaves out the
    /// apposition between commas when the sentence has too few commas for it and the comma after the subject.
    /// </summary>
    public static Regex AccordingFirstFor(string sentence) => HasCommas(sentence, 3) ? AccordingFirst : AccordingFirstWithoutCommaApposition;

    private static string AccordingFirstWith(string apposition) =>
        @"^(?<verb>According\s+to)\s+" + DocumentFrom + @"(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z]))?" + Subject + apposition + @",\s*(?<content>\S.*)$";

    /// <summary>Whether <paramref name="text"/> holds at least <paramref name="count"/> commas.</summary>
    private static bool HasCommas(string text, int count)
    {
        for (var at = text.IndexOf(','); at >= 0; at = text.IndexOf(',', at + 1))
        {
            if (--count <= 0)
            {
                return true;
            }
        }

        return count <= 0;
    }

    /// <summary>
    /// Whom a body or a writer quoted: "quoted the Minister of the Interior, Col. Teodulo Arriaga, as saying that …", "a
    /// magazine once quoted him as saying". The quoted person speaks, not the one who quoted him.
    /// </summary>
    private static readonly string QuotedAs =
        @"\bquoted\s+(?:(?:the|a|an|its|his|her|their)\s+[^,""“”]{2,60}?,\s+(?:the\s+(?=(?:Rev|Very|Most|Rt|Hon)\b))?)?(?<subj>(?:" + NameWord + @"\s+){0,4}" + LastNameWord
        + @"|him|her)(?:\s*,)?\s+as\s+(?<verb>saying)(?:\s*,\s*[^,""“”]{2,80},)?(?:\s+that\b)?";

    /// <summary>"was quoted as saying" after its subject: "Arriaga was quoted as saying", "He was once quoted as saying".</summary>
    private const string WasQuotedAs = @"\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|once\s+|later\s+)?quoted\s+as\s+(?<verb>saying)";

    /// <summary>
    /// <see cref="QuotedAs"/> and the clause the quoted person said ("It quoted Arriaga as saying that the plot had failed."),
    /// or a subject that "was quoted as saying" it ("He was quoted as saying, on the company's 50th anniversary, that …").
    /// </summary>
    public static readonly Regex QuotedAsSaying = new(
        @"(?:" + QuotedAs + @"|^" + WireDateline + Opener + Subject + Apposition + WasQuotedAs + @"(?:\s*,\s*[^,""“”]{2,80},)?(?:\s+that\b)?)"
        + @"[\s,:]+(?<content>\S.*)$",
        Options, Timeout);

    /// <summary><see cref="QuotedAs"/> anywhere before a quote of the same sentence: whose words the quote is.</summary>
    public static readonly Regex QuotedAsGoverning = new(QuotedAs, Options, Timeout);

    /// <summary><see cref="QuotedAs"/> right before an opening quote: "The agency quoted Arriaga as saying: "…"".</summary>
    public static readonly Regex QuotedAsSayingBeforeQuote = new(
        @"(?:" + QuotedAs + @"|(?<![\p{L}\p{Mn}\p{Nd}'’.-])" + Subject + Apposition + WasQuotedAs + @")\s*[,:]?\s*$",
        Options, Timeout);

    /// <summary>
    /// "…, according to TASS.", "…, according to the association's secretary, Mrs. Hugo Lindmark.", "…, according to the
    /// president, Miss Ann Tregunna, who has taught for 19 years."
    /// </summary>
    public static readonly Regex AccordingLast = new(
        @"^(?<pre>.+?),\s+(?<verb>according\s+to)\s+" + DocumentFrom + @"(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z]))?(?:" + Subject
        + @"|(?<subj>the\s+(?:[A-Z][\p{L}'’.-]*\s+(?:(?:of|for|and|on|the|&)\s+)*){0,6}[A-Z][\p{L}'’-]*)|" + BodyByNoun + @")"
        + @"(?:,\s+(?:" + ClergyThe + @")?(?<named>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")(?:\s*,\s*(?:who|whose|a|an|the)\s[^""“”;]{2,160})?(?=\s*[.!?]?$)|\s*,\s*[^""“”;]{2,160}|\s+(?:of|at)\s+the\s+[^,""“”;]{2,80})?\s*[.!?]?$",
        Options, Timeout);

    /// <summary>
    /// "According to" and whom it names right before an opening quote in the middle of a sentence: "his fast ball, according
    /// to the Gulls' manager, Delos K. Haverstock, "is the best …"", "the plan, according to Mayor Ruel Denby, "will pay for
    /// itself"".
    /// </summary>
    public static readonly Regex AccordingBeforeQuote = new(
        @",\s+(?<verb>according\s+to)\s+" + DocumentFrom + @"(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z]))?" + Subject
        + @"(?:,\s+(?<named>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @"))?\s*,\s*$",
        Options, Timeout);

    /// <summary>
    /// A noun of speech and its speaker after "by", then the "that" clause the quote closes, right before an opening quote:
    /// "a remark by Richard J. Hughes, Democratic gubernatorial candidate, that the GOP is "Campaigning on …"", "the charge
    /// by Sen. Orval Kimbrough that the bill was "a raid on the treasury"".
    /// </summary>
    public static readonly Regex SpeechNounBy = new(
        @"\b(?<verb>remark|statement|charge|claim|assertion|warning|suggestion|contention|prediction|pledge|promise|complaint|declaration|comment|accusation|boast)\s+(?:made\s+)?by\s+"
        + @"(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z]))?" + Subject + EndOfName + @"(?:\s*,\s*[^,""“”;:]{2,80},)?\s+that\s+[^""“”;:]{0,200}$",
        Options, Timeout);

    /// <summary>
    /// ", adding that …" chained onto a statement, and a second statement of the same speaker after "but" or "and": "…, but
    /// he said he did not expect them to fall soon" ("that" may go unsaid after a pronoun).
    /// </summary>
    public static readonly Regex Chained = new(
        @"(?:(?:,\s+(?<verb>" + Lexicon.Alternation(Lexicon.ChainingVerbs) + @")|,?\s+(?:but|and)\s+(?:also\s+)?(?<verb>" + Lexicon.Alternation(Lexicon.ReportingVerbs) + @"))\s+that"
        + @"|,\s+(?:but|and)\s+(?:he|she|they)\s+(?:also\s+)?(?<verb>" + Lexicon.Alternation(Lexicon.ReportingVerbs) + @")(?:\s+that)?)\s+(?<content>\S.*)$",
        Options, Timeout);

    /// <summary>Words after a reporting verb that show it closes the statement ("…, Xi said while meeting …", "…, Abbott said yesterday.").</summary>
    public static readonly Regex TrailingClause = new(
        @"^(?:\s*[.!?]?\s*$|\s*,|\s+(?:while|when|during|in|at|on|after|before|as|to|with|at|from|of|last|this|on)\b"
        + @"|\s+(?:yesterday|today|tonight|here|there|earlier|later|recently|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?\s*(?:[.!?]?\s*$|,|\s+(?:in|at|on|to|before|after|during|while|when|by|through)\b))",
        Options, Timeout);


    /// <summary>"the" before a clergyman's style, which is part of his name as printed: "said the Rev. Alwyn Threapwood".</summary>
    private const string ClergyThe = @"the\s+(?=(?:Rev|Very|Most|Rt|Hon)\b)";

    /// <summary>Text right after a closing quote mark that names its speaker: ", Putin said", "Putin asked" or ", said Putin".</summary>
    /// <remarks>
    /// An inverted verb may be capitalized: a quote ending in "?" or "!" is followed by a new sentence ("…?" Asked Palmer).
    /// A lower-case role may open the subject here ("…," board chairman Henry L. Bowden stated), where the pattern is
    /// anchored; inside other subjects it follows a capitalized word ("Harbour City chairman Peter Okafor").
    /// </remarks>
    public static readonly Regex AfterQuote = new(
        @"^[\s,?!]*(?:(?:(?:(?:[a-z][\p{L}-]*\s+)?" + LowerRole + "|" + Aged + @")\s+(?=[A-Z]))?" + Subject + Apposition + Adverb + @"\s+(?<verb>" + Lexicon.Alternation(Lexicon.QuoteVerbs) + @")\b|(?<verb>(?i:" + Lexicon.Alternation(Lexicon.InvertibleVerbs) + @"))\s+(?:(?:(?:[a-z]{3,12}\s+)?" + LowerRole + "|" + Aged + @")\s+(?=[A-Z])|" + ClergyThe + @")?" + Subject + EndOfName + NamedInApposition + @")",
        Options, Timeout);

    /// <summary>
    /// Other text right after a closing quote mark that names its speaker: ""…", as Lincoln promised", ""…", as Putin put
    /// it", ""…", according to Herbert Read", ""…" (Francis Thompson's words for …)".
    /// </summary>
    public static readonly Regex AfterQuoteOther = new(
        @"^[\s,]*(?:as\s+" + Subject + @"\s+(?:(?:had|has|once|later|then|also)\s+)?(?<verb>put\s+it|puts\s+it|said|says|wrote|writes|promised|noted|observed|remarked|explained|warned|declared|added|insisted|told|tells|recalled|recalls|noted|notes)\b"
        + @"|(?<verb>according\s+to)\s+" + Subject + EndOfName
        + @"|\(\s*(?<subj>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")['’]s?\s+(?:own\s+)?(?<verb>words|phrase|description|term)\b)",
        Options, Timeout);

    /// <summary>
    /// A verb of speaking or writing and its circumstances, ending in a colon before a quote or at the end of the paragraph
    /// that introduces one: "Steinberg spoke with warmth and enthusiasm about Italy:", "Margenau remarks:", "As Lipton puts
    /// it:", "Westbrook writes in his essay:". The colon makes the nouns' forms ("remarks", "comments") verbs here.
    /// </summary>
    public static readonly Regex ColonClause = new(
        @"(?<![\p{L}\p{Mn}\p{Nd}'’.-])" + Subject + Apposition + Adverb + @"\s+(?<verb>spoke|speaks|remarks|comments|answers|replies|reflects|reflected|puts\s+it|put\s+it|writes|wrote|says|said|explains|explained|declares|declared|observes|observed|notes|noted|recalls|recalled|adds|added|continues|continued|concludes|concluded|informs|informed|assured|assures|reminded|reminds|acclaims|acclaimed|summed\s+it\s+up|sums\s+it\s+up|made\s+(?:this|the\s+following|a|the)\s+(?:remark|statement|comment|observation|reply|answer)|wired|cabled|telegraphed|wires|cables)\b[^.!?:""“”]{0,100}:\s*$",
        Options, Timeout);

    /// <summary>
    /// A name (or "he", "she") and any verb in the past tense after a quote that ends in a comma or a mark: ""Take a ride on
    /// this one", Brooks Robinson greeted Hansen", ""Come in," Holmes beckoned". Only a speaker the text knows is taken.
    /// </summary>
    public static readonly Regex AfterQuoteAnyVerb = new(
        @"^[\s,]*(?<subj>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @"|[Hh]e|[Ss]he)\s+(?<verb>[a-z]{3,}ed)\b(?!\s+(?:by|that|to)\b)",
        Options, Timeout);

    /// <summary>
    /// The sentence after a quote that names its speaker by referring back to it: ""…". Gov. Aldous W. Threlkeld said it at
    /// his weekly news conference", ""…". Msgr. Hackbarth said so".
    /// </summary>
    public static readonly Regex SaidItAfter = new(
        @"^(?:It\s+was\s+)?" + Subject + Apposition + Adverb + @"\s+(?:who\s+)?(?<verb>said|says|added|declared|repeated)\s+(?:it|so|this)\b"
        + @"(?=\s*$|\s*[,.;]|\s+(?:at|in|on|to|again|twice|later|then|during|after|before|with|when|while|publicly|privately|too|also|himself|herself|first|yesterday|today|tonight)\b)",
        Options, Timeout);

    /// <summary>
    /// A paragraph that opens by naming who said the quote paragraph before it: ""We are not asking for the moon …"" then
    /// "So said Zbigniew J. Wodzinski, president of Local 1108, as …".
    /// </summary>
    public static readonly Regex SoSaid = new(
        @"^(?:So|Thus)\s+(?<verb>said|says|spoke|declared|wrote|writes)\s+(?:(?:[a-z]{3,12}\s+)?" + LowerRole + @"\s+(?=[A-Z])|" + ClergyThe + @")?" + Subject + EndOfName,
        Options, Timeout);

    /// <summary>"he had no comment", "the company had no further comment": a refusal to speak, not a statement.</summary>
    public static readonly Regex NoComment = new(
        @"^(?:[\p{L}'’-]+\s+){0,3}(?:had|has|would\s+have)\s+no\s+(?:further\s+)?comment\b",
        Options, Timeout);

    public static readonly Regex RefersBack = new(
        @"^(?:it|so|this)(?:\s*$|\s*[,.;]|\s+(?:at|in|on|to|again|twice|later|then|during|after|before|with|when|while|publicly|privately|too|also|himself|herself)\b)",
        Options, Timeout);

    /// <summary>", K.J.P. Baraclough" after "said the magistrate": the name of the person a role phrase refers to, closing the sentence.</summary>
    private const string NamedInApposition = @"(?:,\s+(?<named>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")(?:\s*[.!?]?\s*$|\s*,))?";

    /// <summary>Text right before an opening quote mark that names its speaker: "Xi said:", "who quoted Jensen as saying:", "Dahlgaard was quoted as saying,".</summary>
    public static readonly Regex BeforeQuote = new(
        @"(?:" + Subject + Apposition + @"(?:" + Adverb + @"\s+" + Verb + VerbObject + Circumstance + @"(?:\s+that)?|" + ModalVerb
        + @"|\s+(?:was|were|is|has\s+been)\s+quoted\s+as\s+(?<verb>saying))"
        + @"|\b(?<verb>quoted)\s+" + Subject + @"\s+as\s+(?:saying|telling\s+\S+(?:\s+\S+)?))\s*[,:]?\s*$",
        Options, Timeout);

    /// <summary>
    /// A verb before its subject right before a quote, as features write it: "Says Wallace F. Jannsen, director of the
    /// FDA's Division of Public Information: "…"", "… which, says Pasley, "had been maintained …"". Also a speaker's
    /// answer named by its noun: "O'Banion's reaction was: "…"", "His reply: "…"".
    /// </summary>
    public static readonly Regex InvertedBeforeQuote = new(
        @"(?:(?<![^\s.!?])(?<verb>Says|Replies|Comments|Notes|" + string.Join("|", Lexicon.InvertibleVerbs.Where(v => v.IndexOf(' ') < 0).Select(Capitalized)) + @")"
        + @"|,\s+(?<verb>says|said|writes|wrote|adds|added|recalls|recalled|explains|explained|notes|noted|continues|continued))"
        + @"\s+(?:" + LowerRole + @"\s+(?=[A-Z]))?" + Subject + EndOfName + @"(?:\s*,\s*[^.;:""“”«»„‘「」]{2,160}?)?\s*[:,]\s*$"
        + @"|(?<![\p{L}\p{Mn}\p{Nd}'’.-])(?<subj>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @"|His|Her)['’]s?\s+(?:(?:first|only|immediate|whole|typical|usual|last|final|answer|own|famous|best)\s+)?(?<verb>reaction|reply|answer|response|comment|retort|rejoinder|verdict|statement|words|remark|description|advice|explanation|summary|conclusion|findings|view|views|opinion|argument|thesis|judgment|judgement|prediction|promise|invitation|warning|plea)\b[^.!?:;""“”]{0,60}?\s*(?:(?:was|is|are|were)\b[^.!?:;""“”]{0,20}?\s*)?[:,]\s*$"
        + @"|\b(?<subj>[Tt]he\s+(?:[a-z]+\s+)?(?:" + Lexicon.Alternation(Lexicon.RoleNouns) + @"))['’]s\s+(?:(?:first|only|immediate|whole|typical|usual|last|final|own|brief)\s+)?(?<verb>reaction|reply|answer|response|comment|retort|verdict|statement|words|remark|explanation|advice|warning)\b[^.!?:;""“”]{0,60}?\s*(?:(?:was|is|are|were)\b[^.!?:;""“”]{0,20}?\s*)?[:,]\s*$"
        + @"|\b(?<verb>words|statement|remark|reply|answer|promise|invitation|advice|warning|verdict|comment|message|reaction|prayer|plea|testimony)\s+of\s+(?:(?:[a-z]+\s+){0,2}" + LowerRole + @"\s+(?=[A-Z]))?(?<subj>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Judge|Justice|Cardinal|Pope|Bishop|President|Secretary|Father|Rev)\.?\s+)?(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")\b[^.!?:;""“”]{0,60}?[:,]\s*$",
        Options, Timeout);

    /// <summary>
    /// The verbs that end a paragraph introducing a quote in the next one, besides those of <see cref="BeforeQuote"/>:
    /// "she listened to Assistant District Attorney Anthony Liebler describe her to the arraigning judge:".
    /// </summary>
    public static readonly Regex IntroducingClause = new(
        @"(?<![\p{L}\p{Mn}\p{Nd}'’.-])" + Subject + Apposition + Adverb + @"\s+(?<verb>describe|describes|described|read|reads|testify|testifies|testified|put\s+it|tell|say|explain|declare|answer|reply)\b[^.!?:""“”]{0,80}:\s*$",
        Options, Timeout);

    /// <summary>
    /// Characters no match of <see cref="BeforeQuote"/> or <see cref="AfterQuote"/> holds (neither a name, an apposition
    /// nor a verb does): the search before a quote starts after the last of them and the search after it ends at the
    /// first, so the text of a neighbouring quote is never read again for this one, and the cost of all quotes is linear.
    /// </summary>
    public static readonly char[] AttributionStops = { '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2018', '\u300C', '\u300D', ';' };

    /// <summary>
    /// "the painter calls the harbor "a workshop …"": the present of verbs of naming governs a quote the sentence holds for
    /// other reasons (its length, another verb), but makes no short quote a statement by itself ("what he calls "art"").
    /// </summary>
    private static readonly string[] PresentNamingVerbs = { "calls", "terms", "describes" };

    /// <summary>
    /// The verbs after which a quote later in the same sentence is the subject's words, though they do not stand next to
    /// it: "Hemphill charged Tuesday that the bids had "an inside track"", "Daniel termed "extremely conservative" his estimate".
    /// </summary>
    public static readonly WordSet GoverningVerbWords = new(Lexicon.QuoteVerbs.Concat(Lexicon.AttributingVerbs).Concat(PresentNamingVerbs));

    /// <summary>Auxiliaries and adverbs between a subject and its verb: "Wexler had charged", "the President has also called".</summary>
    private const string Auxiliaries = @"(?:\s+(?:had|has|have|would|will|did|does|also|then|later|again|further|not\s+only|[a-z]{2,}ly))*";

    /// <summary>
    /// The subject of a verb of speech that governs a later quote in its sentence, matched on the text before the verb:
    /// "Judge Parsons leaned over the bench and [inquired]", "Acting Judge John M. Karns, who [charged]", "Sokol [continued]",
    /// "what he [termed]", "House Speaker Sam Rayburn (D., Tex.) [called]". A clause between subject and verb must be joined by
    /// "and" and hold no comma, so "Putin met Xi, who said" is Xi's.
    /// </summary>
    public static readonly Regex GoverningSubject = new(
        @"(?<![\p{L}\p{Mn}\p{Nd}'’.-])" + Subject + EndOfName + @"(?:\s+of\s+(?:the\s+)?(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")?(?:\s*\([^()""“”]{1,40}\))?"
        + Apposition + @"(?:,?\s+who)?" + Auxiliaries + @"(?:\s+[a-z][^,;:""“”()]{0,150}?,?\s+and)?\s+$",
        Options, Timeout);

    /// <summary>"The storm, said John Smith, was "the worst in 50 years."": a parenthetical verb and subject earlier in the sentence.</summary>
    public static readonly Regex ParentheticalSaid = new(
        @",\s+(?<verb>said|says|added|adds|noted|notes|explained|recalled|insisted|argued)\s+(?:" + LowerRole + @"\s+(?=[A-Z]))?" + Subject + EndOfName + @"\s*,",
        Options, Timeout);

    /// <summary>"in the words of Coach John Benington, "…"".</summary>
    public static readonly Regex InTheWordsOf = new(
        @"\bin\s+the\s+words\s+of\s+" + Subject + @"\s*,?\s*$|\b[Ii]n\s+(?<subj>(?:" + NameWord + @"\s+){0,3}" + LastNameWord + @")['’]s?\s+(?:own\s+)?words\b[^.!?""“”]{0,80}$",
        Options, Timeout);

    /// <summary>How long a Q&amp;A label ("Ledger", "Elif Varga", "Q") may be.</summary>
    public const int MaxLabelLength = 30;

    /// <summary>"Varga: ", "Q: ", "Ledger: " at the start of a paragraph: the label of a line of a Q&amp;A interview.</summary>
    public static readonly Regex InterviewLabel = new(
        @"\G(?<label>Q|A|[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?)\s*:\s+(?=\S)",
        Options, Timeout);

    /// <summary>"Noting that …, Liu said …": a participle that opens a sentence and reports what follows it.</summary>
    public static readonly Regex OpeningParticiple = new(
        @"^(?<verb>(?i:" + Lexicon.Alternation(Lexicon.ChainingVerbs) + @"))\s+(?:that\s+)?(?<content>\S.*)$",
        Options, Timeout);

    /// <summary>Any verb that attributes words to someone, anywhere in a sentence.</summary>
    public static readonly Regex AnyReportingVerb = new(
        @"\b(?:" + Lexicon.Alternation(Lexicon.ReportingVerbs.Concat(Lexicon.AttributingVerbs)) + @")\b",
        Options, Timeout);

    /// <summary><see cref="AnyReportingVerb"/> anchored where the search starts, so a call reads one verb phrase, not the rest of the text.</summary>
    public static readonly Regex AnyReportingVerbAt = new(
        @"\G(?:" + Lexicon.Alternation(Lexicon.ReportingVerbs.Concat(Lexicon.AttributingVerbs).Concat(new[] { "remarks" })) + @")\b",
        Options, Timeout);

    // Every match of a pattern holds the first word of one of its verbs, so a text without such a word is not matched:
    // the patterns cost far more than one pass over the letters, and most sentences report nothing.

    /// <summary>The words one of which every match of <see cref="Leading"/>, <see cref="Inner"/> and <see cref="BeforeQuote"/> holds.</summary>
    public static readonly WordSet ReportingVerbWords = new(Lexicon.ReportingVerbs.Concat(QuestionVerbs));

    /// <summary>The words one of which every match of <see cref="Inverted"/> holds.</summary>
    public static readonly WordSet InvertibleVerbWords = new(Lexicon.InvertibleVerbs);

    /// <summary>The words one of which every match of <see cref="AfterQuote"/> holds.</summary>
    public static readonly WordSet AfterQuoteVerbWords = new(Lexicon.QuoteVerbs.Concat(Lexicon.InvertibleVerbs.Select(Capitalized)));

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);

    /// <summary>The words one of which every match of <see cref="AnyReportingVerb"/> holds.</summary>
    public static readonly WordSet AnyReportingVerbWords = new(Lexicon.ReportingVerbs.Concat(Lexicon.AttributingVerbs).Concat(new[] { "remarks" }));

    /// <summary>Words right before a quote mark that make it a title or name, not a statement.</summary>
    public static readonly Regex NamingCue = new(
        @"\b(?:titled|entitled|called|named|dubbed|known\s+as|so-called|slogan|motto|term|word|phrase|nicknamed|labeled|labelled|branded)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
}
