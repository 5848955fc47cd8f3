namespace KKMP.Bot.Conversation;

public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Users who are admin everywhere, as "channel:userId" (e.g. "telegram:12345").</summary>
    public List<string> AdminUserIds { get; set; } = [];

    /// <summary>The cooperative a newcomer joins as anggota. Default: the demo cooperative when seeded, else the first one.</summary>
    public string? DefaultKoperasiId { get; set; }

    /// <summary>Longer messages are refused before parsing.</summary>
    public int MaxMessageLength { get; set; } = 1000;
}
