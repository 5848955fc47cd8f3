using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>/faq tambah, /faq, /faq hapus through the real router, the offline assistant and the ledger.</summary>
public class BoardFaqTests
{
    private const string Hours = "/faq tambah \"Gerai buka jam berapa?\" \"Gerai buka setiap hari pukul 07.00 sampai 17.00.\"";
    private const string Question = "gerai buka jam berapa?";
    private static readonly string Citation = $"FAQ {DemoSeed.Name} (pengurus, 3 Des 2026)";

    [Fact]
    public async Task A_pengurus_entry_answers_that_cooperatives_members_as_faq_survives_a_restart_and_archiving_removes_it()
    {
        using var board = new BoardQuestionsHarness();
        var added = await board.As("webchat", "p1", Role.Pengurus).SendAsync(Hours);
        Assert.Contains("Tercatat: FAQ nomor 1", added.Text);

        var answer = await board.As("webchat", "m1", Role.Anggota).SendAsync(Question);
        Assert.StartsWith(Citation, answer.Text);
        Assert.Contains("07.00", answer.Text);
        var elsewhere = await board.As("webchat", "m2", Role.Anggota, BoardQuestionsHarness.Other).SendAsync(Question);
        Assert.DoesNotContain("07.00", elsewhere.Text);

        board.Restart();
        var member = board.As("webchat", "m1", Role.Anggota);
        Assert.StartsWith(Citation, (await member.SendAsync(Question)).Text);
        Assert.Contains("1. Gerai buka jam berapa?", (await member.SendAsync("/faq")).Text);

        var archived = await board.As("webchat", "p1", Role.Pengurus).SendAsync("/faq hapus 1");
        Assert.Contains("diarsipkan", archived.Text);
        Assert.DoesNotContain("07.00", (await member.SendAsync(Question)).Text);
        Assert.Contains("Belum ada FAQ", (await member.SendAsync("/faq")).Text);
        Assert.Contains("tidak ada", (await board.As("webchat", "p1", Role.Pengurus).SendAsync("/faq hapus 1")).Text);
    }

    [Fact]
    public async Task An_admin_entry_applies_to_every_cooperative()
    {
        using var board = new BoardQuestionsHarness();
        var added = await board.As("webchat", "a1", Role.Admin).SendAsync(Hours);
        Assert.Contains("semua koperasi", added.Text);

        var answer = await board.As("webchat", "m2", Role.Anggota, BoardQuestionsHarness.Other).SendAsync(Question);
        Assert.StartsWith("FAQ KKMP.Bot (admin, 3 Des 2026)", answer.Text);
    }

    [Fact]
    public async Task An_entry_that_cites_a_pasal_is_stored_as_written_and_still_cited_as_faq()
    {
        using var board = new BoardQuestionsHarness();
        await board.As("webchat", "p1", Role.Pengurus).SendAsync(
            "/faq tambah \"Kapan gerai tutup untuk inventarisasi?\" \"Menurut Pasal 99 UU 25/1992 gerai tutup setiap tanggal 1 untuk inventarisasi.\"");

        var answer = await board.As("webchat", "m1", Role.Anggota).SendAsync("kapan gerai tutup untuk inventarisasi?");

        Assert.StartsWith(Citation, answer.Text);
        Assert.Contains("Menurut Pasal 99 UU 25/1992", answer.Text);
        Assert.DoesNotContain("\nUU 25/1992 Pasal 99", answer.Text);
    }

    [Fact]
    public async Task A_member_cannot_add_or_archive_and_nothing_is_stored()
    {
        using var board = new BoardQuestionsHarness();
        var member = board.As("webchat", "m1", Role.Anggota);

        var refused = await member.SendAsync(Hours);

        Assert.Equal(CommandPolicy.Refusal(CommandTable.Declarations.Single(d => d.Word == "/faq tambah"), Role.Anggota, ChatKinds.Private), refused.Text);
        Assert.Empty(board.Router.Get<FaqBook>().For(DemoSeed.KoperasiId));
        Assert.Equal(0, board.Router.Get<FaqBook>().Index.Count);
    }

    [Theory]
    [InlineData("/faq tambah \"Gerai buka jam berapa?\"", "dalam tanda kutip")]
    [InlineData("/faq tambah gerai buka jam berapa", "dalam tanda kutip")]
    [InlineData("/faq hapus satu", "nomor FAQ")]
    [InlineData("/faq ubah 1", "/faq tambah")]
    public async Task Malformed_faq_commands_get_what_was_wrong_and_an_example(string text, string hint)
    {
        using var board = new BoardQuestionsHarness();

        var reply = await board.As("webchat", "p1", Role.Pengurus).SendAsync(text);

        Assert.Contains(hint, reply.Text);
        Assert.Contains("Contoh: /faq", reply.Text);
        Assert.Empty(board.Router.Get<FaqBook>().For(DemoSeed.KoperasiId));
    }

    [Fact]
    public async Task Text_over_the_cap_is_refused_and_nothing_is_stored()
    {
        using var board = new BoardQuestionsHarness();
        var longQuestion = new string('a', KKMP.Bot.Knowledge.Faq.FaqEntry.MaxQuestionLength + 1);

        var reply = await board.As("webchat", "p1", Role.Pengurus).SendAsync($"/faq tambah \"{longQuestion}\" \"jawaban\"");

        Assert.Contains($"paling panjang {KKMP.Bot.Knowledge.Faq.FaqEntry.MaxQuestionLength}", reply.Text);
        Assert.Empty(board.Router.Get<FaqBook>().For(DemoSeed.KoperasiId));
    }
}
