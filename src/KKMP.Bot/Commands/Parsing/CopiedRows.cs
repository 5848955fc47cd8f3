using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Rows copied from a spreadsheet or a paper book's columns: "Tgl 12/03 | Beras | 10 kg | Rp. 125.000,- | terjual",
/// a header row "No | Barang | Qty | Satuan | Jumlah (Rp) | Ket", tab-separated cells. The cells become one line of
/// words the readers already know: the header row, the date and the row number go (they say where the row was, not
/// what happened), and "Rp. 125.000,-" is written "Rp125.000". Text without a cell separator is left as it is.
/// </summary>
internal static partial class CopiedRows
{
    private static readonly HashSet<string> HeaderWords =
        ["no", "nomor", "barang", "nama", "item", "qty", "jumlah", "jml", "satuan", "sat", "harga", "total", "ket", "keterangan", "tgl", "tanggal", "rp", "unit", "subtotal", "kuantitas", "banyaknya"];

    public static string Flatten(string text)
    {
        if (!text.Contains('|') && !text.Contains('\t')) return text;
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(['|', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList())
            .Where(cells => !IsHeader(cells))
            .Select(Row);
        return string.Join(' ', lines.Where(line => line.Length > 0));
    }

    /// <summary>A row of column names: two or more cells, every one a column name (with "(Rp)" and the like).</summary>
    private static bool IsHeader(List<string> cells) =>
        cells.Count >= 2 && cells.All(cell => Words(cell) is { Length: > 0 } words && words.All(HeaderWords.Contains));

    private static string[] Words(string cell) =>
        Regex.Split(cell.ToLowerInvariant(), @"[^\p{L}]+").Where(w => w.Length > 0).ToArray();

    private static string Row(List<string> cells)
    {
        // a leading row number ("7", "No. 7") when more cells follow
        if (cells.Count >= 4 && RowNumber().IsMatch(cells[0])) cells = cells.Skip(1).ToList();
        return string.Join(' ', cells.Where(cell => !Date().IsMatch(cell)).Select(Money));
    }

    /// <summary>"Rp. 125.000,-" → "Rp125.000"; "Rp 11.500,- /kg" → "Rp11.500/kg".</summary>
    private static string Money(string cell)
    {
        var money = MoneyCell().Replace(cell, "Rp$1");
        return SlashUnit().Replace(money, "$1/");
    }

    [GeneratedRegex(@"^(?:no\.?\s*)?\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:tgl\.?|tanggal)?\s*\d{1,2}[/\-.]\d{1,2}(?:[/\-.]\d{2,4})?$", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    [GeneratedRegex(@"Rp\.?\s*([0-9][0-9.]*[0-9])(?:,-|,00)?", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyCell();

    [GeneratedRegex(@"(\d)\s+/(?=\p{L})")]
    private static partial Regex SlashUnit();
}
