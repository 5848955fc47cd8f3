using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Faq;
using KKMP.Bot.Knowledge.Search;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static KKMP.Bot.Tests.Knowledge.KnowledgeFixture;

namespace KKMP.Bot.Tests.Knowledge;

public class FaqTests
{
    private static readonly DateOnly December3 = new(2026, 12, 3);

    private static FaqEntry Hours(string id = "f1", string? koperasi = "kop-1") =>
        new(id, koperasi, "KKMP Sukamaju", "pengurus", "Gerai buka jam berapa?", "Gerai buka setiap hari pukul 07.00 sampai 17.00.", December3);

    private static (RegulationSearch Search, FaqIndex Faq) SearchWithFaq()
    {
        var faq = new FaqIndex();
        return (new RegulationSearch(Search.Index) { Faq = faq }, faq);
    }

    [Fact]
    public void An_entry_answers_its_own_cooperative_only_and_is_cited_as_the_boards_faq()
    {
        var (search, faq) = SearchWithFaq();
        using var _ = faq;
        faq.Add(Hours());

        var answer = Formatter.Format("gerai buka jam berapa?", search.Search("gerai buka jam berapa?", 5, "kop-1"));
        Assert.StartsWith("FAQ KKMP Sukamaju (pengurus, 3 Des 2026):", answer);
        Assert.Contains("07.00", answer);
        Assert.DoesNotContain("Pasal", answer);
        Assert.False(search.Search("gerai buka jam berapa?", 5, "kop-2").IsConfident);
    }

    [Fact]
    public void An_admin_entry_answers_every_cooperative()
    {
        var (search, faq) = SearchWithFaq();
        using var _ = faq;
        faq.Add(Hours(koperasi: null) with { Source = "KKMP.Bot", Role = "admin" });
        Assert.Equal(PassageKind.Faq, search.Search("gerai buka jam berapa?", 5, "kop-2").Passages[0].Kind);
        Assert.Equal(PassageKind.Faq, search.Search("gerai buka jam berapa?", 5, "kop-1").Passages[0].Kind);
    }

    [Fact]
    public void Adding_and_archiving_take_effect_without_a_restart()
    {
        var (search, faq) = SearchWithFaq();
        using var _ = faq;
        Assert.False(search.Search("gerai buka jam berapa?", 5, "kop-1").IsConfident);
        faq.Add(Hours());
        Assert.Equal(PassageKind.Faq, search.Search("gerai buka jam berapa?", 5, "kop-1").Passages[0].Kind);
        Assert.True(faq.Archive("f1"));
        Assert.False(faq.Archive("f1"));
        Assert.False(search.Search("gerai buka jam berapa?", 5, "kop-1").IsConfident);
    }

    [Fact]
    public void A_regulation_outranks_an_entry_that_matches_equally()
    {
        var (search, faq) = SearchWithFaq();
        using var _ = faq;
        const string question = "masa jabatan pengurus koperasi paling lama berapa tahun?";
        faq.Add(new("f2", "kop-1", "KKMP Sukamaju", "pengurus", question, "Menurut Pasal 29, masa jabatan pengurus paling lama 5 tahun.", December3));
        var result = search.Search(question, 5, "kop-1");
        Assert.Equal("UU 25/1992 Pasal 29", result.Passages[0].Citation);
    }

    [Fact]
    public void An_entry_that_quotes_a_pasal_is_still_cited_as_faq()
    {
        var (search, faq) = SearchWithFaq();
        using var _ = faq;
        faq.Add(new("f3", "kop-1", "KKMP Sukamaju", "pengurus", "Iuran bulanan kopdes kita berapa?",
            "Sesuai Pasal 3 ART, iuran bulanan Rp10.000 dibayar tanggal 10.", December3));
        var answer = Formatter.Format("iuran bulanan kopdes kita berapa?", search.Search("iuran bulanan kopdes kita berapa?", 5, "kop-1"));
        Assert.StartsWith("FAQ KKMP Sukamaju (pengurus, 3 Des 2026):", answer);
        Assert.Contains("Sesuai Pasal 3 ART", answer);   // stored as written
        Assert.Contains("bukan bunyi peraturan", answer);
    }

    [Theory]
    [InlineData("", "jawaban")]
    [InlineData("pertanyaan", "")]
    public void An_empty_or_too_long_entry_is_refused_with_a_reason(string question, string answer)
    {
        using var faq = new FaqIndex();
        Assert.Throws<ArgumentException>(() => faq.Add(Hours() with { Question = question, Answer = answer }));
        var error = Assert.Throws<ArgumentException>(() => faq.Add(Hours() with { Answer = new string('x', FaqEntry.MaxAnswerLength + 1) }));
        Assert.Contains("paling panjang", error.Message);
        Assert.Equal(0, faq.Count);
    }

    [Fact]
    public async Task The_assistant_answers_from_the_askers_cooperatives_faq()
    {
        using var app = new BotApp();
        _ = app.BaseAddress;
        app.Services.GetRequiredService<FaqIndex>().Add(Hours());
        var assistant = app.Services.GetRequiredService<IAssistant>();
        var own = await assistant.AnswerAsync(new(new Asker(ChannelNames.Terminal, "u1", Role.Anggota, "kop-1"), "gerai buka jam berapa?", "terminal:t:u1"));
        Assert.StartsWith("FAQ KKMP Sukamaju (pengurus, 3 Des 2026):", own.Text);
        var other = await assistant.AnswerAsync(new(new Asker(ChannelNames.Terminal, "u2", Role.Anggota, "kop-2"), "gerai buka jam berapa?", "terminal:t:u2"));
        Assert.DoesNotContain("FAQ", other.Text);
    }
}
