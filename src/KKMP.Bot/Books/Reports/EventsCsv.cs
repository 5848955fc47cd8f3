using System.Globalization;
using CsvHelper;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Books.Reports;

/// <summary>
/// /ekspor: the raw events (stock movements and cash entries) as CSV (CsvHelper), one row per event with
/// every field. Written for Indonesian spreadsheets: ';' between fields, ',' before decimals, UTF-8 with
/// a byte order mark. Text that a spreadsheet would run as a formula (a chat message starting with '=') is escaped.
/// </summary>
public static class EventsCsv
{
    public const string ContentType = "text/csv";

    public static readonly string[] Header =
    [
        "waktu_utc", "waktu_lokal", "sumber", "jenis", "barang", "barang_id", "perubahan_stok", "satuan", "hasil_hitung",
        "harga_satuan", "jumlah_rupiah", "utang", "membatalkan", "jenis_dibatalkan", "akun", "keterangan",
        "kanal", "pengguna", "kunci_pesan", "teks_asli", "balasan",
    ];

    private static readonly NumberFormatInfo Decimals = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "", NegativeSign = "-" };

    public static string FileName(string koperasiId, Period period) => $"ekspor-{koperasiId}-{period.FileLabel}.csv";

    public static byte[] Write(IEnumerable<BookEvent> events, Func<int, ItemName> items, TimeZoneInfo zone)
    {
        using var buffer = new MemoryStream();
        var options = new CsvWriterOptions
        {
            Separator = ';', WriteByteOrderMark = true, FormatProvider = Decimals, Injection = CsvInjection.Escape,
            TrueValue = "ya", FalseValue = "tidak",
        };
        using (var csv = CsvWriter.Create(buffer, options, true))
        {
            csv.WriteHeader(Header);
            foreach (var e in events) WriteRow(csv, e, items, zone);
        }
        return buffer.ToArray();
    }

    private static void WriteRow(CsvWriter csv, BookEvent e, Func<int, ItemName> items, TimeZoneInfo zone)
    {
        var utc = new DateTime(e.AtTicks, DateTimeKind.Utc);
        csv.WriteField(utc.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture));
        csv.WriteField(TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        if (e.Movement is { } m)
        {
            var item = items(m.ItemId);
            csv.WriteField("stok");
            csv.WriteField(m.Kind.ToString());
            csv.WriteField(item.Name);
            csv.WriteField(m.ItemId, default);
            csv.WriteField(m.Delta, default);
            csv.WriteField(item.Unit);
            csv.WriteField(m.CountedQuantity, default);
            csv.WriteField(m.UnitPriceRupiah, default);
            csv.WriteField(m.AmountRupiah, default);
            csv.WriteField(m.OnCredit);
            csv.WriteField(m.ReversesKey);
            csv.WriteField(m.ReversedKind?.ToString());
            csv.WriteField((string?)null);
            csv.WriteField((string?)null);
            Audit(csv, m.Channel, m.UserId, m.Key, m.RawText, m.Summary);
        }
        else
        {
            var c = e.Cash!;
            var account = ChartOfAccounts.Default.Accounts.FirstOrDefault(a => a.Code == c.AccountCode);
            csv.WriteField("kas");
            csv.WriteField(c.Kind.ToString());
            for (var i = 0; i < 5; i++) csv.WriteField((string?)null); // barang … hasil_hitung
            csv.WriteField((string?)null);                              // harga_satuan
            csv.WriteField(c.AmountRupiah, default);
            csv.WriteField(false);
            csv.WriteField((string?)null);
            csv.WriteField((string?)null);
            csv.WriteField(account is null ? c.AccountCode : $"{account.Code} {account.Name}");
            csv.WriteField(c.Note);
            Audit(csv, c.Channel, c.UserId, c.Key, c.RawText, c.Summary);
        }
        csv.EndRecord();
    }

    private static void Audit(CsvWriter csv, string channel, string user, string key, string raw, string summary)
    {
        csv.WriteField(channel);
        csv.WriteField(user);
        csv.WriteField(key);
        csv.WriteField(raw);
        csv.WriteField(summary);
    }
}
