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

/// <summary>
/// Sends claimed in one ledger transaction for one local day (see <c>PushClaims</c>): one document holds a
/// chunk's keys, so a claimed send writes its notice and a thousandth of this, not an audit record of its own.
/// </summary>
public sealed class PushClaimDoc
{
    public int Id { get; set; }
    /// <summary>The cooperatives' local day the keys are for, as <see cref="DateOnly.DayNumber"/> (indexed: a restart loads a day at once).</summary>
    public int LocalDay { get; set; }
    /// <summary>The claim keys (<c>PlannedPush.Key</c>: kind, cooperative, user, day).</summary>
    public List<string> Keys { get; set; } = [];
}
