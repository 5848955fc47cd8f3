using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Operations;
using KKMP.Bot.Tests.Ledger;

namespace KKMP.Bot.Tests.Operations;

public class LedgerCheckTests
{
    [Fact]
    public void A_consistent_ledger_with_checkpoints_has_no_findings()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 10);
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -2);
        LedgerCheckpoint.Take(ledger.Db);
        ledger.Move("kop-a", rice.Id, MovementKind.Sold, -1);

        var report = LedgerCheck.Run(ledger.Db);

        Assert.True(report.Healthy, report.Text());
        Assert.Equal((2L + 1, 1), (report.Movements, report.Checkpoints));
        Assert.Contains("tidak ada masalah", report.Text());
        Assert.Contains("no problems found", report.Text());
    }

    [Fact]
    public void Each_kind_of_damage_is_reported_in_Indonesian_and_English()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 10);
        var sugar = ledger.AddItem("kop-b", "Gula", stock: 5);
        LedgerCheckpoint.Take(ledger.Db);
        var checkpoint = ledger.Db.Checkpoints.FindById("kop-a");
        checkpoint.Stock[rice.Id.ToString()] = 99;                 // a checkpoint that no longer matches its movements
        ledger.Db.Checkpoints.Update(checkpoint);
        var now = DateTime.UtcNow.Ticks;
        ledger.Db.Movements.Insert([
            Movement(now + 1, "test:chat:x", "kop-a", itemId: 999),        // unknown item
            Movement(now + 2, "test:chat:y", "kop-gone", rice.Id),       // unknown cooperative
            Movement(now + 3, "test:chat:z", "kop-a", sugar.Id),         // another cooperative's item
            Movement(now + 4, "test:chat:dup", "kop-a", rice.Id),
            Movement(now + 5, "test:chat:dup", "kop-a", rice.Id),        // one message recorded twice
        ]);

        var report = LedgerCheck.Run(ledger.Db);
        var text = report.Text();

        Assert.False(report.Healthy);
        Assert.Contains("barang #999 yang tidak ada", text);
        Assert.Contains("unknown item #999", text);
        Assert.Contains("koperasi \"kop-gone\" yang tidak terdaftar", text);
        Assert.Contains("unknown cooperative \"kop-gone\"", text);
        Assert.Contains($"item #{sugar.Id} of kop-b", text);
        Assert.Contains("says 99; its movements sum to 10", text);
        Assert.Contains("Pesan test:chat:dup tercatat 2 kali", text);
        Assert.Contains("test:chat:dup was recorded 2 times", text);
        Assert.Equal(5, report.Findings.Count);
    }

    private static MovementDoc Movement(long ticks, string key, string koperasiId, int itemId) => new()
    {
        Id = MovementIds.FromTicks(ticks), AtTicks = ticks, Key = key, KoperasiId = koperasiId, ItemId = itemId,
        Kind = MovementKind.Received, Delta = 1,
    };
}
