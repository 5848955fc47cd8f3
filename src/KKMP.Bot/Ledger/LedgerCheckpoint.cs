using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// Moves the ledger's start-up work forward: sums the movements since the last checkpoint into each
/// cooperative's <see cref="StockCheckpointDoc"/>, archives their message keys (<see cref="ArchivedMessageKeyDoc"/>),
/// and lets memory forget keys older than the window. Computed from the stored movements, not from
/// memory, and written in one transaction, so a checkpoint is either whole or absent.
/// </summary>
public static class LedgerCheckpoint
{
    public sealed record Result(long ThroughTicks, int Movements, int Cooperatives, TimeSpan Took);

    public static Result Take(LedgerDb db)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        lock (db.CheckpointLock)
        {
            if (db.Fault is not null) throw new LedgerFaultedException(db.Fault);
            // Every movement with an instant up to here has been handed out; once each cooperative's lock
            // has been free once, each of those is committed or rolled back, so the range below is final.
            var through = db.MovementClock.Current;
            db.WaitForWritesInProgress();

            var saved = db.Checkpoints.FindAll().ToDictionary(c => c.KoperasiId, StringComparer.Ordinal);
            var from = saved.Count == 0 ? 0L : saved.Values.Min(c => c.ThroughTicks);
            if (through <= from) return new Result(from, 0, saved.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));

            var archived = new List<ArchivedMessageKeyDoc>();
            var range = from <= MovementIds.Epoch.Ticks
                ? Query.LTE("_id", MovementIds.FromTicks(through))
                : Query.And(Query.GT("_id", MovementIds.FromTicks(from)), Query.LTE("_id", MovementIds.FromTicks(through)));
            foreach (var movement in db.Database.GetCollection("movements").Find(range))
            {
                var koperasiId = movement["KoperasiId"].AsString;
                if (!saved.TryGetValue(koperasiId, out var checkpoint))
                    saved[koperasiId] = checkpoint = new StockCheckpointDoc { KoperasiId = koperasiId };
                var item = movement["ItemId"].AsInt32.ToString(System.Globalization.CultureInfo.InvariantCulture);
                checkpoint.Stock[item] = checkpoint.Stock.GetValueOrDefault(item) + movement["Delta"].AsDecimal;
                checkpoint.Movements++;
                archived.Add(new ArchivedMessageKeyDoc
                {
                    Hash = (long)RecordedMessages.Hash(movement["Key"].AsString), Ticks = MovementIds.TicksOf(movement["_id"].AsObjectId),
                });
            }
            foreach (var checkpoint in saved.Values) checkpoint.ThroughTicks = through;

            db.Database.BeginTrans();
            try
            {
                db.Checkpoints.Upsert(saved.Values);
                db.MessageArchive.Upsert(archived); // upsert: two keys with one hash (≈ 1 in 10^19) keep the newer
                foreach (var key in archived) db.RecordedMessages.Archived.Add((ulong)key.Hash);
                db.Database.GetCollection(LedgerDb.FilterCollection).Upsert(
                    new BsonDocument { ["_id"] = LedgerDb.FilterId, ["Bits"] = db.RecordedMessages.Archived.ToBytes() });
                db.CommitOrFault();
            }
            catch
            {
                if (db.Fault is null) db.Database.Rollback();
                throw;
            }
            db.RecordedMessages.Forget(through, db.UtcNow.Ticks - RecordedMessages.Window.Ticks);
            return new Result(through, archived.Count, saved.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }
}
