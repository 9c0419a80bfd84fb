using System.Text;

namespace Corpus.Tests;

[TestClass]
public sealed class TestRowsTests
{
    [TestMethod]
    public void Member_names_are_read_one_per_line()
    {
        TestRows.MemberNames("XiSaid\nPutinAgreed"u8).ShouldBe(new[] { "XiSaid", "PutinAgreed" });
        TestRows.MemberNames(Encoding.UTF8.GetBytes("Only")).ShouldBe(new[] { "Only" });
        TestRows.MemberNames(System.ReadOnlySpan<byte>.Empty).ShouldBeEmpty();
    }

    [TestMethod]
    public void A_row_is_labelled_by_its_member_or_by_an_indexer_past_the_member_limit()
    {
        var names = new[] { "XiSaid", "PutinAgreed" };

        TestRows.Label("Talks.Quotes", names, 1).ShouldBe("Talks.Quotes.PutinAgreed");
        TestRows.Label("Talks.Quotes", names, 10_000).ShouldBe("Talks.Document.Quotes[10000]");
    }
}
