using Telegram.Bot;
using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>The bot's own account (getMe), fetched once: group messages are addressed to its username.</summary>
public sealed class BotIdentity(ITelegramBotClient client, ILogger<BotIdentity> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private User? me;

    /// <summary>The bot's user, or null while Telegram cannot be reached (asked again next time).</summary>
    public async Task<User?> GetAsync(CancellationToken cancellationToken)
    {
        if (me is not null) return me;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return me ??= await client.GetMe(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("getMe gagal: {Error}", e.Message);
            return null;
        }
        finally
        {
            gate.Release();
        }
    }
}
