using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// BM25 search over the regulation index, read concept by concept (see <see cref="QueryConcepts"/>),
/// re-ranked by how much of the question each passage covers and by what the question asks for (a
/// list, a number of some kind, the kopdes' model AD, a definition). Confidence is read from the legal
/// words of the question only (<see cref="DomainLexicon"/>): a story around them neither raises nor
/// lowers it, and a question with no legal word, or about running the shop, is declined.
/// </summary>
public sealed class RegulationSearch(RegulationIndex index, double minConfidence = RegulationSearch.DefaultMinConfidence) : IRegulationSearch
{
    /// <summary>Below this the caller should answer "not found" (chosen on the development questions).</summary>
    public const double DefaultMinConfidence = 0.4;

    /// <summary>
    /// From here up to the confidence gate the best passages are shown hedged ("mungkin yang dimaksud").
    /// Every out-of-scope question of the development sets scores 0 (no cooperative word matched), the
    /// declined in-scope ones 0.23–0.40.
    /// </summary>
    public const double HedgeMinConfidence = 0.2;

    private const int Candidates = 50;
    public const int MaxConcepts = 40;
    private const float SynonymBoost = 0.8f;
    private const double DefinitionBoost = 1.5;

    /// <summary>Score × coverage²: a passage that answers every part of the question beats a longer one that repeats a part.</summary>
    private const double CoverageExponent = 2;
    private const float LeadBoost = 0.3f, HeadingBoost = 0.6f, PhraseBoost = 0.5f, QuestionsBoost = 0.6f, ProximityBoost = 0.5f;
    private readonly QueryConcepts _concepts = index.Profile.CreateConceptReader(index.Analyzer);
    private readonly DomainLexicon _lexicon = new(index.Analyzer, DomainSynonyms.Groups);
    private readonly DomainLexicon _lexiconWithoutPrices = new(index.Analyzer, DomainSynonyms.Groups, prices: false);
    private readonly UnknownRegulation _unknownRegulation = new(index.Knowledge);

    /// <summary>Weight of a known non-legal word ("protes", "takut") in the confidence, relative to a legal one.</summary>
    private const double StoryWordWeight = 0.25;

    /// <summary>Weight in ranking of a word said only in the story around the question (<see cref="QuestionFrame"/>): a chat word, a legal word.</summary>
    private const double AsideWeight = 0.3, AsideLegalWeight = 0.6;

    /// <summary>Weight in ranking of a document's name ("menurut UU"): it mostly says where to look.</summary>
    private const double DocumentNameWeight = 0.3;

    /// <summary>
    /// "kopdes": what the law says of every Koperasi holds for a kopdes, and the model AD a kopdes adopted says "Koperasi" too,
    /// so the word says which cooperative, not what is asked; in full it pulls the Juklak's prose about forming KDKMP.
    /// </summary>
    private const double KopdesWeight = 0.5;

    /// <summary>
    /// "katanya koperasi wajib diaudit, bener wajib?", "emang dilarang?": a modal alone asks whether, not about what; the article
    /// that answers may say "dapat" where the claim said "wajib", so the claim's modal must not pull passages that repeat it.
    /// ("simpanan wajib" and "kewajiban" are other concepts.)
    /// </summary>
    private static readonly HashSet<string> Modals = ["wajib", "diwajibkan", "mewajibkan", "dilarang", "melarang", "larangan", "terlarang", "benar", "betul"];

    private const double ModalWeight = 0.5;

    /// <summary>How much a concept counts in ranking: a legal word always, a story word only a little.</summary>
    private double RankWeight(Concept concept) => !index.Profile.Rerank ? 1
        : NamesDocument(concept) || concept.NamesSource ? DocumentNameWeight
        : _lexicon.NamesACooperativeItself(concept) ? KopdesWeight
        : Modals.Contains(concept.Surface) ? ModalWeight
        : !concept.Aside ? 1
        : _lexicon.Carries(concept) ? AsideLegalWeight : AsideWeight;

    /// <summary>
    /// "menurut UU", "di PP": the kind of a document says where to look (<see cref="NamedDocumentBoost"/>), not what the
    /// question is about; as a word it would pull the preamble and every article that cites another law ("Undang-undang
    /// ini", "Peraturan Pemerintah"). "inpres" and "juklak" are rare words that do point at their document, so they stay.
    /// </summary>
    private static bool NamesDocument(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && DocumentNames.Contains(a[0]));

    private static readonly HashSet<string> DocumentNames = ["uu", "pp"];

    /// <summary>"AD", "ART" and "kopdes" in a question about the kopdes' own AD: together they name the model articles.</summary>
    private static bool IsStatute(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && a[0] is "ad" or "art" or "kopdes");

    private const double ListBoost = 1.3, NumberBoost = 1.3, ModelNumberBoost = 1.7, ModelStatuteBoost = 2.0, KopdesBoost = 1.25, NamedDocumentBoost = 2, OldWordingBoost = 3, DutyBoost = 2.5, DeciderBoost = 1.3, OtherOfficerPenalty = 1.5, NotDoneBoost = 1.5, DeadlineElsewherePenalty = 1.5;

