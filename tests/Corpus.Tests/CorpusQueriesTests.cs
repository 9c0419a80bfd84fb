using System;
using System.Linq;
using Corpus.Parsing;

namespace Corpus.Tests;

[TestClass]
public sealed class CorpusQueriesTests
{
    private const string Budget = "Council approves the city budget\n\n\"This budget keeps the lights on,\" finance chair Rosa Vasquez said.\n\nMayor Tom Hale said the vote was close.\n";
    private const string Buses = "Buses run late again\n\n\"We will fix the timetable,\" Rosa Vasquez said.\n";

    [TestMethod]
    public void QuotesBy_finds_a_speakers_quotes_in_every_document_by_id_in_document_order()
    {
        var budget = CorpusParser.Parse(Budget, "budget.txt");
        var buses = CorpusParser.Parse(Buses, "buses.txt");
        var vasquez = buses.Speakers.Single(s => s.Name == "Rosa Vasquez");
        vasquez.ShouldNotBeSameAs(budget.Speakers.Single(s => s.Name == "Rosa Vasquez")); // parsed apart: two objects, one id

        var quotes = new[] { budget, buses }.QuotesBy(vasquez).Select(q => q.Text).ToList();

        quotes.ShouldBe(["This budget keeps the lights on", "We will fix the timetable"]);
    }

    [TestMethod]
    public void QuotesBy_rejects_null_before_it_is_enumerated()
    {
        var speaker = new Speaker("RosaVasquez", "Rosa Vasquez", SpeakerKind.Person, ["Vasquez"]);

        Should.Throw<ArgumentNullException>(() => CorpusQueries.QuotesBy(null!, speaker));
        Should.Throw<ArgumentNullException>(() => Array.Empty<Document>().QuotesBy(null!));
    }
}
