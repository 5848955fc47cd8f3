using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Every class of bad input gets a short Indonesian reply naming the problem, with an example.</summary>
public class InvalidInputTests
{
    [Theory]
    // Missing or non-numeric quantity.
    [InlineData("/jual beras", "Jumlah belum ditulis")]
    [InlineData("/jual", "belum ditulis")]
    [InlineData("/masuk", "belum ditulis")]
    [InlineData("/jual beras dua kg", "dengan angka")]
    [InlineData("/stok beras lima", "dengan angka")]
    [InlineData("/jual 2 kg beras", "Nama barang belum ditulis")]
    [InlineData("/jual beras @12.000", "Jumlah untuk \"beras\" belum ditulis")]
    // Zero, negative, absurd quantities.
    [InlineData("/jual beras 0 kg", "lebih dari nol")]
    [InlineData("/jual beras 0,0 kg", "lebih dari nol")]
    [InlineData("/jual beras -2 kg", "lebih dari nol")]
    [InlineData("/stok beras 100001 kg", "terlalu besar")]
    [InlineData("/masuk beras 1.000.000 kg", "terlalu besar")]
    [InlineData("/jual beras 1,2345 kg", "3 angka di belakang koma")]
    [InlineData("/jual beras 1.2.3 kg", "tidak bisa dibaca")]
    // Prices.
    [InlineData("/jual beras 2 kg @0", "Harga harus lebih dari nol")]
    [InlineData("/jual beras 2 kg @-5", "Harga harus lebih dari nol")]
    [InlineData("/jual beras 2 kg @200jt", "Harga terlalu besar")]
    [InlineData("/setharga beras 100.000.001", "Harga terlalu besar")]
    [InlineData("/setharga beras 12,5", "rupiah bulat")]
    [InlineData("/setharga beras 12,50", "rupiah bulat")]
    [InlineData("/setharga beras Rp12,500", "pakai titik untuk ribuan (12.500)")]
    [InlineData("/jual beras 2 kg @12,000", "membingungkan")]
    [InlineData("/setharga beras -12500", "Harga harus lebih dari nol")]
    [InlineData("/jual beras 1/0 kg", "tidak bisa dibaca")]
    [InlineData("/setharga beras", "Harga untuk \"beras\" belum ditulis")]
    [InlineData("/setharga beras dua belas ribu", "dengan angka")]
    [InlineData("/setharga", "Nama barang dan harga")]
    [InlineData("/jual beras 2 kg @", "Harga belum ditulis")]
    [InlineData("/jual beras 2 kg @abc", "harus berupa angka")]
    [InlineData("/setharga beras 12xyz", "tidak bisa dibaca")]
    [InlineData("/stok beras 50 kg @12.000", "tidak memakai harga")]
    [InlineData("/jual beras 2 kg @12.000/liter", "per liter")]
    [InlineData("/setharga beras 12.500 /ember", "Satuan \"ember\" tidak dikenal")]
    [InlineData("/harga beras 12.500", "pakai /setharga")]
    // Units.
    [InlineData("/jual beras 2 ember", "Satuan \"ember\" tidak dikenal")]
    [InlineData("/jual beras 2ember", "Satuan \"ember\" tidak dikenal")]
    [InlineData("/barang tambah \"Minyak Goreng\" drum", "Satuan \"drum\" tidak dikenal")]
    [InlineData("/barang kemasan beras gerobak 25", "Satuan \"gerobak\" tidak dikenal")]
    // Trailing garbage.
    [InlineData("/jual beras 2 kg asdf", "asdf")]
    [InlineData("/jual beras 2 kg @12.000 asdf", "asdf")]
    [InlineData("/jual beras 2 kg 12000", "harga ditulis dengan @")]
    [InlineData("/setharga beras 12.500 murah", "murah")]
    [InlineData("/batal semua", "tidak memakai kata lain")]
    [InlineData("jual beras 2 kg asdf", "asdf")]
    // Items and names.
    [InlineData("/barang hapus beras", "tidak dikenal")]
    [InlineData("/barang tambah beras", "nama barang dan satuannya")]
    [InlineData("/barang alias beras", "nama lainnya")]
    [InlineData("/barang kemasan beras karung", "satuan kemasan dan isinya")]
    [InlineData("/barang kemasan beras karung dua", "dengan angka")]
    [InlineData("/barang minimum beras", "batas minimumnya")]
    [InlineData("/barang minimum beras -5", "lebih dari nol")]
    [InlineData("/barang kemasan beras karung 0", "lebih dari nol")]
    [InlineData("/barang tambah \"Minyak Goreng liter", "kutip belum ditutup")]
    // Dates.
    [InlineData("/rekap besok lusa", "Tanggal \"besok lusa\" tidak dikenali")]
    [InlineData("/rekap 2026-13-01", "tidak dikenali")]
    [InlineData("/rekap 31/02/2026", "tidak dikenali")]
    [InlineData("rekap 2026-02-30", "tidak dikenali")]
    // Roles, codes and cooperatives.
    [InlineData("/undang raja", "Peran \"raja\" tidak dikenal")]
    [InlineData("/undang", "Tulis peran")]
    [InlineData("/gabung", "Kode undangan belum ditulis")]
    [InlineData("/gabung AB!", "tidak sah")]
    [InlineData("/koperasi hapus x", "hanya mengenal")]
    [InlineData("/koperasi tambah kkmp-1 \"KKMP\"", "Tulis ID, nama")]
    [InlineData("/koperasi tambah KKMP_1! \"KKMP\" Desa Kota", "ID \"KKMP_1!\"")]
    [InlineData("/koperasi tambah kkmp-1 \"KKMP\" Desa Kota WET", "Zona waktu \"WET\"")]
    // Unknown command words, with a suggestion when one is close.
    [InlineData("/jul beras 2", "Maksud Anda /jual?")]
    [InlineData("/stock beras 2 kg", "Maksud Anda /stok?")]
    [InlineData("/hrga beras", "Maksud Anda /harga?")]
    [InlineData("/rekapp", "Maksud Anda /rekap?")]
    [InlineData("/xyzzy", "Perintah /xyzzy tidak dikenal")]
    [InlineData("/", "Perintah belum ditulis")]
    // Control characters and over-long messages.
    [InlineData("/jual beras\u0000 2 kg", "karakter kontrol")]
    [InlineData("/jual beras 2 kg\u001b[31m", "karakter kontrol")]
    [InlineData("harga beras\u0007", "karakter kontrol")]
    public void Bad_input_says_what_was_wrong(string text, string expectedFragment)
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Contains(expectedFragment, invalid.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(invalid.Message.Length < 200, invalid.Message);
    }

    [Theory]
    [InlineData("/jual beras dua kg", CommandExamples.Sale)]
    [InlineData("/masuk beras", CommandExamples.Received)]
    [InlineData("/stok beras -1 kg", CommandExamples.StockCount)]
    [InlineData("/masuk beras 0 kg", CommandExamples.Received)]
    [InlineData("/setharga beras", CommandExamples.SetPrice)]
    [InlineData("/rekap minggu lalu", CommandExamples.RecapDate)]
    [InlineData("/undang raja", CommandExamples.Invite)]
    [InlineData("/jul beras 2", CommandExamples.Sale)]
    public void Bad_input_shows_the_commands_correct_example(string text, string example)
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Contains("Contoh: " + example, invalid.Message);
    }

    [Fact]
    public void Over_long_command_is_rejected()
    {
        var text = "/jual " + new string('a', 600) + " 2 kg";

        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text));

        Assert.Contains("terlalu panjang", invalid.Message);
    }

    [Fact]
    public void Over_long_item_name_is_rejected()
    {
        var invalid = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse("/jual " + new string('a', 80) + " 2 kg"));

        Assert.Contains("Nama barang terlalu panjang", invalid.Message);
    }
}
