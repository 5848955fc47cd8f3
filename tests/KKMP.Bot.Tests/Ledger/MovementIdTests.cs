using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Tests.Ledger;

/// <summary>Movement ids are their instants: the primary key's order is time order, and a time range is an id range.</summary>
public class MovementIdTests
{
    [Fact]
    public void Ids_round_trip_their_ticks_and_sort_like_them_across_second_boundaries()
    {
        var instant = new DateTime(2026, 11, 27, 16, 59, 59, DateTimeKind.Utc).Ticks;
        long[] ticks = [instant + TimeSpan.TicksPerSecond, instant - 1, instant, instant + 1, instant + TimeSpan.TicksPerSecond - 1];

        var ids = ticks.Select(MovementIds.FromTicks).ToList();

        Assert.Equal(ticks, ids.Select(MovementIds.TicksOf));
        Assert.Equal(ticks.Order(), ids.Order().Select(MovementIds.TicksOf)); // ObjectId.CompareTo, as LiteDB's index uses it
    }

    [Fact]
    public void The_clock_never_repeats_or_goes_back_even_when_started_ahead_of_now()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        var ahead = time.GetUtcNow().AddMinutes(5).UtcTicks;
        var clock = new MovementClock(ahead, time);

        var handed = Enumerable.Range(0, 1000).AsParallel().Select(_ => clock.Next()).ToList();

        Assert.Equal(handed.Count, handed.Distinct().Count());
        Assert.All(handed, t => Assert.True(t > ahead));
    }

    [Fact]
    public void A_recap_counts_a_sale_on_the_local_day_it_was_made_in_Asia_Jakarta()
    {
        using var ledger = new LedgerFixture();
        var rice = ledger.AddItem("kop-a", "Beras", price: 1_000);
        var recaps = new Recaps(ledger.Db, ledger.Catalog, ledger.Cooperatives);
        var midnight = new DateTime(2026, 3, 9, 17, 0, 0, DateTimeKind.Utc); // 10 March 00:00 WIB (UTC+7)
        Sale(ledger, rice.Id, midnight.AddTicks(-1), quantity: 1); // 9 March 23:59:59.9999999 WIB
        Sale(ledger, rice.Id, midnight, quantity: 2);
        Sale(ledger, rice.Id, midnight.AddDays(1).AddTicks(-1), quantity: 4); // 10 March 23:59:59.9999999 WIB
        Sale(ledger, rice.Id, midnight.AddDays(1), quantity: 8);

        Assert.Equal(1, recaps.For("kop-a", new DateOnly(2026, 3, 9)).Sales.Single().QuantitySold);
        Assert.Equal((6m, 6_000L), Totals(recaps.For("kop-a", new DateOnly(2026, 3, 10))));
        Assert.Equal(8, recaps.For("kop-a", new DateOnly(2026, 3, 11)).Sales.Single().QuantitySold);
    }

    private static (decimal, long) Totals(DailyRecap recap) => (recap.Sales.Single().QuantitySold, recap.RevenueRupiah);

    /// <summary>A sale stored as the write path stores it, but at a chosen instant (the write path takes the clock's).</summary>
    private static void Sale(LedgerFixture ledger, int itemId, DateTime utc, decimal quantity) => ledger.Db.Movements.Insert(new MovementDoc
    {
        Id = MovementIds.FromTicks(utc.Ticks), AtTicks = utc.Ticks, Key = $"test:chat:{utc.Ticks}", KoperasiId = "kop-a",
        ItemId = itemId, Kind = MovementKind.Sold, Delta = -quantity, AmountRupiah = (long)(quantity * 1_000), Channel = "test", UserId = "u1",
    });
}
