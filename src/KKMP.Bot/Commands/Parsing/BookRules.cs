using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/biaya, /kas, /laporan and /ekspor.</summary>
internal static class BookRules
{
    public const string ExpenseExample = "/biaya listrik 150rb token bulan November";
    public const string CashInExample = "/kas masuk 2jt modal awal";
    public const string CashOutExample = "/kas keluar 500rb setor bank";
    public const string OpeningExample = "/kas awal 1.250.000";
    public const string ReportExample = "/laporan bulan ini";
    public const string ExportExample = "/ekspor bulan lalu";

    /// <summary>"listrik, sewa, gaji, …": the categories /biaya knows, from the chart of accounts.</summary>
    public static string Categories => string.Join(", ", ChartOfAccounts.Default.ExpenseAccounts.Select(a => a.ExpenseWords[0]));

    public static Command Expense(IReadOnlyList<Token> args)
    {
        if (args.Count == 0)
            throw GrammarError.With($"Tulis jenis biaya dan jumlahnya. Jenis biaya: {Categories}.", ExpenseExample);
        var category = args[0].Lower;
        if (ChartOfAccounts.Default.Expense(category) is null)
            throw GrammarError.With($"Jenis biaya \"{args[0].Text}\" tidak dikenal. Pilih salah satu: {Categories}.", ExpenseExample);
        if (args.Count == 1) throw GrammarError.With($"Jumlah biaya {category} belum ditulis.", ExpenseExample);
        var i = 1;
        var amount = MoneyReader.ReadAmount(args, ref i, ExpenseExample);
        return new Expense(category, amount, Note(args, i, ExpenseExample));
    }

    public static Command Cash(IReadOnlyList<Token> args)
    {
        const string forms = "/kas, /kas masuk 2jt modal awal, /kas keluar 500rb setor bank atau /kas awal 1.250.000";
        if (args.Count == 0) return new CashBalance();
        var i = 1;
        switch (args[0].Lower)
        {
            case "masuk" or "keluar":
                var example = args[0].Lower == "masuk" ? CashInExample : CashOutExample;
                if (args.Count == 1) throw GrammarError.With("Jumlah uang belum ditulis.", example);
                var amount = MoneyReader.ReadAmount(args, ref i, example);
                return new CashMove(args[0].Lower == "masuk", amount, Note(args, i, example));
            case "awal":
                if (args.Count == 1) throw GrammarError.With("Saldo awal kas belum ditulis.", OpeningExample);
                var opening = MoneyReader.ReadAmount(args, ref i, OpeningExample);
                var correction = i < args.Count && args[i].Lower is "koreksi" or "ralat";
                if (correction) i++;
                if (i < args.Count) throw AmountReader.Trailing(args, i, OpeningExample + " (untuk mengoreksi: /kas awal 1.300.000 koreksi)");
                return new CashOpening(opening, correction);
            default:
                throw GrammarError.With($"\"/kas {Tokenizer.Join(args)}\" tidak dimengerti; tulis {forms}.", CashInExample);
        }
    }

    public static Command Report(IReadOnlyList<Token> args) => new Report(PeriodReader.Read(Tokenizer.Join(args), ReportExample));

    public const string ChartExample = "/grafik penjualan bulan ini";

    public static Command Chart(IReadOnlyList<Token> args)
    {
        const string forms = "/grafik penjualan [periode], /grafik harga beras atau /grafik stok beras";
        var rest = Tokenizer.Join(args.Skip(1));
        switch (args.Count == 0 ? "" : args[0].Lower)
        {
            case "penjualan" or "jual" or "omzet":
                return new Chart(ChartKind.Sales, null, PeriodReader.Read(rest, ChartExample));
            case "harga" or "stok" when rest.Length == 0:
                throw GrammarError.With($"Nama barang belum ditulis.", $"/grafik {args[0].Lower} beras");
            case "harga":
                return new Chart(ChartKind.Price, AmountReader.CheckName(rest, "/grafik harga beras"), null);
            case "stok":
                return new Chart(ChartKind.Stock, AmountReader.CheckName(rest, "/grafik stok beras"), null);
            default:
                throw GrammarError.With($"Grafik apa? Tulis {forms}.", ChartExample);
        }
    }

    public static Command Export(IReadOnlyList<Token> args) => new Export(PeriodReader.Read(Tokenizer.Join(args), ExportExample));

    private static string Note(IReadOnlyList<Token> args, int from, string example)
    {
        var note = Tokenizer.Join(args.Skip(from)).Trim();
        return note.Length <= Limits.MaxNoteLength
            ? note
            : throw GrammarError.With($"Keterangan terlalu panjang (paling banyak {Limits.MaxNoteLength} huruf).", example);
    }
}
