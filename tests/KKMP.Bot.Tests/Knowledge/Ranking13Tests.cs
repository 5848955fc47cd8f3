using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 13's ranking classes. Each row is written for the rule, not taken from an evaluation set.
/// A list question prefers the article with the whole list over one detailing one of its items ("… sebagaimana dimaksud dalam
/// Pasal 46 huruf b …"); a deadline question prefers the deadline of what it names over a deadline counted from it ("paling lambat
/// 1 (satu) bulan sebelum diselenggarakan rapat anggota tahunan").
/// </summary>
public class Ranking13Tests
{
    [Theory]
    [InlineData("(1) Keputusan pembubaran oleh Pemerintah sebagaimana dimaksud dalam Pasal 46 huruf b dilakukan apabila:\na. …", true)]
    [InlineData("(1) Dalam melaksanakan kegiatan sebagaimana dimaksud pada Pasal 9 ayat (2) huruf c, Koperasi mengutamakan anggota.", true)]
    [InlineData("(1) Laporan tahunan sebagaimana dimaksud dalam Pasal 35 ditanda-tangani oleh semua anggota Pengurus.", false)]
    [InlineData("Pembubaran Koperasi dapat dilakukan berdasarkan:\na. keputusan Rapat Anggota, atau b. keputusan Pemerintah.", false)]
    public void A_passage_details_one_item_of_another_articles_list(string text, bool details)
    {
        Assert.Equal(details, QuestionIntent.DetailsOneItem(text));
    }

    [Theory]
    [InlineData("koperasi bisa dibubarkan oleh siapa saja?", "UU 25/1992 Pasal 46")]
    [InlineData("apa saja dasar pembubaran koperasi?", "UU 25/1992 Pasal 46")]
    // Not a list question: the passage on the government's reasons answers it.
    [InlineData("pemerintah boleh membubarkan koperasi yang kegiatannya bertentangan dengan ketertiban umum?", "UU 25/1992 Pasal 47")]
    public void A_list_question_prefers_the_whole_list_over_the_detail_of_one_item(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }

    [Theory]
    [InlineData("Setelah tahun buku ditutup, paling lambat 1 (satu) bulan sebelum diselenggarakan rapat anggota tahunan, Pengurus menyusun laporan tahunan.", "rapat anggota tahunan", true)]
    [InlineData("Setelah tahun buku ditutup, paling lambat 1 (satu) bulan sebelum diselenggarakan rapat anggota tahunan, Pengurus menyusun laporan tahunan.", "laporan tahunan", false)]
    [InlineData("(2) Rapat Anggota Tahunan diselenggarakan paling lambat 6 (enam) bulan setelah tahun buku lampau.", "rapat anggota tahunan", false)]
    public void A_deadline_counted_from_what_is_named_is_not_its_deadline(string text, string named, bool countsFrom)
    {
        var deadline = DeadlineReference.Of(text, Search.Index.Analyzer);
        Assert.NotNull(deadline);
        Assert.Equal(countsFrom, Search.ConceptsOf(named).Any(deadline.OnlyCountsFrom));
    }

    [Fact]
    public void A_passage_without_a_counted_deadline_has_no_reference()
    {
        Assert.Null(DeadlineReference.Of("(1) Rapat Anggota dilakukan paling sedikit sekali dalam 1 (satu) tahun.", Search.Index.Analyzer));
    }

    [Theory]
    [InlineData("rapat anggota tahunan paling lambat kapan harus diadakan?", "UU 25/1992 Pasal 26")]
    [InlineData("batas waktu RAT kapan ya? takut telat", "UU 25/1992 Pasal 26")]
    // The story names the report the RAT waits for; the deadline asked is still the RAT's.
    [InlineData("pengurus msh sibuk nyusun laporan, rapat tahunan ditunda terus. sebenernya paling telat kapan?", "UU 25/1992 Pasal 26")]
    [InlineData("pengurus koperasi sibuk nyusun laporan, RAT ditunda terus. paling telat kapan sih?", "UU 25/1992 Pasal 26")]
    // The annual report's own deadline is still the report's article, even when the question names the RAT it counts from.
    [InlineData("laporan tahunan wajib selesai paling lambat kapan sebelum RAT?", "UU 25/1992 Pasal 35")]
    [InlineData("laporan tahunan pengurus paling lambat kapan harus selesai disusun?", "UU 25/1992 Pasal 35")]
    public void A_deadline_question_prefers_the_deadline_of_what_it_names(string question, string citation)
    {
        Assert.Equal(citation, Search.Search(question).Passages[0].Citation);
    }
}
