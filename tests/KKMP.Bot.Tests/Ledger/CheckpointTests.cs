using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

/// <summary>Opening reads per-cooperative checkpoints plus later movements; old message keys leave memory but still count.</summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kkmp-checkpoint-").FullName;
    private string Path => System.IO.Path.Combine(_directory, "kkmp.db");

    /// <summary>Movements written ten days ago (as a ledger in use for a while would hold), over three cooperatives.</summary>
    private static void WriteHistory(LedgerDb db, int count)
    {
        var start = DateTime.UtcNow.AddDays(-10).Ticks;
        db.Movements.InsertBulk(Enumerable.Range(0, count).Select(i => new MovementDoc
        {
            Id = MovementIds.FromTicks(start + i * 10_000L), AtTicks = start + i * 10_000L, Key = $"telegram:chat{i % 3}:{i}",
            KoperasiId = $"kop-{i % 3}", ItemId = 100 + i % 6, Kind = MovementKind.Received, Delta = 1.5m, Summary = $"masuk {i}",
        }));
    }

    /// <summary>The history, then a later start of the host that takes a checkpoint (as the checkpoint service does at start).</summary>
    private LedgerCheckpoint.Result WriteHistoryThenCheckpoint(int count)
    {
        using (var db = LedgerDb.Open(Path)) WriteHistory(db, count);
        using var later = LedgerDb.Open(Path);
        Assert.Equal(count, later.RecordedMessages.Count);
        var taken = LedgerCheckpoint.Take(later);
        Assert.Equal(0, later.RecordedMessages.Count); // all older than the window and archived: memory forgets them
        return taken;
    }

    [Fact]
    public void Opening_after_a_checkpoint_reads_the_checkpoints_not_the_history()
    {
        var taken = WriteHistoryThenCheckpoint(3_000);
        Assert.Equal((3_000, 3), (taken.Movements, taken.Cooperatives));

        using var reopened = LedgerDb.Open(Path);

        Assert.Equal(0, reopened.Opened.Movements);    // nothing after the checkpoint, nothing inside the window
        Assert.Equal(0, reopened.RecordedMessages.Count);
        var stock = new StockBook(reopened, new Catalog(reopened));
        for (var item = 100; item < 106; item++)
            Assert.Equal(stock.StockFromMovements($"kop-{(item - 100) % 3}", item), reopened.StockLevels.Of(item));
        Assert.Equal(500 * 1.5m, reopened.StockLevels.Of(100));
    }

    [Fact]
    public void Without_a_checkpoint_opening_scans_everything_and_gets_the_same_stock()
    {
        using (var db = LedgerDb.Open(Path)) WriteHistory(db, 3_000);

        using var reopened = LedgerDb.Open(Path);

        Assert.Equal(3_000, reopened.Opened.Movements);
        Assert.Equal(500 * 1.5m, reopened.StockLevels.Of(100));
    }

    [Fact]
    public void A_repeat_of_a_message_older_than_the_window_is_still_recorded_once()
    {
        WriteHistoryThenCheckpoint(300);
        using var reopened = LedgerDb.Open(Path);
        var catalog = new Catalog(reopened);
        new CooperativeDirectory(reopened).Upsert(new CooperativeDoc { Id = "kop-1", Name = "kop-1" });
        var item = new ItemDoc { Name = "Beras", BaseUnit = "kg" };
        catalog.AddItem(new WriteOrigin("kop-1", "test", "c", "u", "add", "raw"), item, i => i.Name, i => i.Name);
        var stock = new StockBook(reopened, catalog);
        WriteResult Receive(string chat, string messageId) => stock.Append(new WriteOrigin("kop-1", "telegram", chat, "u", messageId, "raw"), item.Id,
            _ => new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Received, Delta = 2 }, (_, _) => "masuk"));

        var oldRepeat = Receive("chat1", "1");   // telegram:chat1:1 was recorded ten days ago
        var fresh = Receive("chat1", "new-1");
        var freshRepeat = Receive("chat1", "new-1");

        Assert.Equal(WriteStatus.AlreadyRecorded, oldRepeat.Status);
        Assert.Contains("masuk 1", oldRepeat.Text);
        Assert.Equal(WriteStatus.Recorded, fresh.Status);
        Assert.Equal(WriteStatus.AlreadyRecorded, freshRepeat.Status);
        Assert.Equal(2, reopened.StockLevels.Of(item.Id));
    }

    [Fact]
    public void Movements_after_a_checkpoint_are_added_to_it_when_the_ledger_opens()
    {
        int itemId;
        decimal expected;
        using (var db = LedgerDb.Open(Path))
        {
            var ledger = new LedgerServices(db);
            var item = ledger.AddItem("kop-a", "Gula", stock: 10);
            itemId = item.Id;
            ledger.Move("kop-a", item.Id, MovementKind.Sold, -3);
            LedgerCheckpoint.Take(db);
            ledger.Move("kop-a", item.Id, MovementKind.Received, 5);
            ledger.Move("kop-a", item.Id, MovementKind.Sold, -1.25m);
            expected = db.StockLevels.Of(item.Id);
        }

        using var reopened = LedgerDb.Open(Path);

        Assert.Equal(10.75m, expected);
        Assert.Equal(expected, reopened.StockLevels.Of(itemId));
        Assert.Equal(expected, new StockBook(reopened, new Catalog(reopened)).StockFromMovements("kop-a", itemId));
    }

    [Fact]
    public void A_second_checkpoint_adds_only_the_new_movements()
    {
        using var db = LedgerDb.Open(Path);
        var ledger = new LedgerServices(db);
        var item = ledger.AddItem("kop-a", "Gula", stock: 10);
        LedgerCheckpoint.Take(db);
        ledger.Move("kop-a", item.Id, MovementKind.Sold, -4);

        var second = LedgerCheckpoint.Take(db);

        Assert.Equal(1, second.Movements);
        Assert.Equal(6m, db.Checkpoints.FindById("kop-a").Stock[item.Id.ToString()]);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>The fixture's helpers over a ledger on disk.</summary>
    private sealed class LedgerServices(LedgerDb db)
    {
        private int _message;
        private readonly Catalog _catalog = new(db);

        public ItemDoc AddItem(string koperasiId, string name, decimal stock)
        {
            new CooperativeDirectory(db).Upsert(new CooperativeDoc { Id = koperasiId, Name = koperasiId });
            var item = new ItemDoc { Name = name, BaseUnit = "kg" };
            _catalog.AddItem(Origin(koperasiId), item, i => i.Name, i => i.Name);
            Move(koperasiId, item.Id, MovementKind.Received, stock);
            return item;
        }

        public void Move(string koperasiId, int itemId, MovementKind kind, decimal delta) =>
            Assert.Equal(WriteStatus.Recorded, new StockBook(db, _catalog).Append(Origin(koperasiId), itemId, _ =>
                new MovementPlan.Append(new MovementDoc { Kind = kind, Delta = delta }, (_, _) => $"{kind} {delta}")).Status);

        private WriteOrigin Origin(string koperasiId) => new(koperasiId, "test", "chat", "u1", $"m{++_message}", "raw");
    }
}
