using KKMP.Bot.Knowledge;

namespace KKMP.Bot.Tests.Assistant;

/// <summary>
/// A small, fixed stand-in for the knowledge base (the <see cref="IRegulationSearch"/> contract)
/// so the assistant's grounding tests know exactly which citations were retrieved. Real wording of
/// UU 25/1992; a passage matches when it shares enough of its keywords with the question.
/// </summary>
public sealed class SampleRegulations : IRegulationSearch
{
    public static readonly Passage Primer = new("UU 25/1992 Pasal 6 ayat (1)", "uu-25-1992",
        "Koperasi Primer dibentuk oleh sekurang-kurangnya 20 (dua puluh) orang.", 9f, null, "UU No. 25 Tahun 1992 tentang Perkoperasian", false);

    public static readonly Passage Sekunder = new("UU 25/1992 Pasal 6 ayat (2)", "uu-25-1992",
        "Koperasi Sekunder dibentuk oleh sekurang-kurangnya 3 (tiga) Koperasi.", 8f, null, "UU No. 25 Tahun 1992 tentang Perkoperasian", false);

    public static readonly Passage RapatAnggota = new("UU 25/1992 Pasal 26 ayat (1)", "uu-25-1992",
        "Rapat Anggota dilakukan paling sedikit sekali dalam 1 (satu) tahun.", 7f, null, "UU No. 25 Tahun 1992 tentang Perkoperasian", false);

    /// <summary>Found only half-sure: a search returns it hedged ("mungkin yang dimaksud"), never confidently.</summary>
    public static readonly Passage Pengawas = new("UU 25/1992 Pasal 39 ayat (2)", "uu-25-1992",
        "Pengawas berwenang: a. meneliti catatan yang ada pada Koperasi; b. mendapatkan segala keterangan yang diperlukan.", 5f, null, "UU No. 25 Tahun 1992 tentang Perkoperasian", false);

    private static readonly (Passage Passage, string[] Keywords)[] Index =
    [
        (Primer, ["pendiri", "primer", "dibentuk", "minimal", "orang"]),
        (Sekunder, ["sekunder", "dibentuk", "minimal", "pendiri"]),
        (RapatAnggota, ["rapat", "rat", "tahun", "sekali", "anggota"]),
        (Pengawas, ["pengawas", "catatan", "buku", "kas"]),
    ];

    public SearchResult Search(string question, int top = 5)
    {
        var words = question.ToLowerInvariant().Split([' ', '?', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
        var hits = Index
            .Select(e => (e.Passage, Score: e.Keywords.Count(words.Contains)))
            .Where(h => h.Score >= 2)
            .OrderByDescending(h => h.Score)
            .Take(top)
            .ToList();
        if (hits.Count > 0 && hits[0].Passage == Pengawas) return new SearchResult([Pengawas], 0.3, false) { IsTentative = true };
        var confidence = hits.Count == 0 ? 0 : Math.Min(1, hits[0].Score / 3.0);
        return new SearchResult(hits.Select(h => h.Passage).ToList(), confidence, confidence >= 0.6);
    }
}
