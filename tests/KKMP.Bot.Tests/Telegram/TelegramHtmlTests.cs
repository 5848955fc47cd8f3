using KKMP.Bot.Channels.Telegram;

namespace KKMP.Bot.Tests.Telegram;

public class TelegramHtmlTests
{
    [Theory]
    [InlineData("Gula <Aren> & Kelapa", "Gula &lt;Aren&gt; &amp; Kelapa")]
    [InlineData("minyak_goreng *promo*", "minyak_goreng *promo*")]
    [InlineData("Rp12.500 × 2 = Rp25.000", "Rp12.500 × 2 = Rp25.000")]
    [InlineData("&amp;", "&amp;amp;")]
    public void Escape_replaces_exactly_the_html_specials(string plain, string html) =>
        Assert.Equal(html, TelegramHtml.Escape(plain));

    [Fact]
    public void Short_text_is_one_message()
    {
        Assert.Equal(["Tercatat: jual beras 2 kg."], TelegramHtml.ToMessages("  Tercatat: jual beras 2 kg.\n"));
    }

    [Fact]
    public void Long_text_splits_at_paragraphs_first()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(i => new string((char)('a' + i), 30)).ToList();

        var messages = TelegramHtml.ToMessages(string.Join("\n\n", paragraphs), limit: 70);

        Assert.Equal([$"{paragraphs[0]}\n\n{paragraphs[1]}", $"{paragraphs[2]}\n\n{paragraphs[3]}", $"{paragraphs[4]}\n\n{paragraphs[5]}"], messages);
    }

    [Fact]
    public void A_paragraph_longer_than_a_message_splits_at_lines_then_words()
    {
        var words = string.Join(' ', Enumerable.Range(1, 100).Select(i => $"kata{i}"));

        var messages = TelegramHtml.ToMessages(words, limit: 50);

        Assert.All(messages, m => Assert.InRange(m.Length, 1, 50));
        Assert.Equal(words, string.Join(' ', messages));
    }

    [Fact]
    public void Escaping_counts_towards_the_limit()
    {
        var text = string.Concat(Enumerable.Repeat("<&> ", 400)).Trim(); // 1,599 characters, 5,199 escaped

        var messages = TelegramHtml.ToMessages(text);

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.Equal(TelegramHtml.Escape(text), string.Join(' ', messages));
    }

    [Fact]
    public void A_word_longer_than_a_message_is_cut_without_breaking_an_emoji()
    {
        var text = string.Concat(Enumerable.Repeat("🍚", 60)); // 120 UTF-16 units

        var messages = TelegramHtml.ToMessages(text, limit: 51);

        Assert.All(messages, m => Assert.False(char.IsHighSurrogate(m[^1])));
        Assert.Equal(text, string.Concat(messages));
    }

    [Fact]
    public void Blank_text_gives_no_message() => Assert.Empty(TelegramHtml.ToMessages(" \n\n "));
}
