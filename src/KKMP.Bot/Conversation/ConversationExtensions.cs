using KKMP.Bot.Commands.Table;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KKMP.Bot.Conversation;

public static class ConversationExtensions
{
    public static WebApplicationBuilder AddConversation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName)
            .Validate(o => o.MaxMessageLength > 0, "Bot:MaxMessageLength must be positive.");
        builder.Services.AddSingleton<IdentityResolver>();
        builder.Services.AddCommands(); // idempotent: hosts that skip Program.cs (tests, benchmarks) still get the table
        builder.Services.AddSingleton<ConversationRouter>();
        builder.Services.AddSingleton<Commands.Guessing.ShopGuess>();
        builder.Services.AddSingleton<IConversationRouter, Hosting.Metrics.MeteredConversationRouter>(); // counts and times every reply
        // The assistant feature registers the real one first (Program.cs calls AddAssistant earlier); this must not replace it.
        builder.Services.TryAddSingleton<IAssistant, FallbackAssistant>();
        return builder;
    }
}
