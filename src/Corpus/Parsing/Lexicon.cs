using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Parsing;

/// <summary>
/// Every word list the parser decides by, in one place: reporting verbs, titles, page furniture, abbreviations.
/// Rules elsewhere use these lists and never a seed's exact strings.
/// </summary>
internal static class Lexicon
{
    /// <summary>Reporting verbs of news prose, longest first so that "pointed out" wins over a shorter form.</summary>
    public static readonly string[] ReportingVerbs = Longest(
        "said", "says", "told", "tells", "noted", "notes", "stressed", "stresses", "emphasized", "emphasizes",
        "emphasised", "pointed out", "points out", "added", "adds", "agreed", "expressed", "stated", "states",
        "declared", "announced", "explained", "remarked", "urged", "warned", "insisted", "reiterated",
        "underlined", "underscored", "highlighted", "asserted", "affirmed", "acknowledged", "observed",
        "commented", "wrote", "argued", "claimed", "recalled", "confirmed", "reported", "reports", "believes",
        "called for", "hailed", "praised", "voiced", "welcomed", "recommended", "recommends", "proposed", "ruled",
        "contended", "maintained", "predicted", "disclosed", "revealed", "conceded", "admitted", "replied",
        "responded", "suggested", "testified", "pledged", "vowed", "complained", "inquired", "estimated",
        "indicated", "cautioned", "announces", "declares", "insists", "warns", "writes", "explains",
        "urges", "recalls", "observes", "argues", "asserts", "admits", "concedes", "cautions", "complains", "maintains",
        "contends", "suggests", "predicts", "concludes", "concluded", "informed", "informs", "tweeted", "tweets", "forecast",
        "forecasts");

    /// <summary>
    /// Verbs that attribute a few quoted words to someone without introducing a clause ("termed \"extremely
    /// conservative\" his estimate", "described the talks as \"inconclusive\""): with <see cref="ReportingVerbs"/>,
    /// they make a short quote a partial quote rather than a scare quote.
    /// </summary>
    public static readonly string[] AttributingVerbs = Longest(
        "termed", "described", "charged", "called", "asked", "accused", "argued", "complained", "criticized",
        "contended", "promised", "pledged", "vowed", "predicted", "testified", "denied", "demanded", "quoted",
        "informed", "informs", "assured", "assures", "reminded", "reminds", "acclaimed", "hailed", "answered");

    /// <summary>Reporting verbs that may come before their subject in news prose ("…," said Putin).</summary>
    public static readonly string[] InvertibleVerbs = Longest(
        "said", "says", "added", "adds", "asked", "asks", "noted", "told", "explained", "explains", "continued",
        "declared", "wrote", "writes", "recalled", "replied", "exclaimed", "confessed", "admitted", "conceded", "called",
        "answered", "responded", "countered", "quipped", "joked", "cried", "shouted", "whispered", "snapped",
        "repeated", "inquired", "wondered", "suggested", "insisted", "remarked", "observed", "commented", "agreed",
        "protested", "objected", "boasted", "complained", "cautioned", "warned", "mused", "laughed", "stated",
        "announced", "reported", "recounted", "went on", "chimed in", "interjected", "retorted", "grumbled",
        "grinned", "smiled", "chuckled", "sighed", "shrugged", "beamed", "drawled", "yelled", "hollered", "roared",
        "muttered", "murmured", "barked", "growled", "snorted", "charged", "predicted", "vowed", "pleaded", "urged",
        "demanded", "promised", "acknowledged", "emphasized", "stressed", "maintained", "contended", "argued",
        "asserted", "shrieked", "bellowed", "screamed", "gushed", "thundered", "wailed", "sobbed", "gasped", "blurted",
        "scoffed", "sneered", "hissed", "ventured", "volunteered", "summed up", "put in",
        // Features and magazines tell in the present: "…," he urges; "…," Dr. Brodie recalls.
        // Not the forms that are also nouns ("the President's remarks", "answers", "cries of protest").
        "urges", "continues", "recalls", "observes", "agrees", "argues", "asserts", "insists", "admits", "concedes",
        "confesses", "cautions", "complains", "maintains", "contends", "suggests", "responds", "exclaims", "predicts",
        "declares", "warns", "states", "announces", "reports", "concludes", "concluded", "reflected", "reflects", "remembers", "remembered",
        "related", "relates", "counseled", "counselled", "advised", "burst out", "broke in", "informed", "informs",
        "posted", "tweeted", "posts", "tweets", "say");

    /// <summary>
    /// The verbs that introduce a direct quote next to it, before ("Xi said: "…"") or after it (""…," Putin asked"):
    /// reporting verbs and the verbs of dialogue.
    /// </summary>
    public static readonly string[] QuoteVerbs = ReportingVerbs.Concat(InvertibleVerbs).Distinct(StringComparer.Ordinal)
        .OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();

    /// <summary>Participles that chain a second statement onto a reporting clause ("…, Liu said, adding that …").</summary>
    public static readonly string[] ChainingVerbs = Longest("adding", "noting", "saying", "stressing", "stating", "emphasizing", "pointing out");

    /// <summary>Objects a reporting verb may take before its content ("told reporters that").</summary>
    public static readonly string[] VerbObjects = Longest("reporters", "the press", "the media", "media", "journalists", "the audience", "the meeting", "the conference", "the forum", "the gathering", "him", "her", "them", "newsmen", "newspapermen", "the newsmen");

    /// <summary>Audiences told without an article ("told stockholders at the annual meeting that …"): objects of "told" only.</summary>
    public static readonly string[] AudienceNouns = Longest(
        "stockholders", "shareholders", "investors", "delegates", "members", "employees", "workers", "students", "graduates",
        "parents", "teachers", "officials", "supporters", "listeners", "viewers", "readers", "guests", "visitors", "diplomats",
        "legislators", "lawmakers", "senators", "congressmen", "businessmen", "farmers", "voters", "residents", "worshipers",
        "worshippers", "parishioners", "alumni", "scientists", "doctors", "editors", "bankers", "police", "friends");

