using System.Reflection;
using LiteDB;

namespace KKMP.Bot.Ledger;

/// <summary>
/// A workaround for LiteDB 5.0.21 (its issue #2586, "discarded page must be writable"): when a commit
/// fails on I/O, neither Rollback nor the transaction's finalizer can discard its pages, and the
/// finalizer then throws on the GC thread, which ends the process at a random later moment. Holding
/// the thread's transaction before committing lets a failed commit suppress that finalizer; the ledger
/// is faulted anyway (see <see cref="LedgerDb.Fault"/>) and a restart reopens the file cleanly.
/// Reads LiteDB's private fields (LiteDatabase._engine, LiteEngine._monitor): pinned to this version;
/// if they move, <see cref="Current"/> returns null and only the workaround is lost.
/// </summary>
internal static class LiteDbTransactions
{
    private static readonly FieldInfo? Engine = typeof(LiteDatabase).GetField("_engine", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? Monitor = Engine?.FieldType.Assembly.GetType("LiteDB.Engine.LiteEngine")
        ?.GetField("_monitor", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly MethodInfo? ThreadTransaction = Monitor?.FieldType.GetMethod("GetThreadTransaction", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

    /// <summary>The calling thread's open transaction, or null.</summary>
    public static object? Current(LiteDatabase database)
    {
        if (Engine?.GetValue(database) is not { } engine || engine.GetType() != Monitor?.DeclaringType) return null;
        return Monitor.GetValue(engine) is { } monitor ? ThreadTransaction?.Invoke(monitor, null) : null;
    }
}
