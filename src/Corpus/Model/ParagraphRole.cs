namespace Corpus;

/// <summary>What a block of an article is: the reading the parser gives every paragraph.</summary>
#if BUILDING_SOURCE_GENERATOR
internal
#else
public
#endif
enum ParagraphRole
{
    /// <summary>The headline of the article.</summary>
    Title,

    /// <summary>
    /// A line that says when (and often where or by whom) the article was published: "Updated 09:15 GMT, 4 Jan 2025",
    /// "3 hours ago", and bylines ("By Jane Smith", "Jane Smith, Political correspondent").
    /// </summary>
    Dateline,

    /// <summary>A photo caption or photo credit ("… Photograph: Sam Lee/PA", "(Xinhua/Zhang Wei)"), or a caption's label.</summary>
    Caption,

    /// <summary>A short subheading inside the article.</summary>
    Heading,

    /// <summary>Article prose.</summary>
    Body,

    /// <summary>
    /// Page furniture: cookie banners, consent buttons, share lines, "Advertisement", tag lists, "Search Trends",
    /// footers and copyright lines, and a press release's "FOR IMMEDIATE RELEASE", company profile, legal notice and
    /// contacts.
    /// </summary>
    Boilerplate,

    /// <summary>Teasers for other, unrelated articles.</summary>
    Related,

    /// <summary>A repetition of an earlier block (a repeated title or caption).</summary>
    Duplicate,
}
