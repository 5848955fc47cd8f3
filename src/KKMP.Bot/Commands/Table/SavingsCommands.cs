using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// /simpanan and /tunggakan: member savings, only in private chats. Officers see any member's balances;
/// everyone else (a linked member) only their own; the pembina never sees per-member data.
/// </summary>
internal static class SavingsCommands
{
    public static CommandGroup Savings { get; } = new("simpanan", SavingsRules.Savings)
    {
        Menu = "Simpanan anggota: /simpanan 0012 wajib 10rb",
        Commands =
        [
            Declare.Command<SavingsDeposit, SavingsHandler>(Writers, (h, c, d) => h.Deposit(c, d),
                new CommandExample(SavingsRules.DepositExample, "catat setoran simpanan (pokok, wajib, sukarela)"))
                with { Records = true, Chats = ChatKinds.Private },
            Declare.Command<SavingsWithdraw, SavingsHandler>(Writers, (h, c, w) => h.Withdraw(c, w),
                new CommandExample(SavingsRules.WithdrawExample, "penarikan simpanan sukarela"))
                with { Records = true, Chats = ChatKinds.Private },
            Declare.Command<SavingsBalance, SavingsHandler>(MemberCommands.MemberReaders, (h, c, b) => h.Balance(c, b),
                new CommandExample(SavingsRules.BalanceExample, "simpanan satu anggota")) with { Chats = ChatKinds.Private },
            Declare.Command<OwnSavings, SavingsHandler>(Everyone, (h, c, _) => h.Own(c),
                new CommandExample(SavingsRules.OwnExample, "simpanan saya (akun yang terhubung ke data anggota)"),
                new CommandExample("simpanan saya berapa?", "sama, tanpa garis miring") { InHelp = false }) with { Chats = ChatKinds.Private },
            Declare.Command<SavingsSetAmounts, SavingsHandler>(Board, (h, c, s) => h.SetAmounts(c, s),
                new CommandExample(SavingsRules.SetExample, "atur besar simpanan wajib (per bulan) dan pokok"))
                with { Records = true, Chats = ChatKinds.Private, Word = "/simpanan atur" },
        ],
    };

    public static CommandGroup Arrears { get; } = new("tunggakan", SavingsRules.Arrears)
    {
        Menu = "Anggota yang menunggak simpanan wajib",
        Commands =
        [
            Declare.Command<Arrears, SavingsHandler>(MemberCommands.MemberReaders, (h, c, _) => h.Arrears(c),
                new CommandExample(SavingsRules.ArrearsExample, "anggota yang menunggak simpanan wajib")) with { Chats = ChatKinds.Private },
        ],
    };
}
