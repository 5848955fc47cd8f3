using KKMP.Bot.Conversation;

namespace KKMP.Bot.Ledger.Documents;

/// <summary>A user of one channel, bound to one cooperative with one role. Id is "channel:userId".</summary>
public sealed class UserDoc
{
    public string Id { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public Role Role { get; set; }
    public string? DisplayName { get; set; }
    /// <summary>A pembina's city (kota-mojokerto): they see that city's cooperatives, in aggregate.</summary>
    public string? CityId { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public static string KeyOf(string channel, string userId) => $"{channel}:{userId}";
}

/// <summary>A group chat linked to a cooperative. Id is "channel:chatId".</summary>
public sealed class GroupLinkDoc
{
    public string Id { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public string LinkedBy { get; set; } = "";
    public DateTime LinkedUtc { get; set; }
}

/// <summary>A one-time, expiring invite code for a role in a cooperative.</summary>
public sealed class InviteDoc
{
    public string Id { get; set; } = "";
    public string KoperasiId { get; set; } = "";
    public Role Role { get; set; }
    /// <summary>A group code links a Telegram group to the cooperative instead of binding a person (Role unused).</summary>
    public bool ForGroup { get; set; }
    /// <summary>For a pembina: the city they will belong to.</summary>
    public string? CityId { get; set; }
    /// <summary>An /undang anggota 0012 code also links the redeeming user to that member record.</summary>
    public int? MemberNumber { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public string? RedeemedBy { get; set; }
    public DateTime? RedeemedUtc { get; set; }
}
