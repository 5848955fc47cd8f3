namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// A board's FAQ entry as stored. <see cref="Id"/> is the number users see (/faq hapus N); a null
/// <see cref="KoperasiId"/> is an admin's entry for every cooperative. Archived entries are kept, never deleted.
/// </summary>
public sealed class FaqDoc
{
    public int Id { get; set; }
    public string? KoperasiId { get; set; }
    /// <summary>The citation's name: the cooperative's name, or "KKMP.Bot" for an admin.</summary>
    public string Source { get; set; } = "";
    /// <summary>"pengurus" or "admin", as the citation shows it.</summary>
    public string Role { get; set; } = "";
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
    /// <summary>The cooperative's local date the entry was written, "yyyy-MM-dd" (the citation's date).</summary>
    public string Date { get; set; } = "";
    public DateTime AddedUtc { get; set; }
    public DateTime? ArchivedUtc { get; set; }
}
