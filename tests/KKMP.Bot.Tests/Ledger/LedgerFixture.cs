using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Tests.Ledger;

/// <summary>A fresh in-memory ledger per test, with the ledger's own services over it.</summary>
public sealed class LedgerFixture : IDisposable
{
    private int _message;

    public LedgerFixture()
    {
        Db = LedgerDb.InMemory();
        Catalog = new Catalog(Db);
        Stock = new StockBook(Db, Catalog);
        Cooperatives = new CooperativeDirectory(Db);
    }

    public LedgerDb Db { get; }
    public Catalog Catalog { get; }
    public StockBook Stock { get; }
    public CooperativeDirectory Cooperatives { get; }

    public WriteOrigin Origin(string koperasiId, string user = "u1", string? messageId = null) =>
        new(koperasiId, "test", "chat", user, messageId ?? $"m{Interlocked.Increment(ref _message)}", "raw");

    public ItemDoc AddItem(string koperasiId, string name, string unit = "kg", long price = 10_000, decimal stock = 0)
    {
        if (Cooperatives.Get(koperasiId) is null)
            Cooperatives.Upsert(new CooperativeDoc { Id = koperasiId, Name = koperasiId });
        var item = new ItemDoc { Name = name, BaseUnit = unit };
        Catalog.AddItem(Origin(koperasiId), item, i => i.Name, i => i.Name);
        Catalog.SetPrice(Origin(koperasiId), item.Id, price, i => i.Name);
        if (stock != 0) Move(koperasiId, item.Id, MovementKind.Received, stock);
        return Catalog.GetItem(koperasiId, item.Id)!;
    }

    public WriteResult Move(string koperasiId, int itemId, MovementKind kind, decimal delta, string user = "u1", string? messageId = null) =>
        Stock.Append(Origin(koperasiId, user, messageId), itemId, _ =>
            new MovementPlan.Append(new MovementDoc { Kind = kind, Delta = delta }, (_, _) => $"{kind} {delta}"));

    public void Dispose() => Db.Dispose();
}
