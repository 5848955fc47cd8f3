using KKMP.Bot.Knowledge.Evaluation;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Retrieval floors on every question set. The development sets were used to tune the search. In round 3 the
/// earlier held-out sets became development sets too: holdout-3-everyday-questions.json (held out through round 2)
/// is now read question by question and tuned on, and so are holdout-questions.json and holdout-everyday-questions.json,
/// whose totals had been seen while tuning. dev-everyday-3-questions.json holds paraphrases written in round 3 to
/// check that each new rule carries over to wording it was not written for. dev-everyday-4-questions.json (round 4) was
/// written for tuning by an author who never read the search code; it has no floor yet, only its validity is tested.
/// dev-everyday-5-questions.json (round 5, another independent author) was scored once at the start of round 5 and then tuned on;
/// dev-everyday-6-questions.json (round 6, a new author and new voices) the same way in round 6 (first score: Recall@1 0.778,
/// Recall@3 0.900, right replies 0.722, out-of-scope recall 0.500). The held-out set is
/// holdout-4-everyday-questions.json, written after round 2 by another author, and holdout-5-everyday-questions.json,
/// written in session 4 by a third: never tuned on, their misses never listed; since session 4 their floors hold the
/// values reached (the issue asks for floors held by tests), and their totals are printed by the knowledge-eval benchmark.
/// </summary>
public class EvaluationTests
{
    public static readonly string[] Sets =
        ["dev-questions.json", "dev-everyday-questions.json", "dev-everyday-2-questions.json", "dev-everyday-3-questions.json", "dev-everyday-4-questions.json",
         "dev-everyday-5-questions.json", "dev-everyday-6-questions.json", "dev-everyday-7-questions.json", "dev-everyday-8-questions.json", "dev-everyday-9-questions.json", "dev-everyday-10-questions.json", "dev-everyday-11-questions.json", "dev-everyday-12-questions.json", "dev-everyday-13-questions.json", "dev-everyday-14-questions.json", "dev-everyday-15-questions.json", "dev-everyday-16-questions.json", "holdout-2-questions.json", "holdout-questions.json", "holdout-everyday-questions.json", "holdout-3-everyday-questions.json",
         "holdout-4-everyday-questions.json", "holdout-5-everyday-questions.json", "holdout-6-everyday-questions.json", "holdout-7-everyday-questions.json", "holdout-8-everyday-questions.json",
         "holdout-9-everyday-questions.json", "holdout-10-everyday-questions.json", "holdout-11-everyday-questions.json", "holdout-12-everyday-questions.json",
         "holdout-13-everyday-questions.json"];

    private static readonly string[] HeldOutSets = [Unscored, UnscoredFresh, SessionFive, SessionSix, SessionSeven, SessionEight, SessionNine, SessionTen, SessionEleven, SessionTwelve];

    /// <summary>Written after round 2 by a different author, never scored by a test: only its validity is checked here.</summary>
    private const string Unscored = "holdout-4-everyday-questions.json";

    /// <summary>Written in session 4 by an author who never read the search code nor ran it; scored once before tuning, never tuned on.</summary>
    private const string UnscoredFresh = "holdout-5-everyday-questions.json";

    /// <summary>Written in session 5 by a fourth author who never read the search code nor ran it; scored once before tuning, never tuned on.</summary>
    private const string SessionFive = "holdout-6-everyday-questions.json";

    /// <summary>Written in session 6 by a fifth author who never read the search code nor ran it; scored once before tuning, never tuned on.</summary>
    private const string SessionSix = "holdout-7-everyday-questions.json";

    /// <summary>Written in session 7 by a sixth author (dinas officers, pengurus and pengawas with stories); scored once before tuning, never tuned on.</summary>
    private const string SessionSeven = "holdout-8-everyday-questions.json";

    /// <summary>Written in session 8 by a seventh author (a new treasurer, a village head, a pengawas, a member, a dinas officer); scored once before tuning, never tuned on.</summary>
    private const string SessionEight = "holdout-9-everyday-questions.json";

