using System.Diagnostics;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The one pass over every movement when the ledger opens: sums current stock, collects the recorded
/// message keys (idempotency) and finds the newest instant of movements and cash entries (so new ids keep increasing).
/// </summary>
internal static class MovementScan
{
    public sealed record Result(StockLevels Stock, RecordedMessages Messages, MovementClock Clock, int Movements, TimeSpan Took);

    public static Result Run(ILiteCollection<BsonDocument> movements, ILiteCollection<Documents.CashEntryDoc> cashEntries)
    {
        var started = Stopwatch.GetTimestamp();
        var (stock, messages, newest, count) = (new StockLevels(), new RecordedMessages(), 0L, 0);
        foreach (var movement in movements.FindAll())
        {
            var id = movement["_id"];
            if (!id.IsObjectId)
                throw new InvalidDataException("This ledger file was written by an older version (movement ids are message keys). " +
                                               "Start with a new file: the movement format changed before any production data existed.");
            var ticks = MovementIds.TicksOf(id.AsObjectId);
            stock.Add(movement["ItemId"].AsInt32, movement["Delta"].AsDecimal);
            messages.Add(movement["Key"].AsString, ticks);
            newest = Math.Max(newest, ticks);
            count++;
        }
        // Cash entries take their ids from the same clock: the newest of them bounds it too (the primary key's last entry).
        if (cashEntries.Query().OrderByDescending("_id").Limit(1).FirstOrDefault() is { } lastCash)
            newest = Math.Max(newest, lastCash.AtTicks);
        return new Result(stock, messages, new MovementClock(newest), count, Stopwatch.GetElapsedTime(started));
    }
}
