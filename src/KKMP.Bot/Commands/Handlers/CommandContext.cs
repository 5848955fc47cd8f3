using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>One command being handled: the message, who sent it, and the cooperative it acts on.</summary>
public sealed record CommandContext(IncomingMessage Message, Asker Asker, CooperativeDoc Cooperative)
{
    public string KoperasiId => Cooperative.Id;

    /// <summary>The author answered YA to this write (a risk rule asked first): what the rule warned about is accepted.</summary>
    public bool Confirmed { get; init; }

    public WriteOrigin Origin => new(KoperasiId, Message.Channel, Message.ChatId, Message.UserId, Message.MessageId, Message.Text);

    /// <summary>The user's message with the typed item name replaced: the full corrected command to suggest.</summary>
    public string WithItem(string typed, string itemName)
    {
        var at = Message.Text.IndexOf(typed, StringComparison.OrdinalIgnoreCase);
        var name = itemName.Contains(' ') && Message.Text.TrimStart().StartsWith("/barang", StringComparison.OrdinalIgnoreCase)
            ? $"\"{itemName.ToLowerInvariant()}\"" : itemName.ToLowerInvariant();
        return at < 0 ? Message.Text.Trim() : (Message.Text[..at] + name + Message.Text[(at + typed.Length)..]).Trim();
    }
}

public static class Replies
{
    public static Reply From(WriteResult result) => new(result.Text);
}
