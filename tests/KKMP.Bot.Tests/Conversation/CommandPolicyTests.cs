using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>
/// The policy table: every declared command × every role × every chat kind, sent through the real
/// router. The expected matrix is written out here by hand, so a change to who may do what shows up
/// in review as a change to this table.
/// </summary>
public class CommandPolicyTests
{
    private const string Group = "-100777";

    private static readonly Role[] Everyone = Enum.GetValues<Role>();
    private static readonly Role[] Readers = [Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    private static readonly Role[] Writers = [Role.Pengelola, Role.Pengurus, Role.Admin];
    private static readonly Role[] Board = [Role.Pengurus, Role.Admin];
    private static readonly Role[] AdminOnly = [Role.Admin];
    private static readonly Role[] BookReaders = [Role.Pengelola, Role.Pengurus, Role.Pengawas, Role.Admin];

    /// <summary>Command type → (roles allowed, chats allowed).</summary>
    private static readonly Dictionary<string, (Role[] Roles, ChatKinds Chats)> Expected = new()
    {
        [nameof(HelpCommand)] = (Everyone, ChatKinds.Any),
        [nameof(PriceQuery)] = (Everyone, ChatKinds.Any),
        [nameof(Join)] = (Everyone, ChatKinds.Any),
        [nameof(StockList)] = (Readers, ChatKinds.Any),
        [nameof(ItemList)] = (Readers, ChatKinds.Any),
        [nameof(Recap)] = (Readers, ChatKinds.Any),
        [nameof(StockCount)] = (Writers, ChatKinds.Any),
        [nameof(GoodsReceived)] = (Writers, ChatKinds.Any),
        [nameof(Sale)] = (Writers, ChatKinds.Any),
        [nameof(SetPrice)] = (Writers, ChatKinds.Any),
        [nameof(Undo)] = (Writers, ChatKinds.Any),
        [nameof(ItemAdd)] = (Board, ChatKinds.Any),
        [nameof(ItemAlias)] = (Board, ChatKinds.Any),
        [nameof(ItemPacking)] = (Board, ChatKinds.Any),
        [nameof(ItemLowStock)] = (Board, ChatKinds.Any),
        [nameof(ItemRename)] = (Board, ChatKinds.Any),
        [nameof(ItemArchive)] = (Board, ChatKinds.Any),
        // The catalogue: product fields and titip jual terms are kept by those who run the shop.
        [nameof(ItemDetail)] = (Readers, ChatKinds.Any),
        [nameof(ItemProductInfo)] = (Writers, ChatKinds.Any),
        [nameof(ItemConsignment)] = (Writers, ChatKinds.Any),
        [nameof(ConsignmentSettlement)] = (BookReaders, ChatKinds.Private),
        [nameof(CatalogueExport)] = (BookReaders, ChatKinds.Private),
        [nameof(Invite)] = (Board, ChatKinds.Private),
        [nameof(GroupInvite)] = (Board, ChatKinds.Private),
        [nameof(CooperativeAdd)] = (AdminOnly, ChatKinds.Any),
        [nameof(ReferenceList)] = (Everyone, ChatKinds.Any),
        [nameof(CityView)] = ([Role.Pembina, Role.Admin], ChatKinds.Any),
        [nameof(CityInvite)] = (AdminOnly, ChatKinds.Private),
        [nameof(CompareItem)] = ([Role.Pembina, Role.Admin], ChatKinds.Any),
        // Cooperatives of a city helping each other: the board opts in; shop staff search and write.
        [nameof(StockSharing)] = (Board, ChatKinds.Any),
        [nameof(StockSearch)] = (Writers, ChatKinds.Any),
        [nameof(CooperativeMessage)] = (Writers, ChatKinds.Any),
        [nameof(CooperativeReply)] = (Board, ChatKinds.Any),
        [nameof(ItemCommodity)] = (Board, ChatKinds.Any),
        [nameof(CooperativeProvince)] = (Board, ChatKinds.Any),
        // The books: money and reports only in private chats.
        [nameof(CashBalance)] = (BookReaders, ChatKinds.Private),
        [nameof(CashMove)] = (Writers, ChatKinds.Private),
        [nameof(CashOpening)] = (Writers, ChatKinds.Private),
        [nameof(Expense)] = (Writers, ChatKinds.Private),
        [nameof(Report)] = (BookReaders, ChatKinds.Private),
        [nameof(Export)] = (BookReaders, ChatKinds.Private),
        [nameof(Chart)] = (BookReaders, ChatKinds.Private),
        // Members: per-member data only for the cooperative's officers (never the pembina), only in private chats.
        [nameof(MemberList)] = (BookReaders, ChatKinds.Private),
        [nameof(MemberShow)] = (BookReaders, ChatKinds.Private),
        [nameof(MemberAdd)] = (Board, ChatKinds.Private),
        [nameof(MemberLeave)] = (Board, ChatKinds.Private),
        // Savings: officers record and read any member's; anyone asks for their own (answered only for a linked member).
        [nameof(SavingsDeposit)] = (Writers, ChatKinds.Private),
        [nameof(SavingsWithdraw)] = (Writers, ChatKinds.Private),
        [nameof(SavingsBalance)] = (BookReaders, ChatKinds.Private),
        [nameof(OwnSavings)] = (Everyone, ChatKinds.Private),
        [nameof(SavingsSetAmounts)] = (Board, ChatKinds.Private),
        [nameof(Arrears)] = (BookReaders, ChatKinds.Private),
        // SHU: the board sets the ART's percentages.
        [nameof(ShuSetRules)] = (Board, ChatKinds.Private),
        // The year's split: officers, and the pembina in totals only (ShuTests proves it).
        [nameof(ShuYear)] = ([.. BookReaders, Role.Pembina], ChatKinds.Private),
        // Anyone asks for their own estimate (answered only for a linked member).
        [nameof(OwnShu)] = (Everyone, ChatKinds.Private),
        // The RAT pack: per-member figures for those who prepare and check the RAT.
        [nameof(RatPack)] = ([Role.Pengurus, Role.Pengawas, Role.Admin], ChatKinds.Private),
        [nameof(FaqList)] = (Everyone, ChatKinds.Any),
        [nameof(ForwardQuestion)] = (Everyone, ChatKinds.Any),
        [nameof(FaqAdd)] = (Board, ChatKinds.Any),
        [nameof(FaqArchive)] = (Board, ChatKinds.Any),
        [nameof(UnansweredList)] = (Board, ChatKinds.Any),
        [nameof(AnswerQuestion)] = (Board, ChatKinds.Any),
        [nameof(ReminderList)] = (Everyone, ChatKinds.Private), // a member gets simpanan reminders
        [nameof(ReminderSwitch)] = (Everyone, ChatKinds.Private),
        [nameof(ReminderTime)] = (Board, ChatKinds.Any),
    };

    public static TheoryData<string> DeclaredCommands => [.. CommandTable.Declarations.Select(d => d.CommandType.Name)];

    [Fact]
    public void The_table_declares_every_command_type_exactly_once()
    {
        Assert.Empty(CommandTable.Problems());
        Assert.Equal(Expected.Keys.Order(), CommandTable.Declarations.Select(d => d.CommandType.Name).Order());
    }

    [Theory]
    [MemberData(nameof(DeclaredCommands))]
    public void Every_example_parses_to_the_command_it_is_declared_for(string commandType)
    {
        var declaration = CommandTable.Declarations.Single(d => d.CommandType.Name == commandType);
        Assert.All(declaration.Examples, example =>
            Assert.IsType(declaration.CommandType, Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(example.Text)).Command));
    }

