using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Unanswered;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KKMP.Bot.Tests.Knowledge;

public class UnansweredQuestionTests
{
    [Fact]
    public void The_most_frequent_questions_of_one_cooperative_in_the_window_come_first()
    {
        var now = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        using var db = LedgerDb.InMemory();
        var log = new UnansweredQuestionLog(db, NullLogger<UnansweredQuestionLog>.Instance);
        log.Record(new("jam buka gerai?", now.AddDays(-40), 0, "kop-1"));   // outside 30 days
        log.Record(new("Jam buka  gerai?", now.AddDays(-3), 0, "kop-1"));
        log.Record(new("jam bukak gerai", now.AddDays(-2), 0.1, "kop-1"));  // a typo away: the same question
        log.Record(new("jam buka gerai?", now.AddDays(-1), 0.2, "kop-1"));
        log.Record(new("no wa ketua?", now, 0, "kop-1"));
        log.Record(new("jam buka gerai?", now, 0, "kop-2"));   // another cooperative

        var top = log.MostFrequent("kop-1", now.AddDays(-30));
        Assert.Equal(2, top.Count);
        Assert.Equal(("jam buka gerai?", 3, 0.2), top[0]);
        Assert.Equal("no wa ketua?", top[1].Text);
    }

    [Fact]
    public void An_unanswered_question_carries_no_user_id()
    {
        Assert.DoesNotContain(typeof(UnansweredQuestion).GetProperties(), p => p.Name.Contains("User", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(typeof(UnansweredDoc).GetProperties(), p => p.Name.Contains("User", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("kapan RAT?", "kapan rat", true)]
    [InlineData("Kapan RAT diadakan??", "kapan rat diadakan", true)]
    [InlineData("kapan rat diadakan", "kapan shu dibagi", false)]
    public void Near_identical_texts_are_grouped(string a, string b, bool together)
    {
        var now = DateTimeOffset.UnixEpoch;
        var groups = QuestionGrouping.MostFrequent([new(a, now, 0, "k"), new(b, now, 0, "k")], 10);
        Assert.Equal(together ? 1 : 2, groups.Count);
    }

    [Fact]
    public async Task The_assistant_logs_a_question_it_cannot_answer_for_the_askers_cooperative()
    {
        using var app = new BotApp();
        _ = app.BaseAddress;
        var assistant = app.Services.GetRequiredService<IAssistant>();
        await assistant.AnswerAsync(new(new Asker(ChannelNames.Terminal, "u1", Role.Anggota, "kop-1"), "gerai kita buka jam berapa besok?", "terminal:t:u1"));
        await assistant.AnswerAsync(new(new Asker(ChannelNames.Terminal, "u2", Role.Anggota, "kop-1"), "masa jabatan pengurus koperasi paling lama berapa tahun?", "terminal:t:u2"));

        var log = app.Services.GetRequiredService<IUnansweredQuestionLog>();
        var logged = log.MostFrequent("kop-1", DateTimeOffset.MinValue);
        var entry = Assert.Single(logged);
        Assert.Equal("gerai kita buka jam berapa besok?", entry.Text);
        Assert.Empty(log.MostFrequent("kop-2", DateTimeOffset.MinValue));
    }
}
