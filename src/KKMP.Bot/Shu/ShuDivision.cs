namespace KKMP.Bot.Shu;

/// <summary>What one member brings to the year's split: purchases attributed to them and simpanan wajib at each month's end.</summary>
/// <param name="Purchases">Net sales "untuk" this member in the year (reversals subtracted), whole rupiah.</param>
/// <param name="WajibMonthEnds">The member's simpanan wajib summed over the year's month ends: the monthly average times the months.</param>
public readonly record struct MemberBasis(int Number, long Purchases, long WajibMonthEnds);

/// <summary>One member's SHU: jasa transaksi and jasa simpanan.</summary>
public readonly record struct MemberShu(int Number, long JasaTransaksi, long JasaSimpanan)
{
    public long Total => JasaTransaksi + JasaSimpanan;
}

/// <summary>
/// The year's SHU split into the six parts, and the two member parts split among members. Every split is
/// <see cref="Apportion.Split(long, IReadOnlyList{long})"/>, so the parts add up to the SHU and the members' shares
/// to their part; a member part nobody has a basis for stays whole as <see cref="UnpaidTransaksi"/> / <see cref="UnpaidSimpanan"/>.
/// </summary>
public sealed record ShuDivision(IReadOnlyDictionary<ShuPart, long> Parts, IReadOnlyList<MemberShu> Members, long UnpaidTransaksi, long UnpaidSimpanan)
{
    /// <param name="shu">The year's SHU, more than zero (a loss is not split).</param>
    /// <param name="members">Ordered by member number: that order breaks ties.</param>
    public static ShuDivision Of(long shu, ShuPercentages percentages, IReadOnlyList<MemberBasis> members)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shu);
        var amounts = Apportion.Split(shu, ShuPercentages.Parts.Select(p => percentages[p]).ToArray());
        var parts = ShuPercentages.Parts.Zip(amounts).ToDictionary(x => x.First, x => x.Second);
        var transaksi = Apportion.Split(parts[ShuPart.JasaTransaksi], members.Select(m => Math.Max(0, m.Purchases)).ToArray());
        var simpanan = Apportion.Split(parts[ShuPart.JasaSimpanan], members.Select(m => Math.Max(0, m.WajibMonthEnds)).ToArray());
        var shares = members.Select((m, i) => new MemberShu(m.Number, transaksi[i], simpanan[i])).ToList();
        return new ShuDivision(parts, shares,
            parts[ShuPart.JasaTransaksi] - transaksi.Sum(), parts[ShuPart.JasaSimpanan] - simpanan.Sum());
    }
}
