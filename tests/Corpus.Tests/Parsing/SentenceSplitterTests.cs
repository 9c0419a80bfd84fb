using System.Linq;

namespace Corpus.Tests.Parsing;

[TestClass]
public sealed class SentenceSplitterTests
{
    [TestMethod]
    public void A_period_question_or_exclamation_mark_before_a_capital_ends_a_sentence()
    {
        Article.Sentences("Xi held talks with Putin. Did they agree? They did! Both signed a statement.")
            .ShouldBe(new[] { "Xi held talks with Putin.", "Did they agree?", "They did!", "Both signed a statement." });
    }

    [TestMethod]
    [DataRow("The U.N. Security Council met on Friday.", DisplayName = "U.N.")]
    [DataRow("The U.S. Treasury published the figures.", DisplayName = "U.S.")]
    [DataRow("Trade reached US$240.5 billion in 2023.", DisplayName = "amount US$240.5")]
    [DataRow("The economy grew by 2.7 percent last year.", DisplayName = "decimal 2.7")]
    [DataRow("Mr. Wang met Dr. Li in Beijing.", DisplayName = "Mr. and Dr.")]
    [DataRow("John F. Kennedy visited Berlin.", DisplayName = "an initial")]
    [DataRow("The talks began on Jan. 15 in Beijing.", DisplayName = "abbreviated month")]
    [DataRow("He joined Bache & Co. President John Smith hired him.", DisplayName = "a firm's abbreviation before a run of capitals")]
    public void Abbreviations_initials_and_numbers_do_not_end_a_sentence(string sentence)
    {
        Article.Sentences(sentence).ShouldBe(new[] { sentence });
    }

    [TestMethod]
    public void A_firms_abbreviation_before_a_name_and_a_verb_ends_a_sentence()
    {
        Article.Sentences("\"One good quarter does not make a recovery\", said Martin Greer of Bache & Co. Greer said steel prices were low.")
            .ShouldBe(new[] { "\"One good quarter does not make a recovery\", said Martin Greer of Bache & Co.", "Greer said steel prices were low." });
    }

    [TestMethod]
    public void Abbreviations_such_as_U_N_and_U_S_do_not_end_a_sentence()
    {
        Article.Sentences("The U.N. and the U.S. held talks. Trade grew by 2.7 percent to US$240 billion. It was a record.")
            .ShouldBe(new[] { "The U.N. and the U.S. held talks.", "Trade grew by 2.7 percent to US$240 billion.", "It was a record." });
    }

    [TestMethod]
    public void A_closing_quote_after_the_stop_belongs_to_the_sentence()
    {
        Article.Sentences("Putin said: \"We are happy.\" Xi agreed. He said, \u201CWe are friends.\u201D Both smiled.")
            .ShouldBe(new[] { "Putin said: \"We are happy.\"", "Xi agreed.", "He said, \u201CWe are friends.\u201D", "Both smiled." });
    }

    [TestMethod]
    public void A_sentence_that_opens_with_a_quote_mark_starts_after_the_stop()
    {
        Article.Sentences("Xi spoke first. \"We are friends,\" he said.")
            .ShouldBe(new[] { "Xi spoke first.", "\"We are friends,\" he said." });
    }

    [TestMethod]
    public void A_period_before_a_lower_case_word_does_not_end_a_sentence()
    {
        Article.Sentences("The talks ended at 5 p.m. on Thursday and resumed later.")
            .ShouldBe(new[] { "The talks ended at 5 p.m. on Thursday and resumed later." });
    }

    [TestMethod]
    public void Text_without_a_final_stop_is_one_sentence()
    {
        Article.Sentences("Leaders meet in Beijing").ShouldBe(new[] { "Leaders meet in Beijing" });
    }

    [TestMethod]
    public void Sentence_ranges_are_trimmed_and_cover_every_word()
    {
        const string text = "Xi held talks.   Putin agreed.\u00A0 Both signed.";

        var sentences = Article.Sentences(text);

        sentences.ShouldBe(new[] { "Xi held talks.", "Putin agreed.", "Both signed." });
        string.Concat(string.Concat(sentences).Where(c => !CorpusText.IsSpace(c)))
            .ShouldBe(string.Concat(text.Where(c => !CorpusText.IsSpace(c))));
    }

    [TestMethod]
    public void Paragraph_sentences_have_normalized_text()
    {
        var paragraph = Article.Parse("Xi held\u00A0talks with Putin.  They signed a\u00A0statement.").Paragraphs.Single();

        paragraph.Sentences.Select(s => s.Text).ShouldBe(new[] { "Xi held talks with Putin.", "They signed a statement." });
    }
}
