using System.Text;
using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Shu;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/rat 2026: the RAT pack as one XLSX, with the key figures and the dates that matter in the chat.</summary>
public sealed class RatHandler(RatContentsBuilder builder)
{
    public Reply Pack(CommandContext context, RatPack command)
    {
        RatContents pack;
        try { pack = builder.For(context.KoperasiId, command.Year); }
        catch (PeriodError error) { return new Reply(error.Message); }
        var (b, shu, m) = (pack.Books, pack.Shu, pack.Membership);
        var savings = pack.Savings.Values.ToList();
        var assets = b.Balances.Where(x => x.Account.Type == Books.AccountType.Aset).Sum(x => x.Closing);
        var text = new StringBuilder($"Paket RAT {context.Cooperative.Name}, tahun buku {shu.Year}");
        text.Append(shu.Complete ? ".\n" : $" (tahun belum selesai: angka sementara sampai {IndonesianFormat.DateWithoutDay(b.Period.To)}).\n");
        text.Append("Angka pokok:\n");
        text.Append($"• Penjualan {Say.Rupiah(b.SalesRevenue)}, laba kotor {Say.Rupiah(b.GrossProfit)}, biaya {Say.Rupiah(b.Expenses)}, SHU {Say.Rupiah(shu.Shu)}\n");
        text.Append($"• Aset {Say.Rupiah(assets)} (kas {Say.Rupiah(b.CashClosing)}, persediaan {Say.Rupiah(b.InventoryValue)})\n");
        text.Append($"• Simpanan anggota {Say.Rupiah(savings.Sum(s => s.Total))} (pokok {Say.Rupiah(savings.Sum(s => s.Pokok))}, " +
                    $"wajib {Say.Rupiah(savings.Sum(s => s.Wajib))}, sukarela {Say.Rupiah(savings.Sum(s => s.Sukarela))})\n");
        text.Append($"• Anggota {m.AtEnd} di akhir tahun (awal tahun {m.AtStart}, masuk {m.Joined.Count}, keluar {m.Left.Count})\n");
        text.Append(shu.IsLoss ? $"• {ShuText.Loss(shu)}\n"
            : shu.Division is null ? $"• {ShuText.NoRules(shu)}\n"
            : $"• SHU dibagi menurut ART: dana cadangan {Say.Rupiah(shu.Division.Parts[ShuPart.Cadangan])}, jasa transaksi " +
              $"{Say.Rupiah(shu.Division.Parts[ShuPart.JasaTransaksi])}, jasa simpanan {Say.Rupiah(shu.Division.Parts[ShuPart.JasaSimpanan])} (rincian per anggota di berkas)\n");

        var registered = shu.Register.Count(x => !x.HasLeft);
        text.Append("Tanggal penting:\n");
        text.Append($"• Tahun buku berakhir {IndonesianFormat.DateWithoutDay(new DateOnly(shu.Year, 12, 31))}.\n");
        text.Append($"• RAT paling lambat {IndonesianFormat.DateWithoutDay(pack.RatDeadline)}: Rapat Anggota yang mengesahkan pertanggungjawaban pengurus " +
                    $"diadakan paling lambat 6 bulan setelah tahun buku lampau ({ShuCitations.RatDeadline} ayat (2), berlaku; tidak diubah UU 6/2023).\n");
        text.Append($"• Laporan tahunan pengurus (neraca, perhitungan hasil usaha, keadaan usaha) paling lambat 1 bulan sebelum RAT: " +
                    $"bila RAT pada batas akhirnya, selesai paling lambat {IndonesianFormat.DateWithoutDay(pack.AnnualReportDeadline)} ({ShuCitations.AnnualReport}).\n");
        text.Append($"• Kuorum menurut AD model ({ShuCitations.Quorum} ayat (3)–(6)), kecuali AD koperasi Anda menentukan lain: RAT sah bila dihadiri lebih dari " +
                    $"separuh anggota terdaftar ({registered} anggota: paling sedikit {registered / 2 + 1} orang); bila tidak tercapai, rapat kedua paling lambat " +
                    $"30 hari kemudian sah dengan paling sedikit sepertiga ({(registered + 2) / 3} orang).\n");
        text.Append($"Berkas terlampir: {string.Join(", ", RatWorkbook.SheetNames)}.");
        return new Reply(text.ToString())
        {
            Attachments = [new Attachment(RatWorkbook.FileName(pack), BooksWorkbook.ContentType, RatWorkbook.Write(pack))],
        };
    }
}
