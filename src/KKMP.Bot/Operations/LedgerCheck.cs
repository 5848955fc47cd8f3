using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Operations;

/// <summary>One problem found by <see cref="LedgerCheck"/>, said in Indonesian (for the cooperative) and English (for the operator).</summary>
public sealed record CheckFinding(string Indonesian, string English);

/// <summary>
/// `-- check`: reads the whole ledger and reports what does not add up: movements of unknown items or
/// cooperatives, a checkpoint that differs from the sum of the movements it covers, a message key
/// recorded twice. Reads only; one snapshot.
/// </summary>
public static class LedgerCheck
{
    public sealed record Report(long Movements, int Items, int Cooperatives, int Checkpoints, IReadOnlyList<CheckFinding> Findings)
    {
        public bool Healthy => Findings.Count == 0;

        public string Text()
        {
            var head = $"Buku besar: {Movements:N0} catatan stok, {Items} barang, {Cooperatives} koperasi, {Checkpoints} titik simpan stok.\n" +
                       $"Ledger: {Movements:N0} stock movements, {Items} items, {Cooperatives} cooperatives, {Checkpoints} stock checkpoints.\n";
            if (Healthy) return head + "Hasil: tidak ada masalah.\nResult: no problems found.";
            var lines = Findings.Take(50).SelectMany(f => new[] { "- " + f.Indonesian, "  " + f.English });
            var more = Findings.Count > 50 ? $"\n… dan {Findings.Count - 50} temuan lain / and {Findings.Count - 50} more findings." : "";
            return head + $"Hasil: {Findings.Count} masalah.\nResult: {Findings.Count} problems.\n" + string.Join('\n', lines) + more;
        }
    }

    public static Report Run(LedgerDb db) =>
        Task.Factory.StartNew(() => RunOnThisThread(db), TaskCreationOptions.LongRunning).GetAwaiter().GetResult();

    private static Report RunOnThisThread(LedgerDb db)
    {
        var findings = new List<CheckFinding>();
        db.Database.BeginTrans(); // one snapshot for every collection read below
        try
        {
            var cooperatives = db.Cooperatives.FindAll().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var items = db.Items.FindAll().ToDictionary(i => i.Id, i => i.KoperasiId);
            var checkpoints = db.Checkpoints.FindAll().ToList();
            var through = checkpoints.ToDictionary(c => c.KoperasiId, c => c.ThroughTicks, StringComparer.Ordinal);
            var summed = new Dictionary<(string Koperasi, int Item), decimal>();
            var hashes = new HashSet<ulong>();
            var suspects = new HashSet<ulong>();
            long movements = 0;

            foreach (var m in db.Database.GetCollection("movements").FindAll())
            {
                movements++;
                var (id, koperasiId, itemId, key) = (m["_id"], m["KoperasiId"].AsString ?? "", m["ItemId"].AsInt32, m["Key"].AsString ?? "");
                if (!cooperatives.Contains(koperasiId))
                    findings.Add(new($"Catatan {id} milik koperasi \"{koperasiId}\" yang tidak terdaftar.", $"Movement {id} belongs to unknown cooperative \"{koperasiId}\"."));
                if (!items.TryGetValue(itemId, out var owner))
                    findings.Add(new($"Catatan {id} memakai barang #{itemId} yang tidak ada.", $"Movement {id} references unknown item #{itemId}."));
                else if (owner != koperasiId && cooperatives.Contains(koperasiId))
                    findings.Add(new($"Catatan {id} memakai barang #{itemId} milik koperasi lain ({owner}).", $"Movement {id} of {koperasiId} references item #{itemId} of {owner}."));
                if (!hashes.Add(RecordedMessages.Hash(key))) suspects.Add(RecordedMessages.Hash(key));
                if (through.TryGetValue(koperasiId, out var upTo) && MovementIds.TicksOf(id.AsObjectId) <= upTo)
                    summed[(koperasiId, itemId)] = summed.GetValueOrDefault((koperasiId, itemId)) + m["Delta"].AsDecimal;
            }

            foreach (var checkpoint in checkpoints)
            {
                var itemIds = checkpoint.Stock.Keys.Select(int.Parse)
                    .Concat(summed.Keys.Where(k => k.Koperasi == checkpoint.KoperasiId).Select(k => k.Item)).Distinct();
                foreach (var itemId in itemIds)
                {
                    var saved = checkpoint.Stock.GetValueOrDefault(itemId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    var fromMovements = summed.GetValueOrDefault((checkpoint.KoperasiId, itemId));
                    if (saved != fromMovements)
                        findings.Add(new($"Titik simpan stok {checkpoint.KoperasiId} barang #{itemId}: {saved} tetapi jumlah catatannya {fromMovements}.",
                                         $"Stock checkpoint of {checkpoint.KoperasiId} item #{itemId} says {saved}; its movements sum to {fromMovements}."));
                }
            }

            if (suspects.Count > 0) findings.AddRange(RepeatedKeys(db, suspects));
            return new Report(movements, items.Count, cooperatives.Count, checkpoints.Count, findings);
        }
        finally
        {
            db.Database.Rollback();
        }
    }

    /// <summary>Keys whose hash was seen twice, compared as text (a hash collision is not a repeat).</summary>
    private static IEnumerable<CheckFinding> RepeatedKeys(LedgerDb db, HashSet<ulong> suspects) =>
        db.Database.GetCollection("movements").FindAll()
            .Select(m => (Key: m["Key"].AsString ?? "", Id: m["_id"].ToString()))
            .Where(m => suspects.Contains(RecordedMessages.Hash(m.Key)))
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => new CheckFinding($"Pesan {g.Key} tercatat {g.Count()} kali ({string.Join(", ", g.Select(m => m.Id))}).",
                                          $"Message key {g.Key} was recorded {g.Count()} times ({string.Join(", ", g.Select(m => m.Id))})."));
}
