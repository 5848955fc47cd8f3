using System.Diagnostics;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The pass over movements when the ledger opens: stock starts from the cooperatives' checkpoints and
/// adds the movements after them; the message keys of the last <see cref="RecordedMessages.Window"/>
/// are held in memory (older ones are in the archive); the newest instant keeps new ids increasing.
/// Without checkpoints (a new or older file) this is a scan of every movement.
/// </summary>
internal static class MovementScan
{
    public sealed record Result(StockLevels Stock, RecordedMessages Messages, EntryHistory History, MovementClock Clock, int Movements, TimeSpan Took, long CheckpointTicks);

    public static Result Run(ILiteCollection<BsonDocument> movements, ILiteCollection<StockCheckpointDoc> checkpoints,
        ILiteCollection<ArchivedMessageKeyDoc> archive, byte[]? filter, TimeProvider time)
    {
        var started = Stopwatch.GetTimestamp();
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var stock = new StockLevels();
        // The recent entries (at least the last 48 hours: the window the scan reads) tell a usual entry from a typo.
        var history = new EntryHistory();
        var saved = checkpoints.FindAll().ToList();
        var through = saved.Count == 0 ? 0L : saved.Min(c => c.ThroughTicks);
        foreach (var checkpoint in saved)
            foreach (var (itemId, quantity) in checkpoint.Stock)
                stock.Add(int.Parse(itemId, System.Globalization.CultureInfo.InvariantCulture), quantity);

        var windowStart = nowUtc.Ticks - RecordedMessages.Window.Ticks;
        var messages = new RecordedMessages(archive, archivedThrough: through, new ArchivedKeyFilter(filter));
        var (newest, count) = (through, 0);
        var from = Math.Min(through, windowStart);
        var range = from <= MovementIds.Epoch.Ticks ? movements.FindAll() : movements.Find(Query.GT("_id", MovementIds.FromTicks(from)));
        foreach (var movement in range)
        {
            var id = movement["_id"];
            if (!id.IsObjectId)
                throw new InvalidDataException("This ledger file was written by an older version (movement ids are message keys). " +
                                               "Start with a new file: the movement format changed before any production data existed.");
            var ticks = MovementIds.TicksOf(id.AsObjectId);
            if (ticks > through) stock.Add(movement["ItemId"].AsInt32, movement["Delta"].AsDecimal);
            if (ticks >= windowStart || ticks > through) messages.Add(movement["Key"].AsString, ticks);
            if (KindOf(movement["Kind"]) is { } kind)
                history.Add(movement["ItemId"].AsInt32, kind, movement["Delta"].AsDecimal,
                    movement["UnitPriceRupiah"] is { IsNull: false } price ? price.AsInt64 : null);
            newest = Math.Max(newest, ticks);
            count++;
        }
        return new Result(stock, messages, history, new MovementClock(newest, time), count, Stopwatch.GetElapsedTime(started), through);
    }

    // The mapper stores enums by name; a number is accepted too.
    private static MovementKind? KindOf(BsonValue kind) =>
        kind.IsString ? Enum.TryParse<MovementKind>(kind.AsString, out var parsed) ? parsed : null
        : kind.IsNumber ? (MovementKind)kind.AsInt32 : null;
}
