using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Free text goes to the assistant, even when it starts with a word that is also a command.</summary>
public class NotACommandTests
{
    [Theory]
    [InlineData("beras habis ya?")]
    [InlineData("berapa minimal pendiri koperasi primer?")]
    [InlineData("kapan RAT harus diadakan?")]
    [InlineData("masuk angin nih")]
    [InlineData("stok beras habis ya?")]
    [InlineData("stok beras habis")]
    [InlineData("jual beli online boleh?")]
    [InlineData("barang apa saja yang dijual?")]
    [InlineData("mulai besok toko buka jam 7")]
    [InlineData("batal rapat hari ini")]
    [InlineData("rekap bulan ini gimana caranya?")]
    [InlineData("gabung koperasi gimana caranya")]
    [InlineData("undang-undang koperasi nomor berapa?")]
    [InlineData("bantuan modal dari pemerintah ada?")]
    [InlineData("terima kasih")]
    [InlineData("kenapa harga naik?")]
    [InlineData("kenapa harga beras naik terus?")]
    [InlineData("apakah harga ditentukan rapat anggota?")]
    [InlineData("beras berapa?")]
    [InlineData("harga beras naik terus ya")]
    [InlineData("harga ditentukan siapa?")]
    [InlineData("min, kapan RAT?")]
    [InlineData("harga beras 12.500 kemahalan")]
    [InlineData("RAT kmrn cm dtg 40 dr 150 anggota sah gk")]
    [InlineData("rat 2026 paling lambat kapan")]
    [InlineData("shu dibagiin ke anggota gmn")]
    [InlineData("SHU 2025 kok kecil")]
    [InlineData("SHU saya dapat berapa kalau simpanan 100rb?")]
    [InlineData("rat harus diadain brp kali setahun")]

    [InlineData("")]
    [InlineData("   ")]
    [InlineData("apa itu \"SHU")]
    public void Free_text_is_not_a_command(string text)
    {
        Assert.IsType<ParseResult.NotACommand>(CommandParser.Parse(text));
    }

    [Fact]
    public void Long_free_text_is_still_free_text()
    {
        var question = "harga " + string.Concat(Enumerable.Repeat("beras dan gula ", 40)) + "berapa?";

        Assert.IsType<ParseResult.NotACommand>(CommandParser.Parse(question));
    }
}
