using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Naming;

namespace Corpus.Tests.Naming;

[TestClass]
public sealed class IdentifiersTests
{
    private static readonly string[] Keywords = { "class", "namespace", "int", "if", "return", "static", "new", "string", "void", "event" };

    [TestMethod]
    [DataRow("Xi Jinping talks with Russian President Putin", "XiJinpingTalksWithRussianPresidentPutin")]
    [DataRow("China, Russia deepen comprehensive strategic partnership", "ChinaRussiaDeepenComprehensiveStrategicPartnership")]
    [DataRow("Putin's state visit to China", "PutinsStateVisitToChina")]
    [DataRow("U.S.-China trade: US$240 billion?", "USChinaTradeUS240Billion")]
    [DataRow("Zürich talks on über-fast trains", "ZürichTalksOnÜberFastTrains")]
    public void Names_are_PascalCase_words_of_the_text(string text, string expected)
    {
        Identifiers.FromText(text, 10, "Document").ShouldBe(expected);
    }

    [TestMethod]
    public void Only_the_first_words_are_used()
    {
        Identifiers.FromText("one two three four five", 3, "Document").ShouldBe("OneTwoThree");
    }

    [TestMethod]
    public void Long_names_are_cut_at_a_word_boundary()
    {
        var name = Identifiers.FromText(string.Join(" ", Enumerable.Repeat("comprehensive", 10)), 10, "Document");

        name.Length.ShouldBeLessThanOrEqualTo(Identifiers.MaxLength);
        name.ShouldBe(string.Concat(Enumerable.Repeat("Comprehensive", 4)));
    }

    [TestMethod]
    public void A_single_word_longer_than_the_limit_is_truncated()
    {
        Identifiers.FromText(new string('a', 100), 1, "Document").Length.ShouldBe(Identifiers.MaxLength);
    }

    [TestMethod]
    [DataRow("75th anniversary of ties", "_75thAnniversaryOfTies")]
    [DataRow("2024 summit", "_2024Summit")]
    public void A_leading_digit_gets_an_underscore(string text, string expected)
    {
        Identifiers.FromText(text, 10, "Document").ShouldBe(expected);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("  \u00A0 ")]
    [DataRow("\u2014 ... !?")]
    public void Text_without_letters_or_digits_gives_the_fallback(string text)
    {
        Identifiers.FromText(text, 10, "Document").ShouldBe("Document");
    }

    [TestMethod]
    public void Keywords_in_the_text_become_capitalized_names_not_keywords()
    {
        foreach (var keyword in Keywords)
        {
            var name = Identifiers.FromText(keyword, 10, "Document");

            Keywords.ShouldNotContain(name);
            name.ShouldBe(char.ToUpperInvariant(keyword[0]) + keyword.Substring(1));
        }
    }

    [TestMethod]
    public void A_keyword_made_valid_is_no_longer_a_keyword()
    {
        Keywords.ShouldNotContain(Identifiers.Valid("class"));
    }

    [TestMethod]
    [DataRow("", "_")]
    [DataRow("9Lives", "_9Lives")]
    [DataRow("XiJinping", "XiJinping")]
    [DataRow("_private", "_private")]
    public void Valid_fixes_only_what_is_invalid(string name, string expected)
    {
        Identifiers.Valid(name).ShouldBe(expected);
    }

    [TestMethod]
    public void Leading_stop_words_are_skipped_when_asked()
    {
        Identifiers.FromText("I am very happy to visit China again", 4, "Quote", skipLeadingStopWords: true).ShouldBe("VeryHappyToVisit");
        Identifiers.FromText("I am very happy", 4, "Quote").ShouldBe("IAmVeryHappy");
    }

    [TestMethod]
    public void Stop_words_alone_still_give_a_name()
    {
        Identifiers.FromText("it is", 4, "Quote", skipLeadingStopWords: true).ShouldBe("Is");
    }

    [TestMethod]
    public void Colliding_names_get_the_smallest_free_numeric_suffix()
    {
        var scope = new NameScope(StringComparer.Ordinal);

        var names = new[] { "XiSaid", "XiSaid", "XiSaid", "PutinSaid", "XiSaid_2" }.Select(scope.Take).ToArray();

        names.ShouldBe(new[] { "XiSaid", "XiSaid_2", "XiSaid_3", "PutinSaid", "XiSaid_2_2" });
    }

    [TestMethod]
    public void Collisions_are_case_sensitive()
    {
        var scope = new NameScope(StringComparer.Ordinal, "Xisaid");

        scope.Take("XiSaid").ShouldBe("XiSaid");
    }

    [TestMethod]
    [DataRow("tr-TR")]
    [DataRow("az-Latn-AZ")]
    public void Names_do_not_depend_on_the_current_culture(string culture)
    {
        const string text = "india and iran sign information pact in izmir";

        Article.UnderCulture(culture, () => Identifiers.FromText(text, 10, "Document")).ShouldBe("IndiaAndIranSignInformationPactInIzmir");
    }

    [TestMethod]
    public void Apostrophes_join_a_word_but_other_punctuation_splits_it()
    {
        Identifiers.Words("Putin\u2019s China-Russia ties' future").ShouldBe(new[] { "Putins", "China", "Russia", "ties", "future" });
    }

    [TestMethod]
    [DataRow("All", "All_")]
    [DataRow("Speakers", "Speakers_")]
    [DataRow("XiJinping", "XiJinping")]
    [DataRow("1st", "_1st")]
    public void Speaker_ids_that_clash_with_the_Speakers_class_get_an_underscore(string id, string member) =>
        MemberNames.SpeakerMember(id).ShouldBe(member);
}