    /// <summary>The words of each document's citation ("inpres", "juklak", "modul"): a question naming one prefers its passages.</summary>
    private readonly Dictionary<KnowledgeDocument, HashSet<string>> _names = index.Knowledge.Documents.ToDictionary(
        d => d, d => IndonesianAnalysis.Terms(index.Analyzer, d.Citation).Where(t => t.All(char.IsLetter) && t.Length >= 2).ToHashSet());

    /// <summary>
    /// The words a passage's citation adds to its document's and its numbering: the addressee of an instruction ("Diktum KETUJUH
    /// Para Bupati/Wali Kota"), a module section's title ("MP2 — Sumber Pendanaan: Modal Sendiri"). Empty for a numbered article.
    /// </summary>
    private readonly List<HashSet<string>> _partNames = index.Knowledge.Chunks.Select(c => IndonesianAnalysis.Terms(index.Analyzer, c.Citation)
        .Where(t => t.Length >= 3 && t.All(char.IsLetter) && !StructureWords.Contains(t))
        .Except(IndonesianAnalysis.Terms(index.Analyzer, c.Document.Citation)).ToHashSet()).ToList();

    /// <summary>Numbering words of citations and the cooperative itself: they name no part.</summary>
    private static readonly HashSet<string> StructureWords =
    [
        "pasal", "ayat", "bab", "angka", "huruf", "lampiran", "diktum", "penjelasan", "umum", "bagian", "paragraf",
        "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "kesatu", "kedua", "ketiga", "keempat", "kelima",
        "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh", CooperativeTerm, "kopdes", "kdmp", "kkmp", "kdkmp",
    ];

    /// <summary>The question names more than half of the passage's own part (its addressee or section title): that part answers.</summary>
    private bool NamesThePart(IReadOnlyList<Concept> concepts, int ordinal)
    {
        var part = _partNames[ordinal];
        if (part.Count == 0) return false;
        var named = part.Count(t => concepts.Any(c => !c.Aside && c.Alternatives.Any(a => a.Contains(t))));
        return named * 2 > part.Count;
    }

    private const double NamedPartBoost = 1.5;

    /// <summary>
    /// The words of a document's declared topic ("unit simpan pinjam (USP) dan koperasi simpan pinjam (KSP)") that are rare enough
    /// to say a question is about it: not "koperasi" or "simpan", which every question on members' savings uses.
    /// </summary>
    private readonly Dictionary<KnowledgeDocument, HashSet<string>> _topics = index.Knowledge.Documents.Where(d => d.Topic is not null).ToDictionary(
        d => d, d => IndonesianAnalysis.Terms(index.Analyzer, d.Topic!)
            .Where(t => t.All(char.IsLetter) && index.DocumentFrequency(t) * TopicWordShare <= index.Knowledge.Chunks.Count).ToHashSet());

    /// <summary>A topic word occurs in at most one passage in this many.</summary>
    private const int TopicWordShare = 4;

    /// <summary>A passage of a document with a narrow topic, for a question that names none of it ("simpanan pokok kami tetapin 10rb").</summary>
    private const double OffTopicPenalty = 1.5;

    private bool OffTopic(IReadOnlyList<Concept> concepts, KnowledgeDocument document) =>
        _topics.TryGetValue(document, out var topic) && topic.Count > 0
        && !concepts.Any(c => c.Alternatives.Any(a => a.Any(topic.Contains)));

    public RegulationIndex Index => index;

    /// <summary>The boards' FAQ entries searched beside the regulations, or null.</summary>
    public Faq.FaqIndex? Faq { get; init; }

    /// <summary>An FAQ entry must contain at least this share of the question (IDF-weighted) to answer it.</summary>
    public const double MinFaqMatch = 0.6;

    public SearchResult Search(string question, int top = 5) => Search(question, top, koperasiId: null);

    public SearchResult Search(string question, int top, string? koperasiId)
    {
        var regulations = SearchRegulations(question, top);
        if (Faq is null || Faq.Count == 0 || !index.Profile.Rerank) return regulations;
        var concepts = ConceptsOf(question);
        var best = Faq.Candidates(concepts.SelectMany(c => c.Alternatives.SelectMany(a => a)), koperasiId)
            .Select(c => (c.Entry, Match: FaqMatch(concepts, c.Terms)))
            .OrderByDescending(c => c.Match).ThenBy(c => c.Entry.KoperasiId is null)   // the cooperative's own entry first
            .FirstOrDefault();
        // Regulations outrank an FAQ entry that matches equally well; training material does not: the board's own answer
        // to "iuran bulanan kopdes kita berapa?" says more than a module explaining what simpanan wajib is.
        var regulationFirst = regulations.Passages.Count > 0 && regulations.Passages[0].Kind != PassageKind.Training;
        if (best.Entry is null || best.Match < MinFaqMatch || best.Match < regulations.Confidence
            || best.Match == regulations.Confidence && regulationFirst) return regulations;
        var faq = new Passage(best.Entry.Citation, "faq", best.Entry.Answer, (float)best.Match, null, best.Entry.Citation, false)
        {
            Kind = PassageKind.Faq,
            DocumentTitle = best.Entry.Question,
        };
        // Regulation passages follow only when they were an answer in their own right ("Lihat juga").
        var also = regulations.IsConfident ? regulations.Passages.Take(Math.Max(top, 1) - 1) : [];
        return new SearchResult([faq, .. also], best.Match, true);
    }

