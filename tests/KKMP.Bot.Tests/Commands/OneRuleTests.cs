using KKMP.Bot.Assistant;
using KKMP.Bot.Assistant.Plugins;
using KKMP.Bot.Commands.Formatting;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Commands;

/// <summary>Rules that used to be written twice and disagree, now written once and used everywhere.</summary>
public class OneRuleTests
{
    [Fact]
    public void Quantities_and_rupiah_print_the_same_from_commands_and_from_the_assistant()
    {
        var stock = ShopAnswerFormatter.Format(new StockResult(ShopStatus.Ok, "KKMP", [new StockView("Kunyit", "kg", 0.125m, false)]));
        var price = ShopAnswerFormatter.Format(new PriceListResult(ShopStatus.Ok, "KKMP", [new PriceView("Beras", "kg", 1_212_500, null)]));

        Assert.Contains($"Kunyit: {IndonesianFormat.Quantity(0.125m, "kg")}", stock);
        Assert.Equal("0,125 kg", IndonesianFormat.Quantity(0.125m, "kg"));
        Assert.Contains("Beras: Rp1.212.500/kg", price);
    }

    [Theory]
    [InlineData(12_500.5, 12_501)]
    [InlineData(2.5, 3)]     // banker's rounding would give 2
    [InlineData(3.5, 4)]
    [InlineData(2.49, 2)]
    [InlineData(-2.5, -3)]
    public void Money_rounds_half_away_from_zero(double rupiah, long expected) =>
        Assert.Equal(expected, Money.Round((decimal)rupiah));

    [Theory]
    [InlineData(19, 20, true)]
    [InlineData(20, 20, false)] // at the minimum is not below it
    [InlineData(0, 0, false)]   // a minimum of 0 switches the warning off
    [InlineData(5, null, false)]
    public void Low_stock_is_strictly_below_the_minimum(int stock, int? minimum, bool low) =>
        Assert.Equal(low, LowStock.Is(stock, minimum));

    [Fact]
    public async Task Stock_list_recap_and_assistant_agree_on_an_item_at_its_minimum()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "p", Role.Pengurus);
        await board.SendAsync("/stok gula 10 kg"); // gula's minimum in the demo shop is 10 kg; 50 → 10 kg is asked first
        Assert.StartsWith("Tercatat", (await board.SendAsync("YA")).Text);

        var list = await board.SendAsync("/stok");
        var recap = await board.SendAsync("/rekap");
        var assistant = new StockPlugin(harness.Get<IShopReader>(), new Asker("telegram", "p", Role.Pengurus, DemoSeed.KoperasiId)).ReadStock();

        Assert.DoesNotContain("Gula Pasir: 10 kg ⚠", list.Text);
        Assert.DoesNotContain("Gula Pasir 10 kg (minimum", recap.Text);
        Assert.False(assistant.Stock.Single(s => s.Item == "Gula Pasir").IsLow);
        Assert.True(assistant.Stock.Single(s => s.Item == "Gula Pasir").Quantity == 10m);
    }

    [Theory]
    [InlineData("harga beras berapa?", QuestionKind.Price, "beras")]
    [InlineData("daftar harga", QuestionKind.PriceList, null)]
    [InlineData("beras berapaan sekilo?", QuestionKind.Price, "beras")]
    [InlineData("beras sekarang harganya berapa ya?", QuestionKind.Price, "beras")]
    [InlineData("kenapa harga beras naik?", QuestionKind.Regulation, null)]   // a remark about prices, not a price question
    [InlineData("anggota berapa?", QuestionKind.Regulation, null)]
    public void The_assistant_reads_price_questions_with_the_grammars_classifier(string text, QuestionKind kind, string? item)
    {
        var question = Question.Classify(text);

        Assert.Equal(kind, question.Kind);
        Assert.Equal(item, question.Item);
        Assert.Equal(kind != QuestionKind.Regulation, PriceQuestion.Classify(text) is not null);
    }

    [Fact]
    public async Task The_ledger_reads_time_from_the_TimeProvider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 16, 30, 0, TimeSpan.Zero)); // 23.30 WIB
        using var harness = new RouterHarness(time: time);
        var cashier = harness.As("telegram", "k", Role.Pengelola);

        await cashier.SendAsync("/jual gula 1 kg");
        await cashier.SendAsync("/setharga gula 18.000");
        time.Advance(TimeSpan.FromHours(1)); // 00.30 WIB: a new local day
        var recapToday = await cashier.SendAsync("/rekap");
        var recapYesterday = await cashier.SendAsync("/rekap kemarin");

        var db = harness.Get<LedgerDb>();
        var sold = new DateTime(2027, 3, 1, 16, 30, 0, DateTimeKind.Utc);
        Assert.InRange(db.Movements.FindAll().Max(m => m.AtUtc), sold, sold.AddMilliseconds(1)); // ids are unique ticks from the fake clock
        Assert.Contains(db.Audit.FindAll(), a => a.AtUtc == sold);
        Assert.Contains("2 Maret 2027", recapToday.Text.Split('\n')[0]);
        Assert.Contains("gula", recapYesterday.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1 Maret 2027", recapYesterday.Text.Split('\n')[0]);
    }
}
