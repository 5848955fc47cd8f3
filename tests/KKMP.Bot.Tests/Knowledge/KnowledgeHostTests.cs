using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Knowledge.Answers;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Knowledge;

/// <summary>The knowledge base as the real host wires it.</summary>
public class KnowledgeHostTests
{
    private static AssistantRequest Ask(string text) =>
        new(new Asker(ChannelNames.Terminal, "u1", Role.Pengurus, "kop-1"), text, "terminal:t:u1");

    [Fact]
    public async Task The_host_answers_regulation_questions_from_the_shipped_knowledge_folder()
    {
        using var app = new BotApp();
        _ = app.BaseAddress;   // start the real host
        var assistant = app.Services.GetRequiredService<IAssistant>();
        var reply = await assistant.AnswerAsync(Ask("kalau mau bikin koperasi minimal berapa orang?"));
        Assert.Contains("UU 25/1992 Pasal 6 ayat (1)", reply.Text);
        Assert.Contains("9 (sembilan) orang", reply.Text);
        Assert.Empty(reply.SuggestedReplies);

        var notFound = await assistant.AnswerAsync(Ask("resep rendang padang"));
        Assert.StartsWith(RegulationAnswerFormatter.NotFoundOpening, notFound.Text);
        Assert.NotEmpty(notFound.SuggestedReplies);
    }

    [Fact]
    public async Task A_deployment_can_add_its_own_document_to_the_knowledge_folder()
    {
        var folder = Directory.CreateTempSubdirectory("kkmp-knowledge-").FullName;
        try
        {
            File.Copy(Path.Combine(KnowledgeFixture.KnowledgeFolder, "uu-25-1992-perkoperasian.md"), Path.Combine(folder, "uu.md"));
            File.Copy(Path.Combine(KnowledgeFixture.KnowledgeFolder, "uu-6-2023-cipta-kerja-koperasi.md"), Path.Combine(folder, "uu6.md"));
            await File.WriteAllTextAsync(Path.Combine(folder, "art-mawar.md"), """
                ---
                id: art-kop-mawar
                citation: ART Koperasi Mawar
                title: Anggaran Rumah Tangga Koperasi Desa Merah Putih Mawar
                kind: anggaran-rumah-tangga
                year: 2025
                status: berlaku
                format: pasal
                source: ART disahkan Rapat Anggota 2025
                ---
                ## BAB II SIMPANAN

                **Pasal 3**

                (1) Simpanan wajib anggota sebesar Rp10.000 setiap bulan dibayar paling lambat tanggal 10.
                (2) Simpanan pokok sebesar Rp50.000 dibayar sekali pada saat masuk menjadi anggota.
                """);
            await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), "Catatan tanpa front matter: tidak diindeks.");

            using var app = new BotApp(new Dictionary<string, string?> { ["Knowledge:Path"] = folder });
            _ = app.BaseAddress;
            var reply = await app.Services.GetRequiredService<IAssistant>().AnswerAsync(Ask("simpanan wajib dibayar paling lambat tanggal berapa?"));
            Assert.StartsWith("ART Koperasi Mawar Pasal 3 ayat (1)", reply.Text);
            Assert.Contains("Rp10.000", reply.Text);
            Assert.Equal(["README.md"], app.Services.GetRequiredService<RegulationKnowledge>().Knowledge.Skipped);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
