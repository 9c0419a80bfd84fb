namespace Corpus.Generators.Tests;

/// <summary>Small articles with known answers, shaped like the seeds.</summary>
internal static class SampleArticles
{
    public const string Talks =
        "Leaders meet in the capital\n" +
        "Updated 09:30, 02-Jan-2024\n" +
        "\n" +
        "Photo: Agency/Photographer\n" +
        "\n" +
        "President Anna Berg met Prime Minister Olu Dade on Tuesday, the ministry said.\n" +
        "\n" +
        "Berg said that the two countries will deepen trade ties.\n" +
        "\n" +
        "\"We are ready to work together on energy and climate,\" Dade said.\n" +
        "\n" +
        "Trade grew by 12 percent last year, he added.\n" +
        "\n" +
        "Search Trends\n";
}
