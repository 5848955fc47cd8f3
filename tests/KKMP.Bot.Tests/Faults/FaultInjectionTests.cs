using KKMP.Bot.Assistant;
using KKMP.Bot.Conversation;
using KKMP.Bot.Hosting;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Assistant;
using LiteDB;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace KKMP.Bot.Tests.Faults;

/// <summary>
/// Moq doubles that fail on purpose (the ledger's disk, the conversation cache, the model): the user
/// is told "TIDAK disimpan" or gets the offline answer, and nothing is half-written.
/// </summary>
public class FaultInjectionTests
{
    private const string Question = "berapa minimal pendiri koperasi primer?";

    [Fact]
    public async Task The_ledger_disk_failing_mid_command_is_answered_TIDAK_disimpan_and_nothing_is_half_written()
    {
        // The write-ahead log is where a commit lands: its stream fails while armed.
        var failing = false;
        var data = new MemoryStream();
        var log = new Mock<MemoryStream> { CallBase = true };
        log.Setup(s => s.Write(It.IsAny<byte[]>(), It.IsAny<int>(), It.IsAny<int>()))
            .Callback(() => { if (failing) throw new IOException("disk full (injected)"); })
            .CallBase();
        var db = new LedgerDb(new LiteDatabase(data, new BsonMapper(), log.Object));
        DemoSeed.Run(db);
        using var host = new AssistantHost(configure: services => services.AddSingleton(db));
        host.Services.GetRequiredService<UserDirectory>().Assign("telegram", "u1", DemoSeed.KoperasiId, Role.Pengelola);
        var router = host.Services.GetRequiredService<IConversationRouter>();
        Task<Reply> Send(string text, string id) => router.HandleAsync(new IncomingMessage
            { Channel = "telegram", ChatId = "c1", UserId = "u1", Text = text, MessageId = id });
        var beras = host.Services.GetRequiredService<Catalog>().FindByExactName(DemoSeed.KoperasiId, "beras")!;
        var stockBefore = host.Services.GetRequiredService<Catalog>().GetItem(DemoSeed.KoperasiId, beras.Id)!.Stock;
        var movementsBefore = db.Movements.Count();

        failing = true;
        var failed = await Send("/jual beras 3 kg", "m1");
        failing = false;
        var next = await Send("/jual beras 1 kg", "m2");

        // LiteDB's failed transaction must not throw from its finalizer later (that would end the process).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.Contains("TIDAK disimpan", failed.Text);
        // This process can no longer trust its view of the file: later writes are refused too, and stock did not move.
        Assert.Contains("TIDAK disimpan", next.Text);
        Assert.NotNull(db.Fault);
        Assert.Equal(stockBefore, host.Services.GetRequiredService<Catalog>().GetItem(DemoSeed.KoperasiId, beras.Id)!.Stock);

        // A restart reads what reached the disk: the failed sale is not there, stock equals its movements, and the retry is recorded once.
        using var reopened = new LedgerDb(new LiteDatabase(Copy(data), new BsonMapper(), Copy(log.Object)));
        var book = new StockBook(reopened, new Catalog(reopened));
        Assert.Equal(movementsBefore, reopened.Movements.Count());
        Assert.Equal(stockBefore, book.StockFromMovements(DemoSeed.KoperasiId, beras.Id));
        Assert.Equal(stockBefore, new Catalog(reopened).GetItem(DemoSeed.KoperasiId, beras.Id)!.Stock);
        var origin = new WriteOrigin(DemoSeed.KoperasiId, "telegram", "c1", "u1", "m1", "/jual beras 3 kg");
        Assert.Equal(WriteStatus.Recorded, book.Append(origin, beras.Id, _ => new MovementPlan.Append(
            new KKMP.Bot.Ledger.Documents.MovementDoc { Kind = KKMP.Bot.Ledger.Documents.MovementKind.Sold, Delta = -3 }, (_, _) => "ok")).Status);
        Assert.Equal(movementsBefore + 1, reopened.Movements.Count());
    }

