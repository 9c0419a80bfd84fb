namespace Corpus.Seeds.Tests;

[TestClass]
public sealed class SmokeTests
{
    [TestMethod]
    public void Five_documents() => Seeds.All.Count.ShouldBe(5);
}
