namespace KKMP.Bot.Push;

/// <summary>Push:Enabled (default true): whether the bot speaks first at all (reminders, alerts, summaries).</summary>
public sealed class PushOptions
{
    public const string SectionName = "Push";

    public bool Enabled { get; set; } = true;

    /// <summary>Push:SimpananDueDay (default 10): the day of the month simpanan wajib is due; unpaid members are reminded that morning.</summary>
    public int SimpananDueDay { get; set; } = 10;
}
