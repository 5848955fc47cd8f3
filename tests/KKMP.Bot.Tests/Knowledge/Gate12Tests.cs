using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Knowledge.Search;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>
/// Round 12 gate classes: things near the texts but outside them (another kind of body, a social aid programme, the price of
/// goods the reference list does not hold, borrowing from a lender outside the cooperative) are declined even when the story
/// names the kopdes; a thing named only as a likeness ("kyk tabungan bank") is not what is asked. Questions are paraphrases
/// written for these tests, not taken from an evaluation set.
/// </summary>
public class Gate12Tests
{
    [Theory]
    // Another kind of body; the cooperative only as a likeness.
    [InlineData("modal awal bikin PT brp? kayak koperasi jg gk?")]
    [InlineData("cara ngurus akta yayasan gmn? mirip koperasi ya?")]
    [InlineData("BUMDes kami mau ganti direktur, prosedurnya gmn?")]
    // A social aid programme's registration and pay-outs, even when told the kopdes is involved.
    [InlineData("pendaftaran BLT desa kapan dibuka? katanya lewat kopdes")]
    [InlineData("syarat dapet bansos apa aja sih? kata pak RT kopdes yg nyalurin")]
    // The price of goods the reference list does not hold.
    [InlineData("HET pupuk NPK brp per sak? gerai kopdes mau jual")]
    // Borrowing from a lender outside the cooperative.
    [InlineData("ngutang ke rentenir buat bayar simpanan pokok gpp ya?")]
    [InlineData("pinjol yg bunganya paling kecil apa ya?")]
    // Civil records and the village head's own office.
    [InlineData("cara bikin akta kelahiran anak gmn? sekalian ke balai desa")]
    [InlineData("KTP sy hilang, ngurusnya ke mana ya?")]
    [InlineData("masa jabatan kades skrg brp taun sih?")]
    // Apps and devices that fail, a person's own taxes, another law named by name, marketplaces, insurance.
    [InlineData("aplikasi kasir kopdes error terus pas login, gmn?")]
    [InlineData("pajak pribadi sy telat dilaporin, dendanya brp?")]
    [InlineData("menurut UU P2SK koperasi simpan pinjam diawasi siapa?")]
    [InlineData("cara buka toko kopdes di shopee gmn?")]
    [InlineData("gudang kopdes perlu diasuransiin gk? asuransi apa yg bagus")]
    // Product permits and trademarks, traffic fines, one's own business.
    [InlineData("ngurus izin BPOM buat sambel anggota kopdes lama gk?")]
    [InlineData("kena tilang pas antar beras gerai, bayarnya dmn?")]
    [InlineData("NIB buat warung sendiri daftarnya gmn?")]
    public void A_thing_near_the_texts_but_outside_them_is_declined(string question) =>
        AssertDeclinedAsOperational(question);

    [Theory]
    // The cooperative is the subject; the other body or programme only takes part.
    [InlineData("BUMDes boleh jadi anggota koperasi gk?")]
    [InlineData("penerima bansos boleh didorong jadi anggota kopdes?")]
    [InlineData("kopdes boleh usaha jual pupuk gk?")]
    // The kades or a KTP in the kopdes.
    [InlineData("kades otomatis jd ketua pengawas kopdes ya?")]
    [InlineData("KTP sy desa sebelah, bisa jd anggota kopdes sini?")]
    // A member's own business, asked with the cooperative in it.
    [InlineData("anggota boleh punya usaha sendiri yg sama kayak gerai kopdes?")]
    // A device told in the story, a cooperative's taxes.
    [InlineData("hp kasir rusak kemarin, udah beres. pertanyaannya: laporan keuangan koperasi pakai standar apa?")]
    [InlineData("koperasi itu wajib pajak badan atau orang pribadi?")]
    // Another body named in the story only.
    [InlineData("calon ketua pengawas dulu bendahara yayasan, pernah dipecat krn selisih kas. boleh dia dipilih?")]
    // A bank named only as a likeness.
    [InlineData("simpanan wajib bisa diambil kapan aja kayak tabungan di bank?")]
    [InlineData("simpanan sukarela anggota bisa ditarik sewaktu waktu seperti deposito bank?")]
    public void A_cooperative_question_that_names_them_is_still_searched(string question)
    {
        Assert.False(OperationalQuestion.Matches(question));
    }

    [Theory]
    // A price stated and judged ("kemahalan", "kok lebih mahal") asks about the reference price of the goods told.
    [InlineData("gula pasir di gerai kami dijual 19rb sekilo, kemahalan ya?", "Harga acuan gula")]
    [InlineData("LPG 3 kg kami jual 20rb, kemahalan gk? di jatim", "Harga acuan lpg-3kg")]
    [InlineData("minyakita di gerai kami 17 ribu seliter, wajar gk?", "Harga acuan minyakita")]
    // "-nya" glued to an abbreviation ("HETnya") is the abbreviation.
    [InlineData("beras premium HETnya brp sih sekarang?", "Harga acuan beras-premium")]
    public void A_price_judged_in_the_premise_is_answered_with_the_reference_price(string question, string citation)
    {
        var result = Search.Search(question);
        Assert.True(result.Answers, $"confidence {result.Confidence:F2}");
        Assert.Equal(citation, result.Passages[0].Citation);
    }

    [Theory]
    [InlineData("HETnya", "het")]
    [InlineData("shunya", "shu")]
    // Not an abbreviation: left to the stemmer.
    [InlineData("bunganya", "bunganya")]
    public void The_possessive_on_an_abbreviation_is_dropped(string word, string normalized)
    {
        Assert.Equal(normalized, KKMP.Bot.Knowledge.Analysis.ChatNormalizer.Normalize(word));
    }
}