    /// <summary>Written in session 9 by an eighth author (a kades's wife as new bendahara, a retired teacher on the pengawas, a TikTok-typing ketua, a dinas officer, members); scored once before tuning, never tuned on.</summary>
    private const string SessionNine = "holdout-10-everyday-questions.json";

    /// <summary>Written in session 10 by a ninth author (pengurus and pengawas in Maluku, NTT and Papua, city officers; stories, wrong premises); scored once before tuning, never tuned on.</summary>
    private const string SessionTen = "holdout-11-everyday-questions.json";

    /// <summary>Written in session 11 by a tenth author (a worried bendahara in West Sumatra, a Javanese kepala desa, terse dinas staff, a member, a notary's assistant); scored once before tuning, never tuned on.</summary>
    private const string SessionEleven = "holdout-12-everyday-questions.json";

    /// <summary>Written in session 12 by an eleventh author (a Banyumasan kepala desa on the pengawas, a Gen-Z admin, a retired teacher with stories, a Dayak bendahara, a dinas officer quoting wrong articles); scored once before tuning, never tuned on.</summary>
    private const string SessionTwelve = "holdout-13-everyday-questions.json";

    /// <summary>Session 10's new development set (village heads and managers in Java and Sumatra, worried members, a treasurer before the RAT).</summary>
    private const string SessionTenDev = "dev-everyday-13-questions.json";

    /// <summary>Session 10's second development set, written after holdout-11 arrived low by a new author who never saw it, in its kind of askers (eastern Indonesia pengurus and pengawas, dinas staff).</summary>
    private const string SessionTenEastDev = "dev-everyday-14-questions.json";

    /// <summary>Session 11's development set (a Banjar pengawas, an NTT shop manager asking about his pay and dismissal, a camat's staff forwarding several questions at once, a warung-owning member asking about loans, a facilitator preparing the RAT).</summary>
    private const string SessionElevenDev = "dev-everyday-15-questions.json";

    /// <summary>Session 12's development set (a Bima ketua, a Riau Melayu secretary, a Toraja shop manager, a worried Bangka member, an officer voice-typing).</summary>
    private const string SessionTwelveDev = "dev-everyday-16-questions.json";

    /// <summary>Session 9's new development set (a farming manager, a secretary drafting the RAT invitation, warung rumours, English-mixing city members, a camat's staff).</summary>
    private const string SessionNineDev = "dev-everyday-12-questions.json";

    /// <summary>Session 8's new development set (a Kalimantan manager, a founding member with 1992 premises, a fast-typing secretary); floors since round 14.</summary>
    private const string SessionEightDev = "dev-everyday-11-questions.json";

    private static readonly Dictionary<string, Lazy<RetrievalMetrics>> Metrics = Sets.ToDictionary(
        s => s, s => new Lazy<RetrievalMetrics>(() => RetrievalEvaluator.Evaluate(Search, QuestionSet(s), Formatter.Format)));

    public static TheoryData<string> SetNames => new(Sets);

    [Fact]
    public void The_development_sets_are_large_enough_and_cover_every_document()
    {
        var dev = new[] { Questions, QuestionSet("dev-everyday-questions.json"), QuestionSet("dev-everyday-2-questions.json") };
        Assert.True(dev.Sum(d => d.Questions.Count) >= 200, $"{dev.Sum(d => d.Questions.Count)} questions");
        Assert.True(dev.Sum(d => d.OutOfScope.Count) >= 20, $"{dev.Sum(d => d.OutOfScope.Count)} out-of-scope questions");
        foreach (var document in Corpus.Documents)
            Assert.Contains(dev.SelectMany(d => d.Questions), q => q.Gold.Any(g => g.StartsWith(document.Citation + " ")));
    }

