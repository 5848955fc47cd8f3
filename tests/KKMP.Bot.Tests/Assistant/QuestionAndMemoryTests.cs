using KKMP.Bot.Assistant;

namespace KKMP.Bot.Tests.Assistant;

public class QuestionAndMemoryTests
{
    [Theory]
    [InlineData("harga beras berapa?", QuestionKind.Price, "beras")]
    [InlineData("Harga minyak goreng sekarang?", QuestionKind.Price, "minyak goreng")]
    [InlineData("beras berapaan sekilo?", QuestionKind.Price, "beras")]
    [InlineData("daftar harga", QuestionKind.PriceList, null)]
    [InlineData("harganya berapa?", QuestionKind.PriceList, null)]
    [InlineData("stok gula masih ada?", QuestionKind.Stock, null)]
    [InlineData("info koperasi", QuestionKind.Cooperative, null)]
    [InlineData("bagaimana pembagian sisa hasil usaha?", QuestionKind.Regulation, null)]
    [InlineData("apakah koperasi saya wajib mengadakan RAT?", QuestionKind.Regulation, null)]
    public void Classifies_free_text(string text, QuestionKind kind, string? item)
    {
        var question = Question.Classify(text);

        Assert.Equal(kind, question.Kind);
        Assert.Equal(item, question.Item);
    }

    [Theory]
    [InlineData("kalau gula?", "harga beras berapa?", QuestionKind.Price, "gula")]
    [InlineData("kalau gula?", null, QuestionKind.Regulation, null)]
    [InlineData("kalau koperasi sekunder?", "berapa minimal pendiri koperasi primer?", QuestionKind.Regulation, null)]
    [InlineData("bagaimana cara mendirikan koperasi simpan pinjam di desa?", "harga beras berapa?", QuestionKind.Regulation, null)]
    public void Short_follow_up_to_a_price_question_asks_a_price(string text, string? previous, QuestionKind kind, string? item)
    {
        var question = Question.Classify(text, previous);

        Assert.Equal(kind, question.Kind);
        Assert.Equal(item, question.Item);
    }

    [Fact]
    public void History_keeps_the_newest_turns_within_count_and_size()
    {
        var limits = new AssistantOptions { HistoryMessages = 4, HistoryCharacters = 30 };
        var turns = Enumerable.Range(1, 6).Select(i => new Turn(i % 2 == 1 ? Turn.User : Turn.Assistant, $"pesan nomor {i}")).ToList();

        var kept = ConversationMemory.Bound(turns, limits);

        Assert.Equal(["pesan nomor 5", "pesan nomor 6"], kept.Select(t => t.Text));
    }

    [Fact]
    public void An_over_long_turn_is_cut_to_the_size_limit()
    {
        var kept = ConversationMemory.Bound([new Turn(Turn.User, new string('x', 100))], new AssistantOptions { HistoryCharacters = 40 });

        Assert.Equal(40, Assert.Single(kept).Text.Length);
    }
}
