using System;
using System.Collections.Generic;

namespace Corpus.Parsing;

/// <summary>
/// Word lists of page furniture beside <see cref="Lexicon"/>'s: the lines that news sites, wire services and press
/// releases print around an article (share buttons, footers, bylines, credits, press-release sections). Each list
/// names a kind of line that many sites print, never one text's words; <see cref="RoleClassifier"/> and
/// <see cref="FurnitureShapes"/> say where each list applies.
/// </summary>
internal static class PageFurniture
{
    /// <summary>Phrases that only furniture prints, in a short block (beside <see cref="Lexicon.FurniturePhrases"/>).</summary>
    public static readonly string[] Phrases =
    {
        "for immediate release", "contributed to this report", "our standards:", "reuse this content",
        "send us your feedback", "manage preferences", "manage cookies", "manage settings", "reject all",
        "contains forward-looking statements", "trust principles", "may not be published, broadcast", "do not sell my",
        "privacy choices", "\u00A9",
    };

    /// <summary>Openers of footer lines: production credits, tags and sharing.</summary>
    public static readonly string[] Openers =
    {
        "reporting by", "additional reporting by", "editing by", "edited by", "writing by", "compiled by",
        "editor:", "editors:", "topics:", "tags:", "tagged:", "filed under:", "share on ", "share via ", "share this",
        "share with ", "copy link", "contact:", "media contact", "press contact", "investor contact",
        "media inquiries", "media enquiries", "press inquiries", "press enquiries", "skip to ",
    };

    /// <summary>Whole blocks that are buttons or labels: "Share", "Copy link", a consent banner's "Got it".</summary>
    public static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "share this", "share article", "share this article", "copy link", "print", "email", "comments",
        "got it", "accept", "accept cookies", "i accept", "agree and continue", "reject", "more options", "save",
        "save article", "listen", "listen to this article", "print this page", "print this article", "gift this article",
        "advertisement", "sponsored", "sponsored content", "related topics", "topics", "tags",
        "explore more on these topics", "ends", "-ends-", "-30-", "about us", "about the author", "about the company",
    };

    /// <summary>
    /// Headings of press-release sections that are furniture, with every block under them until the next heading:
    /// the company profile, the legal notice and the contacts. "About" needs a name after it (<see cref="FurnitureShapes"/>).
    /// </summary>
    public static readonly string[] SectionHeadings =
    {
        "forward-looking statements", "forward looking statements", "safe harbor statement", "safe harbour statement",
        "cautionary statement", "cautionary note", "media contact", "media contacts", "press contact", "press contacts",
        "investor contact", "investor contacts", "contact", "contacts", "media inquiries", "media enquiries",
        "press inquiries", "press enquiries", "investor relations", "disclaimer", "about the author", "about the company",
        "about us", "cautionary note regarding",
    };

    /// <summary>Headings after which the short blocks that follow are tags or trending searches, not prose.</summary>
    public static readonly string[] ListHeadings =
    {
        "related topics", "topics", "tags", "explore more on these topics", "search trends", "trending searches",
    };

    /// <summary>Phrases that announce teasers for other articles (beside <see cref="Lexicon.RelatedOpeners"/>).</summary>
    public static readonly string[] RelatedOpeners =
    {
        "more on this story", "more stories", "top stories", "most read", "most viewed", "most watched",
        "latest stories", "latest news", "also read", "see also", "you might also like", "more like this",
        "related article", "related story", "related content", "related coverage",
    };

    /// <summary>Phrases that start a photo caption (beside <see cref="Lexicon.CaptionOpeners"/>).</summary>
    public static readonly string[] CaptionOpeners =
    {
        "photograph:", "image caption", "caption:", "photo caption", "picture caption", "photo taken", "photos taken",
        "a photo taken", "aerial photo taken", "this photo", "this handout photo", "handout photo", "this image",
        "photo shows", "photo credit", "image source", "video caption", "media caption",
    };

    /// <summary>A caption label printed on its own line: the block after it is the caption.</summary>
    public static readonly HashSet<string> CaptionLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "image caption", "image caption,", "image caption:", "caption", "caption:", "photo caption", "photo caption:",
        "video caption", "video caption,", "media caption", "media caption,",
    };

    /// <summary>Labels of a credit at the end of a caption: "… at the meeting. Photograph: Sam Lee/PA".</summary>
    public static readonly string[] CreditLabels =
    {
        "photograph:", "photo:", "photos:", "image:", "picture:", "credit:", "photo credit:", "foto:", "pictured:",
        "photo by ", "photos by ", "photograph by ", "picture by ", "image by ",
    };

    /// <summary>Labels that introduce the author of an article: "Author Katrin Wolff", "Written by …".</summary>
    public static readonly string[] AuthorLabels =
    {
        "author:", "authors:", "author ", "authors ", "written by ", "words by ", "interview by ", "story by ",
        "text by ", "reported by ", "byline:", "reporting from ",
    };

    /// <summary>What a journalist is called after their name in a byline: "Jane Smith, Political correspondent".</summary>
    public static readonly HashSet<string> JournalistRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "reporter", "editor", "writer", "columnist", "journalist", "contributor", "producer",
        "analyst", "critic", "photographer", "staff", "bureau", "chief",
    };

    /// <summary>Units of a relative time: "3 hours ago", "2 days ago".</summary>
    public static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "m", "d",
    };

    /// <summary>Relative days a page prints instead of a date.</summary>
    public static readonly HashSet<string> RelativeDays = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "just now", "moments ago", "an hour ago", "a day ago", "a minute ago", "last week",
    };

    /// <summary>Words that may open a dateline before its date: "Updated 3 hours ago".</summary>
    public static readonly string[] DatelineOpeners =
    {
        "updated", "last updated", "published", "first published", "posted", "last modified", "modified", "date",
    };
}
