using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Guessing;

/// <summary>
/// Messages the grammar cannot take as written, read again against the demo catalogue (beras Rp12.500/kg in
/// karung of 25, minyak goreng Rp15.700/liter, gula pasir Rp17.500/kg, telur Rp28.000/kg, tepung terigu
/// Rp11.000/kg): the reading is shown as a question and nothing is written until YA.
/// </summary>
public class ShopGuessTests
{
    [Theory]
    // a story around the sale
    [InlineData("td ada ibu2 dari rt 3 beli beras 5 kg, catet ya mas", "Maksudnya: jual beras 5 kg × Rp12.500 = Rp62.500?")]
    [InlineData("ono sing tuku beras 3 kilo mau", "Maksudnya: jual beras 3 kg × Rp12.500 = Rp37.500?")]
    // money without a marker: a total when it is nearer the quantity's worth, a unit price when nearer the item's price
    [InlineData("telur 2kg 56rb", "Maksudnya: jual telur 2 kg × Rp28.000 = Rp56.000?")]
    [InlineData("beras 5kg 62.500 udh dibayar", "Maksudnya: jual beras 5 kg × Rp12.500 = Rp62.500?")]
    [InlineData("migor 1 dus laku 185rb", "Maksudnya: jual minyak goreng 1 dus (12 liter) × Rp185.000 = Rp185.000?")]
    [InlineData("gula 3 kg jadi 52.500", "Maksudnya: jual gula pasir 3 kg × Rp17.500 = Rp52.500?")]
    // receipts: a source, a verb the grammar does not know, a total marked by "bayar"
    [InlineData("barusan nurunin minyak 2 dus dr distributor 180rb/dus", "Maksudnya: masuk minyak goreng 2 dus (24 liter) @Rp180.000 = Rp360.000?")]
    [InlineData("datang kiriman minyak goreng 12 liter dr pak haji, bayar 186rb", "Maksudnya: masuk minyak goreng 12 liter @Rp15.500 = Rp186.000?")]
    // street money, a price per unit after a tail: unmarked money after the quantity (money said in words after "harga" the grammar reads itself)
    [InlineData("jual tepung 1 kg ceban", "Maksudnya: jual tepung terigu 1 kg × Rp10.000 = Rp10.000?")]
    // a long message read clause by clause: a self-correction wins, goods only asked about are set aside
    [InlineData("jual beras sepuluh kilo eh salah maksud saya lima belas kilo untuk pak rt buat acara", "Maksudnya: jual beras 15 kg × Rp12.500 = Rp187.500?")]
    [InlineData("barusan datang minyak goreng dua dus dari agen eh bukan dua tapi tiga dus harganya seratus delapan puluh ribu per dus",
        "Maksudnya: masuk minyak goreng 3 dus (36 liter) @Rp180.000 = Rp540.000?")]
    [InlineData("mas tolong dicatat ya tadi ada yang beli minyak goreng dua liter terus nanya tepung tapi nggak jadi beli",
        "Maksudnya: jual minyak goreng 2 liter × Rp15.700 = Rp31.400?")]
    // the written register, packing said in passing, "nggak apa apa", a price clause after a reason, a price per pack
    [InlineData("Yth. Bapak Ketua, dengan hormat kami sampaikan bahwa gerai telah menerima minyak goreng sebanyak 24 liter dengan harga Rp14.500 per liter. Mohon dicatat.",
        "Maksudnya: masuk minyak goreng 24 liter @Rp14.500 = Rp348.000?")]
    [InlineData("pak barusan datang minyakita satu dus isi dua belas liter harga seratus delapan puluh enam ribu",
        "Maksudnya: masuk minyak goreng 1 dus (12 liter) @Rp186.000 = Rp186.000?")]
    [InlineData("tadi pak kades mampir beli beras lima kilo harga dua belas ribu per kilo katanya udah langganan jadi saya kasih potongan semoga nggak apa apa ya bu",
        "Maksudnya: jual beras 5 kg × Rp12.000 = Rp60.000?")]
    [InlineData("setelah dimusyawarahkan dengan pengawas harga beras per karung kita jadikan tiga ratus dua puluh lima ribu ya",
        "Maksudnya: ubah harga beras Rp12.500/kg → Rp13.000/kg?")]
    // session 5: a price corrected after the amount, a correction in a clause of its own, the shop next door buying,
    // Javanese krama (mundhut, uwos, kalih) and money (wolung atus ewu), copied rows, "stock in", nothing left
    [InlineData("jual migor 4 liter 62.800 eh ralat 62.000, dikasih diskon dikit", "Maksudnya: jual minyak goreng 4 liter × Rp15.500 = Rp62.000?")]
    [InlineData("jual gula 3 kg eh bukan, 2 kg ding", "Maksudnya: jual gula pasir 2 kg × Rp17.500 = Rp35.000?")]
    [InlineData("warung sebelah beli migor sedus, lunas", "Maksudnya: jual minyak goreng 1 dus (12 liter) × Rp15.700 = Rp188.400?")]
    [InlineData("Bu Lastri mundhut uwos kalih kilo, sampun lunas", "Maksudnya: jual beras 2 kg × Rp12.500 = Rp25.000?")]
    [InlineData("kulakan gulo seket kilo, wolung atus ewu", "Maksudnya: masuk gula pasir 50 kg @Rp16.000 = Rp800.000?")]
    [InlineData("Tgl 12/03 | Beras | 10 kg | Rp. 125.000,- | terjual", "Maksudnya: jual beras 10 kg × Rp12.500 = Rp125.000?")]
    [InlineData("Pembelian | 14-03 | Tepung Terigu | 20 kg | Rp. 200.000,-", "Maksudnya: masuk tepung terigu 20 kg @Rp10.000 = Rp200.000?")]
    [InlineData("Daftar harga baru | Tepung Terigu | Rp. 11.500,- /kg", "Maksudnya: ubah harga tepung terigu Rp11.000/kg → Rp11.500/kg?")]
    [InlineData("new stock in: terigu 10 kg", "Maksudnya: masuk tepung terigu 10 kg?")]
    [InlineData("tepung udh abis ga ada sisa, 0 kg", "Maksudnya: hitung stok tepung terigu 0 kg?")]
    // what the amount came to ("jadi yang bener …", "jadi totalnya …"), a corrected amount without its unit, money after a
    // correction, Madurese spelling (sakèlo, èbu), a clock time, a receipt's price in a clause that says it is on credit
    [InlineData("terjual telur tiga kilo tapi yang setengah kilo dikembalikan karena ada yang pecah jadi yang bener dua setengah kilo", "Maksudnya: jual telur 2,5 kg × Rp28.000 = Rp70.000?")]
    [InlineData("halo bu tadi pagi ada yang beli telur sekilo terus ternyata dia minta tambah setengah jadi totalnya satu setengah kilo ya bu", "Maksudnya: jual telur 1,5 kg × Rp28.000 = Rp42.000?")]
    [InlineData("habis tutup toko tadi saya cek telur ternyata sisanya dua puluh delapan kilo eh dua puluh tujuh setengah deh soalnya ada yang retak", "Maksudnya: hitung stok telur 27,5 kg?")]
    [InlineData("jual gula pasir tiga kilo harganya tadi saya kasih tujuh belas ribu sekilo soalnya dia ambil banyak eh nggak ding akhirnya harga biasa aja tujuh belas ribu lima ratus", "Maksudnya: jual gula pasir 3 kg × Rp17.500 = Rp52.500?")]
    [InlineData("minyak tong jual 16 ribu per liter mulai hari ini", "Maksudnya: ubah harga minyak goreng Rp15.700/liter → Rp16.000/liter?")]
    [InlineData("Bapak Sitompul, saya sudah menghitung persediaan gula pasir di rak belakang. Jumlahnya tiga puluh dua kilogram, tidak lebih dan tidak kurang.", "Maksudnya: hitung stok gula pasir 32 kg?")]
    [InlineData("Hasil penghitungan persediaan beras sore ini: tiga karung yang masih utuh ditambah sepuluh kilogram di wadah eceran, sehingga seluruhnya delapan puluh lima kilogram.", "Maksudnya: hitung stok beras 85 kg?")]
    // a place after "di"/"depan" is never the goods ("pasar" is one letter from "pasir")
    [InlineData("kaka, telur su masuk 15 kg di pasar, 25rb sekilo", "Maksudnya: masuk telur 15 kg @Rp25.000 = Rp375.000?")]
    [InlineData("Pemilik warung nasi di depan pasar membeli dua dus minyak goreng, dengan total pembayaran tiga ratus delapan puluh empat ribu rupiah.",
        "Maksudnya: jual minyak goreng 2 dus (24 liter) × Rp192.000 = Rp384.000?")]
    [InlineData("jual brs 10 kg eh 12 kg maksudnya, yg 10 salah ketik", "Maksudnya: jual beras 12 kg × Rp12.500 = Rp150.000?")] // the number said wrong is not restated
    [InlineData("tiang terima beras 4 sak jam 8 pagi, ngutang dulu ke distributor 290rb per sak", "Maksudnya: masuk beras 4 sak (100 kg) @Rp290.000 = Rp1.160.000 (utang ke pemasok)?")]
    [InlineData("tellor dâteng duwâ' polo kilo, ollè 26 èbu sakèlo", "Maksudnya: masuk telur 20 kg @Rp26.000 = Rp520.000?")]
    // a supplier's note, Sundanese "rebu"/"sadayana", "harga beli", Minang "harago … kini"
    [InlineData("nota UD Makmur: minyak goreng 3 dus = 540.000", "Maksudnya: masuk minyak goreng 3 dus (36 liter) @Rp180.000 = Rp540.000?")]
    [InlineData("tadi meser ka agen terigu 10 kilo, 105 rebu sadayana", "Maksudnya: masuk tepung terigu 10 kg @Rp10.500 = Rp105.000?")]
    [InlineData("Mohon dicatat penerimaan barang: Gula Pasir 50 kg, harga beli Rp16.000 per kg.", "Maksudnya: masuk gula pasir 50 kg @Rp16.000 = Rp800.000?")]
    // goods on credit with their price, the same amount said twice, "nggak ada kembalian", a formal "pesan ini", "jd" as a new price
    [InlineData("masuk telor 10kg 26rb utang", "Maksudnya: masuk telur 10 kg @Rp26.000 = Rp260.000 (utang ke pemasok)?")]
    [InlineData("siang pak ini mau lapor minyak goreng masuk dua dus dari toko sinar harganya tiga ratus enam puluh ribu untuk dua dus",
        "Maksudnya: masuk minyak goreng 2 dus (24 liter) @Rp180.000 = Rp360.000?")]
    [InlineData("tadi ada bapak bapak dari desa sebelah beli telur dua kilo bayarnya lima puluh enam ribu pas nggak ada kembalian",
        "Maksudnya: jual telur 2 kg × Rp28.000 = Rp56.000?")]
    [InlineData("Dengan hormat. Bersama pesan ini saya sampaikan penjualan tepung terigu sebanyak 5 kg dengan harga Rp11.500 per kg. Terima kasih.",
        "Maksudnya: jual tepung terigu 5 kg × Rp11.500 = Rp57.500?")]
    [InlineData("migor jd 16rb/L", "Maksudnya: ubah harga minyak goreng Rp15.700/liter → Rp16.000/liter?")]
    // two amounts that add up
    [InlineData("td sore hitung stok beras ada 3 karung lebih 10 kg", "Maksudnya: hitung stok beras 85 kg?")]
    // a pack's size, then how many packs
    [InlineData("MINYAKITA 1L LAKU 4 BOTOL", "Maksudnya: jual minyak goreng 4 liter × Rp15.700 = Rp62.800?")]
    [InlineData("GULA PASIR 1KG TERJUAL 4", "Maksudnya: jual gula pasir 4 kg × Rp17.500 = Rp70.000?")]
    // counts and price changes
    [InlineData("telur udh abis bu, stok 0", "Maksudnya: hitung stok telur 0 kg?")]
    [InlineData("mulai hari ini migor 16.500 per liter", "Maksudnya: ubah harga minyak goreng Rp15.700/liter → Rp16.500/liter?")]
    // words read only loosely: "lk" (laku or laki-laki), Minang "mambali" (Bali is an island), "diterima", an empty shelf in Javanese krama
    [InlineData("sdh lk gula 2 kg", "Maksudnya: jual gula pasir 2 kg × Rp17.500 = Rp35.000?")]
    [InlineData("tadi ada uni mambali beras 5 kg", "Maksudnya: jual beras 5 kg × Rp12.500 = Rp62.500?")]
    [InlineData("sudah diterima telur 10 kg harga 26rb", "Maksudnya: masuk telur 10 kg @Rp26.000 = Rp260.000?")]
    [InlineData("telur wis telas bu, stok 0", "Maksudnya: hitung stok telur 0 kg?")]
    [InlineData("monggo dicatet mas wau siang mbah Karto tumbas gula setengah kilo kontan mboten utang", "Maksudnya: jual gula pasir 0,5 kg")] // "mboten utang": paid
    [InlineData("Mohon izin melaporkan, barusan ada pembelian Telur sebanyak dua kilogram oleh anggota, dibayar tunai.", "Maksudnya: jual telur 2 kg")] // bought by a member
    [InlineData("[Fwd] kasir 2: brs 7,5kg laku 93.750", "Maksudnya: jual beras 7,5 kg × Rp12.500 = Rp93.750?")]
    [InlineData("[Diteruskan] Sdh dikirim ya bu: gula pasir 25 kg @16.800, total 420.000. Trims - UD Tani Jaya", "Maksudnya: masuk gula pasir 25 kg @Rp16.800")] // not a sale
    public async Task A_message_read_with_a_guess_is_previewed_and_written_only_after_YA(string text, string preview)
    {
        using var harness = new RouterHarness();
        var sender = harness.As("telegram", "42", Role.Pengelola);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var question = await sender.SendAsync(text);

        Assert.StartsWith(preview, question.Text);
        Assert.Contains("YA", question.SuggestedReplies);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
        var done = await sender.SendAsync("ya");
        Assert.StartsWith("Tercatat", done.Text);
        Assert.NotEqual(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Theory]
    // a question, two items, "beli" with nobody buying, a change of mind, a debt, no amount, a total that does not divide
    [InlineData("beras 5 kg brp ya")]
    [InlineData("tadi ada yg beli beras 5 kg sama gula 2 kg")]
    [InlineData("beli beras 2 karung")]
    [InlineData("ada yg mau beli minyak 2 liter tapi gak jadi")]
    [InlineData("pak kades ngutang minyak 2 liter")]
    [InlineData("tadi ibu rt nanya beras")]
    [InlineData("gula 3 kg 50rb")]
    // a regional question word stops the guess; "bali" as a place, with nobody buying
    [InlineData("beras 5 kg pira mas")]
    [InlineData("masuk telur 10 kg utang")]           // on credit without its price: asked for it
    [InlineData("pesan beras 5 kg buat besok ya")]    // an order
    [InlineData("laku telur 1kg, tepung 1kg")]        // two entries with the same amount
    [InlineData("gula 2 kg barapo uda")]
    [InlineData("mau ke bali bawa beras 5 kg")]
    public async Task Without_one_clear_reading_nothing_is_proposed_or_written(string text)
    {
        using var harness = new RouterHarness();
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await harness.As("telegram", "42", Role.Pengelola).SendAsync(text);
        await harness.As("telegram", "42", Role.Pengelola).SendAsync("ya");

        Assert.DoesNotContain("Maksudnya: ", reply.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    /// <summary>Goods on credit, ordered, broken or brought back, without a sale verb: the reply says why nothing is recorded.</summary>
    [Theory]
    [InlineData("mbah Darmi ngutang beras limang kilo bayare sesok", "(bon)")]
    [InlineData("telor pecah setengah kilo wau ketabrak motor", "rusak atau hilang")]
    [InlineData("bu RT pesen minyak goreng sedus diambil minggu ngarep", "/jual minyak goreng 1 liter")]
    [InlineData("pak Udin balikin gula 1 kg, katanya basah", "dikembalikan pembeli")]
    [InlineData("tepung ingkang wingi dibalekke tiyange sekilo amargi apek", "/stok tepung terigu")]
    [InlineData("Om Jemmy ambe beras 5 kg, dia bilang bayar akhir bulan", "(bon)")]                      // paid later is credit
    [InlineData("bund bu Yati ambil telor 1 kg tp ngutang dulu katanya bayar jumat, catet gmn?", "(bon)")] // even asked
    [InlineData("warung sebelah beli migor 2 liter sm terigu 3 kilo, udah bayar", "Satu pesan untuk satu catatan")]
    [InlineData("pak Made pesen 2 karung beras buat besok, bayar pas ambil", "Pesanan")]                  // "pas" is no gula pasir
    [InlineData("Pak Pendeta datang tadi, pesan beras 2 karung untuk pesta gereja hari Minggu, diambil Sabtu. Bisa dicatat dulu?", "Pesanan")] // an order whatever verb the story uses
    // the amount not known: two offered, or forgotten with none said
    [InlineData("pian, tadi ulun jual telur tiga kilo kah empat kilo, kada ingat lagi", "Jumlahnya belum pasti")]
    [InlineData("jual gula tadi lumayan banyak, kira2 brp ya lupa", "/jual gula pasir 1 kg")]
    public async Task Goods_that_were_not_sold_received_or_counted_are_asked_back_and_nothing_is_written(string text, string reply)
    {
        using var harness = new RouterHarness();
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var answer = await harness.As("telegram", "42", Role.Pengelola).SendAsync(text);
        await harness.As("telegram", "42", Role.Pengelola).SendAsync("ya");

        Assert.Contains("belum ada yang dicatat", answer.Text);
        Assert.Contains(reply, answer.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public async Task A_member_is_never_offered_a_guessed_write()
    {
        using var harness = new RouterHarness();

        var reply = await harness.As("telegram", "7", Role.Anggota).SendAsync("td ada ibu2 dari rt 3 beli beras 5 kg");

        Assert.DoesNotContain("Maksudnya: ", reply.Text);
    }
}

/// <summary>Whatever a manager types, a guessed reading is a question: nothing lands before YA, and BATAL drops it.</summary>
public class ShopGuessPropertyTests
{
    private static readonly string[] Story = ["tadi", "td", "ada", "ibu2", "dari", "rt 3", "beli", "laku", "masuk", "dtg", "sisa", "harga", "eh", "bukan", "tapi", "soalnya", "pak", "ya", "nggak", "jadi", "total", "dr agen", "utang", "🙏"];
    private static readonly string[] Goods = ["beras", "gula", "minyak", "telor", "terigu", "brs", "migor", "bareh", "kopi"];
    private static readonly string[] Amounts = ["2 kg", "dua kilo", "1 karung", "3 liter", "sekilo", "5", "1,5kg", "10 dus"];
    private static readonly string[] Money = ["56rb", "12.500", "Rp 300.000", "ceban", "tujuh belas ribu", "180rb/dus", ""];

    [Property(MaxTest = 60)]
    public Property A_preview_writes_nothing_until_YA_and_BATAL_drops_it()
    {
        var message =
            from before in Gen.ListOf(Gen.Elements(Story))
            from goods in Gen.Elements(Goods)
            from amount in Gen.Elements(Amounts)
            from money in Gen.Elements(Money)
            from after in Gen.ListOf(Gen.Elements(Story))
            select string.Join(' ', before.Take(4).Append(goods).Append(amount).Append(money).Concat(after.Take(4))).Trim();
        return Prop.ForAll(Arb.From(message), text =>
        {
            using var harness = new RouterHarness();
            var sender = harness.As("telegram", "42", Role.Pengelola);
            var writes = harness.Get<LedgerDb>().RecordedWrites();
            var reply = sender.SendAsync(text).GetAwaiter().GetResult();
            if (!reply.Text.StartsWith("Maksudnya: ", StringComparison.Ordinal)) return true;
            var untouched = harness.Get<LedgerDb>().RecordedWrites() == writes;
            sender.SendAsync("batal").GetAwaiter().GetResult();
            return untouched && harness.Get<LedgerDb>().RecordedWrites() == writes;
        });
    }
}
