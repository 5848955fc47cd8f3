namespace KKMP.Bot.Push;

/// <summary>Push:Enabled (default true): whether the bot speaks first at all (reminders, alerts, summaries).</summary>
public sealed class PushOptions
{
    public const string SectionName = "Push";

    public bool Enabled { get; set; } = true;
}
