using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using static KKMP.Bot.Commands.Table.RoleSets;

namespace KKMP.Bot.Commands.Table;

/// <summary>
/// The books: /biaya and /kas (cash entries), /laporan and /ekspor (reports). Money and reports stay in
/// private chats: a group would see the cooperative's cash and profit.
/// </summary>
internal static class BookCommands
{
    /// <summary>Every word of these commands: the everyday reader leaves messages starting with one to the books' grammar.</summary>
    public static IReadOnlySet<string> Words => s_words ??= new[] { Expense, Cash, Report, Chart, Export }.SelectMany(g => g.Words).ToHashSet();

    private static IReadOnlySet<string>? s_words;

    /// <summary>Who reads the books: those who keep them and those who oversee them (not members, not the city's pembina).</summary>
    internal static readonly Role[] BookReaders = [Role.Pengelola, Role.Pengurus, Role.Pengawas, Role.Admin];

    public static CommandGroup Expense { get; } = new("biaya", BookRules.Expense)
    {
        Menu = "Catat biaya dari kas: /biaya listrik 150rb",
        Commands =
        [
            Declare.Command<Expense, CashHandler>(Writers, (h, c, e) => h.Expense(c, e),
                new CommandExample(BookRules.ExpenseExample, $"catat biaya yang dibayar dari kas ({BookRules.Categories})"))
                with { Records = true, Chats = ChatKinds.Private },
        ],
    };

    public static CommandGroup Cash { get; } = new("kas", BookRules.Cash)
    {
        Menu = "Saldo kas, kas masuk/keluar, saldo awal",
        Commands =
        [
            Declare.Command<CashBalance, CashHandler>(BookReaders, (h, c, _) => h.Balance(c),
                new CommandExample("/kas", "saldo kas hari ini")) with { Chats = ChatKinds.Private },
            Declare.Command<CashMove, CashHandler>(Writers, (h, c, m) => h.Move(c, m),
                new CommandExample(BookRules.CashInExample, "catat uang masuk (modal, simpanan, …)"),
                new CommandExample(BookRules.CashOutExample, "catat uang keluar (setor bank, bayar utang, …)") { InHelp = false })
                with { Records = true, Chats = ChatKinds.Private },
            Declare.Command<CashOpening, CashHandler>(Writers, (h, c, o) => h.Opening(c, o),
                new CommandExample(BookRules.OpeningExample, "saldo awal kas (sekali; koreksi: /kas awal 1.300.000 koreksi)"))
                with { Records = true, Chats = ChatKinds.Private },
        ],
    };

    public static CommandGroup Report { get; } = new("laporan", BookRules.Report)
    {
        Menu = "Laporan keuangan (XLSX): /laporan bulan ini",
        Commands =
        [
            Declare.Command<Report, ReportHandler>(BookReaders, (h, c, r) => h.Report(c, r),
                new CommandExample(BookRules.ReportExample, "ringkasan + berkas XLSX (buku kas, jurnal, neraca saldo, PHU, neraca)"),
                new CommandExample("/laporan 20/11-30/11", "laporan tanggal tertentu (juga: kemarin, bulan lalu, 2026-11, 2026)") { InHelp = false })
                with { Chats = ChatKinds.Private },
        ],
    };

    public static CommandGroup Chart { get; } = new("grafik", BookRules.Chart)
    {
        Synonyms = ["chart"],
        Menu = "Grafik penjualan, harga atau stok: /grafik penjualan",
        Commands =
        [
            Declare.Command<Chart, ChartHandler>(BookReaders, (h, c, chart) => h.Chart(c, chart),
                new CommandExample(BookRules.ChartExample, "grafik penjualan per hari (gambar)"),
                new CommandExample("/grafik harga beras", "riwayat harga jual satu barang") { InHelp = false },
                new CommandExample("/grafik stok beras", "stok satu barang dari waktu ke waktu") { InHelp = false })
                with { Chats = ChatKinds.Private },
        ],
    };

    public static CommandGroup Export { get; } = new("ekspor", BookRules.Export)
    {
        Synonyms = ["export"],
        Menu = "Ekspor catatan ke CSV: /ekspor bulan ini",
        Commands =
        [
            Declare.Command<Export, ReportHandler>(BookReaders, (h, c, e) => h.Export(c, e),
                new CommandExample(BookRules.ExportExample, "semua catatan stok dan kas sebagai CSV")) with { Chats = ChatKinds.Private },
        ],
    };
}
