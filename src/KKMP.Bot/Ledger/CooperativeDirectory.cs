using System.Collections.Concurrent;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Ledger;

/// <summary>The cooperatives of this deployment.</summary>
public sealed class CooperativeDirectory(LedgerDb db)
{
    public const string DefaultTimeZone = "Asia/Jakarta";

    // Read on every message, changed almost never: cached, dropped on each write through this directory.
    private readonly ConcurrentDictionary<string, CooperativeDoc?> _cache = new(StringComparer.Ordinal);

    public CooperativeDoc? Get(string id) => _cache.GetOrAdd(id, key => db.Cooperatives.FindById(key));

    public IReadOnlyList<CooperativeDoc> List() => db.Cooperatives.FindAll().OrderBy(c => c.Id).ToList();

    /// <summary>Creates or updates a cooperative from configuration (trusted, not audited as a chat write).</summary>
    public void Upsert(CooperativeDoc cooperative)
    {
        if (cooperative.CreatedUtc == default) cooperative.CreatedUtc = db.UtcNow;
        db.Cooperatives.Upsert(cooperative);
        _cache.Clear();
    }

    /// <summary>An admin's /koperasi tambah: an audited write that refuses an id already in use.</summary>
    public WriteResult Add(WriteOrigin origin, CooperativeDoc cooperative, Func<CooperativeDoc, string> describe)
    {
        var result = db.Write(origin with { KoperasiId = cooperative.Id }, () =>
        {
            if (Get(cooperative.Id) is not null)
                return WriteResult.Rejected($"Koperasi dengan id {cooperative.Id} sudah ada.");
            cooperative.CreatedUtc = db.UtcNow;
            db.Cooperatives.Insert(cooperative);
            return WriteResult.Recorded(describe(cooperative));
        });
        _cache.Clear(); // after the commit, so no reader can re-cache the state before it
        return result;
    }

    /// <summary>/koperasi provinsi: an audited change of one cooperative's province.</summary>
    public WriteResult SetProvince(WriteOrigin origin, string province, Func<CooperativeDoc, string> describe)
    {
        var result = db.Write(origin, () =>
        {
            if (db.Cooperatives.FindById(origin.KoperasiId) is not { } cooperative)
                return WriteResult.Rejected("Koperasi ini tidak ditemukan.");
            cooperative.Province = province;
            db.Cooperatives.Update(cooperative);
            return WriteResult.Recorded(describe(cooperative));
        });
        _cache.Clear();
        return result;
    }

    /// <summary>/berbagi: an audited change of whether the cooperative shares its stock availability with its city.</summary>
    public WriteResult SetSharing(WriteOrigin origin, bool on, Func<CooperativeDoc, string> describe)
    {
        var result = db.Write(origin, () =>
        {
            if (db.Cooperatives.FindById(origin.KoperasiId) is not { } cooperative)
                return WriteResult.Rejected("Koperasi ini tidak ditemukan.");
            cooperative.SharesStock = on;
            db.Cooperatives.Update(cooperative);
            return WriteResult.Recorded(describe(cooperative));
        });
        _cache.Clear();
        return result;
    }

    public TimeZoneInfo TimeZoneOf(string koperasiId) => FindZone(Get(koperasiId)?.TimeZone);

    public static bool IsKnownZone(string zone) => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    public static TimeZoneInfo FindZone(string? id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id ?? DefaultTimeZone, out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out var wib) ? wib
        : TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
}
