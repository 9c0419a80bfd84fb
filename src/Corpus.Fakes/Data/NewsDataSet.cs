using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bogus;
using Bogus.Premium;

namespace Corpus.Fakes.Data;

/// <summary>
/// Bogus data set for news articles: reporting verbs, outlets, date lines, picture credits and the banners sites put
/// around an article. Use it from any rule as <c>f.News()</c>; it draws from the faker's own (seeded) randomizer.
/// </summary>
public sealed class NewsDataSet : DataSet
{
    /// <summary>Past-tense reporting verbs the parser reads both before and after the speaker ("said Putin").</summary>
    public static readonly IReadOnlyList<string> InvertibleVerbs = ReadBy(ParserVocabulary.InvertibleVerbs, "said", "noted", "added", "explained", "declared", "recalled");

    /// <summary>Present-tense reporting verbs the parser reads both before and after the speaker.</summary>
    public static readonly IReadOnlyList<string> PresentVerbs = ReadBy(ParserVocabulary.ReportingVerbs, "says", "adds", "notes");

    /// <summary>Past-tense reporting verbs read only after the speaker ("Xi stressed that …").</summary>
    public static readonly IReadOnlyList<string> LeadingVerbs = ReadBy(
        ParserVocabulary.ReportingVerbs, "said", "noted", "stressed", "emphasized", "pointed out", "stated", "underlined", "reiterated", "added", "explained");

    /// <summary>News agencies the parser knows as organizations.</summary>
    public static readonly IReadOnlyList<string> Outlets = ReadBy(ParserVocabulary.Outlets, "Xinhua", "TASS", "Reuters", "AFP", "Interfax", "Kyodo", "Yonhap", "Bernama", "Anadolu");

    /// <summary>Regions printed before an outlet in a date line.</summary>
    public static readonly IReadOnlyList<string> Regions = new[] { "Eurasia", "Asia", "World", "China", "Europe", "Politics" };

    /// <summary>Cookie banners and other page furniture, each one the parser reads as boilerplate.</summary>
    public static readonly IReadOnlyList<string> Banners = new[]
    {
        "We use cookies to give you the best experience. By continuing to browse you accept our use of cookies.",
        "This site uses cookies and similar technologies. Read our Privacy Policy to learn more.",
        "I agree",
        "Accept all",
        "Subscribe to our newsletter for the latest stories.",
        "Follow us on social media",
        "Copyright © 2024. All rights reserved.",
        "Download our app for breaking news alerts",
        "Search Trends",
        "Advertisement",
    };

    /// <summary>
    /// A choice of words from one of the parser's own lists (<see cref="ParserVocabulary"/>), in the order given, which is
    /// part of every seed's output. A word the parser no longer reads that way fails here, at once, rather than as a
    /// synthetic article whose answer key is wrong.
    /// </summary>
    private static IReadOnlyList<string> ReadBy(IReadOnlyList<string> parserWords, params string[] chosen)
    {
        foreach (var word in chosen)
        {
            if (!parserWords.Contains(word, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"The parser no longer reads '{word}' as the fakes assume; choose words from ParserVocabulary.");
            }
        }

        return chosen;
    }

    /// <summary>Creates the data set; the faker that owns it sets <see cref="DataSet.Random"/>.</summary>
    public NewsDataSet()
        : base("en")
    {
    }

    /// <summary>A reporting verb to write after the speaker.</summary>
    /// <returns>The verb.</returns>
    public string ReportingVerb() => Random.ListItem((IList<string>)LeadingVerbs);

    /// <summary>A reporting verb that may also come before the speaker.</summary>
    /// <returns>The verb.</returns>
    public string InvertibleVerb() => Random.ListItem((IList<string>)InvertibleVerbs);

    /// <summary>A news agency.</summary>
    /// <returns>Its name.</returns>
    public string Outlet() => Random.ListItem((IList<string>)Outlets);

    /// <summary>A cookie banner or other page furniture.</summary>
    /// <returns>The text of the block.</returns>
    public string Banner() => Random.ListItem((IList<string>)Banners);

    /// <summary>A date line format.</summary>
    /// <returns>The format.</returns>
    public DatelineFormat DatelineFormat() => Random.Enum<DatelineFormat>();

    /// <summary>A publication time: a day and minute between 2019 and 2025, on the 13th–28th so day-first dates are unambiguous.</summary>
    /// <returns>The time.</returns>
    public DateTime Published() =>
        new(Random.Number(2019, 2025), Random.Number(1, 12), Random.Number(13, 28), Random.Number(0, 23), Random.Number(0, 59), 0, DateTimeKind.Unspecified);

    /// <summary>A picture credit: <c>Photo: AFP/Jane Doe</c>.</summary>
    /// <param name="outlet">The agency that took the picture.</param>
    /// <returns>The caption.</returns>
    public string PhotoCredit(string outlet)
    {
        var name = new Bogus.DataSets.Name("en") { Random = Random };
        return $"Photo: {outlet}/{name.FirstName()} {name.LastName()}";
    }

    /// <summary>A date line in <paramref name="format"/> that the parser reads as <paramref name="published"/>.</summary>
    /// <param name="format">How to print it.</param>
    /// <param name="published">The time to print.</param>
    /// <param name="outlet">The outlet, for formats that name one.</param>
    /// <returns>The date line.</returns>
    public string Dateline(DatelineFormat format, DateTime published, string outlet)
    {
        var c = CultureInfo.InvariantCulture;
        return format switch
        {
            Data.DatelineFormat.UpdatedTimeFirst => "Updated " + published.ToString("HH:mm, dd-MMM-yyyy", c),
            Data.DatelineFormat.ReleaseTime => "Release time:" + published.ToString("MMMM d, yyyy h:mm tt", c),
            Data.DatelineFormat.OutletDayFirst => $"{Random.ListItem((IList<string>)Regions)}/{outlet} " + published.ToString("dd/MM/yyyy HH:mm", c),
            Data.DatelineFormat.Iso => "Published: " + published.ToString("yyyy-MM-dd HH:mm", c),
            _ => published.ToString("d MMMM yyyy HH:mm", c),
        };
    }
}

/// <summary>Makes <see cref="NewsDataSet"/> available on every Bogus <see cref="Faker"/>.</summary>
public static class NewsDataSetExtensions
{
    /// <summary>The news data set, sharing this faker's randomizer (and so its seed).</summary>
    /// <param name="faker">The faker.</param>
    /// <returns>The data set.</returns>
    public static NewsDataSet News(this Faker faker) => ContextHelper.GetOrSet(faker, () => new NewsDataSet());
}
