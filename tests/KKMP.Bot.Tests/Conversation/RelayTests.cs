using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Relay;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>
/// Questions the bot cannot answer, through the real router and offline assistant: logged for /pertanyaan,
/// relayed to the pengurus on request, answered with /jawab. Web chat and terminal cannot be reached
/// unprompted, so what comes for their users is shown with their next reply.
/// </summary>
public class RelayTests
{
    private const string ShopHours = "gerai kita buka jam berapa besok?";

    [Fact]
    public async Task A_hedged_answer_also_offers_to_ask_a_person_and_relays_that_question()
    {
        // A question the knowledge base only half matches gets "mungkin yang dimaksud", not certainty.
        const string halfMatched = "surat keterangan domisili koperasi ngurusnya dimana";
        using var board = new BoardQuestionsHarness();
        var pengurus = board.As("webchat", "pengurus-9", Role.Pengurus);
        var member = board.As("webchat", "anggota-78", Role.Anggota);

        var hedged = await member.SendAsync(halfMatched);
        Assert.StartsWith("Saya belum yakin", hedged.Text);
        Assert.Equal(BoardExamples.Forward, hedged.SuggestedReplies[0]);

        var forwarded = await member.SendAsync(BoardExamples.Forward);
        Assert.Contains("sudah diteruskan ke pengurus", forwarded.Text);
        Assert.Contains(halfMatched, (await pengurus.SendAsync("/faq")).Text);
    }

    [Fact]
    public async Task An_unanswerable_question_is_relayed_without_the_askers_identity_and_the_answer_comes_back()
    {
        using var board = new BoardQuestionsHarness();
        var pengurus = board.As("webchat", "pengurus-1", Role.Pengurus);
        var terminalPengurus = board.As("terminal", "pengurus-2", Role.Pengurus);
        var member = board.As("webchat", "anggota-77", Role.Anggota);

        var notFound = await member.SendAsync(ShopHours);
        Assert.Contains("tidak menemukan", notFound.Text);
        Assert.Equal(BoardExamples.Forward, notFound.SuggestedReplies[0]);

        var forwarded = await member.SendAsync(BoardExamples.Forward);
        Assert.Contains("sudah diteruskan ke pengurus", forwarded.Text);

        foreach (var boardMember in new[] { pengurus, terminalPengurus })
        {
            var next = await boardMember.SendAsync("/faq");
            Assert.Contains($"Pertanyaan #1 dari seorang anggota {DemoSeed.Name}", next.Text);
            Assert.Contains($"«{ShopHours}»", next.Text);
            Assert.Contains("/jawab 1", next.Text);
            Assert.DoesNotContain("anggota-77", next.Text);
            Assert.DoesNotContain("Pertanyaan #1", (await boardMember.SendAsync("/faq")).Text); // shown once
        }
        Assert.Contains("#1", (await pengurus.SendAsync("/pertanyaan")).Text);

        Assert.Contains("dikirim ke penanya", (await pengurus.SendAsync("/jawab 1 Buka jam 7 pagi, Minggu tutup.")).Text);
        var answered = await member.SendAsync("makasih");
        Assert.StartsWith($"Jawaban pengurus {DemoSeed.Name} atas pertanyaan Anda:\n«{ShopHours}»\n\nBuka jam 7 pagi, Minggu tutup.", answered.Text);
        Assert.DoesNotContain("pengurus-1", answered.Text);

        Assert.Contains("Pertanyaan #1 sudah dijawab", (await terminalPengurus.SendAsync("/jawab 1 Jam 8.")).Text);
        Assert.Contains("Pertanyaan #99 tidak ada", (await pengurus.SendAsync("/jawab 99 Jam 8.")).Text);
        Assert.DoesNotContain("#1", (await pengurus.SendAsync("/pertanyaan")).Text.Split("belum dijawab").Skip(1).FirstOrDefault() ?? "");
    }

    [Fact]
    public async Task Another_cooperatives_pengurus_cannot_answer_and_a_cooperative_without_pengurus_gets_nothing_relayed()
    {
        using var board = new BoardQuestionsHarness();
        var lonely = await board.As("webchat", "m9", Role.Anggota, BoardQuestionsHarness.Other).SendAsync("/teruskan ke pengurus kapan RAT?");
        Assert.Contains("Belum ada pengurus", lonely.Text);
        Assert.Empty(board.Router.Get<QuestionRelay>().Open(BoardQuestionsHarness.Other));

        board.As("webchat", "p1", Role.Pengurus);
        await board.As("webchat", "m1", Role.Anggota).SendAsync("/teruskan ke pengurus kapan RAT tahun ini?");
        var stranger = await board.As("webchat", "p9", Role.Pengurus, BoardQuestionsHarness.Other).SendAsync("/jawab 1 Bulan Maret.");
        Assert.Contains("Pertanyaan #1 tidak ada", stranger.Text);
        Assert.Single(board.Router.Get<QuestionRelay>().Open(DemoSeed.KoperasiId));
    }

