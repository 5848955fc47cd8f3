namespace KKMP.Bot.Ledger.Documents;

/// <summary>A question the bot could not answer well. No user id, on purpose: the board sees what is asked, not who asked.</summary>
public sealed class UnansweredDoc
{
    public int Id { get; set; }
    public string KoperasiId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public double BestScore { get; set; }
}