    [Theory]
    [MemberData(nameof(DeclaredCommands))]
    public async Task Router_allows_exactly_the_declared_roles_and_chats(string commandType)
    {
        using var harness = new RouterHarness();
        harness.Get<UserDirectory>().LinkGroup(new WriteOrigin(DemoSeed.KoperasiId, "telegram", Group, "setup", "link", "/gabung"), () => "");
        var declaration = CommandTable.Declarations.Single(d => d.CommandType.Name == commandType);
        var (roles, chats) = Expected[commandType];
        Assert.Equal(roles.Order(), declaration.Roles.Order());
        Assert.Equal(chats, declaration.Chats);
        var example = declaration.Examples[0].Text;
        var unlinked = 0;

        foreach (var role in Everyone)
        foreach (var chat in new[] { ChatKinds.Private, ChatKinds.LinkedGroup, ChatKinds.UnlinkedGroup })
        {
            var user = harness.As("telegram", $"{role}", role);
            // A fresh unlinked group each time: /mulai from the board links the group it is sent in.
            var sender = chat switch
            {
                ChatKinds.LinkedGroup => user.InGroup(Group),
                ChatKinds.UnlinkedGroup => user.InGroup($"-200{++unlinked}"),
                _ => user,
            };
            var writesBefore = harness.Get<LedgerDb>().RecordedWrites();

            var reply = await sender.SendAsync(example);

            var allowed = roles.Contains(role) && chats.HasFlag(chat);
            if (allowed)
            {
                Assert.DoesNotContain($"Perintah {declaration.Word} hanya", reply.Text);
            }
            else
            {
                Assert.Equal(CommandPolicy.Refusal(declaration, role, chat), reply.Text);
                Assert.Equal(writesBefore, harness.Get<LedgerDb>().RecordedWrites());
            }
        }
    }

