namespace KKMP.Bot.Push;

/// <summary>One message the bot means to send first: to whom, of what kind, for which local day of the cooperative.</summary>
public sealed record PlannedPush(PushKind Kind, string KoperasiId, string UserKey, DateOnly LocalDay, string Text)
{
    /// <summary>The claim key: one send per kind, cooperative, user and local day.</summary>
    public string Key => $"{Kind}/{KoperasiId}/{UserKey}/{LocalDay:yyyy-MM-dd}";
}