    /// <summary>Words that are titles or offices, stripped from a name to find the person ("Chinese President Xi Jinping").</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "President", "Premier", "Minister", "Prime", "Vice", "General", "Secretary", "Chairman", "Chairwoman",
        "Director", "Spokesperson", "Spokesman", "Spokeswoman", "Ambassador", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "King", "Queen", "Prince", "Chancellor", "Senator", "Sen.", "Governor",
        "Gov.", "Mayor", "Chief", "Deputy", "Councilor", "Councillor", "Envoy", "Leader", "Foreign", "Defense",
        "Defence", "Commerce", "Finance", "State", "Head", "Representative", "Rep.", "CEO", "Chair", "Sen", "Gov", "Rep",
        "Gen", "Gen.", "Col", "Col.", "Capt", "Capt.", "Lt", "Lt.", "Sgt", "Sgt.", "Rev", "Rev.", "Judge", "Justice",
        "Coach", "Miss", "Madame", "Mme", "Sir", "Sheikh", "Dame", "Lord", "Lady", "Councilman", "Councilwoman", "Commissioner",
        "Superintendent", "Principal", "Patrolman", "Officer", "Attorney", "Controller", "Comptroller", "Treasurer",
        "Sheriff", "Detective", "Inspector", "Captain", "Lieutenant", "Sergeant", "Colonel", "Professor", "Doctor",
        "Bishop", "Cardinal", "Rabbi", "Pastor", "Executive", "Manager", "Editor", "Assistant", "Associate", "Magistrate",
        "Referee", "Pres.", "Supt.", "Atty.", "Rookie", "Veteran", "Founder", "Owner", "Cllr", "Cllr.", "Marshal", "Mediator",
        "Kid", "Sister", "Father", "Msgr", "Msgr.", "Brig", "Brig.", "Agent", "MP", "MEP", "Congressman", "Congresswoman",
        "Assemblyman", "Assemblywoman", "Alderman", "Trooper", "Fireman", "Coroner", "Warden");

    /// <summary>
    /// Role words written in lower case inside a name ("board chairman Henry L. Bowden", "said Harbour City chairman
    /// Peter Okafor"): a subject may hold them, and they are stripped with the other titles.
    /// </summary>
    public static readonly string[] LowerCaseRoles = Longest(
        "chairman", "chairwoman", "chair", "president", "director", "coach", "manager", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "minister", "attorney", "officer", "executive", "founder", "owner", "editor",
        "commissioner", "superintendent", "principal", "professor", "captain", "referee", "judge", "head", "chief",
        "senator", "governor", "mayor", "leader", "ambassador", "analyst", "economist", "member", "treasurer",
        "controller", "sheriff", "detective", "inspector", "magistrate", "lawyer", "councilman", "councilwoman",
        "lawmaker", "legislator", "official", "researcher", "scientist", "activist", "campaigner", "engineer",
        "conductor", "composer", "writer", "author", "teacher", "nurse", "doctor", "surgeon", "pilot", "farmer",
        "striker", "midfielder", "defender", "goalkeeper", "forward", "pitcher", "quarterback", "outfielder", "fielder", "mediator",
        "marshal", "catcher", "wingback", "halfback", "fullback", "tackle", "guard", "center", "shortstop", "counsel",
        "prosecutor", "historian", "physicist", "biologist", "chemist", "psychologist",
        "psychiatrist", "sociologist", "architect", "designer", "producer", "actor", "actress", "singer",
        "novelist", "poet", "playwright", "critic", "pastor", "priest", "rabbi", "bishop", "candidate", "nominee",
        "challenger", "incumbent", "negotiator", "adviser", "advisor", "aide", "deputy", "clerk", "auditor", "planner",
        "trainer", "jockey", "veteran", "rookie", "dean", "chancellor", "provost", "curator", "broker", "banker",
        "trader", "investor", "strategist", "consultant", "organizer", "organiser", "resident", "witness", "survivor",
        "linebacker", "infielder", "baseman", "goalie", "defenseman", "winger", "receiver", "tailback", "umpire",
        "golfer", "boxer", "champion", "teammate", "skipper", "sprinter", "swimmer", "player", "student", "neighbor",
        "neighbour", "shopkeeper", "homeowner", "employee", "worker", "driver", "passenger", "patient", "voter",
        "physician", "publisher", "reporter", "columnist", "photographer", "broadcaster", "commentator");

    /// <summary>Nouns of role phrases that refer back to a named speaker ("the official", "the Russian president").</summary>
    public static readonly HashSet<string> RoleNouns = WithRolesBeforeNames(
        "official", "president", "premier", "minister", "spokesperson", "spokesman", "spokeswoman", "ambassador",
        "leader", "envoy", "diplomat", "chairman", "director", "expert", "analyst", "secretary", "chancellor",
        "councilman", "councilwoman", "governor", "mayor", "senator", "judge", "magistrate", "coach", "manager",
        "commissioner", "superintendent", "attorney", "prosecutor", "lawyer", "officer", "captain", "chief",
        "executive", "founder", "author", "principal", "sheriff", "detective", "inspector", "chairwoman", "candidate",
        "congressman", "congresswoman", "representative", "economist", "scientist", "researcher", "professor",
        "doctor", "referee", "owner", "pitcher", "quarterback", "striker", "defender", "goalkeeper", "player", "general",
        "chair", "head", "administrator", "lawmaker", "legislator", "activist", "campaigner", "conductor", "marshal",
        "catcher", "trainer", "promoter", "prosecutor", "defendant", "witness", "chief", "justice", "treasurer", "clerk",
        "dean", "bishop", "pastor", "rector", "chaplain", "auditor", "engineer", "physician", "surgeon", "teacher",
        "assemblyman", "alderman", "supervisor", "comptroller", "controller", "coroner", "warden", "mediator",
        "negotiator", "golfer", "skipper", "pilot", "veteran", "rookie", "shortstop", "outfielder", "infielder", "democrat",
        "republican",
        "halfback", "fullback", "youth", "son", "daughter", "wife", "husband", "mother", "father", "brother", "sister",
        "widow", "widower",
        "painter", "artist", "sculptor", "composer", "novelist", "poet", "playwright", "actor", "actress", "curator",
        "singer", "pianist", "violinist", "cellist", "organist", "soloist", "dancer", "choreographer", "musician",
        "architect", "critic", "writer", "historian", "photographer", "designer", "priest", "rabbi",
        "vicar", "nurse", "farmer", "student", "scout", "dealer", "foreman", "contractor", "patrolman", "fireman", "trooper",
        "agent", "broker", "banker", "merchant", "salesman", "neighbor", "astronomer", "chemist", "physicist", "biologist",
        "psychologist", "psychiatrist", "sociologist", "geologist", "educator", "clergyman", "lecturer", "speaker", "commander", "moderator",
        "delegate", "interpreter", "translator", "meteorologist", "forecaster", "librarian", "editor", "publisher", "correspondent",
        "auctioneer", "statistician", "comedian", "entertainer", "bandleader", "ballerina", "soprano", "tenor", "baritone",
        "contralto", "drummer", "guitarist", "trumpeter", "saxophonist", "clarinetist", "vocalist", "magician", "announcer",
        "commentator", "columnist", "reporter", "star", "guard", "jockey");

    /// <summary>
    /// <see cref="RoleNouns"/> as one word alternation (<see cref="Alternation"/>), the longest first ("chairman" before
    /// "chair"): built once for every pattern that reads a role noun.
    /// </summary>
    public static readonly string RoleNounAlternation = Alternation(RoleNouns.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal));

    /// <summary>
    /// Nouns of phrases that refer back to a named body ("the jury", "the council", "the company"). Plural members
    /// ("the jurors", "the trustees") refer to their body: <see cref="CollectiveBodies"/> maps them.
    /// </summary>
    public static readonly HashSet<string> CollectiveNouns = Set(
        "jury", "jurors", "council", "councilmen", "committee", "commission", "board", "trustees", "directors", "court",
        "government", "administration", "ministry", "department", "agency", "company", "firm", "corporation", "group",
        "union", "party", "police", "army", "embassy", "office", "bank", "university", "college", "school", "club",
        "team", "association", "federation", "league", "panel", "senate", "legislature", "assembly", "congress",
        "parliament", "cabinet", "bureau", "institute", "authority", "foundation", "church", "society", "organization",
        "organisation", "operator", "carrier", "airline", "maker", "manufacturer", "retailer", "lender", "insurer",
        "museum", "library", "hospital", "orchestra", "mission", "delegation", "consulate", "railroad", "railway", "patrol",
        "pentagon", "kremlin", "vatican", "exchange", "radio", "newspaper", "station", "network", "presidency", "secretariat",
        "utility", "developer", "producer", "supplier", "startup", "chain", "mothers", "fathers", "parents", "neighbors",
        "neighbours", "residents", "voters", "fans");

    /// <summary>The body a plural of its members refers to ("the jurors" → jury).</summary>
    public static readonly IReadOnlyDictionary<string, string> CollectiveBodies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["jurors"] = "jury", ["councilmen"] = "council", ["directors"] = "board",
    };

    /// <summary>
    /// Nouns of documents that speak for their author ("the statement said", "the council's resolution said"): the
    /// author is the body or person who owns it, else the last speaker.
    /// </summary>
    public static readonly HashSet<string> DocumentNouns = Set(
        "statement", "statements", "resolution", "report", "letter", "letters", "release", "ruling", "complaint",
        "memo", "communique", "presentments", "announcement", "decision", "order", "filing", "lawsuit", "indictment",
        "notice", "message", "declaration", "note", "telegram", "cable", "memorandum", "dissent", "editorial", "petition",
        "story", "article", "dispatch", "column", "broadcast", "bulletin");

    /// <summary>Capitalized words that start a sentence but never name a single speaker ("They said …").</summary>
    public static readonly string[] NonSubjects = Longest(
        "They", "We", "It", "This", "That", "These", "Those", "There", "Both", "All", "Some", "Others", "I", "You", "So",
        "One", "Each", "Many", "Most", "Experts", "Officials", "Analysts", "Sources", "Observers", "Earlier", "Later",
        "Meanwhile", "However", "Separately", "Also", "Still", "Yesterday", "Today", "Previously", "Afterwards", "Then",
        "Now", "Instead", "Nevertheless", "Moreover", "Furthermore", "Overall", "In", "On", "At", "After", "Before",
        "During", "For", "With", "From", "By", "Under", "Over", "Since", "Until", "When", "While", "As", "Asked",
        "If", "But", "And", "Or", "Yet", "Although", "Though", "Because", "Perhaps", "Here", "What", "Why", "How", "Where",
        "Whatever", "Whether", "Not", "No", "Only", "Even", "Thus", "Hence", "Indeed", "Such", "Every", "Nobody", "Nothing",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "According", "Whenever", "Wherever",
        "Unless", "Soon", "Him", "Himself", "Herself", "Themselves", "Itself", "Them", "Us", "Me", "Chiefly", "Mainly",
        "Mostly", "Largely", "Partly", "Clearly", "Surely", "Certainly", "Probably", "Possibly", "Apparently", "Obviously",
        "Finally", "Actually", "Naturally", "Fortunately", "Unfortunately", "Originally", "Recently", "Formerly",
        "Eventually", "Usually", "Generally", "Similarly", "Likewise", "Accordingly", "Consequently", "Therefore",
        "Nonetheless", "Besides", "Otherwise", "Someone", "Somebody", "Anyone", "Anybody", "Everyone", "Everybody", "None",
        "Whoever", "Which", "Who", "Whom", "Other", "Few", "Several", "Well", "Is", "Amen", "Two", "Three", "Four", "Five",
        "Six", "Seven", "Eight", "Nine", "Ten");

    /// <summary>Nouns of an unnamed voice of a body ("a spokesperson for the ministry"): the body is the speaker.</summary>
    public static readonly HashSet<string> VoiceNouns = Set(
        "spokesperson", "spokesman", "spokeswoman", "representative", "statement", "source", "official", "lawyer", "press");

    /// <summary>Nouns by which news refers back to a business it has named ("…, the company said").</summary>
    public static readonly HashSet<string> FirmNouns = Set(
        "company", "firm", "group", "operator", "carrier", "airline", "maker", "manufacturer", "retailer", "lender",
        "insurer", "utility", "developer", "producer", "supplier", "startup", "bank", "business", "chain", "brand", "union");

    /// <summary>
    /// Words of the names of places and buildings, numbers and nationalities: a run of capitals that holds one names
    /// no person ("Rhode Island", "Two British").
    /// </summary>
    public static readonly HashSet<string> PlaceWords = Set(
        "County", "State", "States", "Island", "Islands", "City", "River", "Street", "St.", "Avenue", "Ave.", "Road",
        "Park", "Hotel", "Inn", "School", "High", "Hall", "Lake", "Mountain", "Mountains", "Valley", "Bay", "Beach",
        "Airport", "Station", "Square", "Bridge", "Republic", "Kingdom", "Coast", "Fort", "Port", "Harbor", "Harbour",
        "Stadium", "Arena", "Field", "Gardens", "Heights", "Falls", "Springs", "Hills", "Creek", "Point", "Village",
        "Town", "Township", "District", "Province", "Region", "Territory", "Sea", "Ocean", "Gulf", "Canal", "Estate",
        "Building", "Tower", "Palace", "Museum", "Library", "Hospital", "Church", "Cathedral", "Temple", "Mosque",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "British", "American", "Soviet",
        "Russian", "Chinese", "French", "German", "Japanese", "English", "European", "African", "Asian", "National",
        "International", "Federal", "Northern", "Southern", "Eastern", "Western");

    /// <summary>Words that make a lesser or past office of a role ("Vice President", "former minister").</summary>
    public static readonly HashSet<string> RankWords = Set("vice", "deputy", "assistant", "associate", "acting", "former", "ex", "lieutenant", "under");

    /// <summary>
    /// Words that open a phrase referring to someone ("the president", "its director", "a State Department spokesman"):
    /// a name in apposition after such a phrase is the speaker.
    /// </summary>
    public static readonly HashSet<string> Determiners = Set("the", "its", "his", "her", "their", "a", "an");

    /// <summary>Personal pronouns that refer back to the last named person.</summary>
    public static readonly HashSet<string> Pronouns = Set("he", "she");

    /// <summary>Honorifics of women ("Mrs. Sims"): "she" may refer to their bearer, "he" may not.</summary>
    public static readonly HashSet<string> FemaleHonorifics = Set(
        "Mrs", "Ms", "Miss", "Madame", "Mme", "Mlle", "Queen", "Princess", "Lady", "Dame", "Sister", "Duchess", "Countess");

    /// <summary>Honorifics of men ("Mr. Reama"): "he" may refer to their bearer, "she" may not.</summary>
    public static readonly HashSet<string> MaleHonorifics = Set(
        "Mr", "Sir", "Sheikh", "King", "Prince", "Lord", "Father", "Brother", "Duke", "Count", "Monsignor");

    /// <summary>
    /// Common given names of women in English-language news, from many countries: a full name that starts with one is a
    /// person's ("Zoe Ann Olsen"), and "she" may refer to her; "Mrs. Tabitha Quarle" is her own name, not her husband's.
    /// The last lines hold the older virtue, Biblical and Victorian names American papers still printed in the 1950s and
    /// 1960s ("Temperance", "Zillah", "Rosamond"). Names given to both sexes, or that are common words or places ("Hope",
    /// "Mercy", "Alberta"), are in neither list.
    /// </summary>
    public static readonly HashSet<string> FemaleGivenNames = Set(
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy",
        "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
        "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
        "Angela", "Shirley", "Anna", "Ann", "Anne", "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha",
        "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane",
        "Ruth", "Julie", "Olivia", "Joyce", "Virginia", "Victoria", "Lauren", "Christina", "Joan", "Evelyn", "Judith",
        "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Sara", "Frances",
        "Kathryn", "Janice", "Alice", "Judy", "Sophia", "Grace", "Denise", "Amber", "Doris", "Marilyn", "Danielle",
        "Beverly", "Isabella", "Theresa", "Diana", "Natalie", "Charlotte", "Marie", "Lori", "Zoe", "Jane", "Ada",
        "Ingrid", "Olga", "Elena", "Irina", "Natalia", "Svetlana", "Tatiana", "Anastasia", "Fatima", "Aisha", "Priya",
        "Sofia", "Lucia", "Claire", "Chloe", "Sophie", "Amara", "Esther", "Rosa", "Carmen", "Eva", "Eleanor",
        "Florence", "Harriet", "Edith", "Mildred", "Ethel", "Lillian", "Louise", "Irene", "Marjorie", "Gladys", "Peggy",
        "Sally", "Nora", "Molly", "Lucy", "Ursula", "Angela", "Hanna", "Greta", "Lena", "Maya", "Nadia", "Leila",
        "Yasmin", "Ayesha", "Mei", "Ling", "Yuki", "Keiko", "Hana", "Ana", "Isabel", "Beatriz", "Ines", "Marta",
        "Edna", "Bertha", "Mabel", "Hazel", "Pearl", "Myrtle", "Gertrude", "Agnes", "Bessie", "Viola", "Ida", "Minnie",
        "Elsie", "Stella", "Beatrice", "Vera", "Lucille", "Thelma", "Velma", "Wilma", "Inez", "Alma", "Rose", "Lottie",
        "Hattie", "Nellie", "Opal", "Maude", "Blanche", "Bernice", "Ella", "Fannie", "Sadie", "Winifred", "Eunice",
        "Muriel", "Lois", "Phyllis", "Norma", "Arlene", "Geraldine", "Loretta", "Juanita", "Rosemary", "Jean", "June",
        "Dolores", "Wanda", "Bonnie", "Connie", "Lorraine", "Maxine", "Constance", "Hilda", "Henrietta", "Josephine",
        "Katharine", "Cora", "Della", "Dora", "Flora", "Pauline", "Rita", "Roberta", "Sylvia", "Ellen", "Erma",
        "Jeanette", "Leona", "Lydia", "Mae", "Mamie", "Marian", "Miriam", "Myra", "Olive", "Violet", "Vivian", "Estelle",
        "Lucinda", "Matilda", "Adele", "Adeline", "Genevieve", "Harriett", "Imogene", "Iris", "Kathy", "Lena", "Mavis",
        "Clara", "Annie", "Lillie", "Mattie", "Jessie", "Carrie", "Nettie", "Lula", "Katie", "Beulah", "Irma", "Lorene",
        "Fern", "Ruby", "Frieda", "Goldie", "Georgia", "Marguerite", "Colleen", "Darlene", "Joanne", "Joann", "Carole",
        "Sue", "Kay", "Bette", "Marcia", "Patsy", "Gail", "Gayle", "Marlene", "Elaine", "Glenda", "Rosalie", "Iva", "Lela",
        "Leola", "Madeline", "Madge", "Marcella", "Margie", "Nell", "Nina", "Nola", "Ora", "Phoebe", "Polly", "Sallie",
        "Selma", "Tessie", "Trudy", "Verna", "Veronica", "Wilhelmina", "Willa", "Winona", "Yvonne", "Zelma", "Beth",
        "Betsy", "Bess", "Cecilia", "Celia", "Daisy", "Dolly", "Dorothea", "Effie", "Eloise", "Elva", "Eula",
        "Evangeline", "Fay", "Faye", "Flossie", "Geneva", "Gwendolyn", "Helena", "Hester", "Hortense", "Isabelle",
        "Jeannette", "Josie", "Julia", "Juliet", "Leah", "Lila", "Lilly", "Lily", "Loraine", "Louisa", "Lucile", "Maggie",
        "Maud", "Millie", "Priscilla", "Regina", "Rena", "Rhoda", "Susie", "Tillie", "Virgie", "Zora", "Agatha",
        "Augusta", "Bernadette", "Cornelia", "Delia", "Dorcas", "Edwina", "Elsa", "Emmeline", "Ernestine", "Esther",
        "Eugenia", "Felicia", "Gertie", "Honora", "Jennie", "Johanna", "Lavinia", "Letitia", "Lorna", "Lottie", "Lucretia",
        "Mamie", "Marietta", "Marion", "Minerva", "Nannie", "Octavia", "Ophelia", "Pansy", "Prudence", "Rosetta",
        "Roxanne", "Sybil", "Theodora", "Ursula", "Vesta", "Viola", "Winnie", "Nadine", "Lettie", "Dollie", "Callie", "Addie",
        "Allie", "Essie", "Hallie", "Lizzie", "Rosie", "Vickie",
        "Temperance", "Zillah", "Keziah", "Tirzah", "Jemima", "Dinah", "Abigail", "Bathsheba", "Susannah", "Susanna",
        "Jerusha", "Mehitable", "Zipporah", "Hephzibah", "Drusilla", "Thomasina", "Philippa", "Rosamond", "Rosamund",
        "Rosalind", "Gwendolen", "Millicent", "Clementine", "Philomena", "Araminta", "Arabella", "Isadora", "Leonora",
        "Lenore", "Eleanora", "Honoria", "Rowena", "Griselda", "Ottilie", "Mathilda", "Euphemia", "Eudora", "Hermione",
        "Hyacinth", "Lettice", "Mariah", "Marianne", "Adelaide", "Amelia", "Antoinette", "Bridget",
        "Caroline", "Cassandra", "Delphine", "Emmaline", "Eliza", "Elvira", "Eveline", "Fanny", "Georgiana", "Kitty",
        "Lilian", "Magdalena", "Marigold", "Marjory", "Nanette", "Penelope", "Petronella", "Sabina",
        "Sabra", "Selina", "Seraphina", "Theodosia", "Tabitha", "Una", "Valeria", "Adah", "Azubah", "Bethia", "Mahala",
        "Mahalia", "Orpha", "Philena", "Roxana", "Tryphena", "Zerelda", "Zilpha", "Zella", "Almira", "Arvilla",
        "Belinda", "Calista", "Candace", "Celestine", "Charlene", "Corinne", "Damaris", "Evadne", "Flavia", "Gloriana",
        "Hortensia", "Jessamine", "Jessamy", "Leonie", "Lucasta", "Malvina", "Melinda", "Mirabel", "Nerissa", "Oriana",
        "Parthenia", "Perdita", "Rosalba", "Rosina", "Sophronia", "Verena", "Wilhelmine", "Zenobia",
        "Zerlina", "Ottoline", "Romilda", "Hepzibah", "Huldah", "Jedidah", "Kerenhappuch", "Loruhamah", "Marah",
        "Naomi", "Orpah", "Peninnah", "Rahab", "Rebekah", "Sapphira", "Shiphrah", "Tamar", "Vashti", "Zeruah");

    /// <summary>Common given names of men in English-language news, from many countries ("he" may refer to their bearer).</summary>
    public static readonly HashSet<string> MaleGivenNames = Set(
        "Asa", "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
        "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
        "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
        "Gregory", "Alexander", "Frank", "Patrick", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose",
        "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter", "Ethan", "Jeremy", "Harold",
        "Keith", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean", "Arthur", "Lawrence", "Jesse", "Bryan", "Joe",
        "Billy", "Bruce", "Albert", "Willie", "Gabriel", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene",
        "Vincent", "Russell", "Louis", "Bobby", "Philip", "Johnny", "Tom", "Jim", "Bill", "Bob", "Mike", "Dick",
        "Harry", "Fred", "Ted", "Ed", "Sam", "Ben", "Tony", "Ivan", "Dmitry", "Sergei", "Sergey", "Vladimir", "Mohammed",
        "Muhammad", "Ahmed", "Ali", "Hans", "Klaus", "Pierre", "Carlos", "Luis", "Pedro", "Hank", "Clint", "Pete",
        "Earl", "Herbert", "Howard", "Leonard", "Norman", "Stanley", "Eddie", "Jimmy", "Dewey", "Oliver", "Hugo",
        "Lars", "Jan", "Karl", "Franz", "Giovanni", "Marco", "Antonio", "Miguel", "Rafael", "Omar", "Hassan", "Wei",
        "Hiroshi", "Kenji", "Raj", "Arjun", "Rahul", "Kwame", "Simon", "Martin", "Victor", "Oscar", "Felix",
        "Clarence", "Elmer", "Herman", "Lloyd", "Leo", "Lester", "Floyd", "Chester", "Melvin", "Harvey", "Leroy",
        "Alfred", "Ernest", "Warren", "Marvin", "Glenn", "Gordon", "Lewis", "Vernon", "Wallace", "Milton", "Morris",
        "Horace", "Homer", "Virgil", "Cecil", "Everett", "Clyde", "Claude", "Lyle", "Luther", "Otto", "Rudolph",
        "Sidney", "Sylvester", "Wilbur", "Willard", "Irving", "Julius", "Jerome", "Maurice", "Nelson", "Percy", "Roscoe",
        "Rufus", "Silas", "Ira", "Abe", "Isaac", "Emil", "Gus", "Hugh", "Neil", "Wendell", "Elbert", "Emmett", "Forrest",
        "Grover", "Hubert", "Jasper", "Lowell", "Myron", "Orville", "Seymour", "Stuart", "Wesley", "Wilfred", "Hiram",
        "Archie", "Bernard", "Curtis", "Dwight", "Edgar", "Edwin", "Franklin", "Leon", "Lyman", "Max", "Murray",
        "Nathaniel", "Owen", "Reuben", "Roland", "Sherman", "Wade", "Winston", "Reginald", "Ambrose", "Barney", "Calvin",
        "Chauncey", "Elwood", "Ezra", "Harlan", "Irwin", "Lamar", "Mervin", "Ned", "Ollie", "Rupert", "Wilson",
        "Alvin", "Clifford", "Adlai", "Lyndon", "Estes", "Frederick", "Abraham", "Hyman", "Amos", "Woodrow", "Theodore",
        "Ulysses", "Herschel", "Gilbert", "Jules", "Merle", "Orval", "Thaddeus");

    /// <summary>
    /// Capitalized words that are not part of a person's name: sentence openers, pronouns and days of the week
    /// ("But Arnold Palmer" is "Arnold Palmer"; "Last Friday" names no one).
    /// </summary>
    public static readonly HashSet<string> NameStoppers = Set(
        "According", "Whenever", "Wherever", "Unless", "Soon", "Him", "Himself", "Herself", "Them", "Chiefly", "Mainly",
        "Mostly", "Largely", "Partly", "Probably", "Apparently", "Finally", "Recently", "Formerly", "Eventually", "Usually",
        "Is", "Which", "Who", "Whom", "Whoever", "Someone", "None", "Few", "Other", "Amen",
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "After", "Before", "While", "As",
        "His", "Her", "Their", "Its", "Our", "My", "Your", "This", "That", "These", "Those", "It", "He", "She", "We",
        "They", "I", "You", "There", "Here", "Then", "So", "Yet", "Also", "Since", "Although", "Though", "Because",
        "Under", "Over", "With", "Without", "From", "To", "By", "Of", "Last", "Next", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow", "Mrs.", "Mr.", "Ms.", "Dr.",
        "North", "South", "East", "West", "New", "Los", "San", "Santa", "St.", "Fort", "Lake", "Mount", "Port",
        "Street", "Avenue", "Road", "Hotel", "Park", "Hall", "House", "Building", "Stadium", "Airport", "Station",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "American", "Americans", "Soviet",
        "Communist", "Communists", "Christian", "Negro", "Negroes", "God", "Jesus", "Christmas", "Easter", "Mass",
        "Only", "Even", "Just", "Both", "Neither", "Either", "Not", "Perhaps", "Now", "Meanwhile", "Later", "Earlier",
        "Indeed", "Yes", "No", "Oh", "Every", "Each", "All", "Some", "Many", "Most", "Local", "First", "Second", "Third",
        "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Did", "Does");

    /// <summary>Endings of English nouns and adjectives that person names do not have ("Cooperation", "Strategic").</summary>
    public static readonly string[] CommonNounEndings =
    {
        "tion", "sion", "ship", "ment", "ity", "ism", "ness", "ance", "ence", "ical", "ics", "ive", "ary", "ory", "ous",
        "able", "ible",
    };

    /// <summary>Pronouns that refer back to the last body that spoke ("it said", "it recommended").</summary>
    public static readonly HashSet<string> OrganizationPronouns = Set("it");

    /// <summary>Words that make a name an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganizationWords = Set(
        "Agency", "Ministry", "News", "Office", "Council", "Committee", "Government", "Department", "Institute",
        "University", "Bank", "Commission", "Organization", "Organisation", "Society", "Association", "Embassy",
        "Kremlin", "Daily", "Times", "Post", "Press", "Tribune", "Herald", "Journal", "Gazette", "Chronicle", "Inquirer",
        "Examiner", "Courier", "Telegraph", "Guardian", "Television", "Radio", "Group", "Company", "Corporation", "Party",
        "Foundation", "Center", "Centre", "Xinhua", "TASS", "Reuters", "AFP", "AP", "CGTN", "CCTV", "Interfax",
        "Sputnik", "RIA", "Kyodo", "Yonhap", "Bloomberg", "BBC", "CNN", "UPI", "Bernama", "Anadolu",
        "Jury", "Court", "Board", "Trustees", "Senate", "Legislature", "Assembly", "Congress", "Parliament", "Union",
        "League", "Club", "Church", "College", "Administration", "Bureau", "Authority", "Federation", "Inc", "Inc.",
        "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "Cabinet", "Police", "Army", "Affairs", "Museum", "Library", "Hospital",
        "Orchestra");

    /// <summary>
    /// The words that end the name of a body ("Fulton County Grand Jury", "Central Falls City Council"): a run of
    /// capitalized words that ends in one of them is learned as an organisation.
    /// </summary>
    public static readonly string[] OrganizationHeads = Longest(
        "Agency", "Ministry", "Office", "Council", "Committee", "Government", "Department", "Institute", "University",
        "Bank", "Commission", "Organization", "Organisation", "Society", "Association", "Embassy", "Group", "Company",
        "Corporation", "Party", "Foundation", "Center", "Centre", "Jury", "Court", "Board", "Trustees", "Senate",
        "Legislature", "Assembly", "Union", "League", "Club", "Church", "College", "Administration", "Bureau",
        "Authority", "Federation", "Inc", "Corp", "Ltd", "Co", "Cabinet", "Police", "Army", "Museum", "Library", "Hospital",
        "Orchestra", "Railroad", "Railway", "Mission", "Delegation", "Patrol", "Lines", "Airlines", "Motors", "Workers", "Mills", "Exchange");

    /// <summary>News agencies by their usual spelling; a one-letter slip of a long one ("Xinhue") is read as the agency.</summary>
    public static readonly string[] Outlets =
    {
        "Xinhua", "TASS", "Reuters", "AFP", "AP", "CGTN", "CCTV", "Interfax", "Sputnik", "RIA", "Kyodo", "Yonhap",
        "Bloomberg", "BBC", "CNN", "UPI", "Bernama", "Anadolu",
    };

    /// <summary>
    /// The outlet <paramref name="name"/> spells, allowing one wrong letter in names of five letters or more;
    /// <paramref name="name"/> itself when it is no outlet or could be more than one.
    /// </summary>
    public static string CanonicalOutlet(string name)
    {
        if (OutletsIgnoringCase.TryGetValue(name, out var exact))
        {
            return exact;
        }

        if (name.Length < 5 || name.Length > LongestOutlet)
        {
            return name; // Every name is looked up here: most are too short or too long to be one letter off an outlet.
        }

        string? near = null;
        foreach (var outlet in Outlets)
        {
            if (outlet.Length != name.Length || char.ToUpperInvariant(outlet[0]) != char.ToUpperInvariant(name[0]))
            {
                continue;
            }

            var wrong = 0;
            for (var i = 0; i < name.Length && wrong < 2; i++)
            {
                wrong += char.ToUpperInvariant(outlet[i]) != char.ToUpperInvariant(name[i]) ? 1 : 0;
            }

            if (wrong == 1)
            {
                if (near is not null)
                {
                    return name; // One letter off two outlets: no telling which.
                }

                near = outlet;
            }
        }

        return near ?? name;
    }

    private static readonly Dictionary<string, string> OutletsIgnoringCase = Outlets.ToDictionary(o => o, StringComparer.OrdinalIgnoreCase);

    private static readonly int LongestOutlet = Outlets.Max(o => o.Length);

    /// <summary>Reporting verbs that only organisations use in news prose ("Xinhua reports").</summary>
    public static readonly HashSet<string> OrganizationVerbs = Set("reports", "reported");

    /// <summary>Phrases that only page furniture uses: a short block holding one is boilerplate, prose or not.</summary>
    public static readonly string[] FurniturePhrases =
    {
        "privacy policy", "privacy statement", "cookie policy", "cookie settings", "terms of use", "terms of service",
        "accept all", "search trends", "information and settings", "all rights reserved", "copyright ©",
        "trending now", "recommended for you", "download our app", "follow us on",
    };

    /// <summary>
    /// Words of page furniture that news prose uses too ("cookies", "subscribe", "I agree"): boilerplate only in a
    /// short block that is no prose or that talks to the reader (<see cref="ReaderAddress"/>).
    /// </summary>
    public static readonly string[] FurnitureWords =
    {
        "cookie", "i agree", "subscribe", "sign up", "newsletter", "advertisement", "follow us", "log in", "sign in",
        "share this", "most popular", "consent",
    };

    /// <summary>Words with which page furniture talks to the reader ("you agree", "our site"); news prose rarely does.</summary>
    public static readonly string[] ReaderAddress = { "you", "your", "our site", "our website", "this site", "this website" };

    /// <summary>Phrases that start a photo caption or credit.</summary>
    public static readonly string[] CaptionOpeners =
    {
        "photo:", "photo by", "file photo", "(cover:", "cover:", "credit:", "image:", "picture:", "photos:",
        "(photo", "video:", "source:",
    };

    /// <summary>Phrases that announce teasers for other articles.</summary>
    public static readonly string[] RelatedOpeners =
    {
        "related:", "related articles", "related stories", "read more", "more from", "you may also like",
        "recommended", "editor's picks",
    };

    /// <summary>Dateline words that introduce the publication time ("Updated", "Release time:").</summary>
    public static readonly string[] DatelineWords = { "updated", "published", "release time", "posted", "last modified", "date:" };

    /// <summary>The abbreviation a title takes before a name, by the role word a later phrase uses ("the senator" → "Sen").</summary>
    public static readonly IReadOnlyDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["senator"] = "Sen", ["representative"] = "Rep", ["governor"] = "Gov", ["general"] = "Gen", ["attorney"] = "Atty",
        ["superintendent"] = "Supt", ["captain"] = "Capt", ["lieutenant"] = "Lt", ["sergeant"] = "Sgt", ["colonel"] = "Col",
        ["major"] = "Maj", ["admiral"] = "Adm", ["detective"] = "Det", ["inspector"] = "Insp", ["commissioner"] = "Comr",
        ["president"] = "Pres", ["doctor"] = "Dr", ["professor"] = "Prof", ["monsignor"] = "Msgr", ["commander"] = "Cmdr",
    };

    /// <summary>
    /// Offices a role noun refers back to under another name: "the prosecutor" is "Assistant District Attorney Warham J.
    /// Inskip", "the congressman" is "Rep. Hjalmar C. Sandifer".
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RoleEquivalents = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["prosecutor"] = new[] { "District Attorney", "State's Attorney", "Prosecuting Attorney", "County Attorney", "Commonwealth's Attorney" },
        ["congressman"] = new[] { "Rep" },
        ["congresswoman"] = new[] { "Rep" },
    };

    /// <summary>
    /// Common past tenses and auxiliaries that follow a subject ("He did not name …", "Ambrister was …"), beside the forms in
    /// -ed and -s a pattern reads by their ending.
    /// </summary>
    public static readonly string[] PastAndAuxiliaryForms =
    {
        "did", "was", "had", "would", "could", "will", "can", "cannot", "might", "must", "should", "never", "also",
        "then", "knew", "took", "made", "went", "came", "gave", "told", "met", "left", "spoke", "wrote", "sent", "saw",
        "got", "began", "ran", "won", "lost", "paid", "held", "kept", "led", "put", "sat", "stood", "rose", "brought",
        "thought", "found", "felt", "heard", "meant", "chose", "drove", "flew", "fought", "hung", "taught", "bought",
        "sold", "shook", "struck", "threw", "wore", "broke",
    };

    /// <summary>Abbreviations whose final period does not end a sentence.</summary>
    public static readonly HashSet<string> Abbreviations = Set(
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep",
        "vs", "etc", "No", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "approx", "est", "Fig", "Vol", "Mt", "Ft", "Ave", "Blvd", "Dept", "e.g", "i.e",
        "a.m", "p.m", "U.S", "U.N", "U.K", "E.U", "Atty", "Asst", "Supt", "Assn", "Bros", "Pvt", "Cpl", "Adm", "Cmdr",
        "Maj", "Msgr", "Rev", "Hon", "Det", "Insp", "Comr", "Pres", "Rd", "Dist", "Brig", "Comdr");

    /// <summary>English month names and abbreviations, to month number.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4,
        ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11,
        ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Short words skipped at the start of a quote's generated name ("I am very happy" → VeryHappy…).</summary>
    public static readonly HashSet<string> NameStopWords = Set(
        "i", "am", "is", "are", "was", "were", "we", "it", "that", "the", "a", "an", "this", "there", "he", "she",
        "they", "be", "will", "has", "have", "had", "as");

    /// <summary>Regex alternation of <paramref name="words"/>, escaped, with spaces matching any white space.</summary>
    /// <remarks>
    /// Led by a lookahead for the words' first characters (<see cref="FirstCharacterGuard"/>): to be put inside a group
    /// that is matched left to right, never inside a lookbehind (<see cref="PlainAlternation"/> is for those).
    /// </remarks>
    public static string Alternation(IEnumerable<string> words)
    {
        var list = words.ToList();
        return FirstCharacterGuard(list, capitalizable: false) + "(?:" + PlainAlternation(list) + ")";
    }

    /// <summary><see cref="Alternation"/> without its lookahead: the branches alone, for any group.</summary>
    public static string PlainAlternation(IEnumerable<string> words) =>
        string.Join("|", ByFirstLetter(words).Select(w => System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+")));

    /// <summary>
    /// <see cref="Alternation"/> whose words may also be capitalized ("[Cc]ouncilman"): a case-insensitive group makes the
    /// regex interpreter fold every character it compares, which cost a tenth of the parser's time.
    /// </summary>
    public static string CapitalizableAlternation(IEnumerable<string> words)
    {
        var list = words.ToList();
        return FirstCharacterGuard(list, capitalizable: true) + "(?:" + string.Join("|", ByFirstLetter(list).Select(w =>
        {
            var escaped = System.Text.RegularExpressions.Regex.Escape(w).Replace("\\ ", "\\s+");
            return char.IsLetter(w[0]) && char.IsLower(w[0])
                ? "[" + char.ToUpperInvariant(w[0]) + w[0] + "]" + escaped.Substring(1)
                : escaped;
        })) + ")";
    }

    /// <summary>
    /// <c>(?=[…])</c> of the characters the words start with (and their capitals, when <paramref name="capitalizable"/>):
    /// the regex interpreter tries the branches of an alternation one after another, about thirty groups of a first
    /// letter for the long word lists, so at a place where no word can start (a capital before a lower-case list, most
    /// places) one set test now fails it at once. Every match of the alternation starts with one of those characters, so
    /// the lookahead (zero-width, atomic, without groups) turns away only places where the alternation fails, and changes
    /// neither a match nor the order in which the branches are tried. Empty when a word is empty or starts with white space.
    /// </summary>
    private static string FirstCharacterGuard(IReadOnlyCollection<string> words, bool capitalizable)
    {
        var first = new SortedSet<char>();
        foreach (var word in words)
        {
            if (word.Length == 0 || char.IsWhiteSpace(word[0]))
            {
                return string.Empty;
            }

            first.Add(word[0]);
            if (capitalizable && char.IsLetter(word[0]) && char.IsLower(word[0]))
            {
                first.Add(char.ToUpperInvariant(word[0]));
            }
        }

        return first.Count == 0 ? string.Empty : "(?=[" + string.Concat(first.Select(c => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))) + "])";
    }

    /// <summary>
    /// <paramref name="words"/> grouped by first letter (either case), each group in the given order. Two words with
    /// different first letters never match at the same place, so the order between groups changes no match; but the
    /// regex parser merges neighbouring branches with a common prefix ("said|says" → "sa(?:id|ys)"), and the interpreter
    /// then reads a shared prefix once instead of trying every branch of a long alternation in turn.
    /// </summary>
    private static IEnumerable<string> ByFirstLetter(IEnumerable<string> words) =>
        words.OrderBy(w => w.Length > 0 && char.IsLetter(w[0]) ? char.ToLowerInvariant(w[0]) : '\0');

    private static string[] Longest(params string[] words) =>
        words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="words"/> and the roles written before a name (<see cref="LowerCaseRoles"/>), which refer back to
    /// it as role nouns do ("the planner said" after "city planner Gerald Fosse"), except an editor or a publisher, whose
    /// words a paper prints as its own, a member, and the positions of a team that are everyday nouns too ("the center").
    /// </summary>
    private static HashSet<string> WithRolesBeforeNames(params string[] words) =>
        new(words.Concat(LowerCaseRoles.Where(r => r.IndexOf(' ') < 0)
            .Except(new[] { "editor", "publisher", "center", "guard", "tackle", "forward", "member" }, StringComparer.Ordinal)), StringComparer.OrdinalIgnoreCase);
}