    /// <summary>The IDF-weighted share of the question's concepts an FAQ entry contains (a word the regulations never use weighs most).</summary>
    private double FaqMatch(IReadOnlyList<Concept> concepts, IReadOnlySet<string> terms)
    {
        double found = 0, total = 0;
        foreach (var concept in concepts)
        {
            var weight = concept.Alternatives.Max(a => a.Max(index.Idf));
            total += weight;
            if (concept.Alternatives.Any(a => a.All(terms.Contains))) found += weight;
        }
        return total == 0 ? 0 : found / total;
    }

    private SearchResult SearchRegulations(string question, int top)
    {
        var concepts = ConceptsOf(question);
        if (concepts.Count == 0) return new SearchResult([], 0, false) { OutOfScope = true };

        var intent = index.Profile.Rerank ? Intent.Of(question!, NamedDocuments(concepts)) : Intent.None;
        // "PMK 49/2025 …": a regulation the knowledge base never mentions is another text, declined like a chore.
        if (index.Profile.Rerank && _unknownRegulation.Named(question!)) intent = intent with { Operational = true };
        // "di AD kopdes kita …": the AD named is the model articles the kopdes adopted, a place to look, not a topic.
        // The model articles never call the cooperative "kopdes", so that word would otherwise count against them.
        if (intent.ModelStatutes) concepts = concepts.Select(c => IsStatute(c) ? c with { NamesSource = true } : c).ToList();
        // "kewajiban pengurus": the law lists the pengurus' duties as "Pengurus bertugas:", so the asked act is searched in its words too.
        if (intent.Duty is { } duty) concepts = concepts.Select(c => InTheLawsWords(c, duty.Act)).ToList();
        var ranking = index.Profile.Rerank ? TopicFromTheStory(concepts) : concepts;
        var hits = index.Searcher.Search(BuildQuery(ranking, intent.Definition), Candidates).ScoreDocs;
        var defines = intent.Definition ? DefinitionMatch.Find(index, concepts, hits, question!) : DefinitionMatch.None;
        var ranked = WithoutRepeats(hits
            .Select(hit => (Ordinal: hit.Doc, Score: Rescore(hit, ranking, intent, defines) * defines.Boost(hit.Doc)))
            .OrderByDescending(x => x.Score), Math.Max(top, 1));
        var lexicon = intent.Prices ? _lexicon : _lexiconWithoutPrices;
        var outOfScope = index.Profile.Rerank && (intent.Operational || !lexicon.WithPhrases(concepts).Any(lexicon.Carries));
        // "resep rendang padang" shares no word with the knowledge base: out of scope, not merely not found.
        if (ranked.Count == 0) return new SearchResult([], 0, false) { OutOfScope = outOfScope };

        var unlisted = index.Profile.Rerank && (UnlistedGoods.Asked(concepts, ranked[0].Ordinal, index)
            || UncoveredRegion.Asked(question, index.Knowledge.Chunks[ranked[0].Ordinal]));
        outOfScope |= unlisted;
        var confidence = !index.Profile.Rerank ? 1.0 : intent.Operational || unlisted ? 0
            : Confidence(concepts, ranked[0].Ordinal, defines: defines.Boost(ranked[0].Ordinal) > 1, StatedDuty(intent, ranked[0].Ordinal), lexicon);
        var passages = ranked.Select(x => ToPassage(index.Knowledge.Chunks[x.Ordinal], x.Score, concepts)).ToList();
        return new SearchResult(passages, confidence, confidence >= minConfidence)
        {
            OutOfScope = outOfScope,
            IsTentative = index.Profile.Rerank && !outOfScope && confidence < minConfidence && confidence >= HedgeMinConfidence,
        };
    }

    /// <summary>
    /// "pendiri kopdes kami cuma 12 org, kata pak carik minimal hrs 20 org ya?": when the asked part names no legal idea of its
    /// own (only "minimal", "orang", a number), it asks about the topic the story named, so for ranking the story counts in
    /// full. The confidence still reads the story as context.
    /// </summary>
    public IReadOnlyList<Concept> TopicFromTheStory(IReadOnlyList<Concept> concepts)
    {
        var phrases = _lexicon.WithPhrases(concepts);
        // A story naming only the shop ("printer struk gerai macet, enaknya beli merk apa?") names no legal topic to ask about.
        return !phrases.Any(c => !c.Aside && _lexicon.Carries(c)) && phrases.Count(c => c.Aside && _lexicon.Carries(c)) >= MinStoryTopic
            ? concepts.Select(c => c.Aside ? c with { Aside = false } : c).ToList()
            : concepts;
    }

