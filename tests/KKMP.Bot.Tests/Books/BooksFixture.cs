using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using Microsoft.Extensions.Time.Testing;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Ledger;

namespace KKMP.Bot.Tests.Books;

/// <summary>A fresh in-memory ledger with the books over it: writes stock and cash the way the handlers do.</summary>
public sealed class BooksFixture : IDisposable
{
    public const string Kop = "kop-a";

    public BooksFixture()
    {
        Journal = new JournalCache(Chart, Ledger.Catalog);
        Cash = new CashBook(Ledger.Db, Ledger.Catalog, Chart, Journal);
        Ledger.Cooperatives.Upsert(new Bot.Ledger.Documents.CooperativeDoc { Id = Kop, Name = "KKMP Sukamaju" });
        Reports = new BookReports(Ledger.Db, Cash, Chart, Ledger.Cooperatives, Ledger.Catalog, Journal, Clock);
    }

    /// <summary>
    /// The ledger stamps events with the machine's clock (its id clock), so the fake clock starts there;
    /// tests move it to ask about other days.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public BookReports Reports { get; }

    public Period ThisMonth => new PeriodSpec.ThisMonth().Resolve(Reports.Today(Kop));

    public LedgerFixture Ledger { get; } = new();
    public ChartOfAccounts Chart => ChartOfAccounts.Default;
    public CashBook Cash { get; }
    public JournalCache Journal { get; }

    public ItemDoc AddItem(string name, string unit = "kg", long price = 10_000) => Ledger.AddItem(Kop, name, unit, price);

    /// <summary>An item sold on titip jual for <paramref name="supplier"/> (terms set as /barang titip sets them).</summary>
    public ItemDoc AddConsignedItem(string name, long agreedPrice, decimal commissionPercent, string supplier = "UMKM Bu Sri", string unit = "bungkus")
    {
        var item = AddItem(name, unit, agreedPrice);
        SetTerms(item.Id, agreedPrice, commissionPercent, supplier);
        return Ledger.Catalog.GetItem(Kop, item.Id)!;
    }

    public WriteResult SetTerms(int itemId, long agreedPrice, decimal commissionPercent, string supplier = "UMKM Bu Sri") =>
        Ledger.Catalog.ChangeItem(Ledger.Origin(Kop), itemId, i =>
        {
            i.Consignment = new ConsignmentTerms { Supplier = supplier, AgreedPriceRupiah = agreedPrice, CommissionPercent = commissionPercent };
            return WriteResult.Recorded("titip");
        });

    public WriteResult Receive(int itemId, decimal quantity, long? totalCost, bool onCredit = false, string user = "u1") =>
        Append(itemId, user, _ => new MovementDoc
        {
            Kind = MovementKind.Received, Delta = quantity, AmountRupiah = totalCost ?? 0, OnCredit = onCredit,
            UnitPriceRupiah = totalCost is { } t ? Rupiah.Round(t / quantity) : null,
        });

    public WriteResult Sell(int itemId, decimal quantity, long amount, string user = "u1") =>
        Append(itemId, user, item => quantity > item.Stock ? null : new MovementDoc { Kind = MovementKind.Sold, Delta = -quantity, AmountRupiah = amount });

    public WriteResult Count(int itemId, decimal counted, string user = "u1") =>
        Append(itemId, user, item => new MovementDoc { Kind = MovementKind.Count, Delta = counted - item.Stock, CountedQuantity = counted });

    public WriteResult Undo(string user = "u1") =>
        Ledger.Stock.ReverseLast(Ledger.Origin(Kop, user), "kosong", (_, _) => "negatif", (_, o, _) => $"batal {o.Kind}");

    public WriteResult CashEntry(CashKind kind, long signedAmount, string accountCode, string note = "", string user = "u1") =>
        Cash.Record(Ledger.Origin(Kop, user), _ => new CashPlan.Append(
            new CashEntryDoc { Kind = kind, AmountRupiah = signedAmount, AccountCode = accountCode, Note = note }, after => $"saldo {after}"));

    public BookProjection Project() => BookProjection.Run(Chart, Cash.ItemNames(Kop), Ledger.Db.BookLog.Events(Kop));

    private WriteResult Append(int itemId, string user, Func<ItemDoc, MovementDoc?> movement) =>
        Ledger.Stock.Append(Ledger.Origin(Kop, user), itemId, item => movement(item) is { } m
            ? new MovementPlan.Append(m, (_, _) => m.Kind.ToString())
            : new MovementPlan.Reject("stok kurang"));

    public void Dispose() => Ledger.Dispose();
}
