using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// Entries written as letters, forwarded chats, receipts and forms, or with a pack's size after the name: the framing
/// goes and the entry is read as if typed plainly.
/// </summary>
public class LettersTests
{
    [Theory]
    // forwarded: the mark, the stamp, the sender line, the quotes
    [InlineData("Diteruskan\n[07.42, 16/6/2025] Bu Endang Kasir: Laku tepung 3 kg ya pak", "/jual tepung 3 kg")]
    [InlineData("*Diteruskan*\nPak Harun (Kasir Shift Sore), 16.30:\n\"Terjual telor 1/2 kg\"", "/jual telor 0,5 kg")]
    [InlineData("Diteruskan dari Ketua:\n\"Harga minyak goreng per dus jadi Rp186.000 mulai sekarang\"", "/setharga minyak goreng 186.000 per dus")]
    // a letter: greeting, date, bullet, closing, signature
    [InlineData("Dengan hormat,\nBerikut penjualan hari Senin, 16 Juni 2025:\n- Beras 1 karung\nDemikian laporan kami.\nHormat kami,\nBendahara", "/jual Beras 1 karung")]
    [InlineData("Laporan penjualan s.d. pukul 12.00 WIB:\nTelur ayam 4 kg\nMohon dicatat.", "/jual Telur ayam 4 kg")]
    // a form: the fields about when and who go, the count's field becomes a count
    [InlineData("Hasil Stock Opname\nTanggal: 30 Juni 2025\nPetugas: Sekretaris\nBarang: Beras\nJumlah fisik: 143 kg\nKeterangan: sesuai", "/stok Beras 143 kg")]
    // the written register on one line: the opening and closing sentence, a number restated in words in brackets
    [InlineData("Terjual: Gula Pasir 1 kg (satu kilogram).", "/jual Gula Pasir 1 kg")]
    [InlineData("Dengan hormat, bersama ini kami laporkan penjualan Gula Pasir 5 kg. Demikian untuk dicatat.", "/jual Gula Pasir 5 kg")]
    [InlineData("Sesuai keputusan rapat pengurus tgl 20 Juni, harga beras per karung ditetapkan Rp305.000", "/setharga beras 305.000 per karung")]
    // a pack's size after the name, then how many packs
    [InlineData("masuk minyakita 1 ltr 2 dus", "/masuk minyakita 2 dus")]
    [InlineData("masuk Beras Medium 25kg x 4 karung", "/masuk Beras Medium 4 karung")]
    [InlineData("penjualan minyak goreng kemasan 1 liter sebanyak 6 (enam) liter", "/jual minyak goreng kemasan 6 liter")]
    // a new user asking whether it was written right, after the entry
    [InlineData("jual telur 1 kilo ... ini betul kah?", "/jual telur 1 kilo")]
    [InlineData("tepung terigu laku 2 kilo (kilo deng kg sama saja kah?)", "/jual tepung terigu 2 kilo")]
    public void A_letter_a_forward_or_a_form_reads_as_its_entry(string text, string slash)
    {
        var expected = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(slash)).Command;
        var read = Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command;
        Assert.Equal(expected, read with { FromWords = false });
    }

    [Theory]
    [InlineData("Dengan hormat, pencatatan terakhir atas nama saya agar dianulir karena terjadi duplikasi.")]
    [InlineData("Dengan hormat,\nmohon ditampilkan rekapitulasi penjualan hari ini.\nTerima kasih")]
    public void A_request_in_a_letter_is_the_request(string text) =>
        Assert.True(CommandParser.Parse(text) is ParseResult.Parsed { Command: Undo or Recap });

    [Theory]
    // one line is never dropped whole, and a slash command is left as typed
    [InlineData("Mohon maaf, saya mau tanya", "Mohon maaf, saya mau tanya")]
    [InlineData("terima kasih", "terima kasih")]
    [InlineData("/jual gula 2 kg", "/jual gula 2 kg")]
    // a weight right after a name is kept when no count of packs follows ("jual beras 5 kg 12500")
    [InlineData("jual beras 5 kg 12500", "jual beras 5 kg 12500")]
    // a forwarding header that says what happened is part of the message
    [InlineData("[Diteruskan] Sdh dikirim ya bu: gula pasir 25 kg @16.800", "Sdh dikirim ya bu, gula pasir 25 kg @16.800")]
    public void What_is_not_framing_is_kept(string text, string body) =>
        Assert.Equal(body, Letters.Body(text));
}