    private sealed record Undeclared : Command;

    [Fact]
    public void A_command_type_nobody_declared_is_refused_and_runs_nothing()
    {
        using var harness = new RouterHarness();
        var before = harness.Get<LedgerDb>().RecordedWrites();
        var message = new IncomingMessage { Channel = "telegram", ChatId = "1", UserId = "1", Text = "?", MessageId = "m1" };

        var reply = harness.Get<CommandDispatcher>().Run(message, new Asker("telegram", "1", Role.Admin, DemoSeed.KoperasiId), new Undeclared());

        Assert.Equal(CommandPolicy.Undeclared, reply.Text);
        Assert.Equal(before, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Theory]
    [InlineData("/jual beras 2 kg")]
    [InlineData("jual beras 2 kg")]
    [InlineData("/masuk gula 10 kg")]
    [InlineData("/batal")]
    public async Task A_member_who_tries_to_record_is_told_how_to_become_a_pengelola(string text)
    {
        using var harness = new RouterHarness();

        var reply = await harness.As("telegram", "m", Role.Anggota).SendAsync(text);

        Assert.Contains("Hanya pengelola dan pengurus koperasi yang bisa mencatat", reply.Text);
        Assert.Contains("/gabung KODE", reply.Text);
    }

    [Fact]
    public void Help_telegram_menu_and_hints_come_from_the_table()
    {
        var menu = KKMP.Bot.Channels.Telegram.BotCommands.Menu.Select(c => c.Command).ToList();
        Assert.Equal(CommandTable.Groups.Where(g => g.Menu is not null).Select(g => g.Word), menu);
        Assert.DoesNotContain("koperasi", menu);

        var help = HelpText.For(new Asker("telegram", "1", Role.Pengelola, DemoSeed.KoperasiId), null, greeting: false);
        foreach (var declaration in CommandTable.Declarations)
        foreach (var example in declaration.Examples.Where(e => e.InHelp))
            Assert.Equal(declaration.Roles.Contains(Role.Pengelola), help.Contains($"• {example.Text} — {example.Description}"));

        Assert.NotNull(LoneCommandWord.Hint("jual", Role.Pengelola));
        Assert.Null(LoneCommandWord.Hint("stok", Role.Pengelola)); // "stok" alone is the stock list, not a half-written command
        Assert.Null(LoneCommandWord.Hint("koperasi", Role.Pengelola));
        Assert.NotNull(LoneCommandWord.Hint("koperasi", Role.Admin));
    }
}
