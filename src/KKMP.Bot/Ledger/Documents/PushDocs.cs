namespace KKMP.Bot.Ledger.Documents;

/// <summary>A cooperative's push settings (pengurus: /pengingat jam 18:00). Id is the cooperative id.</summary>
public sealed class PushSettingsDoc
{
    public string Id { get; set; } = "";
    /// <summary>Local minutes after midnight of the posting reminder; null keeps the default (17:00).</summary>
    public int? ReminderMinute { get; set; }
}

/// <summary>One user's push preferences. Id is "channel:userId" (the UserDoc key).</summary>
public sealed class PushPreferenceDoc
{
    public string Id { get; set; } = "";
    /// <summary>Kinds this user turned off (/pengingat mati stok), by their word.</summary>
    public List<string> Off { get; set; } = [];
    /// <summary>Set when Telegram answered 403 (the user blocked the bot); cleared when they write again.</summary>
    public DateTime? UnreachableSinceUtc { get; set; }
}
