using KKMP.Bot.Assistant;
using KKMP.Bot.Books;
using KKMP.Bot.Channels.Telegram;
using KKMP.Bot.Channels.Terminal;
using KKMP.Bot.Channels.WebChat;
using KKMP.Bot.Commands.Table;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Knowledge;
using KKMP.Bot.Ledger;
using KKMP.Bot.Operations;
using KKMP.Bot.Push;

// KKMP.Bot: one host, three channels (Telegram, web chat, terminal), one router.
var builder = WebApplication.CreateBuilder(ScheduleDryRun.HostArgs(OperationsVerbs.HostArgs(TerminalChat.HostArgs(args))));

builder.AddDefaults();       // localhost URL, health checks, distributed cache (memory or Redis)
builder.AddLedger();         // LiteDB: cooperatives, items, prices, stock movements, users, audit
builder.AddBooks();          // cash entries, chart of accounts, the journal projected from the ledger, reports
builder.AddKnowledge();      // Lucene index over knowledge/ (regulations)
builder.AddAssistant();      // Semantic Kernel: offline answers, or an OpenAI-compatible model
builder.AddCommands();       // the command table (Commands/Table/CommandTable.cs): words, grammar, roles, help, handlers
builder.AddConversation();   // router: identity, then a command from the table or the assistant
builder.AddTelegram();       // polling or webhook, when a bot token is configured
builder.AddWebChat();        // Direct Line 3.0 endpoints and the Web Chat page
builder.AddPush();           // the bot speaks first: reminders, low-stock alerts, daily close, weekly summary

var app = builder.Build();

if (OperationsVerbs.IsRequested(args))
    return await OperationsVerbs.RunAsync(app, args);   // backup PATH, check [PATH]
if (ScheduleDryRun.IsRequested(args))
    return await ScheduleDryRun.RunAsync(app, args);    // jadwal --sampai 2026-12-01T18:00: what would be sent
if (TerminalChat.IsRequested(args))
    return await TerminalChat.RunAsync(app, args);

app.MapDefaults();           // /healthz
app.MapOperations();         // /ops/backup, /ops/check for the backup and check verbs (loopback + token)
app.MapTelegramWebhook();
app.MapWebChat();

await app.RunAsync();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
