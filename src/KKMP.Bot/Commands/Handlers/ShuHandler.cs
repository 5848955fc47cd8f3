using System.Text;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Shu;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/shu: the ART's percentages, the year's split, a member's own estimate.</summary>
public sealed class ShuHandler(ShuSettings settings, BookReports reports)
{
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
