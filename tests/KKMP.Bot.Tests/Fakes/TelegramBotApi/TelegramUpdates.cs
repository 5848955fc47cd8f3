using System.Text.Json.Nodes;

namespace KKMP.Bot.Tests.Fakes.TelegramBotApi;

/// <summary>Builds updates as Telegram sends them (snake_case JSON), with increasing message ids.</summary>
public sealed class TelegramUpdates
{
    private int nextMessageId = 1;
    private int nextUpdateId = 1;

    public static JsonObject User(long id, string firstName) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName, ["language_code"] = "id" };

    public static JsonObject PrivateChat(long userId, string firstName) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = firstName };

    public static JsonObject GroupChat(long chatId, string title = "Koperasi Sukamaju") => new() { ["id"] = chatId, ["type"] = "supergroup", ["title"] = title };

    /// <summary>A text message in a private chat with the user.</summary>
    public JsonObject Text(long userId, string text, string firstName = "Sari") =>
        Update("message", Message(PrivateChat(userId, firstName), userId, firstName, text));

    /// <summary>A text message in a group; <paramref name="replyToBotMessageId"/> makes it a reply to the bot.</summary>
    public JsonObject GroupText(long chatId, long userId, string text, string firstName = "Budi", int? replyToBotMessageId = null)
    {
        var message = Message(GroupChat(chatId), userId, firstName, text);
        if (replyToBotMessageId is int id)
            message["reply_to_message"] = new JsonObject
            {
                ["message_id"] = id, ["date"] = Now(), ["chat"] = GroupChat(chatId),
                ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotUserId, ["is_bot"] = true, ["first_name"] = "Kop", ["username"] = FakeBotApiServer.BotUsername },
                ["text"] = "…",
            };
        return Update("message", message);
    }

    public JsonObject Photo(long userId, string firstName = "Sari")
    {
        var message = Message(PrivateChat(userId, firstName), userId, firstName, text: null);
        message["photo"] = new JsonArray(new JsonObject { ["file_id"] = "AgACAgIAAx0", ["file_unique_id"] = "AQAD", ["width"] = 90, ["height"] = 90, ["file_size"] = 1234 });
        message["caption"] = "struk belanja";
        return Update("message", message);
    }

    public JsonObject Sticker(long chatId, long userId, bool group)
    {
        var chat = group ? GroupChat(chatId) : PrivateChat(userId, "Sari");
        var message = Message(chat, userId, "Sari", text: null);
        message["sticker"] = new JsonObject { ["file_id"] = "CAACAgIAAx0", ["file_unique_id"] = "AgAD", ["type"] = "regular", ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false };
        return Update("message", message);
    }

    public JsonObject Edited(long userId, string text)
    {
        var message = Message(PrivateChat(userId, "Sari"), userId, "Sari", text);
        message["edit_date"] = Now();
        return Update("edited_message", message);
    }

    public JsonObject MemberJoined(long chatId, long userId)
    {
        var message = Message(GroupChat(chatId), userId, "Budi", text: null);
        message["new_chat_members"] = new JsonArray(User(userId + 1, "Tamu"));
        return Update("message", message);
    }

    /// <summary>A press on an inline button with <paramref name="data"/> under the bot's message <paramref name="botMessageId"/>.</summary>
    public JsonObject ButtonPress(long chatId, long userId, string data, int botMessageId, bool group = false) => Update("callback_query", new JsonObject
    {
        ["id"] = $"cbq-{Guid.NewGuid():N}",
        ["from"] = User(userId, "Sari"),
        ["chat_instance"] = "-123456789",
        ["data"] = data,
        ["message"] = new JsonObject
        {
            ["message_id"] = botMessageId, ["date"] = Now(),
            ["chat"] = group ? GroupChat(chatId) : PrivateChat(userId, "Sari"),
            ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotUserId, ["is_bot"] = true, ["first_name"] = "Kop", ["username"] = FakeBotApiServer.BotUsername },
            ["text"] = "…",
        },
    });

    private JsonObject Message(JsonObject chat, long userId, string firstName, string? text)
    {
        var message = new JsonObject { ["message_id"] = nextMessageId++, ["date"] = Now(), ["chat"] = chat, ["from"] = User(userId, firstName) };
        if (text is not null)
        {
            message["text"] = text;
            if (text.StartsWith('/'))
            {
                var length = text.IndexOf(' ') is var space and > 0 ? space : text.Length;
                message["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
            }
        }
        return message;
    }

    private JsonObject Update(string kind, JsonObject payload) => new() { ["update_id"] = nextUpdateId++, [kind] = payload };

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