    [Theory]
    [InlineData("holdout-everyday-questions.json")]
    [InlineData("holdout-3-everyday-questions.json")]
    [InlineData("holdout-4-everyday-questions.json")]
    [InlineData("holdout-5-everyday-questions.json")]
    [InlineData("holdout-6-everyday-questions.json")]
    [InlineData("holdout-7-everyday-questions.json")]
    [InlineData("holdout-8-everyday-questions.json")]
    [InlineData("holdout-9-everyday-questions.json")]
    [InlineData("holdout-10-everyday-questions.json")]
    [InlineData("holdout-11-everyday-questions.json")]
    [InlineData("holdout-12-everyday-questions.json")]
    [InlineData("holdout-13-everyday-questions.json")]
    public void The_everyday_held_out_sets_are_large_enough_and_cover_every_document(string file)
    {
        var set = QuestionSet(file);
        Assert.True(set.Questions.Count >= 60, $"{set.Questions.Count} questions");
        Assert.True(set.OutOfScope.Count >= 10, $"{set.OutOfScope.Count} out-of-scope questions");
        foreach (var document in Corpus.Documents.Where(d => d.Id != "uu-6-2023"))   // its articles are answered as UU 25/1992 in force
            Assert.Contains(set.Questions, q => q.Gold.Any(g => g.StartsWith(document.Citation + " ")));
        Assert.Contains(set.Questions, q => q.Gold.Any(g => g.Contains("Lampiran 7")));
    }

