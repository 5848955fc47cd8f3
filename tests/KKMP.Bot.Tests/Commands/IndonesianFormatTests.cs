using KKMP.Bot.Commands.Formatting;

namespace KKMP.Bot.Tests.Commands;

public class IndonesianFormatTests
{
    [Theory]
    [InlineData(12500, "Rp12.500")]
    [InlineData(0, "Rp0")]
    [InlineData(999, "Rp999")]
    [InlineData(1000, "Rp1.000")]
    [InlineData(1250000, "Rp1.250.000")]
    [InlineData(-31250, "-Rp31.250")]
    [InlineData(long.MaxValue, "Rp9.223.372.036.854.775.807")]
    public void Formats_rupiah(long amount, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Rupiah(amount));
    }

    [Theory]
    [InlineData("2.5", "kg", "2,5 kg")]
    [InlineData("2.50", "kg", "2,5 kg")]
    [InlineData("2.000", "liter", "2 liter")]
    [InlineData("1250.5", "kg", "1.250,5 kg")]
    [InlineData("0.125", "kg", "0,125 kg")]
    [InlineData("47.5", null, "47,5")]
    [InlineData("-2.5", "kg", "-2,5 kg")]
    [InlineData("100000", "butir", "100.000 butir")]
    public void Formats_quantities_without_trailing_zeros(string amount, string? unit, string expected)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, IndonesianFormat.Quantity(value, unit));
    }

    [Theory]
    [InlineData(2026, 11, 27, "Jumat, 27 November 2026")]
    [InlineData(2026, 11, 29, "Minggu, 29 November 2026")]
    [InlineData(2026, 1, 5, "Senin, 5 Januari 2026")]
    [InlineData(2025, 8, 17, "Minggu, 17 Agustus 2025")]
    [InlineData(2028, 2, 29, "Selasa, 29 Februari 2028")]
    [InlineData(2026, 5, 13, "Rabu, 13 Mei 2026")]
    [InlineData(2026, 10, 1, "Kamis, 1 Oktober 2026")]
    [InlineData(2026, 12, 26, "Sabtu, 26 Desember 2026")]
    public void Formats_dates_with_indonesian_names(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IndonesianFormat.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Formats_time_with_a_dot()
    {
        Assert.Equal("07.05", IndonesianFormat.Time(new TimeOnly(7, 5)));
    }
}
