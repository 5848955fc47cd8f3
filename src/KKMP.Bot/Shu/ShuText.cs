using System.Text;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Shu;

/// <summary>The chat wording of a year's SHU, shared by /shu, /shu saya and /rat.</summary>
public static class ShuText
{
    public const string Rounding =
        "Pembulatan: tiap bagian dibulatkan ke bawah ke rupiah penuh; sisa rupiahnya diberikan satu-satu ke bagian dengan pecahan " +
        "terbesar (sama besar: nomor anggota terkecil, atau urutan bagian di AD), sehingga jumlahnya tepat sama dengan SHU.";

    /// <summary>"SHU tahun 2026 (sampai 30 November 2026, perkiraan …): Rp…", with what it comes from.</summary>
    public static string Headline(ShuYearReport r, string cooperative)
    {
        var b = r.Books;
        var status = r.Complete
            ? "tahun buku penuh; perkiraan sampai disahkan Rapat Anggota Tahunan"
            : $"sampai {IndonesianFormat.DateWithoutDay(r.Period.To)}, tahun berjalan: perkiraan, belum final sampai tutup buku dan disahkan RAT";
        return $"SHU {cooperative} tahun {r.Year} ({status}): {IndonesianFormat.Rupiah(r.Shu)}\n" +
               $"Dari perhitungan hasil usaha: penjualan {IndonesianFormat.Rupiah(b.SalesRevenue)}, HPP {IndonesianFormat.Rupiah(b.CostOfSales)}, " +
               $"pendapatan lain {IndonesianFormat.Rupiah(b.OtherIncome)}, biaya {IndonesianFormat.Rupiah(b.Expenses)}.";
    }

    /// <summary>Why a loss year is not split, citing the model AD.</summary>
    public static string Loss(ShuYearReport r) =>
        $"Tahun {r.Year} {(r.Shu < 0 ? $"rugi {IndonesianFormat.Rupiah(-r.Shu)}" : "tanpa sisa hasil usaha")}, jadi tidak ada SHU yang dibagi. " +
        $"Menurut AD model koperasi desa ({ShuCitations.Loss}), kerugian usaha dapat ditutup dengan dana cadangan atas keputusan Rapat Anggota; " +
        "bila dana cadangan tidak cukup, defisit dibebankan pada hasil usaha tahun buku berikutnya.";

    public static string NoRules(ShuYearReport r) =>
        $"Persentase pembagian SHU untuk tahun {r.Year} belum diatur. Pengurus mengaturnya sesuai ART ({ShuCitations.Split} ayat 2): {ShuRules.SetExample}";

    /// <summary>The six parts with their percentages and amounts.</summary>
    public static string Parts(ShuYearReport r)
    {
        var p = ShuPercentages.Of(r.Rules!);
        var text = new StringBuilder($"Pembagian menurut ART (berlaku sejak {r.Rules!.FromYear}; {ShuCitations.Split}):");
        foreach (var part in ShuPercentages.Parts)
            text.Append($"\n• {ShuPercentages.Label(part)} {IndonesianFormat.Number(p[part])} %: {IndonesianFormat.Rupiah(r.Division!.Parts[part])}");
        return text.ToString();
    }

    /// <summary>How the member parts were shared, in totals only (what a pembina may see).</summary>
    public static string MemberTotals(ShuYearReport r)
    {
        var d = r.Division!;
        var buyers = r.Bases.Count(b => b.Purchases > 0);
        var savers = r.Bases.Count(b => b.WajibMonthEnds > 0);
        var text = $"Jasa transaksi dibagi ke {buyers} anggota sebanding belanja yang dicatat \"untuk\" mereka " +
                   $"({IndonesianFormat.Rupiah(r.Bases.Sum(b => Math.Max(0, b.Purchases)))}); " +
                   $"jasa simpanan ke {savers} anggota sebanding rata-rata simpanan wajib akhir bulan ({r.Months} bulan).";
        if (d.UnpaidTransaksi > 0) text += $" Belum ada belanja anggota tercatat: jasa transaksi {IndonesianFormat.Rupiah(d.UnpaidTransaksi)} belum terbagi.";
        if (d.UnpaidSimpanan > 0) text += $" Belum ada simpanan wajib: jasa simpanan {IndonesianFormat.Rupiah(d.UnpaidSimpanan)} belum terbagi.";
        return text;
    }
}
