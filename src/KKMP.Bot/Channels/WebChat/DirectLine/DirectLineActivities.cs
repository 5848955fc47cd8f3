using Microsoft.Extensions.Options;

namespace KKMP.Bot.Channels.WebChat.DirectLine;

/// <summary>POST and GET /v3/directline/conversations/{id}/activities.</summary>
public static class DirectLineActivities
{
    /// <summary>
    /// Stamps the activity, appends it to the log (so the client's echo can arrive) and answers its id
    /// at once; the bot's turn runs in the background. A retry (same clientActivityID) is not appended
    /// again: it gets the original id, and its turn runs again with the same message key, so a write is
    /// answered "sudah tercatat" instead of being recorded twice.
    /// </summary>
    public static async Task<IResult> PostAsync(string conversationId, HttpRequest request, DirectLineAccess access,
        IConversationStore store, BotActivities activities, WebChatTurns turns, IOptions<DirectLineOptions> options)
    {
        if (access.Authorize(request, conversationId) is not { } grant)
            return DirectLineResults.Forbidden();
        if (store.Find(conversationId) is not { } conversation)
            return DirectLineResults.NotFound();
        var (posted, error) = await JsonBody.ReadAsync<Activity>(request, options.Value.MaxBodyBytes);
        if (error is not null)
            return error;
        if (posted is null || string.IsNullOrWhiteSpace(posted.Type) || posted.Type.Length > 32)
            return DirectLineResults.BadRequest("Aktivitas harus berupa objek JSON dengan 'type', misalnya {\"type\":\"message\",\"text\":\"/harga\"}.");

        var (stored, _) = conversation.AppendUnlessRepeated(posted.ClientActivityId,
            id => activities.StampUser(posted, id, conversation, grant.UserId, turns.MaxTextLength));
        if (stored.Type == ActivityTypes.Message)
            _ = turns.Start(conversation, stored);
        return DirectLineResults.Json(new ResourceResponse(stored.Id!));
    }

    /// <summary>Polling: everything after the watermark, and the new watermark (unchanged when nothing is new).</summary>
    public static IResult Get(string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, IConversationStore store)
    {
        if (access.Authorize(request, conversationId) is null)
            return DirectLineResults.Forbidden();
        if (store.Find(conversationId) is not { } conversation)
            return DirectLineResults.NotFound();
        return DirectLineResults.Json(conversation.After(DirectLineApi.ParseWatermark(watermark)));
    }
}
