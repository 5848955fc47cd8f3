using ClosedXML.Excel;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Catalogue;

/// <summary>
/// /katalog: the cooperative's active products as an XLSX draft laid out for a Katalog Elektronik listing
/// (nama produk, merek, SKU, asal, satuan, harga with its region, stok, kab/kota). It is a draft to check and
/// complete by hand before uploading: the title says so and a column names what each row still lacks.
/// Nothing is sent anywhere; this is not an integration with the official system.
/// </summary>
public static class CatalogueWorkbook
{
    public const string ContentType = Books.Reports.BooksWorkbook.ContentType;
    public const string SheetName = "Draf katalog";
    public const string DraftNotice = "DRAF — periksa dan lengkapi sebelum diunggah ke Katalog Elektronik. Bukan integrasi resmi: berkas ini tidak dikirim ke mana pun.";
    public const int HeaderRow = 4;
    private const string Money = "[$-421]#,##0;[$-421]-#,##0;[$-421]0";
    private const string Quantity = "[$-421]#,##0.###;[$-421]-#,##0.###;[$-421]0";

    public static readonly string[] Headers =
    [
        "Nama produk", "Merek", "SKU", "Asal (lokal/impor)", "TKDN (%)", "Keterangan", "Satuan", "Harga (Rp)", "Wilayah harga (provinsi)",
        "Stok", "Kab/Kota koperasi", "Titip jual dari", "Perlu dilengkapi",
    ];

    public static string FileName(CooperativeDoc cooperative, DateOnly day) => $"katalog-draf-{cooperative.Id}-{day:yyyy-MM-dd}.xlsx";

    // Cells are set with SetValue<T>: assigning Value makes ClosedXML read strings such as SKU "0012" as numbers.
    public static byte[] Write(CooperativeDoc cooperative, IReadOnlyList<ItemDoc> items, DateOnly day)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        sheet.Cell(1, 1).SetValue(DraftNotice);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontColor = XLColor.DarkRed;
        sheet.Cell(2, 1).SetValue($"{cooperative.Name} · {Place(cooperative)} · dibuat {IndonesianFormat.DateWithoutDay(day)}. " +
                                  "Harga per satuan dasar, termasuk semua biaya di gerai; ongkos kirim belum dihitung.");
        for (var c = 0; c < Headers.Length; c++) sheet.Cell(HeaderRow, c + 1).SetValue(Headers[c]);
        sheet.Row(HeaderRow).Style.Font.Bold = true;
        var row = HeaderRow;
        foreach (var item in items)
        {
            row++;
            sheet.Cell(row, 1).SetValue(item.Name);
            sheet.Cell(row, 2).SetValue(item.Brand ?? "");
            sheet.Cell(row, 3).SetValue(item.Sku ?? "");
            sheet.Cell(row, 4).SetValue(item.Origin is { } origin ? ProductText.Origin(origin) : "");
            if (item.TkdnPercent is { } tkdn) sheet.Cell(row, 5).SetValue(tkdn);
            sheet.Cell(row, 6).SetValue(item.Description ?? "");
            sheet.Cell(row, 7).SetValue(item.BaseUnit);
            if (ItemPrices.Amount(item, 1) is { } price) sheet.Cell(row, 8).SetValue(price);
            sheet.Cell(row, 8).Style.NumberFormat.Format = Money;
            sheet.Cell(row, 9).SetValue(cooperative.Province ?? "");
            sheet.Cell(row, 10).SetValue(item.Stock);
            sheet.Cell(row, 10).Style.NumberFormat.Format = Quantity;
            sheet.Cell(row, 11).SetValue(cooperative.City);
            sheet.Cell(row, 12).SetValue(item.Consignment?.Supplier ?? "");
            sheet.Cell(row, 13).SetValue(string.Join(", ", Missing(item, cooperative)));
        }
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.Range(HeaderRow, 1, row, Headers.Length).SetAutoFilter();
        foreach (var (column, width) in new[] { (1, 32), (2, 16), (3, 14), (4, 10), (5, 9), (6, 32), (7, 9), (8, 12), (9, 18), (10, 10), (11, 18), (12, 20), (13, 30) })
            sheet.Column(column).Width = width;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>What a row still lacks for a listing: the item's own fields, and the cooperative's province (the price's region).</summary>
    public static IReadOnlyList<string> Missing(ItemDoc item, CooperativeDoc cooperative) =>
        [.. ProductText.Missing(item), .. string.IsNullOrWhiteSpace(cooperative.Province) ? ["provinsi"] : Array.Empty<string>()];

    private static string Place(CooperativeDoc cooperative) =>
        string.Join(", ", new[] { cooperative.Village, cooperative.City, cooperative.Province }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