    private const int MinStoryTopic = 2;

    /// <summary>
    /// The best <paramref name="top"/> passages, each text once: the Juklak repeats the model AD inside a deed of amendment
    /// (Lampiran 8), and the repeat must neither push the original (Lampiran 7, weighted higher) down nor fill "Lihat juga".
    /// A repeat keeps the best score of the pair under the citation with the higher weight.
    /// </summary>
    private List<(int Ordinal, double Score)> WithoutRepeats(IEnumerable<(int Ordinal, double Score)> ordered, int top)
    {
        var kept = new List<(int Ordinal, double Score)>();
        foreach (var candidate in ordered)
        {
            var same = index.Profile.Rerank ? kept.FindIndex(k => Repeats(k.Ordinal, candidate.Ordinal)) : -1;
            if (same < 0)
            {
                if (kept.Count == top) break;
                kept.Add(candidate);
            }
            else if (index.Knowledge.Chunks[candidate.Ordinal].Weight > index.Knowledge.Chunks[kept[same].Ordinal].Weight)
                kept[same] = (candidate.Ordinal, kept[same].Score);
        }
        return kept;
    }

    /// <summary>Two passages of one document with (nearly) the same words: a repeated text.</summary>
    private bool Repeats(int a, int b)
    {
        var (chunkA, chunkB) = (index.Knowledge.Chunks[a], index.Knowledge.Chunks[b]);
        if (chunkA.Document != chunkB.Document || chunkA.Weight == chunkB.Weight) return false;
        var (termsA, termsB) = (index.TermSets[a], index.TermSets[b]);
        var shared = termsA.Count(termsB.Contains);
        return shared >= RepeatOverlap * Math.Max(termsA.Count, termsB.Count);
    }

    private const double RepeatOverlap = 0.9;

    /// <summary>The concepts of a question as this search reads them (for the answer formatter's ayat trimming).</summary>
    /// <remarks>
    /// A chat message is a question, not a document: only its first <see cref="MaxConcepts"/> ideas are
    /// searched, which also keeps a pasted wall of text within Lucene's clause limit.
    /// </remarks>
    public IReadOnlyList<Concept> ConceptsOf(string? question) =>
        _concepts.Parse(question ?? "").Take(MaxConcepts).Select(Corrected).ToList();

    private Concept Corrected(Concept concept) => !index.Profile.TypoTolerance ? concept : concept with
    {
        Alternatives = concept.Alternatives.Select(a => (IReadOnlyList<string>)a.Select(t => TypoCorrector.Correct(t, index, _lexicon.Terms)).ToList()).ToList(),
    };

    private Query BuildQuery(IReadOnlyList<Concept> concepts, bool definition)
    {
        var query = new BooleanQuery();
        var explanationBoost = definition ? 1f : 0.4f;
        foreach (var concept in concepts)
        {
            var either = new DisjunctionMaxQuery(0.1f) { Boost = (float)RankWeight(concept) };
            for (var i = 0; i < concept.Alternatives.Count; i++)
            {
                var alternative = AllTerms(concept.Alternatives[i], explanationBoost);
                alternative.Boost = i == 0 ? 1f : SynonymBoost;
                either.Add(alternative);
            }
            query.Add(either, Occur.SHOULD);
        }
        if (index.Profile.Rerank)
            foreach (var near in Proximity(concepts, RegulationIndex.TextField, ProximityBoost)) query.Add(near, Occur.SHOULD);
        // The everyday phrasings are written as officers ask: a question that follows one closely is about that passage.
        if (index.Profile.Rerank && index.Profile.CommonQuestions)
            foreach (var near in Proximity(concepts, RegulationIndex.QuestionsField, ProximityBoost * QuestionsBoost)) query.Add(near, Occur.SHOULD);
        return query;
    }

    /// <summary>Words next to each other in the question score more when they are near each other in the text.</summary>
    private static IEnumerable<Query> Proximity(IReadOnlyList<Concept> concepts, string field, float boost)
    {
        for (var i = 0; i + 1 < concepts.Count; i++)
        {
            var (left, right) = (concepts[i].Alternatives[0][^1], concepts[i + 1].Alternatives[0][0]);
            if (left == right) continue;
            yield return new PhraseQuery { new Term(field, left), new Term(field, right) }
                .Also(q => { q.Slop = 3; q.Boost = boost; });
        }
        foreach (var near in AskedProximity(concepts, field, boost)) yield return near;
    }

