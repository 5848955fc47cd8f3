using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.ReferencePrices;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Tests.ReferencePrices;

/// <summary>The real knowledge/harga-acuan.yaml applied by province and date.</summary>
public class ReferencePriceBookTests
{
    private static readonly ReferencePriceBook Book = new(Options.Create(new KnowledgeOptions()));
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static CooperativeDoc In(string province) => new() { Id = "k", Province = province };

    [Theory]
    [InlineData("Jawa Timur", "beras-medium", 13_500)]
    [InlineData("Jawa Barat", "beras-premium", 14_900)]
    [InlineData("Sulawesi Selatan", "beras-medium", 13_500)]
    [InlineData("Sumatera Utara", "beras-medium", 14_000)]
    [InlineData("Kalimantan Barat", "beras-premium", 15_400)]
    [InlineData("Papua Barat", "beras-medium", 15_500)]
    [InlineData("Jawa Timur", "gula", 17_500)]
    [InlineData("Maluku Utara", "gula", 18_500)]
    [InlineData("Papua Pegunungan", "gula", 18_500)]
    [InlineData("Jawa Timur", "lpg-3kg", 18_000)]
    [InlineData("Aceh", "minyakita", 15_700)]
    [InlineData("", "minyakita", 15_700)]
    public void A_province_finds_its_zone(string province, string commodity, long expected) =>
        Assert.Equal(expected, Book.For(In(province), commodity, Today)?.Rupiah);

    [Theory]
    [InlineData("Jawa Barat", "lpg-3kg")] // the Jawa Timur governor's decree says nothing about Jawa Barat
    [InlineData("", "beras-medium")] // without a province no zone can be chosen
    public void No_figure_where_none_applies(string province, string commodity) =>
        Assert.Null(Book.For(In(province), commodity, Today));

    [Fact]
    public void The_rule_in_force_on_the_day_is_used()
    {
        var before = Book.For(In("Jawa Timur"), "beras-medium", new DateOnly(2025, 8, 21))!;
        var after = Book.For(In("Jawa Timur"), "beras-medium", new DateOnly(2025, 8, 22))!;

        Assert.Equal((12_500, "Perbadan 5/2024"), (before.Rupiah, before.Entry.SourceShort));
        Assert.Equal((13_500, "Kepbadan 299/2025"), (after.Rupiah, after.Entry.SourceShort));
        Assert.Null(Book.For(In("Jawa Timur"), "lpg-3kg", new DateOnly(2025, 1, 14)));
    }

    [Fact]
    public void A_ceiling_is_breached_only_above_it_and_the_breach_names_the_rule()
    {
        var minyakita = Book.For(In("Jawa Timur"), "minyakita", Today)!;
        var gula = Book.For(In("Jawa Timur"), "gula", Today)!;

        Assert.False(minyakita.IsBreachedBy(15_700));
        Assert.True(minyakita.IsBreachedBy(15_701));
        Assert.False(gula.IsBreachedBy(20_000)); // HAP is a reference, not a ceiling
        Assert.Equal("di atas HET Rp15.700 (Permendag 18/2024)", minyakita.Breach);
    }

    [Theory]
    [InlineData("jatim", "Jawa Timur")]
    [InlineData("Provinsi  Jawa timur", "Jawa Timur")]
    [InlineData("DIY", "DI Yogyakarta")]
    [InlineData("atlantis", null)]
    public void Provinces_are_found_by_name_or_abbreviation(string typed, string? expected) =>
        Assert.Equal(expected, Provinces.Find(typed)?.Name);

    [Fact]
    public void Every_province_finds_a_rice_zone()
    {
        var unzoned = Provinces.All.Where(p => Book.For(In(p.Name), "beras-medium", Today) is null).Select(p => p.Name);
        Assert.Empty(unzoned);
        Assert.Equal(["beras-medium", "beras-premium", "minyakita", "gula", "lpg-3kg"], Book.Commodities);
    }
}
