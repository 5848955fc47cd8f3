using System.Diagnostics;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// The one pass over every movement when the ledger opens: sums current stock, collects the recorded
/// message keys (idempotency) and finds the newest instant (so new ids keep increasing).
/// </summary>
internal static class MovementScan
{
    public sealed record Result(StockLevels Stock, RecordedMessages Messages, EntryHistory History, MovementClock Clock, int Movements, TimeSpan Took);

    public static Result Run(ILiteCollection<BsonDocument> movements, TimeProvider time)
    {
        var started = Stopwatch.GetTimestamp();
        var (stock, messages, history, newest, count) = (new StockLevels(), new RecordedMessages(), new EntryHistory(), 0L, 0);
        foreach (var movement in movements.FindAll())
        {
            var id = movement["_id"];
            if (!id.IsObjectId)
                throw new InvalidDataException("This ledger file was written by an older version (movement ids are message keys). " +
                                               "Start with a new file: the movement format changed before any production data existed.");
            var ticks = MovementIds.TicksOf(id.AsObjectId);
            stock.Add(movement["ItemId"].AsInt32, movement["Delta"].AsDecimal);
            messages.Add(movement["Key"].AsString, ticks);
            if (KindOf(movement["Kind"]) is { } kind)
                history.Add(movement["ItemId"].AsInt32, kind, movement["Delta"].AsDecimal,
                    movement["UnitPriceRupiah"] is { IsNull: false } price ? price.AsInt64 : null);
            newest = Math.Max(newest, ticks);
            count++;
        }
        return new Result(stock, messages, history, new MovementClock(newest, time), count, Stopwatch.GetElapsedTime(started));
    }

    // The mapper stores enums by name; a number is accepted too.
    private static MovementKind? KindOf(BsonValue kind) =>
        kind.IsString ? Enum.TryParse<MovementKind>(kind.AsString, out var parsed) ? parsed : null
        : kind.IsNumber ? (MovementKind)kind.AsInt32 : null;
}
