using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Shu;

/// <summary>
/// The six uses of the SHU in the model AD (Juklak Menkop 1/2025 Lampiran 7 Pasal 20 ayat 1), in that order;
/// the percentages are the cooperative's ART's (ayat 2).
/// </summary>
public enum ShuPart { Cadangan, JasaTransaksi, JasaSimpanan, Pendidikan, Insentif, Lain }

/// <summary>A percentage per part; valid only when they add up to exactly 100.</summary>
public sealed record ShuPercentages(decimal Cadangan, decimal JasaTransaksi, decimal JasaSimpanan, decimal Pendidikan, decimal Insentif, decimal Lain)
{
    public static IReadOnlyList<ShuPart> Parts { get; } = Enum.GetValues<ShuPart>();

    public decimal this[ShuPart part] => part switch
    {
        ShuPart.Cadangan => Cadangan,
        ShuPart.JasaTransaksi => JasaTransaksi,
        ShuPart.JasaSimpanan => JasaSimpanan,
        ShuPart.Pendidikan => Pendidikan,
        ShuPart.Insentif => Insentif,
        _ => Lain,
    };

    public decimal Sum => Parts.Sum(p => this[p]);

    public static ShuPercentages Of(ShuRulesDoc d) => new(d.Cadangan, d.JasaTransaksi, d.JasaSimpanan, d.Pendidikan, d.Insentif, d.Lain);

    /// <summary>The word /shu atur reads for each part (also its label in replies and the RAT file).</summary>
    public static string Word(ShuPart part) => part switch
    {
        ShuPart.Cadangan => "cadangan",
        ShuPart.JasaTransaksi => "jasa-transaksi",
        ShuPart.JasaSimpanan => "jasa-simpanan",
        ShuPart.Pendidikan => "pendidikan",
        ShuPart.Insentif => "insentif",
        _ => "lain",
    };

    /// <summary>What each part is for, as the model AD says it.</summary>
    public static string Label(ShuPart part) => part switch
    {
        ShuPart.Cadangan => "Dana cadangan",
        ShuPart.JasaTransaksi => "Jasa transaksi anggota (sebanding transaksi)",
        ShuPart.JasaSimpanan => "Jasa simpanan anggota (sebanding simpanan wajib)",
        ShuPart.Pendidikan => "Dana pendidikan perkoperasian",
        ShuPart.Insentif => "Insentif pengurus, pengawas dan pengelola",
        _ => "Penggunaan lain (ditetapkan Rapat Anggota)",
    };
}