    [Fact]
    public async Task Without_a_question_to_relay_the_button_says_how_to_write_one()
    {
        using var board = new BoardQuestionsHarness();
        board.As("webchat", "p1", Role.Pengurus);

        var reply = await board.As("webchat", "m1", Role.Anggota).SendAsync(BoardExamples.Forward);

        Assert.Contains("Tidak ada pertanyaan yang bisa diteruskan", reply.Text);
        Assert.Contains(BoardExamples.ForwardText, reply.Text);
    }

    [Fact]
    public async Task Relaying_is_limited_per_asker_per_hour()
    {
        using var board = new BoardQuestionsHarness();
        board.As("webchat", "p1", Role.Pengurus);
        var member = board.As("webchat", "m1", Role.Anggota);
        for (var i = 1; i <= QuestionRelay.PerHour; i++)
            Assert.Contains("sudah diteruskan", (await member.SendAsync($"/teruskan ke pengurus pertanyaan {i}")).Text);

        var refused = await member.SendAsync("/teruskan ke pengurus satu lagi");
        var other = await board.As("webchat", "m2", Role.Anggota).SendAsync("/teruskan ke pengurus dari orang lain");
        board.Clock.Advance(TimeSpan.FromMinutes(61));
        var later = await member.SendAsync("/teruskan ke pengurus satu lagi");

        Assert.Contains($"sudah meneruskan {QuestionRelay.PerHour} pertanyaan dalam satu jam", refused.Text);
        Assert.Contains("sudah diteruskan", other.Text);
        Assert.Contains("sudah diteruskan", later.Text);
        Assert.Equal(QuestionRelay.PerHour + 2, board.Router.Get<QuestionRelay>().Open(DemoSeed.KoperasiId).Count);
    }

    [Fact]
    public async Task Answer_and_save_makes_an_faq_entry_that_answers_the_next_asker()
    {
        using var board = new BoardQuestionsHarness();
        var pengurus = board.As("webchat", "p1", Role.Pengurus);
        await board.As("webchat", "m1", Role.Anggota).SendAsync("/teruskan ke pengurus gerai tutup hari apa saja?");

        var reply = await pengurus.SendAsync("/jawab 1 simpan Gerai tutup setiap hari Minggu dan hari libur nasional.");
        var next = await board.As("webchat", "m2", Role.Anggota).SendAsync("gerai tutup hari apa?");

        Assert.Contains("dikirim ke penanya", reply.Text);
        Assert.Contains("Tercatat: FAQ nomor 1", reply.Text);
        Assert.StartsWith($"FAQ {DemoSeed.Name} (pengurus, 3 Des 2026)", next.Text);
        Assert.Contains("hari Minggu", next.Text);
    }

    [Theory]
    [InlineData("/jawab", "nomor pertanyaan")]
    [InlineData("/jawab satu Buka jam 7.", "nomor pertanyaan")]
    [InlineData("/jawab 1", "belum ditulis")]
    [InlineData("/jawab 1 simpan", "belum ditulis")]
    [InlineData("/teruskan tolong ya", "ke pengurus")]
    public async Task Malformed_relay_commands_get_what_was_wrong_and_an_example(string text, string hint)
    {
        using var board = new BoardQuestionsHarness();

        var reply = await board.As("webchat", "p1", Role.Pengurus).SendAsync(text);

        Assert.Contains(hint, reply.Text);
        Assert.Contains("Contoh: /", reply.Text);
    }

    [Fact]
    public async Task Pertanyaan_lists_the_most_frequent_unanswered_questions_of_the_last_30_days_grouped_and_survives_a_restart()
    {
        using var board = new BoardQuestionsHarness();
        var member = board.As("webchat", "m1", Role.Anggota);
        await member.SendAsync("nomor wa bendahara berapa ya?");
        board.Clock.Advance(TimeSpan.FromDays(31));
        await member.SendAsync(ShopHours);
        await member.SendAsync("Gerai kita bukak jam berapa besok??");
        await board.As("webchat", "m2", Role.Anggota, BoardQuestionsHarness.Other).SendAsync(ShopHours);
        board.Restart();

        var list = (await board.As("webchat", "p1", Role.Pengurus).SendAsync("/pertanyaan")).Text;

        Assert.Contains("(30 hari terakhir)", list);
        Assert.Matches(@"\n1\. «[Gg]erai kita buka?k? jam berapa besok\?+» — 2×", list);
        Assert.DoesNotContain("bendahara", list);
        Assert.DoesNotContain("\n2.", list);
    }
}
