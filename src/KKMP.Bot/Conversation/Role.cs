namespace KKMP.Bot.Conversation;

/// <summary>
/// Roles within a cooperative. What each may do is declared per command in the command table
/// (Commands/Table); the order here is not a hierarchy (a pembina outranks a pengelola yet never
/// records), only "pengawas and up read stock" relies on it.
/// </summary>
public enum Role
{
    /// <summary>Member: reads prices.</summary>
    Anggota = 0,
    /// <summary>Supervisor: read-only audit of the ledger.</summary>
    Pengawas = 1,
    /// <summary>Shop manager / cashier: records stock and sales.</summary>
    Pengelola = 2,
    /// <summary>Board: manages items and invites.</summary>
    Pengurus = 3,
    /// <summary>
    /// City or regency officer: reads stock and recaps of the cooperative they are registered with (or of
    /// the cooperative a group is linked to, when asking there), never writes. Aggregates across a city's
    /// cooperatives are not built yet.
    /// </summary>
    Pembina = 4,
    /// <summary>Deployment administrator (ids from configuration).</summary>
    Admin = 5,
}
