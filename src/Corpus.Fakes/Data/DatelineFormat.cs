namespace Corpus.Fakes.Data;

/// <summary>The ways a news site prints its date line; each is one the parser reads (see docs/parser.md).</summary>
public enum DatelineFormat
{
    /// <summary><c>Updated 18:19, 22-Mar-2023</c> (CGTN).</summary>
    UpdatedTimeFirst,

    /// <summary><c>Release time:May 16, 2024 7:37 PM</c> (a ministry site).</summary>
    ReleaseTime,

    /// <summary><c>Eurasia/Xinhua 16/05/2024 17:54</c>: an outlet, then the day first; the day is always above 12 so the order is unambiguous.</summary>
    OutletDayFirst,

    /// <summary><c>Published: 2024-05-16 17:54</c>.</summary>
    Iso,

    /// <summary><c>16 May 2024 17:54</c>.</summary>
    DayMonthName,
}
