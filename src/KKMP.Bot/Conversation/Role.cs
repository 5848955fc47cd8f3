namespace KKMP.Bot.Conversation;

/// <summary>Roles, ordered so that a higher value can do what a lower one can within its cooperative.</summary>
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
    /// <summary>City officer: read access across cooperatives.</summary>
    Pembina = 4,
    /// <summary>Deployment administrator (ids from configuration).</summary>
    Admin = 5,
}
