using System.Text;
using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Commands.Formatting;
using static KKMP.Bot.Assistant.AssistantTexts;

namespace KKMP.Bot.Assistant;

/// <summary>Turns the shop plugins' results into short Indonesian replies (offline mode and LLM fallback).</summary>
public static class ShopAnswerFormatter
{
    public static string Format(PriceResult result) => result.Status switch
    {
        ShopStatus.Ok when result.Price is { } p => $"Harga {p.Item}: {IndonesianFormat.Rupiah(p.PriceRupiah)}/{p.Unit}{Since(p.Since)}.",
        ShopStatus.Ambiguous => $"Ada beberapa barang yang cocok dengan \"{result.Query}\": {string.Join(", ", result.Candidates)}. " +
                                $"Sebutkan salah satunya, misalnya: harga {result.Candidates[0]} berapa?",
        ShopStatus.NotLinked => NotLinked,
        _ => $"Barang \"{result.Query}\" belum ada di daftar harga koperasi Anda. Ketik \"daftar harga\" untuk melihat semua barang.",
    };

    public static string Format(PriceListResult result)
    {
        if (result.Status == ShopStatus.NotLinked) return NotLinked;
        if (result.Prices.Count == 0) return "Koperasi Anda belum mencatat harga barang apa pun.";
        var text = new StringBuilder($"Daftar harga {result.Cooperative ?? "koperasi Anda"}:");
        foreach (var p in result.Prices)
            text.Append($"\n• {p.Item}: {IndonesianFormat.Rupiah(p.PriceRupiah)}/{p.Unit}");
        return text.ToString();
    }

    public static string Format(StockResult result)
    {
        if (result.Status == ShopStatus.NotAllowed) return StockNotAllowed;
        if (result.Status == ShopStatus.NotLinked) return NotLinked;
        if (result.Stock.Count == 0) return "Belum ada stok yang tercatat. Pengelola bisa mencatat dengan: /stok beras 50 kg";
        var text = new StringBuilder($"Stok {result.Cooperative ?? "koperasi Anda"}:");
        foreach (var s in result.Stock)
            text.Append($"\n• {s.Item}: {IndonesianFormat.Quantity(s.Quantity, s.Unit)}{(s.IsLow ? " (menipis)" : "")}");
        return text.ToString();
    }

    public static string Format(CooperativeResult result) => result.Status == ShopStatus.Ok
        ? $"Anda terdaftar sebagai {result.Role} di {result.Name}, {result.Village}, {result.City} (zona waktu {result.TimeZone})."
        : NotLinked;

    private static string Since(DateTimeOffset? since) =>
        since is { } s ? $" (sejak {IndonesianFormat.DateWithoutDay(DateOnly.FromDateTime(s.Date))})" : "";
}
