using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>Checks the role, then runs the handler for one parsed command.</summary>
public sealed class CommandDispatcher(
    CooperativeDirectory cooperatives, UserDirectory users, PriceHandler prices, StockHandler stock, SaleHandler sales,
    ItemHandler items, RecapHandler recaps, UndoHandler undo, MembershipHandler membership)
{
    public Reply Run(IncomingMessage message, Asker asker, Command command)
    {
        var cooperative = asker.KoperasiId is { } id ? cooperatives.Get(id) : null;
        if (cooperative is null && command is not (HelpCommand or Join or CooperativeAdd))
            return new Reply("Anda belum terdaftar di koperasi mana pun. Minta kode undangan ke pengurus, lalu kirim: /gabung KODE");
        if (!Permissions.Allows(asker.Role, command))
            return new Reply($"Perintah {Word(command)} hanya untuk {string.Join(", ", Permissions.AllowedRoles(command).Select(Permissions.Name))}. " +
                             $"Anda terdaftar sebagai {Permissions.Name(asker.Role)}. Lihat yang bisa Anda pakai: /bantuan");

        var context = new CommandContext(message, asker, cooperative ?? new CooperativeDoc { Id = "", Name = "KKMP.Bot" });
        return command switch
        {
            HelpCommand help => Help(context, cooperative, help),
            PriceQuery query => prices.List(context, query),
            SetPrice set => prices.Set(context, set),
            StockList => stock.List(context),
            StockCount count => stock.Count(context, count),
            GoodsReceived received => stock.Received(context, received),
            Sale sale => sales.Sell(context, sale),
            ItemList => items.List(context),
            ItemAdd add => items.Add(context, add),
            ItemAlias alias => items.Alias(context, alias),
            ItemPacking packing => items.Packing(context, packing),
            ItemLowStock low => items.LowStock(context, low),
            Recap recap => recaps.Recap(context, recap),
            Undo => undo.Undo(context),
            Invite invite => membership.Invite(context, invite),
            GroupInvite => membership.InviteGroup(context),
            Join join => membership.Join(context, join),
            CooperativeAdd add => membership.AddCooperative(context, add),
            _ => new Reply("Perintah ini belum bisa dijalankan. Ketik /bantuan untuk daftar perintah."),
        };
    }

    /// <summary>/mulai from the board in an unlinked group links the group to their cooperative; otherwise an unlinked group is told how.</summary>
    private Reply Help(CommandContext context, CooperativeDoc? cooperative, HelpCommand help)
    {
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

    private static string Word(Command command) => command switch
    {
        StockList or StockCount => "/stok",
        GoodsReceived => "/masuk",
        Sale => "/jual",
        SetPrice => "/setharga",
        ItemList or ItemAdd or ItemAlias or ItemPacking or ItemLowStock => "/barang",
        Recap => "/rekap",
        Undo => "/batal",
        Invite or GroupInvite => "/undang",
        CooperativeAdd => "/koperasi tambah",
        _ => "ini",
    };
}
