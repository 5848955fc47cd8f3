using System.Text;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Members;
using KKMP.Bot.Shu;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/shu: the ART's percentages, the year's split, a member's own estimate.</summary>
public sealed class ShuHandler(ShuSettings settings, ShuCalculator calculator, BookReports reports, MemberRegister members)
{
    /// <summary>How many members /shu names; the rest are in the RAT file.</summary>
    public const int TopMembers = 5;

    /// <summary>
    /// The year's SHU and its split. Officers also see the members with the largest shares; a pembina sees
    /// totals only (never a member's name or share).
    /// </summary>
    public Reply Year(CommandContext context, ShuYear command)
    {
        ShuYearReport r;
        try { r = calculator.For(context.KoperasiId, command.Year); }
        catch (PeriodError error) { return new Reply(error.Message); }
        var text = new StringBuilder(ShuText.Headline(r, context.Cooperative.Name));
        if (r.IsLoss) return new Reply(text.Append('\n').Append(ShuText.Loss(r)).ToString());
        if (r.Division is null) return new Reply(text.Append('\n').Append(ShuText.NoRules(r)).ToString());
        text.Append('\n').Append(ShuText.Parts(r)).Append('\n').Append(ShuText.MemberTotals(r));
        if (context.Asker.Role != Role.Pembina)
        {
            var names = r.Register.ToDictionary(m => m.Number);
            var top = r.Division.Members.Where(m => m.Total > 0).OrderByDescending(m => m.Total).ThenBy(m => m.Number).Take(TopMembers).ToList();
            if (top.Count > 0) text.Append("\nTerbesar:");
            foreach (var m in top)
                text.Append($"\n{names[m.Number].Code} {names[m.Number].Name}: {Say.Rupiah(m.Total)} (jasa transaksi {Say.Rupiah(m.JasaTransaksi)}, jasa simpanan {Say.Rupiah(m.JasaSimpanan)})");
            text.Append($"\nRincian semua anggota ada di berkas RAT: /rat {r.Year}");
        }
        return new Reply(text.Append('\n').Append(ShuText.Rounding).ToString());
    }

    /// <summary>
    /// A linked member's own estimate (this year so far unless a year is given), and nothing about anyone else:
    /// only the cooperative's totals their share is computed from.
    /// </summary>
    public Reply Own(CommandContext context, OwnShu command)
    {
        if (members.LinkedTo(context.KoperasiId, context.Asker.Channel, context.Asker.UserId) is not { } member)
            return new Reply(MemberRegister.NotLinked);
        ShuYearReport r;
        try { r = calculator.For(context.KoperasiId, command.Year ?? reports.Today(context.KoperasiId).Year); }
        catch (PeriodError error) { return new Reply(error.Message); }
        var until = r.Complete ? $"tahun buku {r.Year}" : $"tahun {r.Year} sampai {Commands.Formatting.IndonesianFormat.DateWithoutDay(r.Period.To)}";
        var heading = $"PERKIRAAN SHU {member.Code} {member.Name}, {until}";
        const string estimate = "Ini perkiraan, belum final: SHU baru pasti setelah tutup buku dan disahkan Rapat Anggota Tahunan (RAT).";
        if (r.IsLoss) return new Reply($"{heading}: belum ada SHU. {ShuText.Loss(r)}\n{estimate}");
        if (r.Division is null)
            return new Reply($"{heading}: belum bisa dihitung, karena pengurus belum mengatur persentase pembagian SHU sesuai ART.\n{estimate}");
        var at = r.Register.ToList().FindIndex(m => m.Number == member.Number);
        var (basis, share) = (r.Bases[at], r.Division.Members[at]);
        var average = (decimal)basis.WajibMonthEnds / r.Months;
        return new Reply(
            $"{heading}: {Say.Rupiah(share.Total)}\n" +
            $"• Jasa transaksi {Say.Rupiah(share.JasaTransaksi)}: belanja Anda {Say.Rupiah(Math.Max(0, basis.Purchases))} dari " +
            $"{Say.Rupiah(r.Bases.Sum(b => Math.Max(0, b.Purchases)))} belanja semua anggota; bagian jasa transaksi {Say.Rupiah(r.Division.Parts[ShuPart.JasaTransaksi])}.\n" +
            $"• Jasa simpanan {Say.Rupiah(share.JasaSimpanan)}: rata-rata simpanan wajib Anda {Say.Rupiah(Books.Rupiah.Round(average))} per akhir bulan " +
            $"({r.Months} bulan); bagian jasa simpanan {Say.Rupiah(r.Division.Parts[ShuPart.JasaSimpanan])}.\n" +
            $"SHU koperasi {r.Year}: {Say.Rupiah(r.Shu)}, dibagi menurut ART ({ShuCitations.Split}).\n{estimate}");
    }

    public Reply SetRules(CommandContext context, ShuSetRules command)
    {
        var year = command.FromYear ?? reports.Today(context.KoperasiId).Year;
        return Replies.From(settings.Set(context.Origin, year, command.Percentages, (doc, before) =>
            $"Tercatat: pembagian SHU mulai tahun buku {doc.FromYear}: {Describe(ShuPercentages.Of(doc))}." +
            (before is null ? "" : $" Sebelumnya (sejak {before.FromYear}): {Describe(ShuPercentages.Of(before))}.")));
    }

    /// <summary>"cadangan 30 %, jasa-transaksi 35 %, …".</summary>
    public static string Describe(ShuPercentages p) =>
        string.Join(", ", ShuPercentages.Parts.Select(part => $"{ShuPercentages.Word(part)} {Say.Number(p[part])} %"));
}
