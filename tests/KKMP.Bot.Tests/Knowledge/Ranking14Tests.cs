using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 14's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// "kopdes" says which cooperative, not what is asked, so it weighs half in ranking; a modal alone ("wajib", "dilarang") and a
/// truth check ("bener?") ask whether, so they weigh half too; "katanya" and the count word of "brp kali" are not searched; a hearsay claim is told, not asked; "N dari M hadir, sah?" asks a share;
/// "-nya" on a phrase's last word does not hide the phrase; a
/// doubled chat verb ("nanya2") is the verb; when a bank pays out a KUR or Himbara loan is the bank's business.
/// </summary>
public class Ranking14Tests
{
    [Theory]
    // The Juklak's prose names "Koperasi Desa/Kelurahan Merah Putih" everywhere; the law's article answers what any Koperasi may do.
    [InlineData("anggota kopdes boleh nanya2 soal perkembangan usaha ke pengurus?", "UU 25/1992 Pasal 20")]
    [InlineData("pengurus kopdes masa jabatannya paling lama brp tahun?", "UU 25/1992 Pasal 29")]
    [InlineData("kalau kopdes pailit, anggota ikut nanggung utangnya?", "UU 25/1992 Pasal 55")]
    // The model AD still answers what only it states: how many terms.
    [InlineData("pengawas kopdes boleh dipilih lagi brp kali?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 18")]
    [InlineData("pengurus kopdes boleh dipilih lagi brp kali? ketua kami udah lama menjabat", "Juklak Menkop 1/2025 Lampiran 7 Pasal 16")]
    public void A_kopdes_question_is_ranked_on_what_it_asks(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    // "wajib" here would pull UU 20's "kewajiban" and the module's "wajib"; the articles say "paling sedikit sekali", "menanggung".
    [InlineData("RAT wajib diadakan tiap taun?", "UU 25/1992 Pasal 26")]
    [InlineData("dia wajib ganti rugi gak kalo pengurus lalai bikin rugi?", "UU 25/1992 Pasal 34")]
    [InlineData("katanya koperasi dilarang melayani bukan anggota, bener?", "UU 25/1992 Pasal 43")]
    [InlineData("kopdes mau jalan syariah, katanya wajib ada dewan pengawas syariah. yg ngangkat siapa?", "UU 25/1992 Pasal 44A")]
    public void A_claims_modal_and_hearsay_do_not_choose_the_article(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void Hearsay_and_the_count_word_are_not_searched()
    {
        Assert.DoesNotContain(Search.ConceptsOf("katanya cuma anggota yg boleh pinjam"), c => c.Surface == "katanya");
        Assert.DoesNotContain("kali", IndonesianAnalysis.Terms(Search.Index.Analyzer, "Untuk pertama kali, susunan Pengurus dicantumkan"));
        // The kind of number is still read from the words: "brp kali" asks how many times.
        Assert.Equal(NumberKind.Times, QuestionIntent.AsksForNumber("dipilih lagi brp kali?"));
    }

    [Theory]
    [InlineData("blh gk nanya2 ke pengurus?", "boleh tidak bertanya ke pengurus?")]
    [InlineData("gk bayar2 simpanan", "tidak membayar simpanan")]
    // A doubled noun the chat list does not know stays as typed ("nama" would be the cooperative's name).
    [InlineData("nama2 yg nunggak", "nama2 yang nunggak")]
    public void A_doubled_chat_verb_reads_as_the_verb(string typed, string normalized)
    {
        Assert.Equal(normalized, ChatNormalizer.Normalize(typed));
    }

    [Theory]
    [InlineData("kapan pencairan KUR buat kopdes kami?", true)]
    [InlineData("dana KUR untuk gerai kopdes cair kapan?", true)]
    [InlineData("pinjaman himbara utk kopdes dicairkan brp lama?", true)]
    // The cooperative's own loans are its rules.
    [InlineData("pinjaman anggota di USP kopdes cair brp hari?", false)]
    public void When_a_bank_pays_out_its_loan_is_the_banks_business(string question, bool declined)
    {
        Assert.Equal(declined, OperationalQuestion.Matches(question));
    }

    [Theory]
    // A hearsay claim is what "bener gak?" checks: the whole message is asked, the plan before it included.
    [InlineData("ketua mau pinjam di USP lebih dr plafon anggota. katanya pengurus beda aturannya. bener gak?", "PP 9/1995 Pasal 21")]
    // A loan's ceiling ("plafon") is the regulation's "batas maksimum".
    [InlineData("plafon pinjaman pengurus di USP sama kayak anggota?", "PP 9/1995 Pasal 21")]
    // Those present out of all the members, then "sah?": a share of the members is asked, which the model AD's quorum states.
    [InlineData("rapat kemarin yg hadir cuma 30 dr 120 anggota, sah gk?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 12")]
    // "batas waktunya": the possessive does not hide the phrase "batas waktu", which the regulation states as "paling lama".
    [InlineData("calon anggota boleh pinjam di USP? ada batas waktunya jadi anggota?", "PP 9/1995 Pasal 18")]
    public void A_claim_a_share_and_a_time_limit_are_read_as_asked(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Fact]
    public void A_hearsay_clause_is_told_not_asked()
    {
        // The claim has a question word ("aturannya") but reports what someone says; "bener gak?" only points back at it.
        Assert.Equal("katanya pengurus beda aturannya. benar tidak?", QuestionFrame.AskedText(ChatNormalizer.Normalize("katanya pengurus beda aturannya. bener gak?")));
        Assert.Equal(NumberKind.Share, QuestionIntent.AsksForNumber("yg dtg cuma 40 dr 150 anggota, sah?"));
        Assert.Contains(Search.ConceptsOf("ada batas waktunya?"), c => c.Alternatives.Any(a => a.SequenceEqual(["paling", "lama"])));
    }

    [Theory]
    // Everyday phrasings (knowledge/pertanyaan-umum.yaml), written from each passage's own text.
    [InlineData("besaran simpanan wajib kopdes ditentuin gimana, boleh asal murah?", "Juklak Menkop 1/2025 BAB IV angka 1")]
    [InlineData("kalo kopdes bangkrut, rumah anggota bisa disita buat bayar utang?", "UU 25/1992 Pasal 55")]
    [InlineData("usaha gerai rugi setahun, anggota harus patungan nutup?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 22")]
    // "pemda" to a village is the regency's or city's government, which the Inpres tells to fund the deeds.
    [InlineData("pemda bantu biaya notaris kopdes gk?", "Inpres 9/2025 Diktum KETUJUH Para Bupati/Wali Kota")]
    // "meliputi namun tidak terbatas": the Inpres' list of a kopdes' businesses is open.
    [InlineData("usaha kopdes cuma yg ada di daftar inpres aja? gk boleh usaha lain?", "Inpres 9/2025 Diktum KEDUA")]
    public void An_everyday_phrasing_reaches_its_passage(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
