using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Fakes.Tests;

[TestClass]
public sealed class LargeCorpusTests
{
    [TestMethod]
    public void Every_document_is_at_least_its_share_of_the_total_and_not_far_over()
    {
        var large = new LargeCorpus(seed: 3, SeedCorpus.All, documents: 6, totalBytes: 6 * 40_000);

        var sizes = large.Generate().Select(d => Encoding.UTF8.GetByteCount(d.Text)).ToArray();

        large.BytesPerDocument.ShouldBe(40_000);
        sizes.Length.ShouldBe(6);
        sizes.ShouldAllBe(size => size >= 40_000 && size < 40_000 * 13 / 10);
    }

    [TestMethod]
    public void A_document_is_the_same_whichever_documents_were_made_before_it()
    {
        var large = new LargeCorpus(seed: 3, SeedCorpus.All, documents: 4, totalBytes: 4 * 20_000);

        var alone = new LargeCorpus(seed: 3, SeedCorpus.All, documents: 4, totalBytes: 4 * 20_000).Generate(2);

        large.Generate().ElementAt(2).Text.ShouldBe(alone.Text);
        alone.FileName.ShouldBe("fake_3_0002.txt");
        new LargeCorpus(seed: 4, SeedCorpus.All, documents: 4, totalBytes: 4 * 20_000).Generate(2).Text.ShouldNotBe(alone.Text);
    }

    [TestMethod]
    public void Long_articles_are_still_news_articles_with_a_title_quotes_and_speakers()
    {
        var document = new LargeCorpus(seed: 3, SeedCorpus.All, documents: 1, totalBytes: 80_000).Generate(0);

        var parsed = document.Parse();

        parsed.Title.ShouldBe(document.Key.Title);
        parsed.Paragraphs.Count.ShouldBeGreaterThan(300);
        parsed.Quotes.Count.ShouldBeGreaterThan(100);
        parsed.Speakers.Count.ShouldBeGreaterThan(0);
    }

    [TestMethod]
    public void WriteTo_writes_one_UTF8_text_file_per_document_and_no_keys()
    {
        var folder = Path.Combine(Path.GetTempPath(), "large-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            var large = new LargeCorpus(seed: 3, SeedCorpus.All, documents: 3, totalBytes: 3 * 5_000);

            var paths = large.WriteTo(folder);

            paths.Select(Path.GetFileName).ShouldBe(new[] { "fake_3_0000.txt", "fake_3_0001.txt", "fake_3_0002.txt" });
            Directory.GetFiles(folder).Length.ShouldBe(3);
            File.ReadAllBytes(paths[1]).ShouldBe(Encoding.UTF8.GetBytes(large.Generate(1).Text));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void An_archive_is_thousands_of_short_articles()
    {
        var archive = LargeCorpus.Archive(seed: 11, SeedCorpus.All);

        archive.Documents.ShouldBe(LargeCorpus.ArchiveDocuments);
        Enumerable.Range(0, archive.Documents).Select(archive.BytesOf)
            .ShouldAllBe(size => size >= LargeCorpus.ArchiveMinimumBytes && size <= LargeCorpus.ArchiveMaximumBytes);
        archive.TotalBytes.ShouldBeInRange(4500L * 4 * 1024, 5500L * 4 * 1024); // evenly drawn from 2 to 6 KB: about 4 KB on average
    }

    [TestMethod]
    public void An_archive_article_is_at_least_its_own_size_and_the_same_in_a_smaller_archive()
    {
        var archive = LargeCorpus.Archive(seed: 11, SeedCorpus.All, documents: 40);

        foreach (var index in new[] { 0, 7, 39 })
        {
            var article = archive.Generate(index);
            var size = Encoding.UTF8.GetByteCount(article.Text);
            size.ShouldBeGreaterThanOrEqualTo((int)archive.BytesOf(index));
            size.ShouldBeLessThan((int)archive.BytesOf(index) * 2);
            article.Text.ShouldBe(LargeCorpus.Archive(seed: 11, SeedCorpus.All).Generate(index).Text);
        }
    }
}