    /// <summary>
    /// "bapak sy anggota kopdes, udh sepuh. keanggotaannya bisa dialihkan?": the asked words are next to each other in the asked
    /// part, with the story's words ("kopdes", "sepuh") between them in the concept list; the pair is near in the text in any of its
    /// wordings ("Keanggotaan … tidak dapat dipindahtangankan"). Pairs already adjacent in the whole list are searched above.
    /// </summary>
    internal static IEnumerable<Query> AskedProximity(IReadOnlyList<Concept> concepts, string field, float boost)
    {
        var previous = -1;
        for (var i = 0; i < concepts.Count; i++)
        {
            if (concepts[i].Aside) continue;
            if (previous >= 0 && i - previous > 1)
            {
                var left = concepts[previous].Alternatives.Select(a => a[^1]).Distinct().ToArray();
                var right = concepts[i].Alternatives.Select(a => a[0]).Distinct().ToArray();
                if (!left.Intersect(right).Any())
                {
                    var phrase = new MultiPhraseQuery { Slop = 3, Boost = boost };
                    phrase.Add(left.Select(t => new Term(field, t)).ToArray());
                    phrase.Add(right.Select(t => new Term(field, t)).ToArray());
                    yield return phrase;
                }
            }
            previous = i;
        }
    }

    private BooleanQuery AllTerms(IReadOnlyList<string> terms, float explanationBoost)
    {
        var all = new BooleanQuery();
        foreach (var term in terms)
        {
            var anyField = new BooleanQuery
            {
                { new TermQuery(new Term(RegulationIndex.TextField, term)), Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.ExplanationField, term)) { Boost = explanationBoost }, Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.HeadingField, term)) { Boost = HeadingBoost }, Occur.SHOULD },
                { new TermQuery(new Term(RegulationIndex.LeadField, term)) { Boost = LeadBoost }, Occur.SHOULD },
            };
            if (index.Profile.CommonQuestions)
                anyField.Add(new TermQuery(new Term(RegulationIndex.QuestionsField, term)) { Boost = QuestionsBoost }, Occur.SHOULD);
            all.Add(anyField, terms.Count == 1 ? Occur.SHOULD : Occur.MUST);
        }
        // "bukan anggota" is one idea: its words next to each other score more than apart.
        if (terms.Count > 1)
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = PhraseBoost };
            foreach (var term in terms) phrase.Add(new Term(RegulationIndex.TextField, term));
            all.Add(phrase, Occur.SHOULD);
        }
        return all;
    }

    /// <summary>What the question asks for, read once per search.</summary>
    private sealed record Intent(bool Definition, bool List, NumberKind? Number, bool ModelStatutes, bool Kopdes, bool Operational,
        IReadOnlySet<KnowledgeDocument> Named, IReadOnlySet<string> Numbers, (Organ Organ, Act Act)? Duty, bool Prices, (bool Asked, string? Object) WhoDecides, Organ? Officer, bool CountsDays = false, bool Difference = false, bool NotDone = false, bool AsksAllowed = false)
    {
        public static readonly Intent None = new(false, false, null, false, false, false, new HashSet<KnowledgeDocument>(), new HashSet<string>(), null, true, (false, null), null);

        public static Intent Of(string question, IReadOnlySet<KnowledgeDocument> named) => new(
            QuestionIntent.AsksForDefinition(question), QuestionIntent.AsksForList(question), QuestionIntent.AsksForNumber(question),
            QuestionIntent.AsksAboutModelStatutes(question), QuestionIntent.MentionsKopdes(question), OperationalQuestion.Matches(question), named,
            QuestionIntent.NumbersIn(question), OrganDuties.AskedIn(question), QuestionIntent.AsksAboutPrice(question),
            Deciders.AskedIn(question), OrganDuties.OfficerAskedAbout(question), QuestionIntent.CountsDays(question), QuestionIntent.AsksForDifference(question),
            QuestionIntent.TellsNotDone(question), QuestionIntent.AsksWhetherAllowed(question));
    }

    private HashSet<KnowledgeDocument> NamedDocuments(IReadOnlyList<Concept> concepts) => _names
        .Where(d => concepts.Any(c => c.Alternatives.Any(a => a.Count == 1 && d.Value.Contains(a[0]))))
        .Select(d => d.Key)
        .ToHashSet();

    private double Rescore(ScoreDoc hit, IReadOnlyList<Concept> concepts, Intent intent, DefinitionMatch defines)
    {
        if (!index.Profile.Rerank) return hit.Score;
        var chunk = index.Knowledge.Chunks[hit.Doc];
        var features = index.Features[hit.Doc];
        // A glossary entry defines a word; it answers "apa itu …?", not what the rules are.
        var fit = !chunk.IsDefinition ? 1 : intent.Definition ? DefinitionBoost : 1 / DefinitionBoost;
        // "siapa aja yg bisa bubarin koperasi?": the list is the article naming every way ("berdasarkan: a. … b. …"), not the one
        // detailing one of its items ("… sebagaimana dimaksud dalam Pasal 46 huruf b dilakukan apabila: …"), however long its own list.
        if (intent.List) fit *= features.DetailsOneItem ? 1 / ListBoost : features.Enumerates ? ListBoost : 1;
        // The model AD weighs less than the law it follows, but where it states the count or share asked ("brp org" → "1/5",
        // "brp kali" → "2 (dua) periode") it is the one that answers: its own quorums and terms outweigh its lower weight.
        // Not a time limit in months or years: "kapan" asks one of many things, and the AD repeats the law's deadlines; "brp hari" is its own.
        if (intent.Number is { } number && features.States.Contains(number))
            fit *= chunk.IsModelStatute && (number != NumberKind.Duration || intent.CountsDays) ? ModelNumberBoost : NumberBoost;
        if (chunk.IsModelStatute) fit *= intent.ModelStatutes ? ModelStatuteBoost : intent.Kopdes ? KopdesBoost : 1;
        if (intent.Named.Contains(chunk.Document)) fit *= NamedDocumentBoost;
        // "pengelola cukup 1 org buat semua gerai?": the savings-and-loan regulation answers questions about savings and loans.
        if (OffTopic(concepts, chunk.Document)) fit /= OffTopicPenalty;
        // "di inpres wali kota diinstruksiin apa?": the passage addressed to the wali kota, not the governor's that also names them.
        if (NamesThePart(concepts, hit.Doc)) fit *= NamedPartBoost;
        // "tugas pengawas": the article listing the pengawas' tasks, not the pengurus' longer list.
        if (intent.Duty is { } duty && features.Duties.Count > 0)
            fit *= features.Duties.Contains(duty) ? DutyBoost : features.Duties.Any(d => d.Item2 == duty.Act) ? 1 / DutyBoost : 1;
        // "pengurus boleh dipilih lg brp kali?": the pengawas' article states the same limit in the same words.
        if (intent.Officer is { } officer && features.Officer is { } about && about != officer) fit /= OtherOfficerPenalty;
        // "siapa yg nentuin bunganya?": the passage that says which organ decides, not the longer one about the topic.
        if (intent.WhoDecides.Asked && Deciders.Answers(features.DecidingOrgans, intent.WhoDecides.Object)) fit *= DeciderBoost;
        // "pengurus gk mau ngadain rapat, anggota bisa ngadain sendiri?": the passage saying what happens when it is not done.
        if (intent.NotDone && features.StatesNotDone) fit *= NotDoneBoost;
        // "RAT paling telat kapan?": not the annual report's deadline, counted back from the RAT ("… sebelum diselenggarakan rapat anggota tahunan").
        if (intent.Number == NumberKind.Duration && features.Deadline is { } deadline && CountsFromTheAsked(concepts, deadline))
            fit /= DeadlineElsewherePenalty;
        // "pengurus mau gadaikan gedung USP, boleh?": the passage forbidding the asked act answers, however long its other ayat are.
        if (intent.AsksAllowed && ForbidsTheAsked(concepts, features)) fit *= ForbidsBoost;
        // "katanya minimal 20 orang": a number only the 1992 wording had points at the amended article.
        if (intent.Numbers.Overlaps(features.OldOnlyNumbers)) fit *= OldWordingBoost;
        // "bedanya koperasi primer sama koperasi sekunder?": each glossary entry defines one of the two, and the reply sets the
        // definitions side by side, so a defining entry is not short of the other compared term.
        var compared = intent.Difference && defines.Boost(hit.Doc) > 1 ? defines.Terms : null;
        return hit.Score * chunk.Weight * fit * Math.Pow(Coverage(concepts, hit.Doc, StatedDuty(intent, hit.Doc), compared), CoverageExponent);
    }

    /// <summary>
    /// An act the asked part names (one word: "gadai", "pindahtangan") is one the passage forbids, and a rare one: "diambil" is
    /// forbidden of simpanan pokok in one passage and allowed of simpanan sukarela in another, so a common act says too little.
    /// </summary>
    private bool ForbidsTheAsked(IReadOnlyList<Concept> concepts, PassageFeatures features) =>
        features.Forbids.Count > 0 && concepts.Any(c => !c.Aside && c.Alternatives.Any(a => a.Count == 1 && features.Forbids.Contains(a[0])
            && index.DocumentFrequency(a[0]) <= RareActPassages));

    private const double ForbidsBoost = 1.3;

    /// <summary>A forbidden act named in at most this many passages is the asked act, not a word many rules share.</summary>
    private const int RareActPassages = 3;

    /// <summary>
    /// The passage names a cooperative body or event the question names ("RAT") only as the point its deadline counts from, and
    /// nothing else the question asks about ("laporan tahunan") is what that deadline is for: the deadline asked is another one.
    /// </summary>
    private bool CountsFromTheAsked(IReadOnlyList<Concept> concepts, DeadlineReference deadline) =>
        concepts.Any(c => _lexicon.IsAnchor(c) && deadline.OnlyCountsFrom(c))
        && !concepts.Any(c => !c.Aside && _lexicon.Carries(c) && !_lexicon.IsAnchor(c) && deadline.NamesElsewhere(c));

    private Concept InTheLawsWords(Concept concept, Act act)
    {
        if (!OrganDuties.Names(concept.Surface, act)) return concept;
        var word = IndonesianAnalysis.Terms(index.Analyzer, OrganDuties.LawsWord(act));
        return concept.Alternatives.Any(a => a.SequenceEqual(word)) ? concept : concept with { Alternatives = [.. concept.Alternatives, word] };
    }

    /// <summary>
    /// The asked act when the passage states it for the asked organ; the power itself when the question asks who decides and
    /// the passage names the organ that does ("yg berhak ngubah AD siapa?" is answered by "dilakukan oleh Rapat Anggota"); else null.
    /// </summary>
    private Act? StatedDuty(Intent intent, int ordinal) =>
        intent.Duty is { } asked && index.Features[ordinal].Duties.Contains(asked) ? asked.Act
        : intent.WhoDecides.Asked && Deciders.Answers(index.Features[ordinal].DecidingOrgans, intent.WhoDecides.Object) ? Act.Wewenang
        : null;


    /// <summary>
    /// How sure the best passage answers: the IDF-weighted share of the question's legal concepts it
    /// contains, with known story words counting a little. Words the knowledge base never contains do not
    /// count when every legal concept is found; otherwise they count as missing (the question is probably
    /// about something else). A passage that matches no cooperative word of the question (an anchor:
    /// "koperasi", "RAT", "HET" …) and fewer than two of its legal words gets 0: "cara bikin SIM" shares
    /// only "bikin" with the law, "deadline laporan tahunan" shares two legal ideas with it. A glossary entry
    /// that defines the legal term asked about ("apa itu keluarga semenda?") needs no cooperative word.
    /// The story around the question (<see cref="QuestionFrame"/>) is read as context: its chat words do not
    /// count, and when the asked part alone names two legal ideas that the passage answers, the legal words
    /// of the story ("ketua pengurus ga mau ngasih") cannot lower the confidence either.
    /// </summary>
    /// <param name="stated">The act the passage states for the asked organ (it answers "berhak" with "berwenang").</param>
    /// <param name="lexicon">The legal words; by default the one that counts priced goods as cooperative words.</param>
    public double Confidence(IReadOnlyList<Concept> concepts, int ordinal, bool defines = false, Act? stated = null, DomainLexicon? lexicon = null)
    {
        lexicon ??= _lexicon;
        concepts = lexicon.WithPhrases(concepts);
        var whole = Confidence(concepts, ordinal, defines, stated, lexicon, minFrameLegal: 0);
        if (!concepts.Any(c => c.Aside)) return whole;
        var asked = concepts.Where(c => !c.Aside).ToList();
        var best = Math.Max(whole, Confidence(asked, ordinal, defines, stated, lexicon, minFrameLegal: 2));
        // "ada wartawan nanya hasil pemeriksaan kas. pengawas boleh cerita ke dia gak?": the asked part names one cooperative
        // organ or body (an anchor), and every word of it the knowledge base knows is in the passage, while the story's legal words
        // drag the whole below the hedge. Too little to answer, too much to decline: the passage is offered hedged ("mungkin yang
        // dimaksud"), never as a sure answer. "pengurus enaknya beli pompa air merk apa?" asks words the passage lacks ("beli", "air").
        if (best < HedgeMinConfidence && asked.Count(lexicon.Carries) == 1 && lexicon.IsAnchor(asked.Single(lexicon.Carries))
            && asked.All(c => !Known(c) || InPassage(c, ordinal)))
            best = Math.Min(Confidence(asked, ordinal, defines, stated, lexicon, minFrameLegal: 1), OneAnchorCap);
        return best;
    }

    private bool Known(Concept concept) => concept.Alternatives.Any(a => a.All(t => index.DocumentFrequency(t) > 0));

    private bool InPassage(Concept concept, int ordinal) => concept.Alternatives.Any(a => a.All(index.TermSets[ordinal].Contains));

    /// <summary>The most a question whose asked part names a single anchor may score: inside the hedged band, below the gate.</summary>
    private const double OneAnchorCap = (HedgeMinConfidence + DefaultMinConfidence) / 2;

    private const string CooperativeTerm = "koperasi";

    private double Confidence(IReadOnlyList<Concept> concepts, int ordinal, bool defines, Act? stated, DomainLexicon lexicon, int minFrameLegal)
    {
        var terms = index.TermSets[ordinal];
        var document = _names[index.Knowledge.Chunks[ordinal].Document];
        double found = 0, total = 0, unknown = 0;
        bool anchored = false, allLegalFound = true;
        int legalFound = 0, legal = 0;
        var setting = ShopIsTheSetting(concepts, ordinal, lexicon);
        foreach (var concept in concepts)
        {
            var carries = lexicon.Carries(concept) && !(setting && lexicon.NamesTheShop(concept));
            if (!carries && concept.Aside) continue;   // the story around the question
            var known = concept.Alternatives.Where(a => a.All(t => index.DocumentFrequency(t) > 0)).ToList();
            if (known.Count == 0) { unknown += index.Idf(""); continue; }
            var weight = known.Max(a => a.Max(index.Idf)) * (carries ? 1 : StoryWordWeight);
            // "menurut inpres" is answered by any passage of the Inpres; "wewenangnya" by "Rapat Anggota menetapkan:".
            // "pengurus kopdes njabat piro tahun?": a kopdes is a cooperative, so an article about any "Koperasi" states what is asked of it.
            var hit = known.Any(a => a.All(terms.Contains)) || NamesDocument(concept) && known.Any(a => document.Contains(a[0]))
                || lexicon.NamesACooperativeItself(concept) && terms.Contains(CooperativeTerm)
                || concept.NamesSource && index.Knowledge.Chunks[ordinal].IsModelStatute
                || stated is { } act && OrganDuties.Names(concept.Surface, act);
            // "kopdes mau pake prinsip syariah, wajib punya apa?": a kopdes is a cooperative, so an article about any "Koperasi" anchors it.
            anchored |= (hit || lexicon.NamesACooperative(concept) && terms.Contains(CooperativeTerm)) && lexicon.IsAnchor(concept);
            if (carries) legal++;
            if (carries && hit) legalFound++;
            if (carries && !hit) allLegalFound = false;
            total += weight;
            if (hit) found += weight;
        }
        if (legal < minFrameLegal) return 0;
        if (!anchored && legalFound < (defines ? 1 : 2)) return 0;
        if (!allLegalFound) total += unknown;
        return total == 0 ? 0 : found / total;
    }

    /// <summary>
    /// "SHU dibagi rata ke anggota? yg tiap hari belanja di gerai dpt sama?": the shop is where the asked thing happens, not a
    /// legal idea the answer must name. When the passage holds at least two other legal ideas of the question besides the
    /// cooperative itself and lacks the shop, the shop counts as a story word, so an article on dividing SHU, which never says
    /// "gerai", is not short of a legal idea. A question about the shop alone ("gerai kopdes boleh buka 24 jam?") keeps it as its subject.
    /// </summary>
    private bool ShopIsTheSetting(IReadOnlyList<Concept> concepts, int ordinal, DomainLexicon lexicon) =>
        concepts.Any(c => lexicon.NamesTheShop(c) && !InPassage(c, ordinal))
        && concepts.Count(c => lexicon.Carries(c) && !lexicon.NamesTheShop(c) && !lexicon.NamesACooperative(c) && !NamesTheCooperative(c)
            && c.Alternatives.Any(a => a.All(index.TermSets[ordinal].Contains))) >= MinIdeasBesideTheShop;

    private const int MinIdeasBesideTheShop = 2;

    private static bool NamesTheCooperative(Concept concept) => concept.Alternatives.Any(a => a.Count == 1 && a[0] == CooperativeTerm);

    /// <summary>IDF-weighted share of the question's concepts that occur in the chunk.</summary>
    /// <param name="stated">The act the chunk states for the asked organ: "Rapat Anggota menetapkan:" answers "wewenang rapat anggota" without the word.</param>
    /// <param name="compared">On a difference question, the terms the defining passages define: each counts as found.</param>
    public double Coverage(IReadOnlyList<Concept> concepts, int ordinal, Act? stated = null, IReadOnlySet<string>? compared = null)
    {
        var terms = index.TermSets[ordinal];
        double found = 0, total = 0;
        foreach (var concept in concepts)
        {
            var known = concept.Alternatives.Where(a => a.All(t => index.DocumentFrequency(t) > 0)).ToList();
            var weight = (known.Count > 0 ? known.Max(a => a.Max(index.Idf)) : 2 * index.Idf("")) * RankWeight(concept);
            total += weight;
            // "menurut AD kopdes": the model AD is the source named, whether or not it repeats the words "anggaran dasar".
            if (known.Any(a => a.All(terms.Contains)) || stated is { } act && OrganDuties.Names(concept.Surface, act)
                || compared is not null && known.Any(a => a.All(compared.Contains))
                || concept.NamesSource && index.Knowledge.Chunks[ordinal].IsModelStatute) found += weight;
        }
        return total == 0 ? 0 : found / total;
    }

    private Passage ToPassage(KnowledgeChunk chunk, double score, IReadOnlyList<Concept> concepts) =>
        new(chunk.Citation, chunk.DocumentId, chunk.Text, (float)score, chunk.AmendmentNote, SourceLine(chunk.Document), chunk.IsSummary)
        {
            Kind = KindOf(chunk),
            Warning = chunk.Document.Prices?.Warning,
            ReplacedWording = chunk.ReplacedWording,
            IsForm = chunk.IsForm,
            Explanation = chunk.Explanation,
            Chapter = chunk.Chapter,
            DocumentTitle = chunk.Document.Title,
            Status = chunk.Document.Status,
            OfficialSource = chunk.Document.OfficialSource,
        };

    private static PassageKind KindOf(KnowledgeChunk chunk) => chunk switch
    {
        { IsSummary: true } => PassageKind.Summary,
        { Document.Prices: not null } => PassageKind.ReferencePrice,
        { Document.IsTraining: true } => PassageKind.Training,
        { Document.IsTranscription: true } => PassageKind.Transcription,
        _ => PassageKind.Regulation,
    };

    public static string SourceLine(KnowledgeDocument document) => $"{document.Citation} — {document.Title}";
}
