using KKMP.Bot.Ledger;
using LiteDB;

namespace KKMP.Bot.Operations;

/// <summary>
/// A consistent copy of the ledger while the host keeps writing: every collection is read inside one
/// LiteDB read transaction (one snapshot; LiteDB's own checkpoint waits for it) and written to a new
/// file, which replaces the target only once it is complete and opens as a ledger.
/// </summary>
public static class LedgerBackup
{
    public sealed record Result(string Path, long Documents, long Bytes, TimeSpan Took);

    public static Result Write(LedgerDb db, string path) =>
        // LiteDB binds a transaction to its thread: run the snapshot on a thread of its own.
        Task.Factory.StartNew(() => WriteOnThisThread(db, path), TaskCreationOptions.LongRunning).GetAwaiter().GetResult();

    private static Result WriteOnThisThread(LedgerDb db, string path)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        DeleteWithLog(temporary);
        long documents = 0;
        db.Database.BeginTrans();
        try
        {
            using var target = new LiteDatabase(new ConnectionString { Filename = temporary, Connection = ConnectionType.Direct });
            target.UtcDate = true;
            foreach (var name in db.Database.GetCollectionNames())
            {
                var source = db.Database.GetCollection(name);
                documents += target.GetCollection(name).InsertBulk(source.FindAll(), batchSize: 10_000);
            }
            target.Checkpoint(); // the copy is one file: its log folded in
        }
        finally
        {
            db.Database.Rollback(); // a read-only transaction: ends the snapshot
        }
        using (var check = LedgerDb.Open(temporary)) { } // opens as a ledger, or the old backup stays in place
        File.Move(temporary, full, overwrite: true);
        DeleteWithLog(LogFileOf(temporary));
        return new Result(full, documents, new FileInfo(full).Length, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    /// <summary>LiteDB keeps its write-ahead log beside the file as NAME-log.EXT.</summary>
    private static string LogFileOf(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!,
            System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    private static void DeleteWithLog(string path)
    {
        File.Delete(path);
        File.Delete(LogFileOf(path));
    }
}
