namespace Corpus;

/// <summary>What a block of an article is: the reading the parser gives every paragraph.</summary>
public enum ParagraphRole
{
    /// <summary>The headline of the article.</summary>
    Title,

    /// <summary>A line that says when (and often where or by whom) the article was published.</summary>
    Dateline,

    /// <summary>A photo caption or photo credit.</summary>
    Caption,

    /// <summary>A short subheading inside the article.</summary>
    Heading,

    /// <summary>Article prose.</summary>
    Body,

    /// <summary>Page furniture: cookie banners, consent buttons, "Search Trends" and the like.</summary>
    Boilerplate,

    /// <summary>Teasers for other, unrelated articles.</summary>
    Related,

    /// <summary>A repetition of an earlier block (a repeated title or caption).</summary>
    Duplicate,
}
