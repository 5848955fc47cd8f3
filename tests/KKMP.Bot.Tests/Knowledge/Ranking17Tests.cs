using KKMP.Bot.Knowledge.Analysis;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 17's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// A blank form (draft minutes, a draft agreement, a deed's opening) states no rule and weighs half; the members' meeting named
/// with its urgency after it ("rapat anggota darurat") is the extraordinary one; "cek" is checking; what the AD
/// lacks ("blm ada di AD") is a change to it, not the model AD named as a source; a clause closed by the tag "kan" asks; a colon
/// ends the setting before a question. The gate: whether a fee is fair ("wajar?") and a logo's design are declined; the
/// cooperative's records put on social media are a secrecy question; a written proxy ("surat kuasa") is a vote left with another.
/// </summary>
public class Ranking17Tests
{
    [Theory]
    [InlineData("Juklak Menkop 1/2025 Lampiran 1")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 2")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 3")]
    [InlineData("Juklak Menkop 1/2025 Lampiran 7")]
    public void A_blank_form_weighs_less_than_the_articles_beside_it(string form)
    {
        Assert.True(Chunk(form).Weight < Chunk("Juklak Menkop 1/2025 Lampiran 7 Pasal 12").Weight);
        // An article with a blank for the cooperative's name is still a rule.
        Assert.Equal(Chunk("Juklak Menkop 1/2025 Lampiran 7 Pasal 12").Weight, Chunk("Juklak Menkop 1/2025 Lampiran 7 Pasal 1").Weight);
    }

    [Theory]
    // The deed's opening and the draft minutes repeat "atas nama", "surat kuasa", "rapat anggota"; the articles state the rule.
    [InlineData("ketua mau pinjam uang ke bank atas nama kopdes, cukup ttd ketua sama sekretaris kan?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 17")]
    [InlineData("anggota boleh nitip suaranya ke suaminya pas rapat anggota pake surat kuasa?", "Juklak Menkop 1/2025 Lampiran 7 Pasal 12")]
    // "rapat anggota dadakan" is the extraordinary meeting, not the members' meeting plus a word.
    [InlineData("bendahara kabur bawa uang kas, bisa ngadain rapat anggota dadakan buat ganti bendahara?", "UU 25/1992 Pasal 27")]
    [InlineData("pengawas boleh cek catatan keuangan dan buku kas koperasi?", "UU 25/1992 Pasal 39")]
    // "cukup keputusan ketua saja kan," asks too: the manager's appointment goes to the members' meeting.
    [InlineData("pengurus mau ngangkat manajer toko dari luar desa, cukup keputusan ketua saja kan, tidak usah rapat anggota?", "UU 25/1992 Pasal 32")]
    public void A_rule_question_reaches_the_article_that_states_the_rule(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    [InlineData("bisa ngadain rapat anggota darurat?", "ralb")]
    [InlineData("pengawas mau cek buku kas", "periksa")]
    public void An_everyday_word_is_searched_in_the_regulations_words(string question, string legal)
    {
        var terms = IndonesianAnalysis.Terms(Search.Index.Analyzer, legal);
        Assert.Contains(Search.ConceptsOf(question), c => c.Alternatives.Any(a => a.SequenceEqual(terms)));
    }

    [Theory]
    [InlineData("kopdes kami mau buka usaha apotek yg belum ada di AD, cukup rapat anggota?", false)]
    [InlineData("di AD kopdes kami blm ada usaha simpan pinjam, mau buka USP gmn?", false)]
    [InlineData("di AD kopdes kita pengurus boleh brp periode?", true)]
    public void What_the_AD_lacks_is_not_the_model_AD_named_as_a_source(string question, bool model)
    {
        Assert.Equal(model, QuestionIntent.AsksAboutModelStatutes(question));
    }

    [Theory]
    // A clause closed by "kan" asks for a confirmation.
    [InlineData("manajernya dari luar. cukup keputusan ketua saja kan, tidak usah rapat?", "cukup keputusan ketua saja kan, tidak usah rapat?")]
    // A colon closes what the answer is for; a time keeps its colon.
    [InlineData("buat bahan sosialisasi ke warga: pendiri koperasi minimal berapa orang?", "pendiri koperasi minimal berapa orang?")]
    [InlineData("rapat jam 10:30 tadi, sah tidak?", "rapat jam 10:30 tadi, sah tidak?")]
    public void The_asked_part_is_read_as_asked(string normalized, string asked)
    {
        Assert.Equal(asked, QuestionFrame.AskedText(normalized));
    }

    [Fact]
    public void A_chat_verb_of_a_grant_reads_as_the_verb()
    {
        Assert.Equal("mau menghibahkan mesin", ChatNormalizer.Normalize("mau hibahin mesin"));
        Assert.Contains(Search.ConceptsOf("mau hibahin mesin"), c => c.Alternatives.Any(a => a.SequenceEqual(["hibah"])));
    }

    [Theory]
    [InlineData("honor pembuatan akta di notaris minta 7 jt, wajar gak?")]
    [InlineData("tarif notaris 4 jt buat akta kopdes itu pantas ga sih?")]
    [InlineData("logo kopdes kami bikin sendiri boleh? desainnya gmn yg bagus?")]
    public void A_fees_fairness_and_a_logos_design_are_declined(string question)
    {
        AssertDeclinedAsOperational(question);
    }

    [Theory]
    // Putting the cooperative's records before the public asks about the secrecy the law requires.
    [InlineData("data simpanan anggota boleh sy upload ke grup facebook desa?", false)]
    [InlineData("hasil pemeriksaan pengawas boleh diposting di instagram kopdes?", false)]
    // A post about anything else stays a chore.
    [InlineData("caption instagram buat promo gerai yg menarik apa ya?", true)]
    public void The_cooperatives_records_on_social_media_are_a_secrecy_question(string question, bool declined)
    {
        Assert.Equal(declined, OperationalQuestion.Matches(question));
    }

    [Fact]
    public void A_written_proxy_is_a_vote_left_with_another()
    {
        Assert.Contains(Search.ConceptsOf("suami sy mau kasih surat kuasa ke sy buat voting di rapat anggota"),
            c => c.Alternatives.Any(a => a.SequenceEqual(IndonesianAnalysis.Terms(Search.Index.Analyzer, "diwakilkan"))));
        Assert.Equal("batas paling lambat", ChatNormalizer.Normalize("batas plg lambat"));
    }
}
