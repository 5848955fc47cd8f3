using KKMP.Bot.Channels.Terminal;

namespace KKMP.Bot.Tests.Terminal;

public class TerminalHintTests
{
    [Fact]
    public void Without_any_cooperative_the_hint_says_how_to_create_one_not_to_pick_a_missing_demo()
    {
        var hint = TerminalChat.NoSuchCooperative(null, []);

        Assert.StartsWith("Belum ada koperasi.", hint);
        Assert.Contains("Cooperatives__0__Id=", hint);
        Assert.Contains("Ledger__SeedDemo=true", hint);
        Assert.DoesNotContain("\"\"", hint);
    }

    [Fact]
    public void An_unknown_koperasi_flag_lists_the_ones_that_exist()
    {
        Assert.Equal("Koperasi \"kop-x\" tidak ada. Pilih dengan --koperasi salah satu: demo, kop-b.",
            TerminalChat.NoSuchCooperative("kop-x", ["demo", "kop-b"]));
    }
}