    [Theory]
    [InlineData("dev-questions.json", 0.96, 0.99, 0.96)]
    // Round 16 (ranking): an outdated founders' number weighs 3; dev-everyday 0.915 → 0.930, dev-everyday-2 0.922 → 0.938 (a negated
    // term's definition answers only its negation), dev-everyday-7 0.867 → 0.878 (not yet a member is the law's "bukan anggota").
    [InlineData("dev-everyday-questions.json", 0.92, 0.98, 0.92)]
    [InlineData("dev-everyday-2-questions.json", 0.93, 0.98, 0.93)]
    [InlineData("dev-everyday-3-questions.json", 0.96, 1.0, 0.96)]
    [InlineData("dev-everyday-5-questions.json", 0.93, 0.97, 0.93)]
    [InlineData("dev-everyday-6-questions.json", 0.85, 0.96, 0.85)]
    // Round 8: dev-everyday-4 had no floor; dev-everyday-7 (first score R@1 0.700, R@3 0.889) at the values reached.
    [InlineData("dev-everyday-4-questions.json", 0.94, 0.98, 0.94)]
    [InlineData("dev-everyday-7-questions.json", 0.87, 0.95, 0.87)]
    // Round 9: dev-everyday-8 (first score R@1 0.662, R@3 0.900, answered@1 0.637) at the values reached.
    // Round 10 (ranking): dev-everyday-7 0.778 → 0.844, dev-everyday-8 0.688 → 0.750, dev-everyday-9 (first score R@1 0.688, R@3 0.887,
    // answered@1 0.637) → 0.775 / 0.900 / 0.738; the other sets at the values reached.
    // Round 11 (ranking): asked words paired across the story's words; dev-everyday-9 0.775 → 0.800 (R@3 0.912, answered@1 0.775),
    // dev-everyday-8 R@3 0.900 → 0.925, dev-everyday-5 0.922 → 0.933, holdout-3-everyday (a development set) R@3 0.941 → 0.956.
    // Round 12 (ranking): a question about something not done prefers the passage stating what happens then; dev-everyday 0.873 →
    // 0.887, dev-everyday-6 0.844 → 0.856 (R@3 0.967), dev-everyday-8 0.750 → 0.762, dev-everyday-9 0.800 → 0.812 (answered@1 0.800),
    // dev-everyday-5 R@3 0.967 → 0.978. Round 12 (gate) beside it; dev-everyday-10 (first score R@1 0.688, R@3 0.863, answered@1 0.662)
    // at the values the two reached together.
    // Round 13 (ranking): a list question prefers the whole list over an article detailing one of its items, a deadline question the
    // deadline of what it names over one counted from it; dev-everyday-2 0.875 → 0.891 (answered@1 0.875), dev-everyday-4 0.900 →
    // 0.929 (answered@1 0.929), holdout-2 (a development set) 0.969 → 1.0.
    [InlineData("dev-everyday-8-questions.json", 0.78, 0.92, 0.78)]
    // Round 15 (ranking): who comes first ("didahulukan", "diprioritaskan") read as the regulations' "mengutamakan"; dev-everyday-9
    // 0.863 → 0.875, dev-everyday-11 R@3 0.925 → 0.938.
    // Round 16 (replies and gate): dev-everyday-9 answered@1 0.863 → 0.875 (reports' language and currency are legal words),
    // dev-everyday-10 R@3 0.925 → 0.938 (the reason after "biar" is context when the question points back).
    [InlineData("dev-everyday-9-questions.json", 0.87, 0.95, 0.87)]
    // Round 15 (replies): the asker's reason after "biar" is context; dev-everyday-10 0.825 → 0.838 (answered@1 0.838), dev-everyday-11
    // answered@1 0.762 → 0.775.
    // Round 16 (ranking): SHU "dibagi rata" reaches Pasal 45; dev-everyday-10 0.838 → 0.850; an outdated number, dev-everyday-11 0.775 → 0.787.
    [InlineData("dev-everyday-10-questions.json", 0.85, 0.93, 0.85)]
    // Session 8's new development set: first scored 0.688 (right replies 0.675) at arrival; rounds 14 and 16 reach the values below.
    // Round 17 (ranking): blank forms weigh half, a "kan" tag asks; dev-everyday-11 0.787 → 0.800.
    [InlineData(SessionEightDev, 0.80, 0.93, 0.80)]
    // Session 9's new development set: first scored 0.738 / 0.875 / 0.725 (right replies 0.762) at arrival; round 16's replies and
    // gate (English chat words, a time ahead read as a condition, the deed naming the cooperative) reach the values below.
    // Round 17 (ranking): dev-everyday-12 R@3 0.887 → 0.900.
    [InlineData(SessionNineDev, 0.77, 0.90, 0.77)]
    // Session 10's new development sets: dev-everyday-13 first scored 0.675 / 0.800 / 0.662 (right replies 0.700) at arrival,
    // dev-everyday-14 0.675 / 0.838 / 0.637 (right replies 0.700); round 17's ranking and gate reach the values below.
    // Session 11's development set dev-everyday-15 first scored 0.675 / 0.838 / 0.637 at arrival; round 18 (Banjar and Kupang
    // function words, money lost by neglect, the gate) reaches the values below.
    [InlineData(SessionTenDev, 0.75, 0.85, 0.75)]
    [InlineData(SessionTenEastDev, 0.68, 0.83, 0.67)]
    [InlineData(SessionElevenDev, 0.70, 0.85, 0.70)]
    // Session 12's development set dev-everyday-16: its first score at arrival (out of scope: precision 0.615, recall 0.533).
    [InlineData(SessionTwelveDev, 0.73, 0.87, 0.70)]
    [InlineData("holdout-2-questions.json", 1.0, 1.0, 1.0)]
    [InlineData("holdout-questions.json", 0.80, 0.90, 0.80)]
    [InlineData("holdout-everyday-questions.json", 0.94, 0.98, 0.94)]
    [InlineData("holdout-3-everyday-questions.json", 0.94, 0.97, 0.94)]
    // The held-out sets (never tuned on, misses never listed): the issue asks for floors held by tests; these are the
    // values reached after round 10 (session 6), read once after its merge (the goals, R@1 0.80 and right replies
    // 0.85 on every held-out set, are not all reached).
    // Read again at the end of session 8 (rounds 14-15): the floors hold the values reached.
    [InlineData("holdout-4-everyday-questions.json", 0.83, 0.93, 0.81)]
    // Round 10's ranking (tuned on development sets only): holdout-5 Recall@1 rose to 0.825 while Recall@3 fell one question to
    // 0.925; the Recall@3 floor follows, not tuned back on the held-out set. Round 12's not-done rule (dev sets +1 to +2 questions
    // each) cost holdout-5 one more question at Recall@3 (0.912, Recall@1 held at 0.825); the floor follows, again not tuned back.
    // Round 14's "kopdes" at half weight in ranking (dev sets +1 to +4 questions at Recall@1, none lower) cost holdout-5 one
    // question at Recall@1 (0.825 → 0.812, answered@1 0.800); the floors follow, not tuned back.
    [InlineData("holdout-5-everyday-questions.json", 0.81, 0.91, 0.80)]
    // session 5's fresh held-out: first scored 0.675 / 0.838 / 0.650 before any tuning; the floor holds what it reached.
    // Round 13's ranking (whole lists, the asked event's own deadline; dev sets +1 to +2 questions, none lower) cost holdout-6 one
    // question at Recall@3 (0.900 → 0.887; Recall@1 0.725, answered@1 0.713 still above their floors); the floor follows, not tuned back.
    [InlineData("holdout-6-everyday-questions.json", 0.80, 0.91, 0.78)]
    // session 6's fresh held-out: first scored 0.750 / 0.912 / 0.750 (right replies 0.713) before any tuning
    [InlineData("holdout-7-everyday-questions.json", 0.83, 0.93, 0.83)]
    // session 7's fresh held-out: first scored 0.775 / 0.912 / 0.775 (right replies 0.800) before any tuning; read again at the end
    [InlineData("holdout-8-everyday-questions.json", 0.82, 0.91, 0.82)]
    // session 8's fresh held-out: first scored 0.637 / 0.875 / 0.613 (right replies 0.662) before any tuning; read again at the end
    [InlineData("holdout-9-everyday-questions.json", 0.70, 0.90, 0.67)]
    // session 9's fresh held-out: first scored 0.738 / 0.912 / 0.725 (right replies 0.725) before any tuning; read again at the end
    [InlineData("holdout-10-everyday-questions.json", 0.73, 0.91, 0.72)]
    // session 10's fresh held-out: first scored 0.637 / 0.850 / 0.637 (right replies 0.725) before any tuning
    [InlineData("holdout-11-everyday-questions.json", 0.63, 0.85, 0.63)]
    // session 11's fresh held-out: first scored 0.750 / 0.838 / 0.713 (right replies 0.700) before any tuning
    [InlineData(SessionEleven, 0.75, 0.83, 0.71)]
    // session 12's fresh held-out: first scored 0.812 / 0.925 / 0.787 (right replies 0.838; out of scope 0.846 / 0.733) before any tuning
    [InlineData(SessionTwelve, 0.81, 0.92, 0.78)]
    public void Recall_meets_the_floors(string set, double recallAt1, double recallAt3, double answeredAt1)
    {
        var metrics = Metrics[set].Value;
        var misses = HeldOut(set) ? "(misses of a held-out set are not listed)" : string.Join('\n', metrics.Misses);
        Assert.True(metrics.RecallAt3 >= recallAt3, $"{metrics}\n{misses}");
        Assert.True(metrics.RecallAt1 >= recallAt1, $"{metrics}\n{misses}");
        Assert.True(metrics.AnsweredAt1 >= answeredAt1, $"{metrics}\n{misses}");
    }

