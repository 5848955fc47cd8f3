using System.Collections.Concurrent;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.ReferencePrices;
using LiteDB;

namespace KKMP.Bot.City;

/// <summary>One cooperative's line in /kota: aggregates only, never who sold what or any member's data.</summary>
public sealed record CityRow(
    string KoperasiId, string Name, bool PostedToday, bool PostedYesterday, long SalesThisWeekRupiah,
    IReadOnlyList<string> OutOfStock, IReadOnlyList<string> AboveCeiling, DateOnly? LastActivity)
{
    /// <summary>Cooperatives that need a visit first: silent for two days, then items out, then prices above a ceiling.</summary>
    public int Attention => (PostedToday || PostedYesterday ? 0 : 4) + (OutOfStock.Count > 0 ? 2 : 0) + (AboveCeiling.Count > 0 ? 1 : 0);
}

/// <summary>
/// The city's view: every cooperative whose City names the same city, read in one pass over the last
/// week's movements (ids are instants, so the week is one key range) plus each cooperative's catalogue.
/// </summary>
public sealed class CityOverview(LedgerDb db, CooperativeDirectory cooperatives, CityScope scope, Catalog catalog, ReferencePriceBook references, TimeProvider clock)
{
    // A silent cooperative's last movement, found by walking the ledger newest-first (slow: there is no
    // per-cooperative index on movements). It stays true while the walk is inside the week /kota reads:
    // anything newer would be in that week. So each silent cooperative is walked for about once a week.
    private readonly ConcurrentDictionary<string, (long LastTicks, long WalkedTicks)> _silent = new(StringComparer.Ordinal);

    public IReadOnlyList<CooperativeDoc> CooperativesOf(string cityId) => scope.CooperativesOf(cityId);

    /// <summary>Every city that has at least one cooperative, for the reply to an unknown city.</summary>
    public IReadOnlyList<string> Cities() => [.. cooperatives.List().Select(c => CityIds.Of(c.City)).Where(id => id.Length > 0).Distinct().Order()];

    public IReadOnlyList<CityRow> Rows(string cityId)
    {
        var members = CooperativesOf(cityId);
        if (members.Count == 0) return [];
        var zone = cooperatives.TimeZoneOf(members[0].Id); // a city lies in one time zone
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone));
        DateTime StartOf(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var weekStart = StartOf(today.AddDays(-6));
        var yesterdayStart = StartOf(today.AddDays(-1));
        var todayStart = StartOf(today);

        var ids = members.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var recent = db.Movements.Find(Query.Between("_id", MovementIds.AtOrAfter(weekStart), MovementIds.AtOrAfter(nowUtc.AddDays(1))))
            .Where(m => ids.Contains(m.KoperasiId))
            .GroupBy(m => m.KoperasiId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var lastActivity = LastActivity(ids.Where(id => !recent.ContainsKey(id)).ToHashSet(StringComparer.Ordinal), weekStart.Ticks, nowUtc.Ticks);

        return
        [
            .. members.Select(c =>
            {
                var moves = recent.GetValueOrDefault(c.Id) ?? [];
                var items = catalog.ListItems(c.Id);
                var last = moves.Count > 0 ? moves.Max(m => m.AtTicks) : lastActivity.GetValueOrDefault(c.Id);
                return new CityRow(
                    c.Id, c.Name,
                    moves.Any(m => m.AtTicks >= todayStart.Ticks),
                    moves.Any(m => m.AtTicks >= yesterdayStart.Ticks && m.AtTicks < todayStart.Ticks),
                    moves.Where(m => m.Kind == MovementKind.Sold || m is { Kind: MovementKind.Reversal, ReversedKind: MovementKind.Sold }).Sum(m => m.AmountRupiah),
                    [.. items.Where(i => i.Stock <= 0).Select(i => i.Name)],
                    [.. items.Where(i => i.Commodity is { } commodity && i.PriceRupiah is { } price
                        && references.For(c, commodity, today)?.IsBreachedBy(price) == true).Select(i => i.Name)],
                    last > 0 ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(new DateTime(last, DateTimeKind.Utc), zone)) : null);
            })
            .OrderByDescending(r => r.Attention).ThenBy(r => r.LastActivity ?? DateOnly.MinValue).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase),
        ];
    }

    // Cooperatives silent for a week: cached walks still inside the week, else one newest-first walk that stops once each has been seen.
    private Dictionary<string, long> LastActivity(HashSet<string> silent, long weekStartTicks, long nowTicks)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var id in silent)
            if (_silent.TryGetValue(id, out var known) && known.WalkedTicks >= weekStartTicks) found[id] = known.LastTicks;
        var missing = silent.Where(id => !found.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0) return found;
        var seen = 0;
        foreach (var move in db.Movements.Find(Query.All("_id", Query.Descending)))
        {
            if (missing.Contains(move.KoperasiId) && found.TryAdd(move.KoperasiId, move.AtTicks) && ++seen == missing.Count) break;
        }
        foreach (var id in missing) _silent[id] = (found.GetValueOrDefault(id), nowTicks);
        return found;
    }
}
