using System.Text;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/anggota: the member register.</summary>
public sealed class MemberHandler(MemberRegister members, BookReports reports)
{
    /// <summary>Long enough to be useful, short enough for one chat message on a small phone.</summary>
    public const int PageSize = 20;

    public Reply List(CommandContext context, MemberList command)
    {
        var all = members.All(context.KoperasiId);
        if (all.Count == 0) return new Reply($"Belum ada anggota tercatat. Tambahkan: {MemberRules.AddExample}");
        var pages = (all.Count + PageSize - 1) / PageSize;
        if (command.Page > pages) return new Reply($"Daftar anggota hanya {pages} halaman. Contoh: /anggota hal {pages}");
        var active = all.Count(m => !m.HasLeft);
        var text = new StringBuilder($"Anggota {context.Cooperative.Name}: {active} aktif, {all.Count - active} keluar");
        if (pages > 1) text.Append($" (halaman {command.Page} dari {pages})");
        text.Append(':');
        foreach (var m in all.Skip((command.Page - 1) * PageSize).Take(PageSize))
            text.Append($"\n{m.Code} {m.Name}{(m.HasLeft ? " (keluar)" : "")}");
        if (command.Page < pages) text.Append($"\nBerikutnya: /anggota hal {command.Page + 1}");
        return new Reply(text.ToString());
    }

    public Reply Show(CommandContext context, MemberShow command) =>
        members.Find(context.KoperasiId, command.Number) is { } member
            ? new Reply(Describe(context, member))
            : new Reply(MemberRegister.Unknown(command.Number));

    public Reply Add(CommandContext context, MemberAdd command) =>
        Replies.From(members.Add(context.Origin, command.Name, command.Number,
            m => $"Tercatat: anggota baru {m.Code} {m.Name}, masuk {Day(context, m.JoinedTicks)}. " +
                 $"Untuk menghubungkan akun chat-nya: /undang anggota {m.Code}"));

    public Reply Leave(CommandContext context, MemberLeave command) =>
        Replies.From(members.Leave(context.Origin, command.Number, command.Reason,
            m => $"Tercatat: anggota {m.Code} {m.Name} keluar {Day(context, m.LeftTicks!.Value)}{(m.LeaveReason.Length > 0 ? $" — {m.LeaveReason}" : "")}. " +
                 "Datanya tetap disimpan."));

    private string Describe(CommandContext context, MemberDoc m)
    {
        var text = $"Anggota {m.Code}: {m.Name}\nMasuk: {Day(context, m.JoinedTicks)}";
        if (m.LeftTicks is { } left) text += $"\nKeluar: {Day(context, left)}{(m.LeaveReason.Length > 0 ? $" — {m.LeaveReason}" : "")}";
        return text + (m.LinkedUser is null ? $"\nAkun chat: belum terhubung (/undang anggota {m.Code})" : "\nAkun chat: terhubung");
    }

    private string Day(CommandContext context, long ticks) => Say.Date(reports.LocalDay(context.KoperasiId, ticks));
}
