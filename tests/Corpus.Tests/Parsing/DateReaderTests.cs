using System;
using System.Globalization;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class DateReaderTests
{
    [TestMethod]
    [DataRow("Updated 18:19, 22-Mar-2023", "2023-03-22 18:19", DisplayName = "time before a day-month-year date")]
    [DataRow("Eurasia/Xinhua 16/05/2024 17:54", "2024-05-16 17:54", DisplayName = "day-first slashes, agency prefix")]
    [DataRow("Release time:May 16, 2024 19:37 PM", "2024-05-16 19:37", DisplayName = "24-hour time with a needless PM")]
    [DataRow("Published May 16, 2024 7:37 PM", "2024-05-16 19:37", DisplayName = "12-hour PM")]
    [DataRow("Posted May 16, 2024 12:05 AM", "2024-05-16 00:05", DisplayName = "12 AM is midnight")]
    [DataRow("Updated: 16 May 2024", "2024-05-16 00:00", DisplayName = "day month year, no time")]
    [DataRow("Date: 2024-05-16T17:54", "2024-05-16 17:54", DisplayName = "ISO 8601")]
    [DataRow("Posted 05/16/2024 08:15", "2024-05-16 08:15", DisplayName = "month-first slashes when the day is over 12")]
    [DataRow("Published Sept. 3rd, 2024 at 9:30 a.m.", "2024-09-03 09:30", DisplayName = "abbreviated month, ordinal, 'at' time")]
    [DataRow("Published 29/02/2024", "2024-02-29 00:00", DisplayName = "leap day")]
    [DataRow("Updated 09:15 GMT, 4 Jan 2025", "2025-01-04 09:15", DisplayName = "time and zone word before the date")]
    [DataRow("Updated 4:37 PM EST, January 8, 2025", "2025-01-08 16:37", DisplayName = "12-hour time and zone word before the date")]
    [DataRow("Last modified on Tue 7 Jan 2025 18.02 GMT", "2025-01-07 18:02", DisplayName = "time with a period after the date")]
    [DataRow("January 6, 2025 10:42 AM GMT", "2025-01-06 10:42", DisplayName = "zone word after a 12-hour time")]
    [DataRow("Source: Xinhua | 2025-01-05 16:42:10", "2025-01-05 16:42", DisplayName = "ISO date with seconds, dropped")]
    [DataRow("Date 09.01.2025", "2025-01-09 00:00", DisplayName = "dotted dates are day-first")]
    [DataRow("Published 09.01.2025 14:30", "2025-01-09 14:30", DisplayName = "dotted date and time")]
    public void Reads_the_date_and_time_as_printed(string text, string expected)
    {
        DateReader.Find(text, out var sawDate).ShouldBe(DateTime.Parse(expected, CultureInfo.InvariantCulture));
        sawDate.ShouldBeTrue();
    }

    [TestMethod]
    [DataRow("Updated 05/06/2024", DisplayName = "day and month both possible")]
    [DataRow("Updated 31/02/2024", DisplayName = "31 February")]
    [DataRow("Updated 29/02/2023", DisplayName = "29 February of a common year")]
    [DataRow("Updated 31-Apr-2024", DisplayName = "31 April")]
    [DataRow("Updated May 16, 2024 25:10", DisplayName = "hour 25")]
    [DataRow("Updated 13/13/2024", DisplayName = "no month 13")]
    [DataRow("Date 01.13.2025", DisplayName = "dotted dates are day-first: no month 13")]
    public void An_ambiguous_or_impossible_date_gives_no_date(string text)
    {
        DateReader.Find(text, out var sawDate).ShouldBeNull();
        sawDate.ShouldBeTrue();
    }

    [TestMethod]
    [DataRow("Beijing, Thursday")]
    [DataRow("The visit lasted 2 days and 75 years of ties were celebrated.")]
    [DataRow("")]
    [DataRow("Updated 3 hours ago")]
    [DataRow("Yesterday")]
    [DataRow("Published 2 days ago")]
    public void Text_without_a_date_shape_gives_no_date(string text)
    {
        DateReader.Find(text, out var sawDate).ShouldBeNull();
        sawDate.ShouldBeFalse();
    }

    [TestMethod]
    public void The_first_date_in_the_text_wins()
    {
        DateReader.Find("Updated 22-Mar-2023, first published May 16, 2024").ShouldBe(new DateTime(2023, 3, 22));
    }

    [TestMethod]
    public void A_time_far_before_the_date_is_not_its_time()
    {
        DateReader.Find("The meeting opened at 09:15 and the minutes of the session were published on 4 Jan 2025").ShouldBe(new DateTime(2025, 1, 4));
    }

    [TestMethod]
    public void The_date_carries_no_invented_time_zone()
    {
        DateReader.Find("Updated 18:19, 22-Mar-2023")!.Value.Kind.ShouldBe(DateTimeKind.Unspecified);
    }

    [TestMethod]
    [DataRow("Updated 16 APRIL 2024")]
    [DataRow("Updated 16 april 2024")]
    public void Month_names_are_read_the_same_under_a_Turkish_culture(string text)
    {
        Article.UnderCulture("tr-TR", () => DateReader.Find(text)).ShouldBe(new DateTime(2024, 4, 16));
    }

    [TestMethod]
    [DataRow("Updated 18:19, 22-Mar-2023", "2023-03-22 18:19")]
    [DataRow("Eurasia/Xinhua 16/05/2024 17:54", "2024-05-16 17:54")]
    [DataRow("Release time:May 16, 2024 19:37 PM", "2024-05-16 19:37")]
    public void The_document_is_published_at_its_dateline(string dateline, string expected)
    {
        var document = Article.Parse("Leaders meet in Beijing", dateline, Article.Lead);

        document.Published.ShouldBe(DateTime.Parse(expected, CultureInfo.InvariantCulture));
        document.Paragraphs[1].Role.ShouldBe(ParagraphRole.Dateline);
    }

    [TestMethod]
    public void The_first_dateline_gives_the_date_when_there_are_several()
    {
        Article.Parse("Leaders meet in Beijing", "Updated 18:19, 22-Mar-2023", "Eurasia/Xinhua 16/05/2024 17:54", Article.Lead)
            .Published.ShouldBe(new DateTime(2023, 3, 22, 18, 19, 0));
    }

    [TestMethod]
    public void Without_a_dateline_the_lead_sentence_gives_the_date_at_midnight()
    {
        var document = Article.Parse("Leaders meet in Beijing", "Xi Jinping held talks with Vladimir Putin in Beijing on May 16, 2024. They signed a statement.");

        document.Published.ShouldBe(new DateTime(2024, 5, 16));
    }

    [TestMethod]
    public void An_ambiguous_dateline_gives_no_date_rather_than_a_date_from_the_body()
    {
        var document = Article.Parse("Leaders meet in Beijing", "Updated 05/06/2024", "Xi Jinping held talks with Vladimir Putin in Beijing on May 16, 2024.");

        document.Published.ShouldBeNull();
    }

    [TestMethod]
    public void A_date_in_a_later_sentence_is_not_the_publication_date()
    {
        var document = Article.Parse("Leaders meet in Beijing", "Xi Jinping held talks with Vladimir Putin in Beijing. The last visit was on May 16, 2023.");

        document.Published.ShouldBeNull();
    }
}
