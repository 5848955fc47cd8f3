using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>Rows copied from a spreadsheet or a book's columns read as one line of words; other text is untouched.</summary>
public class CopiedRowsTests
{
    [Theory]
    [InlineData("Tgl 12/03 | Beras | 10 kg | Rp. 125.000,- | terjual", "Beras 10 kg Rp125.000 terjual")]
    [InlineData("No | Barang | Qty | Satuan | Jumlah (Rp) | Ket\n7 | Telur | 2 | kg | 56.000 | laku", "Telur 2 kg 56.000 laku")]
    [InlineData("Pembelian | 14-03 | Tepung Terigu | 20 kg | Rp. 200.000,-", "Pembelian Tepung Terigu 20 kg Rp200.000")]
    [InlineData("Daftar harga baru | Tepung Terigu | Rp. 11.500,- /kg", "Daftar harga baru Tepung Terigu Rp11.500/kg")]
    [InlineData("penjualan\nMinyak Goreng\t3 ltr\tRp. 47.100,-", "penjualan Minyak Goreng 3 ltr Rp47.100")]
    public void Cells_become_one_line_without_the_header_the_date_and_the_row_number(string copied, string line) =>
        Assert.Equal(line, CopiedRows.Flatten(copied));

    [Theory]
    [InlineData("jual beras 2 kg, Rp. 25.000")]
    [InlineData("laku gula 1 kg\nmasuk telur 2 kg")]
    public void Text_without_cells_is_left_as_it_is(string text) => Assert.Equal(text, CopiedRows.Flatten(text));
}
