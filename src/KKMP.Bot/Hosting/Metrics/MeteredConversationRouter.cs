using System.Diagnostics;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Hosting.Metrics;

/// <summary>Counts and times every message the router answers, for every channel, without touching the router itself.</summary>
public sealed class MeteredConversationRouter(ConversationRouter inner, IOptions<BotOptions> options) : IConversationRouter
{
    public async Task<Reply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await inner.HandleAsync(message, cancellationToken);
        var text = message.Text ?? "";
        string kind;
        if (text.Length > options.Value.MaxMessageLength)
        {
            kind = "command";
            BotMetrics.Refused(message.Channel, "too_long");
        }
        else
        {
            switch (CommandParser.Parse(text))
            {
                case ParseResult.Invalid:
                    kind = "command";
                    BotMetrics.Refused(message.Channel, "grammar");
                    break;
                case ParseResult.Parsed:
                    kind = "command";
                    break;
                default:
                    kind = SmallTalk.Of(text) == SmallTalk.Kind.None ? "question" : "small_talk";
                    if (reply.Text.StartsWith(RegulationAnswerFormatter.NotFoundOpening, StringComparison.Ordinal)) BotMetrics.UnansweredQuestion();
                    break;
            }
        }
        BotMetrics.Message(message.Channel, kind, Stopwatch.GetElapsedTime(started));
        return reply;
    }
}
