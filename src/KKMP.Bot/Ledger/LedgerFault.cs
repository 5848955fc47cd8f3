namespace KKMP.Bot.Ledger;

/// <summary>Why the ledger stopped accepting writes (see <see cref="LedgerDb.Fault"/>).</summary>
public sealed record LedgerFault(string Reason, DateTime AtUtc)
{
    public static LedgerFault From(Exception e, DateTime nowUtc) => new($"{e.GetType().Name}: {e.Message}", nowUtc);
}

/// <summary>A write refused because an earlier commit failed; the router answers "TIDAK disimpan".</summary>
public sealed class LedgerFaultedException(LedgerFault fault)
    : InvalidOperationException($"The ledger refuses writes since a commit failed at {fault.AtUtc:O} ({fault.Reason}); restart the host once the disk is fixed.")
{
    public LedgerFault Fault { get; } = fault;
}
