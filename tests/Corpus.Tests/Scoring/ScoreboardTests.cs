namespace Corpus.Tests.Scoring;

/// <summary>
/// The parser's scoreboard: how well it reads the seeds (against the hand-written key in tests/data). The numbers
/// printed here are the ones in the README; the thresholds are issue 3's bar.
/// </summary>
[TestClass]
public sealed class ScoreboardTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Seeds_are_read_as_the_key_says()
    {
        var board = SeedScoreboard.Run(SeedKey.Load());

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report);

        board.Quotes.F1.ShouldBeGreaterThanOrEqualTo(0.90, board.Report);
        board.Speakers.Value.ShouldBeGreaterThanOrEqualTo(0.95, board.Report);
        board.Roles.Value.ShouldBeGreaterThanOrEqualTo(0.95, board.Report);
        board.Dates.Right.ShouldBe(board.Dates.Total, board.Report);
    }

    /// <summary>
    /// The hand-written development set (tests/data/devset): page furniture, bylines, wire datelines, dates and the
    /// attribution habits of many kinds of site (British single quotes, wires, press releases, a Q&amp;A interview,
    /// translated state media). Issue 13's bar: speakers ≥ 0.90 of the statements found, every date, roles ≥ 0.95.
    /// </summary>
    [TestMethod]
    public void Dev_set_is_read_as_the_key_says()
    {
        var board = SeedScoreboard.Run(SeedKey.LoadDevSet(), SeedKey.DevSetDirectory);

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report);

        board.Roles.Value.ShouldBeGreaterThanOrEqualTo(0.95, board.Report);
        board.Dates.Right.ShouldBe(board.Dates.Total, board.Report);
        board.Speakers.Value.ShouldBeGreaterThanOrEqualTo(0.90, board.Report);
        board.Quotes.Recall.ShouldBeGreaterThanOrEqualTo(0.85, board.Report);
    }

    /// <summary>
    /// The second hand-written set (tests/data/devset2): twelve articles in the style of early-1960s American newspaper
    /// reportage (city hall, courts, sports, society pages, politics, labor), written after the rules of issue 13 and
    /// first scored untouched (speakers 0.730 of the statements found). Held to the numbers reached since.
    /// </summary>
    [TestMethod]
    public void Newsroom_set_is_read_as_the_key_says()
    {
        var board = SeedScoreboard.Run(SeedKey.LoadNewsroomSet(), SeedKey.NewsroomSetDirectory);

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report);

        board.Roles.Value.ShouldBeGreaterThanOrEqualTo(0.95, board.Report);
        board.Speakers.Value.ShouldBeGreaterThanOrEqualTo(0.90, board.Report);
        board.Quotes.Recall.ShouldBeGreaterThanOrEqualTo(0.75, board.Report);
    }

    /// <summary>
    /// The third to twenty-seventh hand-written sets (tests/data/devset3 … devset27): twelve articles each in the form of the
    /// converted Brown reportage (several stories a file, punctuation after the closing quote, joined datelines), written
    /// without reading the parser or the held-out half. Each was scored once untouched, after the rules written on the
    /// sets before it and before any rule was written against it (speakers of the statements found: devset3 0.723 of 119,
    /// devset4 0.852 of 115, devset5 0.896 of 135, devset6 0.852 of 128, devset7 (sports) 0.921 of 152, devset8
    /// (government, courts) 0.844 of 141, devset9 (features, business, obituaries) 0.874 of 119, devset10 (metro desk)
    /// 0.897 of 117, devset11 (wire news) 0.939 of 180, devset12 (arts, church, schools, society) 0.913 of 126, devset13
    /// (two or three stories a file: business, religion, education, arts, civic) 0.892 of 240, devset14 (crowded stories:
    /// one long story a file with five or more named speakers) 0.866 of 277, devset15 (profiles and features,
    /// present-tense attribution) 0.734 of 244, devset16 (speeches, sermons, hearings, a commission's report, reported at
    /// length) 0.907 of 355, devset17 (spot news, crime and the courts) 0.883 of 309, devset18 (society and business pages) 0.871 of 319,
    /// devset19 (arts, schools and churches) 0.775 of 298, devset20 (financial, labor and farm pages) 0.927 of 286,
    /// devset21 (foreign wire news, news in brief, obituaries) 0.779 of 267, devset22 (police, courts and accidents) 0.905 of
    /// 316, devset23 (visiting performers and critics) 0.846 of 305, devset24 (clubs, announcements and the bank letters)
    /// 0.798 of 252, devset25 (disasters on the wire) 0.933 of 283, devset26 (arts news and awards) 0.824 of 289, devset27
    /// (economic reports) 0.881 of 285), and is held to the numbers reached since.
    /// </summary>
    [TestMethod]
    [DataRow("devset3", 0.98, 0.95)]
    [DataRow("devset4", 0.97, 0.90)]
    [DataRow("devset5", 0.98, 0.95)]
    [DataRow("devset6", 0.96, 0.90)]
    [DataRow("devset7", 0.98, 0.90)]
    [DataRow("devset8", 0.98, 0.95)]
    [DataRow("devset9", 0.98, 0.90)]
    [DataRow("devset10", 0.99, 0.95)]
    [DataRow("devset11", 0.94, 0.90)]
    [DataRow("devset12", 0.92, 0.85)]
    [DataRow("devset13", 0.96, 0.90)]
    [DataRow("devset14", 0.97, 0.90)]
    [DataRow("devset15", 0.91, 0.85)]
    [DataRow("devset16", 0.97, 0.90)]
    [DataRow("devset17", 0.95, 0.85)]
    [DataRow("devset18", 0.95, 0.90)]
    [DataRow("devset19", 0.78, 0.74)]
    [DataRow("devset20", 0.94, 0.89)]
    [DataRow("devset21", 0.80, 0.74)]
    [DataRow("devset22", 0.90, 0.87)]
    [DataRow("devset23", 0.93, 0.83)]
    [DataRow("devset24", 0.79, 0.71)]
    [DataRow("devset25", 0.93, 0.91)]
    [DataRow("devset26", 0.85, 0.79)]
    [DataRow("devset27", 0.94, 0.85)]
    public void Brown_form_sets_are_read_as_the_key_says(string set, double speakers, double recall)
    {
        var board = SeedScoreboard.Run(SeedKey.LoadSet(set), SeedKey.SetDirectory(set));

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report);

        board.Roles.Value.ShouldBeGreaterThanOrEqualTo(0.95, board.Report);
        board.Speakers.Value.ShouldBeGreaterThanOrEqualTo(speakers, board.Report);
        board.Quotes.Recall.ShouldBeGreaterThanOrEqualTo(recall, board.Report);
    }

    /// <summary>
    /// Brown press reportage (tests/data/newswire): direct quotes against issue 3's bar, and speakers. Issue 13's goal for
    /// the held-out half (ca23–ca44, whose mistakes are never read) is 0.85 and is not met yet: the floors below are the
    /// numbers reached, so a change can raise them but never lower them unnoticed.
    /// </summary>
    [TestMethod]
    public void Direct_quotes_in_independent_newswire_are_found()
    {
        var board = NewswireScoreboard.Run(NewswireKey.Load());

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report);

        board.DirectQuotes.Recall.ShouldBeGreaterThanOrEqualTo(0.90, board.Summary());
        board.DirectQuotes.Precision.ShouldBeGreaterThanOrEqualTo(0.90, board.Summary());
        board.DevelopmentSpeakers.Value.ShouldBeGreaterThanOrEqualTo(0.85, board.Summary());
        board.HeldOutSpeakers.Value.ShouldBeGreaterThanOrEqualTo(HeldOutSpeakerFloor, board.Summary());
    }

    /// <summary>
    /// Real Brown text keyed by hand in the newswire key's form, by annotators who never read the parser (each folder's
    /// README): lore (F, magazine features), essays (G), academic (D and J), fiction (K) and expository (E and H). Each
    /// was scored once untouched, speakers of the found quotes: lore 0.631 development / 0.582 held out, essays 0.426 /
    /// 0.466 (cg41–cg75 keyed after the rules from cg01–cg40), academic 0.481, fiction 0.586, expository 0.685 (all held
    /// out). The floors are the numbers reached since; a half a set does not have is not checked (NaN).
    /// </summary>
    [TestMethod]
    [DataRow("lore", 0.91, 0.84, 0.875, 0.80)]
    [DataRow("essays", 0.85, 0.89, 0.69, 0.565)]
    [DataRow("academic", 0.84, 0.74, 0.635, double.NaN)]
    [DataRow("fiction", 0.88, 0.99, 0.63, double.NaN)]
    [DataRow("expository", 0.82, 0.82, double.NaN, 0.81)]
    public void Real_text_of_other_registers_is_read_as_its_key_says(string set, double recall, double precision, double developmentSpeakers, double heldOutSpeakers)
    {
        var board = NewswireScoreboard.Run(NewswireKey.Load(set));

        TestContext.WriteLine(board.Summary());
        TestContext.WriteLine(board.Report); // development mistakes only: held-out ones are never listed

        board.DirectQuotes.Recall.ShouldBeGreaterThanOrEqualTo(recall, board.Summary());
        board.DirectQuotes.Precision.ShouldBeGreaterThanOrEqualTo(precision, board.Summary());
        if (!double.IsNaN(developmentSpeakers))
        {
            board.DevelopmentSpeakers.Value.ShouldBeGreaterThanOrEqualTo(developmentSpeakers, board.Summary());
        }

        if (!double.IsNaN(heldOutSpeakers))
        {
            board.HeldOutSpeakers.Value.ShouldBeGreaterThanOrEqualTo(heldOutSpeakers, board.Summary());
        }
    }

    /// <summary>The newswire key names speakers in full; the scoreboard compares the word they are known by.</summary>
    [TestMethod]
    [DataRow("Fulton County Grand Jury", "Jury")]
    [DataRow("Willy Beck", "Beck")]
    [DataRow("Adam Clayton Powell Jr.", "Powell")]
    [DataRow("John D. Rockefeller III", "Rockefeller")]
    [DataRow("Kennedy", "Kennedy")]
    public void Newswire_speakers_are_compared_by_surname_past_a_suffix(string speaker, string surname) =>
        NewswireScoreboard.Surname(speaker).ShouldBe(surname);

    /// <summary>Held-out speaker accuracy reached so far (issue 13's goal is 0.85).</summary>
    private const double HeldOutSpeakerFloor = 0.84;
}