    [Fact]
    public void The_workaround_for_failed_commits_finds_the_threads_transaction()
    {
        using var db = LedgerDb.InMemory();
        Assert.Null(LiteDbTransactions.Current(db.Database));
        db.Database.BeginTrans();
        var transaction = LiteDbTransactions.Current(db.Database);
        db.Database.Rollback();

        Assert.NotNull(transaction);
        Assert.Equal("TransactionService", transaction.GetType().Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // as Redis is wired: behind ResilientDistributedCache
    public async Task The_cache_throwing_still_answers_offline_and_records_writes_once(bool behindResilience)
    {
        var cache = new Mock<IDistributedCache>();
        var down = new InvalidOperationException("cache down (injected)");
        cache.Setup(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);
        cache.Setup(c => c.Get(It.IsAny<string>())).Throws(down);
        cache.Setup(c => c.SetAsync(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);
        cache.Setup(c => c.Set(It.IsAny<string>(), It.IsAny<byte[]>(), It.IsAny<DistributedCacheEntryOptions>())).Throws(down);
        cache.Setup(c => c.RemoveAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);
        cache.Setup(c => c.RefreshAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(down);
        IDistributedCache failing = behindResilience
            ? new ResilientDistributedCache(cache.Object, NullLogger<ResilientDistributedCache>.Instance)
            : cache.Object;
        using var host = new AssistantHost(configure: services => services.AddSingleton(failing));
        host.Services.GetRequiredService<UserDirectory>().Assign("telegram", "u1", DemoSeed.KoperasiId, Role.Pengelola);
        var db = host.Services.GetRequiredService<LedgerDb>();
        var movementsBefore = db.Movements.Count();

        var answer = await host.AskAsync(Question);
        var sale = await host.AskAsync("/jual gula 1 kg");

        Assert.Contains(SampleRegulations.Primer.Citation, answer.Text);
        Assert.StartsWith("Tercatat", sale.Text);
        Assert.Equal(movementsBefore + 1, db.Movements.Count());
        cache.Verify(c => c.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.AtLeastOnce());
    }

    [Fact]
    public async Task The_model_throwing_gives_the_offline_answer_with_a_note()
    {
        var model = new Mock<IChatCompletionService>();
        model.Setup(m => m.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused (injected)"));
        using var host = ModelHost(model.Object, TimeProvider.System);

        var reply = await host.AskAsync(Question);

        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
        model.VerifyAll();
    }

    [Fact]
    public async Task The_model_hanging_gives_the_offline_answer_once_the_deadline_passes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero)); // the ledger reads it too: movement ids start in 2020
        var called = new TaskCompletionSource();
        var model = new Mock<IChatCompletionService>();
        model.Setup(m => m.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings>(), It.IsAny<Kernel>(), It.IsAny<CancellationToken>()))
            .Returns(async (ChatHistory _, PromptExecutionSettings _, Kernel _, CancellationToken token) =>
            {
                called.TrySetResult();
                await Task.Delay(Timeout.Infinite, token); // hangs until cancelled
                return [];
            });
        using var host = ModelHost(model.Object, clock);

        var pending = host.AskAsync(Question);
        await called.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(41)); // past Assistant:TotalTimeoutSeconds (40)
        var reply = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(SampleRegulations.Primer.Text, reply.Text);
        Assert.EndsWith(AssistantTexts.ModelUnavailableNote, reply.Text);
    }

    /// <summary>An expandable copy (a MemoryStream over a byte array cannot grow).</summary>
    private static MemoryStream Copy(MemoryStream stream)
    {
        var copy = new MemoryStream();
        copy.Write(stream.ToArray());
        copy.Position = 0;
        return copy;
    }

    private static AssistantHost ModelHost(IChatCompletionService model, TimeProvider clock) =>
        new(new Dictionary<string, string?>
        {
            ["Assistant:Endpoint"] = "http://127.0.0.1:9/v1", ["Assistant:Model"] = "mock", ["Assistant:Stream"] = "false",
            ["Assistant:TotalTimeoutSeconds"] = "40",
        }, configure: services =>
        {
            services.AddSingleton(model);
            services.AddSingleton(clock);
        });
}
