namespace KKMP.Bot.Conversation;

/// <summary>Used only when no real assistant is registered: says what the bot does understand.</summary>
public sealed class FallbackAssistant : IAssistant
{
    public Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(Reply.Of("Maaf, saya hanya memahami perintah. Ketik /bantuan untuk daftar perintah, atau /harga untuk daftar harga.",
            "/bantuan", "/harga"));
}
