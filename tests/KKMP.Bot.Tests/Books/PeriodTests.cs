using KKMP.Bot.Books.Reports;
using KKMP.Bot.Commands.Parsing;

namespace KKMP.Bot.Tests.Books;

public class PeriodTests
{
    private static readonly DateOnly Today = new(2026, 11, 30); // a Monday

    [Theory]
    [InlineData("", "2026-11-01", "2026-11-30")]
    [InlineData("hari ini", "2026-11-30", "2026-11-30")]
    [InlineData("kemarin", "2026-11-29", "2026-11-29")]
    [InlineData("minggu ini", "2026-11-30", "2026-11-30")]
    [InlineData("bulan ini", "2026-11-01", "2026-11-30")]
    [InlineData("bulan lalu", "2026-10-01", "2026-10-31")]
    [InlineData("2026-10", "2026-10-01", "2026-10-31")]
    [InlineData("November 2026", "2026-11-01", "2026-11-30")]
    [InlineData("okt 2026", "2026-10-01", "2026-10-31")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2026", "2026-01-01", "2026-11-30")]
    [InlineData("20/11-30/11", "2026-11-20", "2026-11-30")]
    [InlineData("20/11 - 25/11", "2026-11-20", "2026-11-25")]
    [InlineData("1/12/2025-31/1/2026", "2025-12-01", "2026-01-31")]
    [InlineData("2026-11-20", "2026-11-20", "2026-11-20")]
    public void Periods_are_read_and_meet_the_calendar(string text, string from, string to)
    {
        var period = PeriodReader.Read(text, "/laporan bulan ini").Resolve(Today);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (period.From, period.To));
    }

    [Theory]
    [InlineData("minggu depan")]
    [InlineData("13/2026")]
    [InlineData("32/11-30/11")]
    [InlineData("November")]
    public void Unknown_periods_say_which_forms_are_understood(string text)
    {
        var error = Assert.Throws<GrammarError>(() => PeriodReader.Read(text, "/laporan bulan ini"));
        Assert.Contains("tidak dikenali", error.Message);
        Assert.Contains("Contoh: /laporan bulan ini", error.Message);
    }

    [Theory]
    [InlineData("2027", "belum terjadi")]
    [InlineData("Desember 2026", "belum terjadi")]
    [InlineData("30/11-20/11", "terbalik")]
    public void Future_and_reversed_periods_are_refused(string text, string why)
    {
        var error = Assert.Throws<PeriodError>(() => PeriodReader.Read(text, "/laporan").Resolve(Today));
        Assert.Contains(why, error.Message);
        Assert.Contains("Contoh: /laporan", error.Message);
    }

    [Fact]
    public void A_week_starts_on_monday()
    {
        var week = new PeriodSpec.ThisWeek().Resolve(new DateOnly(2026, 11, 27)); // Friday
        Assert.Equal(new DateOnly(2026, 11, 23), week.From);
    }
}

public class BookWordsInQuestionsTests
{
    [Theory]
    [InlineData("laporan tahunan disusun kapan sblm rat")]
    [InlineData("laporan tahunan harus ditandatangani semua pengurus?")]
    [InlineData("biaya RAT ditanggung siapa")]
    [InlineData("kas koperasi boleh dipinjam pengurus?")]
    [InlineData("grafik itu apa")]
    public void Questions_that_start_with_a_books_word_stay_questions(string text) =>
        Assert.IsType<ParseResult.NotACommand>(CommandParser.Parse(text));

    [Theory]
    [InlineData("biaya listrik 150rb", typeof(Expense))]
    [InlineData("laporan bulan lalu", typeof(Report))]
    [InlineData("kas masuk 2jt modal", typeof(CashMove))]
    [InlineData("/grafik stok beras", typeof(Chart))]
    public void Books_commands_work_without_the_slash_too(string text, Type expected) =>
        Assert.IsType(expected, Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);
}
