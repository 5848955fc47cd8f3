using System.Text;
using KKMP.Bot.Books.Charts;
using KKMP.Bot.City;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/bandingkan beras: one item across the city's cooperatives, cheapest first, with a bar chart (pembina).</summary>
public sealed class CompareHandler(CityComparison comparison, CityScope scope)
{
    public Reply Compare(CommandContext context, CompareItem command)
    {
        var cityId = scope.CityOf(context.Asker, context.Cooperative);
        if (comparison.Compare(cityId, command.Item) is not { } result)
            return new Reply($"Belum ada koperasi yang terdaftar di kota Anda{(cityId.Length > 0 ? $" ({cityId})" : "")}, jadi tidak ada yang bisa dibandingkan. " +
                             $"Admin mengisi kota tiap koperasi, lalu: {CityExamples.Compare}");
        var item = command.Item.ToLowerInvariant();
        if (result.Rows.Count == 0 && result.Unclear.Count == 0)
            return new Reply($"Tidak ada koperasi di {cityId} yang punya barang \"{item}\"." +
                             (result.Closest is { } near ? $" Maksudnya {near}? Contoh: /bandingkan {near}" : $" Contoh: {CityExamples.Compare}"));

        var text = new StringBuilder($"{Capitalised(item)} di {cityId}, {Say.Date(result.Day)} (termurah di atas):\n");
        foreach (var (row, n) in result.Rows.Select((r, i) => (r, i + 1)))
        {
            text.Append($"{n}. {row.Name} ({row.KoperasiId}): ");
            text.Append(row.PriceRupiah is { } price ? $"{Say.Rupiah(price)}/{row.Unit}" : "harga belum ditetapkan");
            if (row.Reference is { } reference) text.Append(row.AboveCeiling ? $" ⚠ {reference.Breach}" : $" ({reference.Label})");
            text.Append(row.Stock > 0 ? $", stok {Say.Quantity(row.Stock, row.Unit)}" : ", stok habis").Append('\n');
        }
        if (result.NotSelling.Count > 0)
            text.Append($"Tidak punya \"{item}\": {string.Join(", ", result.NotSelling.Select(c => c.Name))}.\n");
        foreach (var (cooperative, names) in result.Unclear)
            text.Append($"{cooperative.Name}: \"{item}\" bisa berarti {string.Join(" atau ", names)}; tulis nama lengkapnya, misalnya /bandingkan {names[0]}\n");
        return new Reply(text.ToString().TrimEnd()) { Attachments = Chart(item, result) is { } chart ? [chart] : [] };
    }

    private static Attachment? Chart(string item, Comparison result)
    {
        var priced = result.Rows.Where(r => r.PriceRupiah is not null).ToList();
        if (priced.Count == 0) return null;
        // One dashed line only when every mapped price has the same ceiling (a city lies in one zone, but items may map differently).
        var ceilings = priced.Select(r => r.Reference).OfType<ReferencePrices.AppliedReferencePrice>().Where(r => r.Entry.IsCeiling)
            .Select(r => (Value: (double)r.Rupiah, r.Label)).Distinct().ToList();
        var png = BookCharts.Compare($"Harga {item} di {result.CityId}", $"Harga per {priced[0].Unit} (Rp)",
            [.. priced.Select(r => (r.Name, (double)r.PriceRupiah!.Value))], ceilings.Count == 1 ? ceilings[0] : null);
        return new Attachment($"bandingkan-{string.Join('-', item.Split(' '))}.png", BookCharts.ContentType, png);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