    /// <summary>The reply an officer reads names a gold citation and states the key fact (sets that give key facts).</summary>
    [Theory]
    // Round 10 (ranking, a close runner-up quoted beside the best, the asked frame read apart from the story): the values reached.
    // Round 11 (a phrase answers one idea, an article's topic does not choose its ayat, procedures quoted from the start, hedged
    // answers quote their runner-up, one anchor asked is hedged): dev-2 0.922 → 0.938, dev-3 0.938 → 0.969, dev-5 0.922 held,
    // dev-7 0.867 → 0.878, dev-9 0.787 → 0.812.
    // Round 13 (replies: a bare "boleh dipilih?" is about the story, contesting a decision quotes the ayat granting the way, a list is
    // chosen by the word it is asked of): dev-2 0.938 → 0.953, dev-5 0.933 → 0.944, dev-10 0.787 → 0.800. Round 13 (ranking: whole
    // lists, the asked event's own deadline): dev-2 0.938 → 0.953, dev-4 0.943 → 0.957; together dev-2 reaches 0.969.
    [InlineData("dev-everyday-2-questions.json", 0.96)]
    [InlineData("dev-everyday-3-questions.json", 0.96)]
    // Round 16: dev-4 0.957 → 0.971 ("aturannya" chooses no ayat that only passes the rule on).
    [InlineData("dev-everyday-4-questions.json", 0.97)]
    [InlineData("dev-everyday-5-questions.json", 0.94)]
    [InlineData("dev-everyday-6-questions.json", 0.90)]
    // Round 14, ranking and replies together: dev-7 0.911, dev-8 0.863, dev-9 0.900, dev-10 0.875, dev-11 0.775 (first 0.675).
    // Round 15 (replies and gate): dev-7 0.922, dev-11 0.825 (paint and decorations declined, a sum set asks what sets it, "biar …" is context).
    [InlineData("dev-everyday-7-questions.json", 0.92)]
    [InlineData("dev-everyday-8-questions.json", 0.86)]
    // Round 16: dev-9 0.900 → 0.912, dev-11 0.825 → 0.838 (a procedure's steps quoted with what it is for), dev-12 0.762 → 0.812.
    [InlineData("dev-everyday-9-questions.json", 0.91)]
    // Round 12: dev-everyday-10 first scored 0.738; the not-done rule (ranking) and a price judged in the premise, a likeness
    // (gate) together reach the value below; holdout-3-everyday 0.941 → 0.956.
    // Round 16 (ranking): dev-everyday-10 0.875 → 0.887, dev-everyday-11 0.825 → 0.838.
    [InlineData("dev-everyday-10-questions.json", 0.88)]
    [InlineData(SessionEightDev, 0.83)]
    [InlineData(SessionNineDev, 0.81)]
    // Round 17 (replies): session 10's development sets; dev-13 0.700 → 0.738 (a form to fill in leads no reply, a quorum asked
    // without the word or missed quotes the ayat on attendance), dev-14 at its first score with its price facts as the index renders them.
    // Round 17 (ranking and gate) beside them: together dev-13 0.787, dev-14 0.738.
    // Round 18 (ranking and gate): dev-15 (first 0.650) 0.713.
    [InlineData(SessionTenDev, 0.78)]
    [InlineData(SessionTenEastDev, 0.73)]
    // Round 18 (replies): session 11's development set, first scored 0.650; 0.688 with several numbered questions quoting the
    // runner-up, the ayat stating the organ asked quoted beside the chosen ones, mixing money read as the rule keeping it apart.
    // Together (ranking and replies merged): 0.750.
    [InlineData(SessionElevenDev, 0.75)]
    // Session 12's development set, at its first score (0.738).
    [InlineData(SessionTwelveDev, 0.73)]
    [InlineData("holdout-3-everyday-questions.json", 0.97)]
    // held-out, at the values read at the end of session 9; holdout-4, -6 and -8 raised to the values read at the end of session 11
    [InlineData("holdout-4-everyday-questions.json", 0.83)]
    [InlineData("holdout-5-everyday-questions.json", 0.85)]
    [InlineData("holdout-6-everyday-questions.json", 0.83)]
    [InlineData("holdout-7-everyday-questions.json", 0.82)]
    [InlineData("holdout-8-everyday-questions.json", 0.87)]
    [InlineData("holdout-9-everyday-questions.json", 0.71)]
    [InlineData("holdout-10-everyday-questions.json", 0.73)]
    [InlineData("holdout-11-everyday-questions.json", 0.72)]
    // first 0.700; 0.713 at the end of session 11
    [InlineData(SessionEleven, 0.71)]
    // first 0.838
    [InlineData(SessionTwelve, 0.83)]
    public void Replies_state_the_key_fact_at_the_floor(string set, double rightReplies)
    {
        var metrics = Metrics[set].Value;
        Assert.Equal(QuestionSet(set).Questions.Count, metrics.JudgedReplies);
        var wrong = HeldOut(set) ? "(a held-out set's replies are not listed)" : string.Join('\n', metrics.WrongReplies);
        Assert.True(metrics.RightReplies >= rightReplies, $"{metrics}\n{wrong}");
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Every_key_fact_is_in_a_gold_passage(string set)
    {
        static string Flat(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var question in QuestionSet(set).Questions.Where(q => q.Fact is not null))
        {
            var gold = Flat(string.Join(' ', Corpus.Chunks.Where(c => RetrievalEvaluator.Answers(c.Citation, question.Gold)).Select(c => c.Text)));
            Assert.True(question.Fact!.Any(f => gold.Contains(Flat(f), StringComparison.Ordinal)), question.Q);
        }
    }

    /// <summary>
    /// The held-out sets: only their validity is tested, no out-of-scope result of the search on them is asserted. Since round 10
    /// every development set (dev-everyday-4, -7, -8 and -9 included) holds "no citation on any out-of-scope question"
    /// (dev-everyday-9's first score: out-of-scope precision 0.692, recall 0.600). dev-everyday-10 arrived in session 7 (first score:
    /// out-of-scope precision 0.688, recall 0.733) and joined the rule in round 12 (another body, a social aid programme, goods
    /// without a reference price and lenders outside the cooperative are declined). dev-everyday-11 arrived in session 8 (out-of-scope
    /// precision 0.786, recall 0.733 with round 14's replies) and joined the rule in round 14 (family law, product recommendations, a
    /// reference price for a province its entry does not cover, unlisted goods asked with a listed region are declined).
    /// dev-everyday-12 arrived in session 9 (out-of-scope precision 0.867, recall 0.867) and joined the rule in round 16 (choosing a
    /// lender for oneself, songs and lyrics are declined; the deed's next steps and English chat words are answered).
    /// dev-everyday-13 arrived in session 10 with no citation on any of its out-of-scope questions (precision 0.882, recall 1.0:
    /// two answerable questions declined) and joined the rule in round 17; dev-everyday-14 arrived in session 10 (precision 0.684,
    /// recall 0.867) and joined it in round 17 (whether a fee is fair and a logo's design are declined; the cooperative's records
    /// posted on social media are answered as a secrecy question). dev-everyday-15 arrived in session 11 (precision 0.722, recall
    /// 0.867) and joined it in round 18 (a rental's going rate and when the village fund is paid out are declined; announcing on
    /// social media and a banner quoting a rule are answered).
    /// </summary>
    private static readonly string[] WithoutFloor = [Unscored, UnscoredFresh, SessionFive, SessionSix, SessionSeven, SessionEight, SessionNine, SessionTen, SessionEleven, SessionTwelve, SessionTwelveDev];

    public static TheoryData<string> SetsWithoutCitationsOutOfScope => new(Sets.Where(s => !WithoutFloor.Contains(s)));

    [Theory]
    [MemberData(nameof(SetsWithoutCitationsOutOfScope))]
    public void No_out_of_scope_question_gets_a_citation(string set)
    {
        Assert.Empty(Metrics[set].Value.OutOfScopeAnswered);
        foreach (var question in QuestionSet(set).OutOfScope)
            Assert.DoesNotContain("Pasal", Answer(question));
    }

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Gold_citations_exist_in_the_knowledge_base(string set)
    {
        var citations = Corpus.Chunks.Select(c => c.Citation).ToList();
        foreach (var gold in QuestionSet(set).Questions.SelectMany(q => q.Gold))
            Assert.Contains(citations, c => RetrievalEvaluator.Answers(c, [gold]));
    }

    private static bool HeldOut(string set) => HeldOutSets.Contains(set);
}
