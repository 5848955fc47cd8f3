using KKMP.Bot.Members;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/simpanan and /tunggakan.</summary>
internal static class SavingsRules
{
    public const string DepositExample = "/simpanan 0012 wajib 10rb November 2026";
    public const string WithdrawExample = "/simpanan 0012 tarik sukarela 50rb";
    public const string BalanceExample = "/simpanan 0012";
    public const string OwnExample = "/simpanan";
    public const string SetExample = "/simpanan atur wajib 10rb pokok 100rb";
    public const string ArrearsExample = "/tunggakan";

    public static Command Savings(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new OwnSavings();
        if (args[0].Lower == "saya" && args.Skip(1).All(a => a.Lower.TrimEnd('?', '.', '!') is "berapa" or "brp" or "")) return new OwnSavings();
        if (args[0].Lower == "atur") return SetAmounts(args);
        var number = MemberRules.Number(args[0], DepositExample);
        if (args.Count == 1) return new SavingsBalance(number);
        var i = 1;
        if (args[1].Lower == "tarik")
        {
            if (args.Count < 4) throw GrammarError.With("Tulis jenis simpanan dan jumlah yang ditarik.", WithdrawExample);
            if (Kind(args[2], WithdrawExample) != SavingsKind.Sukarela)
                throw GrammarError.With($"Simpanan {args[2].Lower} tidak bisa ditarik; hanya simpanan sukarela yang bisa ditarik selama masih anggota.", WithdrawExample);
            i = 3;
            var amount = MoneyReader.ReadAmount(args, ref i, WithdrawExample);
            if (i < args.Count) throw AmountReader.Trailing(args, i, WithdrawExample);
            return new SavingsWithdraw(number, amount);
        }
        var kind = Kind(args[1], DepositExample);
        if (args.Count == 2) throw GrammarError.With($"Jumlah simpanan {args[1].Lower} belum ditulis.", DepositExample);
        i = 2;
        var paid = MoneyReader.ReadAmount(args, ref i, DepositExample);
        var note = Tokenizer.Join(args.Skip(i)).Trim();
        if (note.Length > Limits.MaxNoteLength)
            throw GrammarError.With($"Keterangan terlalu panjang (paling banyak {Limits.MaxNoteLength} huruf).", DepositExample);
        return new SavingsDeposit(number, kind, paid, note);
    }

    public static Command Arrears(IReadOnlyList<Token> args) =>
        args.Count == 0 ? new Arrears() : throw GrammarError.With("/tunggakan tidak memakai kata lain.", ArrearsExample);

    private static Command SetAmounts(IReadOnlyList<Token> args)
    {
        long? wajib = null, pokok = null;
        var i = 1;
        if (args.Count == 1) throw GrammarError.With("Tulis besar simpanan wajib per bulan dan/atau simpanan pokok.", SetExample);
        while (i < args.Count)
        {
            var word = args[i].Lower;
            if (word is not ("wajib" or "pokok"))
                throw GrammarError.With($"\"{args[i].Text}\" tidak dimengerti; yang bisa diatur: wajib (per bulan) dan pokok (sekali).", SetExample);
            if (++i >= args.Count) throw GrammarError.With($"Besar simpanan {word} belum ditulis.", SetExample);
            var amount = MoneyReader.ReadAmount(args, ref i, SetExample);
            if (word == "wajib") wajib = amount; else pokok = amount;
        }
        return new SavingsSetAmounts(wajib, pokok);
    }

    private static SavingsKind Kind(Token token, string example) => token.Lower switch
    {
        "pokok" => SavingsKind.Pokok,
        "wajib" => SavingsKind.Wajib,
        "sukarela" => SavingsKind.Sukarela,
        _ => throw GrammarError.With($"Jenis simpanan \"{token.Text}\" tidak dikenal; pilih pokok, wajib atau sukarela.", example),
    };
}
