using KKMP.Bot.Channels.WebChat;

namespace KKMP.Bot.Tests.WebChat;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("Harga beras Rp12.500/kg", "Harga beras Rp12.500/kg")]
    [InlineData("*penting* dan _miring_", "\\*penting\\* dan \\_miring\\_")]
    [InlineData("<b>tebal</b> & [tautan](x)", "\\<b\\>tebal\\</b\\> \\& \\[tautan\\](x)")]
    [InlineData("# bukan judul", "\\# bukan judul")]
    [InlineData("- bukan daftar", "\\- bukan daftar")]
    [InlineData("1. bukan daftar bernomor", "1\\. bukan daftar bernomor")]
    [InlineData("baris satu\nbaris dua", "baris satu\\\nbaris dua")]
    [InlineData("paragraf satu\n\nparagraf dua", "paragraf satu\n\nparagraf dua")]
    [InlineData("    menjorok", "\u00A0\u00A0\u00A0\u00A0menjorok")]
    public void Plain_text_is_escaped_so_markdown_renders_it_as_written(string plain, string markdown) =>
        Assert.Equal(markdown, MarkdownText.Escape(plain));
}
