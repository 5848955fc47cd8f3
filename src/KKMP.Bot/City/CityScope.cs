using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.City;

/// <summary>Which city a user acts for, and which cooperatives they may address with "@id".</summary>
public sealed class CityScope(CooperativeDirectory cooperatives, UserDirectory users)
{
    /// <summary>A pembina's own city; for anyone else (and a pembina invited before cities), the city of their cooperative.</summary>
    public string CityOf(Asker asker, CooperativeDoc own) =>
        users.Get(asker.Channel, asker.UserId)?.CityId ?? CityIds.Of(own.City);

    /// <summary>The cooperatives of a city; none for the empty id of a cooperative whose city was never set.</summary>
    public IReadOnlyList<CooperativeDoc> CooperativesOf(string cityId) =>
        cityId.Length == 0 ? [] : [.. cooperatives.List().Where(c => CityIds.Of(c.City) == cityId)];

    /// <summary>
    /// The cooperative "@id" names, when this asker may read it: an admin any, a pembina those of their
    /// city, anyone else only their own. Otherwise the refusal, with an example.
    /// </summary>
    public (CooperativeDoc? Target, string? Refusal) Address(Asker asker, CooperativeDoc own, string id, string example)
    {
        if (id == own.Id) return (own, null);
        var city = CityOf(asker, own);
        var target = cooperatives.Get(id);
        if (asker.Role is not (Role.Pembina or Role.Admin))
            return (null, $"Koperasi lain hanya bisa dilihat pembina kotanya. Untuk koperasi Anda sendiri tulis tanpa @, contoh: {example.Split(' ')[0]}");
        if (target is null)
        {
            var known = asker.Role == Role.Admin ? cooperatives.List() : CooperativesOf(city);
            var closest = known.MinBy(c => EditDistance.Between(c.Id, id));
            return (null, $"Koperasi \"{id}\" tidak ada." +
                          (closest is null ? "" : $" Maksudnya {closest.Id}? Contoh: {example.Replace("kkmp-sukamaju", closest.Id, StringComparison.Ordinal)}"));
        }
        if (asker.Role == Role.Admin || CityIds.Of(target.City) == city) return (target, null);
        return (null, $"{target.Name} ({target.Id}) bukan koperasi {city}; Anda pembina {city}. " +
                      $"Lihat daftar koperasi kota Anda dengan /kota, lalu contohnya: {example}");
    }
}
