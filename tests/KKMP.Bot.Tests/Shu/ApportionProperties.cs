using FsCheck;
using FsCheck.Fluent;
using KKMP.Bot.Shu;

namespace KKMP.Bot.Tests.Shu;

/// <summary>No rupiah is created or lost when the SHU is split into parts and the parts among members.</summary>
public class ApportionProperties
{
    private static readonly Gen<long> Rupiah = Gen.Choose(0, int.MaxValue).Select(x => (long)x * (x % 7 == 0 ? 4_000 : 1));
    private static readonly Gen<long> Weight = Gen.Frequency((2, Gen.Constant(0L)), (5, Gen.Choose(0, 1_000_000).Select(x => (long)x)),
        (1, Gen.Choose(0, int.MaxValue).Select(x => (long)x * 50_000)));

    [Fact]
    public void Shares_add_up_to_the_total_and_each_is_within_a_rupiah_of_its_exact_value() =>
        Prop.ForAll(Rupiah.ToArbitrary(), Gen.ArrayOf(Weight).ToArbitrary(), (total, weights) =>
        {
            var shares = Apportion.Split(total, weights);
            var sum = weights.Aggregate((Int128)0, (s, w) => s + w);
            Assert.Equal(weights.Length, shares.Length);
            if (sum == 0)
            {
                Assert.All(shares, s => Assert.Equal(0, s));
                return;
            }
            Assert.Equal(total, shares.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                var floor = (Int128)total * weights[i] / sum;
                Assert.InRange(shares[i], (long)floor, (long)floor + 1);
                if (weights[i] == 0) Assert.Equal(0, shares[i]);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));

    [Fact]
    public void The_shu_split_keeps_every_rupiah_in_the_parts_and_the_member_shares() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).Select(x => (long)x * 3).ToArbitrary(), Percentages().ToArbitrary(),
            Gen.ArrayOf(Gen.Zip(Weight, Weight)).ToArbitrary(), (shu, percentages, bases) =>
        {
            var members = bases.Select((b, i) => new MemberBasis(i + 1, b.Item1, b.Item2)).ToList();
            var division = ShuDivision.Of(shu, percentages, members);
            Assert.Equal(shu, division.Parts.Values.Sum());
            Assert.Equal(division.Parts[ShuPart.JasaTransaksi], division.Members.Sum(m => m.JasaTransaksi) + division.UnpaidTransaksi);
            Assert.Equal(division.Parts[ShuPart.JasaSimpanan], division.Members.Sum(m => m.JasaSimpanan) + division.UnpaidSimpanan);
            Assert.Equal(members.Any(m => m.Purchases > 0) ? 0 : division.Parts[ShuPart.JasaTransaksi], division.UnpaidTransaksi);
            Assert.All(division.Members, m => Assert.True(m.JasaTransaksi >= 0 && m.JasaSimpanan >= 0));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    [Fact]
    public void Equal_remainders_go_to_the_lowest_member_number_first()
    {
        // 10 rupiah over three equal weights: 3 each, the one left over to the first.
        Assert.Equal([4, 3, 3], Apportion.Split(10, [1L, 1, 1]));
        Assert.Equal([0, 2, 1], Apportion.Split(3, [0L, 5, 5]));
    }

    /// <summary>Six percentages in hundredths that add up to exactly 100.</summary>
    private static Gen<ShuPercentages> Percentages() =>
        Gen.ArrayOf(Gen.Choose(0, 10_000), 5).Select(cuts =>
        {
            var points = cuts.Order().Prepend(0).Append(10_000).ToArray();
            var p = Enumerable.Range(0, 6).Select(i => (points[i + 1] - points[i]) / 100m).ToArray();
            return new ShuPercentages(p[0], p[1], p[2], p[3], p[4], p[5]);
        });
}
