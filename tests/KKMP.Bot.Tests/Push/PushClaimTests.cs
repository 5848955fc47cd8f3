using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Push;
using KKMP.Bot.Relay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Push;

/// <summary>A run's claims are written a chunk per transaction; each send is still claimed exactly once, also by a restarted process.</summary>
public sealed class PushClaimTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static PushClaims ClaimsOn(LedgerDb db, FakeTimeProvider clock) =>
        new(db, new Notices(db, clock), new ConfigurationBuilder().Build(), NullLogger<PushClaims>.Instance);

    private static List<PlannedPush> Reminders(int users, DateOnly day) =>
        [.. Enumerable.Range(0, users).Select(u => new PlannedPush(PushKind.Posting, $"kkmp-{u / 3}", $"telegram:{5000 + u}", day, $"pengingat {u}"))];

    [Fact]
    public async Task A_run_larger_than_a_chunk_claims_and_queues_each_send_once_and_a_restart_repeats_none()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        using var db = LedgerDb.InMemory(clock);
        var planned = Reminders(PushClaims.ChunkSize * 2 + 7, Day);
        using var claims = ClaimsOn(db, clock);

        var first = await claims.ClaimAsync([.. planned, planned[3]]); // a key planned twice in one run
        Assert.Equal(planned.Select(p => p.Key), first.Select(p => p.Key));
        Assert.Equal(planned.Count, db.Notices.Count());
        Assert.Equal("pengingat 1234", db.Notices.FindOne(n => n.UserId == "6234").Text);

        Assert.Empty(await claims.ClaimAsync(planned));
        using var restarted = ClaimsOn(db, clock); // remembers nothing: finds the claims in the ledger
        Assert.Empty(await restarted.ClaimAsync(planned));
        Assert.Equal(planned.Count, db.Notices.Count());

        var nextDay = Reminders(2, Day.AddDays(1));
        Assert.Equal(2, (await restarted.ClaimAsync(nextDay)).Count);
    }

    [Fact]
    public async Task A_run_writes_one_document_per_send_and_one_claim_document_per_chunk()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        using var db = LedgerDb.InMemory(clock);
        var planned = Reminders(PushClaims.ChunkSize * 2 + 7, Day);
        using var claims = ClaimsOn(db, clock);

        await claims.ClaimAsync(planned);

        Assert.Equal(planned.Count, db.Notices.Count());
        Assert.Equal(0, db.Audit.Count());
        Assert.Equal(3, db.PushClaims.Count());
        Assert.Equal(planned.Select(p => p.Key).Order(), db.PushClaims.FindAll().SelectMany(c => c.Keys).Order());
    }

    [Fact]
    public async Task Claims_recorded_as_audit_records_by_an_earlier_version_still_count_after_an_upgrade()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        using var db = LedgerDb.InMemory(clock);
        var planned = Reminders(6, Day);
        // What the earlier version wrote per claimed send (its notice was queued then, and maybe delivered).
        foreach (var push in planned.Take(4))
            db.Audit.Insert(new AuditDoc
            {
                MessageKey = new WriteOrigin(push.KoperasiId, PushClaims.Channel, push.Kind.ToString(), push.UserKey, $"{push.UserKey}/{push.LocalDay:yyyy-MM-dd}", "").MessageKey,
                KoperasiId = push.KoperasiId, Channel = PushClaims.Channel, UserId = push.UserKey, RawText = push.Kind.ToString(), Summary = "", AtUtc = clock.GetUtcNow().UtcDateTime,
            });
        using var claims = ClaimsOn(db, clock);

        var claimed = await claims.ClaimAsync(planned);

        Assert.Equal(planned.Skip(4).Select(p => p.Key), claimed.Select(p => p.Key));
        Assert.Equal(["pengingat 4", "pengingat 5"], db.Notices.FindAll().Select(n => n.Text));
        using var restarted = ClaimsOn(db, clock); // both shapes, read by a process that remembers nothing
        Assert.Equal([Reminders(7, Day)[6].Key], (await restarted.ClaimAsync([.. planned, .. Reminders(7, Day)])).Select(p => p.Key));
    }

    [Fact]
    public async Task Claims_older_than_the_retention_leave_memory_but_are_still_never_repeated()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        using var db = LedgerDb.InMemory(clock);
        using var claims = ClaimsOn(db, clock);
        await claims.ClaimAsync(Reminders(3, Day));
        await claims.ClaimAsync(Reminders(3, Day.AddDays(7)));
        Assert.Equal(6, claims.Remembered);

        claims.Prune(Day.AddDays(PushClaims.Retention.Days));
        Assert.Equal(6, claims.Remembered); // the oldest day is exactly at the edge: kept
        claims.Prune(Day.AddDays(PushClaims.Retention.Days + 1));
        Assert.Equal(3, claims.Remembered);

        Assert.Empty(await claims.ClaimAsync(Reminders(3, Day))); // the ledger still knows them
        Assert.Equal(6, db.Notices.Count());
    }
}
