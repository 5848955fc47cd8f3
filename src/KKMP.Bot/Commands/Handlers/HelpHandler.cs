using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/mulai and /bantuan: /mulai from the board in an unlinked group links the group to their cooperative; otherwise an unlinked group is told how.</summary>
public sealed class HelpHandler(UserDirectory users, CooperativeDirectory cooperatives)
{
    public Reply Help(CommandContext context, HelpCommand help)
    {
        var cooperative = context.KoperasiId == "" ? null : cooperatives.Get(context.KoperasiId);
        var text = HelpText.For(context.Asker, cooperative, help.IsGreeting);
        if (!context.Message.IsGroup || users.GroupLink(context.Message.Channel, context.Message.ChatId) is not null)
            return new Reply(text);
        var board = context.Asker.Role is Role.Pengurus or Role.Admin;
        if (help.IsGreeting && !help.Casual && board && cooperative is not null)
        {
            var linked = users.LinkGroup(context.Origin, () => $"Grup ini sekarang terhubung ke {cooperative.Name}: anggota grup bisa bertanya harga di sini.");
            return new Reply($"{linked.Text}\n\n{text}");
        }
        return new Reply($"{text}\n\nGrup ini belum terhubung ke koperasi. Pengurus menghubungkannya: kirim /undang grup di chat pribadi dengan bot, " +
                         "lalu kirim /gabung KODE di grup ini.");
    }
}
