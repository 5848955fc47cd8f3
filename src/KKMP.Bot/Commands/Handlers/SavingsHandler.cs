using System.Text;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/simpanan and /tunggakan. A member sees only their own savings; officers see any member's.</summary>
public sealed class SavingsHandler(Savings savings, MemberRegister members, BookReports reports)
{
    public Reply Deposit(CommandContext context, SavingsDeposit command)
    {
        var kind = Name(command.Kind);
        return Replies.From(savings.Record(context.Origin, command.Number, command.Kind, command.Amount, command.Note, (m, after, cash) =>
            $"Tercatat: simpanan {kind} {m.Code} {m.Name} {Say.Rupiah(command.Amount)}{(command.Note.Length > 0 ? $" — {command.Note}" : "")}. " +
            $"Simpanan {kind} sekarang {Say.Rupiah(after[command.Kind])}. Saldo kas {Say.Rupiah(cash)}."));
    }

    public Reply Withdraw(CommandContext context, SavingsWithdraw command) =>
        Replies.From(savings.Record(context.Origin, command.Number, SavingsKind.Sukarela, -command.Amount, "", (m, after, cash) =>
            $"Tercatat: penarikan simpanan sukarela {m.Code} {m.Name} {Say.Rupiah(command.Amount)}. " +
            $"Sisa simpanan sukarela {Say.Rupiah(after.Sukarela)}. Saldo kas {Say.Rupiah(cash)}."));

    public Reply Balance(CommandContext context, SavingsBalance command) =>
        members.Find(context.KoperasiId, command.Number) is { } member
            ? new Reply(Describe(context, member))
            : new Reply(MemberRegister.Unknown(command.Number));

    /// <summary>Only the asker's own member record: a user linked to no member is told how to get linked.</summary>
    public Reply Own(CommandContext context) =>
        members.LinkedTo(context.KoperasiId, context.Asker.Channel, context.Asker.UserId) is { } member
            ? new Reply(Describe(context, member))
            : new Reply(MemberRegister.NotLinked);

    public Reply SetAmounts(CommandContext context, SavingsSetAmounts command) =>
        Replies.From(savings.SetAmounts(context.Origin, command.Wajib, command.Pokok, a =>
            $"Tercatat: simpanan wajib {Amount(a.WajibMonthly)} per bulan, simpanan pokok {Amount(a.Pokok)}."));

    /// <summary>
    /// Active members whose simpanan wajib is below what was due: for each month since they joined (the join month
    /// and the current one included), the monthly amount in force in that month (the last one set by its end).
    /// </summary>
    public Reply Arrears(CommandContext context)
    {
        if (savings.Amounts(context.KoperasiId)?.WajibMonthly is not { } monthly)
            return new Reply($"Besar simpanan wajib belum diatur. Pengurus mengaturnya dengan: {SavingsRules.SetExample}");
        var paid = savings.AllBalances(context.KoperasiId);
        var due = savings.WajibDue(context.KoperasiId);
        var behind = new StringBuilder();
        var count = 0;
        foreach (var member in members.All(context.KoperasiId).Where(m => !m.HasLeft))
        {
            var owed = due(member.JoinedTicks) - (paid.GetValueOrDefault(member.Number)?.Wajib ?? 0);
            if (owed <= 0) continue;
            count++;
            behind.Append($"\n{member.Code} {member.Name}: kurang {Say.Rupiah(owed)} (±{(owed + monthly - 1) / monthly} bulan)");
        }
        return new Reply(count == 0
            ? $"Tidak ada tunggakan simpanan wajib ({Say.Rupiah(monthly)} per bulan)."
            : $"Tunggakan simpanan wajib ({Say.Rupiah(monthly)} per bulan sekarang; tiap bulan dihitung dengan besar yang berlaku di bulan itu), {count} anggota:{behind}");
    }

    private string Describe(CommandContext context, MemberDoc m)
    {
        var b = savings.Balances(context.KoperasiId, m.Number);
        return $"Simpanan {m.Code} {m.Name}{(m.HasLeft ? " (keluar)" : "")} per {Say.Date(reports.Today(context.KoperasiId))}:\n" +
               $"Pokok: {Say.Rupiah(b.Pokok)}\nWajib: {Say.Rupiah(b.Wajib)}\nSukarela: {Say.Rupiah(b.Sukarela)}\nJumlah: {Say.Rupiah(b.Total)}";
    }

    private static string Amount(long? rupiah) => rupiah is { } r ? Say.Rupiah(r) : "(belum diatur)";

    private static string Name(SavingsKind kind) => kind.ToString().ToLowerInvariant();
}
