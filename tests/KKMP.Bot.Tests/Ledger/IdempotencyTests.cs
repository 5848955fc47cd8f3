using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Tests.Ledger;

public class IdempotencyTests
{
    [Fact]
    public void The_same_message_twice_records_once_and_the_second_reply_says_so()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 10);

        var first = ledger.Move("kop-a", rice.Id, MovementKind.Sold, -2, messageId: "tg-77");
        var second = ledger.Move("kop-a", rice.Id, MovementKind.Sold, -2, messageId: "tg-77");

        Assert.Equal(WriteStatus.Recorded, first.Status);
        Assert.Equal(WriteStatus.AlreadyRecorded, second.Status);
        Assert.Contains("sudah tercatat", second.Text);
        Assert.Contains(first.Text, second.Text);
        Assert.Equal(8, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
        Assert.Single(ledger.Stock.Movements("kop-a", rice.Id), m => m.Kind == MovementKind.Sold);
    }

    [Fact]
    public void A_rejected_write_leaves_no_audit_so_the_corrected_message_can_be_recorded()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", stock: 1);
        var origin = ledger.Origin("kop-a", messageId: "tg-5");

        var rejected = ledger.Stock.Append(origin, rice.Id, _ => new MovementPlan.Reject("tidak cukup"));
        var retried = ledger.Stock.Append(origin, rice.Id, _ =>
            new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Sold, Delta = -1 }, (_, _) => "ok"));

        Assert.Equal(WriteStatus.Rejected, rejected.Status);
        Assert.Equal(WriteStatus.Recorded, retried.Status);
        Assert.Equal(0, ledger.Catalog.GetItem("kop-a", rice.Id)!.Stock);
    }

    [Fact]
    public void A_stock_movement_is_its_own_audit_record_with_who_where_and_the_raw_text()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras");
        var before = ledger.Db.RecordedWrites();

        ledger.Stock.Append(new WriteOrigin("kop-a", "telegram", "-100", "42", "9", "/masuk beras 5 kg"), rice.Id, _ =>
            new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Received, Delta = 5 }, (_, _) => "masuk"));

        Assert.Equal(before + 1, ledger.Db.RecordedWrites());
        var movement = ledger.Db.Movements.FindOne(m => m.Key == "telegram:-100:9");
        Assert.Equal(("kop-a", "telegram", "42", "/masuk beras 5 kg", "masuk"), (movement.KoperasiId, movement.Channel, movement.UserId, movement.RawText, movement.Summary));
    }

    [Fact]
    public void Other_writes_leave_one_audit_document_keyed_by_the_message()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras");

        ledger.Catalog.SetPrice(new WriteOrigin("kop-a", "webchat", "conv-1", "7", "act-3", "/setharga beras 13.000"), rice.Id, 13_000, _ => "harga");

        var audit = ledger.Db.Audit.FindById("webchat:conv-1:act-3");
        Assert.Equal(("kop-a", "7", "/setharga beras 13.000", "harga"), (audit.KoperasiId, audit.UserId, audit.RawText, audit.Summary));
    }
}
