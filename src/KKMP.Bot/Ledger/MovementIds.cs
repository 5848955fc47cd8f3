using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// A movement's id is its instant: an <see cref="ObjectId"/> that encodes the UTC ticks exactly, so the
/// primary key (the one index movements have) orders them by time and a time range is an id range.
/// Layout: Timestamp = whole seconds since <see cref="Epoch"/>, Machine = the remaining ticks
/// (0…9,999,999, fits its 3 bytes), Pid and Increment 0. LiteDB compares ObjectIds field by field in
/// that order, so id order is tick order. Not <see cref="ObjectId.NewObjectId"/>: its counter wraps
/// within a second (not monotonic) and its signed seconds since 1970 overflow in 2038.
/// </summary>
public static class MovementIds
{
    /// <summary>Seconds count from here (a signed 32-bit count lasts until 2088).</summary>
    public static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ObjectId FromTicks(long utcTicks)
    {
        var since = utcTicks - Epoch.Ticks;
        if (since < 0) throw new ArgumentOutOfRangeException(nameof(utcTicks), "Movements before 2020 cannot be recorded.");
        return new ObjectId(checked((int)(since / TimeSpan.TicksPerSecond)), (int)(since % TimeSpan.TicksPerSecond), 0, 0);
    }

    /// <summary>The first id at or after <paramref name="utc"/> (clamped to the epoch): a range bound.</summary>
    public static ObjectId AtOrAfter(DateTime utc) => FromTicks(Math.Max(utc.Ticks, Epoch.Ticks));

    public static long TicksOf(ObjectId id) => Epoch.Ticks + id.Timestamp * TimeSpan.TicksPerSecond + id.Machine;
}

/// <summary>
/// Hands out strictly increasing UTC ticks for movement ids: two movements in the same tick (or after
/// the clock stepped back) still get distinct, ordered ids. Starts after the newest stored movement.
/// </summary>
internal sealed class MovementClock(long newestStoredTicks, TimeProvider time)
{
    private long _last = newestStoredTicks;

    /// <summary>The last instant handed out (or the newest stored one).</summary>
    public long Current => Interlocked.Read(ref _last);

    /// <summary>Never hands out an instant at or before <paramref name="ticks"/> (a stored instant the scan did not see: cash entries).</summary>
    public void AtLeast(long ticks)
    {
        while (Interlocked.Read(ref _last) is var last && last < ticks)
            if (Interlocked.CompareExchange(ref _last, ticks, last) == last) return;
    }

    public long Next()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(time.GetUtcNow().UtcTicks, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last) return next;
        }
    }
}
