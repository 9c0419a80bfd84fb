using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Testing;

/// <summary>
/// Texts shaped to make a parser do more than linear work: no sentence stops, a quote every few words, a new name on
/// every line, endless titles. Each shape grows by repeating a unit, so its size can be chosen; the complexity tests
/// parse two sizes and compare the work, and the benchmarks time them beside ordinary news of the same size.
/// Linked as source into the tests and the benchmarks.
/// </summary>
internal static class HostileShapes
{
    /// <summary>Every shape's name, in a fixed order.</summary>
    public static IReadOnlyList<string> Names { get; } = new[]
    {
        "QuoteAfterVerb", "QuoteBeforeVerb", "NewNameEveryLine", "LongCommaSentences", "UnclosedMarks", "NestedMarks",
        "TinyParagraphs", "ThousandsOfSpeakers", "EndlessTitles", "AccordingToChains", "ApostropheStorm",
        "OneHugeWord", "InvertedChain", "RolePhrases", "CommaVerbStorm", "GuillemetQuotes", "ShortQuoteStorm",
        "PageFurnitureLines", "FurnitureOneLine", "BodyNounStorm",
    };

    /// <summary>Text of the named shape, of about <paramref name="size"/> characters, after a headline.</summary>
    public static string Make(string name, int size)
    {
        var text = new StringBuilder(size + 200);
        text.Append("Hostile shape ").Append(name).Append("\n\n");
        var n = 0;
        while (text.Length < size)
        {
            Append(name, text, n++);
        }

        return text.ToString();
    }

    /// <summary>
    /// An article whose third paragraph (index 2, line 5) needs about twice the parser's work budget: sentences that are
    /// all commas before a verb that attributes nothing, so two patterns try every comma. A statement before it and one
    /// after it.
    /// </summary>
    public static string OverBudget { get; } = MakeOverBudget();

    /// <summary>The paragraph of <see cref="OverBudget"/> that spends the budget.</summary>
    public static string CommaStorm { get; } = MakeCommaStorm();

    private static string MakeOverBudget() =>
        "Talks go on\n\nXi Jinping said that the talks went well.\n\n" + MakeCommaStorm()
        + "\n\nVladimir Putin said that the visit was a success.\n";

    private static string MakeCommaStorm()
    {
        var storm = new StringBuilder();
        for (var sentence = 0; sentence < 20; sentence++)
        {
            storm.Append(sentence == 0 ? "A" : " A");
            for (var comma = 0; comma < 1300; comma++)
            {
                storm.Append(", a");
            }

            storm.Append(", said.");
        }

        return storm.ToString();
    }

    /// <summary>
    /// <paramref name="seeds"/> repeated, a blank line between copies, to about <paramref name="size"/> characters. Read
    /// as one document, the copies after the first are mostly Duplicate and Related paragraphs, which are not searched
    /// for quotes: a floor, not ordinary news (which the benchmarks take from whole articles).
    /// </summary>
    public static string SeedsRepeated(IReadOnlyList<string> seeds, int size)
    {
        var text = new StringBuilder(size + 20000);
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(seeds[i % seeds.Count]).Append("\n\n");
        }

