using KKMP.Bot.City;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/berbagi aktif|nonaktif (pengurus) and /cari beras 100 kg: cooperatives of a city finding stock at each other, in bands.</summary>
public sealed class SharingHandler(CooperativeDirectory cooperatives, CityScope scope, ItemResolver resolver, Catalog catalog)
{
    public Reply Share(CommandContext context, StockSharing command)
    {
        var city = CityIds.Of(context.Cooperative.City);
        return Replies.From(cooperatives.SetSharing(context.Origin, command.On, c => command.On
            ? $"Tercatat: {c.Name} berbagi ketersediaan stok dengan koperasi lain di {city}. Mereka melihat kisaran (misalnya \"≥ 100 kg\"), " +
              $"bukan angka pasti, dan bisa mengirim pesan ke pengurus lewat bot tanpa melihat nomor siapa pun. Berhenti: {CityExamples.SharingOff}"
            : $"Tercatat: {c.Name} tidak lagi berbagi stok dengan koperasi lain di {city}, dan tidak bisa dihubungi lewat /hubungi."));
    }

    public Reply Search(CommandContext context, StockSearch command)
    {
        var city = CityIds.Of(context.Cooperative.City);
        var sharing = scope.CooperativesOf(city).Where(c => c.SharesStock && c.Id != context.KoperasiId).ToList();
        var item = command.Item.ToLowerInvariant();
        if (sharing.Count == 0)
            return new Reply($"Belum ada koperasi lain di {(city.Length > 0 ? city : "kota Anda")} yang berbagi stok. " +
                             $"Pengurus tiap koperasi mengaktifkannya dengan: {CityExamples.SharingOn}");

        var unit = "";
        var found = new List<(string Id, string Line, decimal Band)>();
        foreach (var other in sharing)
        {
            if (resolver.Resolve(other.Id, command.Item) is not ItemResolution.Found(var match)) continue;
            if (catalog.GetItem(other.Id, match.Id) is not { } current || UnitFit.Factor(current, command.Quantity.Unit) is not { } factor) continue;
            // Asked and shown on the same 1-2-5 steps: asking again with other amounts cannot narrow a stock down past its band.
            var wanted = StockBands.AtLeast(command.Quantity.Amount * factor);
            if (current.Stock < wanted) continue;
            unit = current.BaseUnit;
            var band = StockBands.Below(current.Stock, wanted);
            found.Add((other.Id, $"• {other.Name} ({other.Id}): ≥ {Say.Quantity(band, current.BaseUnit)}", band));
        }
        var asked = $"{item} {Say.Quantity(command.Quantity.Amount, command.Quantity.Unit ?? "")}".TrimEnd();
        if (found.Count == 0)
            return new Reply($"Dari {sharing.Count} koperasi di {city} yang berbagi stok, belum ada yang punya {asked} atau lebih. Coba jumlah yang lebih kecil, contoh: {CityExamples.Search}");
        return new Reply($"Koperasi di {city} yang punya {asked} atau lebih (kisaran, bukan angka pasti):\n" +
                         string.Join('\n', found.OrderByDescending(f => f.Band).Select(f => f.Line)) +
                         $"\nHubungi pengurusnya lewat bot: /hubungi {found.MaxBy(f => f.Band).Id} <pesan>");
    }
}
