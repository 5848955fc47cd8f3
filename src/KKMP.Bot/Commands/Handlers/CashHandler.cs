using KKMP.Bot.Books;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/kas (balance), /kas masuk|keluar, /kas awal and /biaya: cash entries, each echoed with the balance after it.</summary>
public sealed class CashHandler(CashBook cash, ChartOfAccounts chart, BookReports reports)
{
    public Reply Balance(CommandContext context)
    {
        var balance = cash.Balance(context.KoperasiId);
        var text = $"Saldo kas {context.Cooperative.Name} per {Say.Date(reports.Today(context.KoperasiId))}: {Say.Rupiah(balance)}.";
        return new Reply(cash.Opening(context.KoperasiId) is null
            ? $"{text}\nSaldo awal kas belum dicatat. Catat uang yang ada di laci saat mulai: {BookRules.OpeningExample}"
            : text);
    }

    public Reply Expense(CommandContext context, Expense command)
    {
        var account = chart.Expense(command.Category)!;
        return Out(context, CashKind.Expense, command.Amount, account, command.Note,
            $"biaya {account.Name.ToLowerInvariant().Replace("beban ", "")} {Say.Rupiah(command.Amount)}");
    }

    public Reply Move(CommandContext context, CashMove command)
    {
        var account = chart.CounterAccount(command.In, command.Note);
        if (!command.In) return Out(context, CashKind.Out, command.Amount, account, command.Note, $"kas keluar {Say.Rupiah(command.Amount)}");
        return Replies.From(cash.Record(context.Origin, _ => new CashPlan.Append(
            new CashEntryDoc { Kind = CashKind.In, AmountRupiah = command.Amount, AccountCode = account.Code, Note = command.Note },
            after => $"Tercatat: kas masuk {Say.Rupiah(command.Amount)}{About(command.Note)} (akun {account.Name}). Saldo kas sekarang {Say.Rupiah(after)}.")));
    }

    /// <summary>The opening balance once; after that a correction records the difference today and changes nothing already recorded.</summary>
    public Reply Opening(CommandContext context, CashOpening command) => Replies.From(cash.Record(context.Origin, state =>
    {
        if (state.Opening is null)
            return new CashPlan.Append(
                new CashEntryDoc { Kind = CashKind.Opening, AmountRupiah = command.Amount, AccountCode = chart.Equity.Code, Note = "saldo awal" },
                after => $"Tercatat: saldo awal kas {Say.Rupiah(command.Amount)} (akun {chart.Equity.Name}). Saldo kas sekarang {Say.Rupiah(after)}.");
        if (!command.Correction)
            return new CashPlan.Reject(
                $"Saldo awal kas sudah dicatat: {Say.Rupiah(state.OpeningTotal)} (pertama kali tanggal {Say.Date(reports.LocalDay(context.KoperasiId, state.Opening.AtTicks))}). " +
                $"Untuk mengoreksinya tulis: /kas awal {Say.Number(command.Amount)} koreksi — selisihnya dicatat hari ini, catatan lama tidak diubah.");
        var difference = command.Amount - state.OpeningTotal;
        if (difference == 0) return new CashPlan.Reject($"Saldo awal kas memang {Say.Rupiah(state.OpeningTotal)}; tidak ada yang perlu dikoreksi.");
        if (state.Balance + difference < 0 && !context.Confirmed) return new CashPlan.Reject(NotEnough(state.Balance, -difference));
        return new CashPlan.Append(
            new CashEntryDoc { Kind = CashKind.OpeningCorrection, AmountRupiah = difference, AccountCode = chart.Equity.Code,
                               Note = $"dari {Say.Rupiah(state.OpeningTotal)} menjadi {Say.Rupiah(command.Amount)}" },
            after => $"Tercatat: koreksi saldo awal kas dari {Say.Rupiah(state.OpeningTotal)} menjadi {Say.Rupiah(command.Amount)} " +
                     $"(selisih {(difference > 0 ? "+" : "")}{Say.Rupiah(difference)}, dicatat hari ini). Saldo kas sekarang {Say.Rupiah(after)}.");
    }));

    /// <summary>
    /// Money out of the drawer: below zero only once the author said YA to it (the "cash below zero" risk rule
    /// asks first); otherwise, e.g. another entry spent the cash meanwhile, refused with what to record first.
    /// </summary>
    private Reply Out(CommandContext context, CashKind kind, long amount, Account account, string note, string what) =>
        Replies.From(cash.Record(context.Origin, state => state.Balance - amount < 0 && !context.Confirmed
            ? new CashPlan.Reject(NotEnough(state.Balance, amount))
            : new CashPlan.Append(new CashEntryDoc { Kind = kind, AmountRupiah = -amount, AccountCode = account.Code, Note = note },
                after => $"Tercatat: {what}{About(note)} (akun {account.Name}). Saldo kas sekarang {Say.Rupiah(after)}.")));

    private static string NotEnough(long balance, long amount) =>
        $"Tidak dicatat: kas tidak cukup. Saldo kas {Say.Rupiah(balance)}, keluar {Say.Rupiah(amount)}; kas tidak boleh minus. " +
        $"Kalau ada uang masuk yang belum dicatat, catat dulu ({BookRules.CashInExample}, atau saldo awal: {BookRules.OpeningExample}).";

    private static string About(string note) => note.Length > 0 ? $" — {note}" : "";
}