        return text.ToString();
    }

    private static void Append(string name, StringBuilder text, int n)
    {
        switch (name)
        {
            case "QuoteAfterVerb": // One endless sentence: a quote every eight words, each after a reporting verb.
                text.Append("Xi said \"we will go on with the talks\" and ");
                break;
            case "QuoteBeforeVerb":
                text.Append("\"we will go on with the talks\" Xi said and ");
                break;
            case "NewNameEveryLine": // A new person on every other line, and a role phrase to resolve on the others.
                text.Append("Mr ").Append(Word(n)).Append("ov Smith said that the plan would go ahead next year.\n");
                text.Append("The official said that the talks would go on for some time.\n");
                break;
            case "LongCommaSentences": // Sentences of about 4,000 characters: a comma and a capitalized pair every nine characters.
                for (var i = 0; i < 430; i++)
                {
                    text.Append(i % 2 == 0 ? "Big Tree, " : "Red Cat, ");
                }

                text.Append("said Putin.\n");
                break;
            case "UnclosedMarks": // Marks that open and never close, in one paragraph.
                text.Append("He said \"the talks \u201Cwill go \u00ABon and \u201Ethe ");
                break;
            case "NestedMarks": // Marks nested deeper and deeper.
                text.Append(n % 40 == 39 ? "\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D\u201D said Xi. " : "\u201Cwe say ");
                break;
            case "TinyParagraphs": // Paragraphs of one character.
                text.Append((char)('a' + (n % 26))).Append("\n\n");
                break;
            case "ThousandsOfSpeakers": // A different speaker for every quote, with titles and surnames to merge.
                text.Append("\"The plan will work,\" said Minister ").Append(Word(n)).Append(' ').Append(Word(n * 7 + 3))
                    .Append(". President ").Append(Word(n)).Append(" told reporters that the deal was done. ")
                    .Append("\"We will see,\" ").Append(Word(n * 7 + 3)).Append(" said.\n");
                break;
            case "EndlessTitles": // Headline-shaped lines without end.
                text.Append("Big News From The Capital Today About Talks Number ").Append(Word(n)).Append('\n');
                break;
            case "AccordingToChains": // "according to" inside "according to", in one sentence.
                text.Append("the plan will go ahead, according to officials who spoke according to ");
                break;
            case "ApostropheStorm": // Apostrophes and single marks that may or may not open a quote.
                text.Append("Putin's 'talks' on Xi's ‘plan' and '90s ‘deal ");
                break;
            case "OneHugeWord": // No spaces at all.
                text.Append("abcdefghij");
                break;
            case "InvertedChain": // ", said X" after every comma, no stop.
                text.Append("the talks went on, said Mr Li Wei, ");
                break;
            case "RolePhrases": // A role phrase after every new name, so every role resolves against a growing table.
                text.Append(Word(n)).Append(" Zhang, the minister, said that the plan worked. The Russian foreign minister said the talks went well. He said that it was fine.\n");
                break;
            case "CommaVerbStorm": // Sentences of commas, each followed by a verb that reports or inverts: every comma is tried.
                text.Append(n % 300 == 299 ? "said Li.\n" : "a, said Li, Xi said, ");
                break;
            case "GuillemetQuotes": // Guillemets, which an apposition may hold, so the text before each quote is read up to the window.
                text.Append("Xi said \u00ABwe will go on with the talks\u00BB and ");
                break;
            case "ShortQuoteStorm": // Short quotes without attribution: each asks whether its sentence holds a reporting verb.
                text.Append("the \"big deal\" and ");
                break;
            case "PageFurnitureLines": // Every kind of furniture line, each opening a section, a list or a caption label.
                text.Append("By Jane Smith and Tom Lee\n\nUpdated 09:15 GMT, 4 Jan 2025\n\nImage caption,\n\nAbout Lumen").Append(Word(n))
                    .Append("\n\nLumen").Append(Word(n)).Append(" designs chips.\n\nMedia contact:\n\n+1 408-555-0192\n\nRelated Topics\n\nFerries ")
                    .Append(Word(n)).Append("\n\n3 hours ago\n\nAt the meeting ").Append(Word(n)).Append(". Photograph: Sam Lee/PA\n\n(Xinhua/Zhang ")
                    .Append(Word(n)).Append(")\n\nLONDON, Jan 6 (Reuters) - Oil rose ").Append(Word(n)).Append(".\n\n");
                break;
            case "FurnitureOneLine": // One endless block that opens like a byline, a wire dateline and a caption, and repeats credits.
                text.Append(n == 0 ? "By Jane Smith LONDON, Jan 6 (Reuters) - Photo taken on Jan. 4, 2025 shows" : " Photograph: Sam Lee/PA REUTERS/Jane Doe 09:15 GMT, 4 Jan 2025 About Lumen");
                break;
            case "BodyNounStorm": // A new firm, union local and team in every paragraph, each referred to by its noun.
                var body = char.ToUpperInvariant(Word(n)[0]) + Word(n).Substring(1);
                text.Append("The ").Append(body).Append(" Castings Corp. and Local ").Append(n % 900 + 1).Append(" of the ").Append(body)
                    .Append(" Workers signed a contract, and the ").Append(body).Append(" Comets won. The contract gives the men a raise, the company said. ")
                    .Append("The union said it was fair. The club said it was glad.\n\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such shape.");
        }
    }

    /// <summary>A distinct capitalized word for every number: "Bada", "Bade", … (letters as digits).</summary>
    public static string Word(int n)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        n = Math.Abs(n);
        do
        {
            word.Append(consonants[n % consonants.Length]).Append(vowels[(n / consonants.Length) % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);

        word[0] = char.ToUpper(word[0], CultureInfo.InvariantCulture);
        return word.ToString();
    }
}
