using KKMP.Bot.Conversation;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>
/// Stand-ins for the assistant (another feature) behind the real router: the router still decides
/// that free text goes to the assistant; these only supply an answer of a known shape.
/// </summary>
internal sealed class FixedAssistant(string answer, TimeSpan delay = default) : IAssistant
{
    public async Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay, cancellationToken);
        return new Reply(answer);
    }

    /// <summary>A regulation answer of many paragraphs, each numbered so a test can check none is lost or cut.</summary>
    public static string LongRegulationAnswer(int paragraphs) => string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(i =>
        $"[{i}] Menurut Pasal {i} ayat (1) UU 25/1992 sebagaimana diubah UU 6/2023, Rapat Anggota Tahunan (RAT) " +
        "wajib diadakan paling lambat enam bulan setelah tahun buku berakhir; pengurus melaporkan pertanggungjawaban, " +
        "neraca & perhitungan sisa hasil usaha (SHU) yang dibagi menurut jasa anggota <sesuai AD/ART>."));
}
