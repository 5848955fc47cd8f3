using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>The real router with the offline assistant on a ledger file that outlives one harness (for restarts), on a fake clock.</summary>
public sealed class BoardQuestionsHarness : IDisposable
{
    public const string Other = "lain";
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 1, 0, 0, TimeSpan.Zero); // 08:00 WIB, 3 Des 2026

    private readonly string _directory = Directory.CreateTempSubdirectory("kkmp-board-").FullName;

    public BoardQuestionsHarness() => Router = Open();

    public FakeTimeProvider Clock { get; } = new(Start);

    public RouterHarness Router { get; private set; }

    /// <summary>Closes the ledger and opens it again in a new host: what survives is what the ledger kept.</summary>
    public void Restart()
    {
        Router.Dispose();
        Router = Open();
    }

    private RouterHarness Open()
    {
        var harness = new RouterHarness(new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(_directory, "kkmp.db") },
            time: Clock, withAssistant: true);
        harness.Get<CooperativeDirectory>().Upsert(new CooperativeDoc { Id = Other, Name = "KKMP Lain", TimeZone = CooperativeDirectory.DefaultTimeZone });
        return harness;
    }

    public RouterHarness.Sender As(string channel, string userId, Role role, string koperasiId = DemoSeed.KoperasiId) =>
        Router.As(channel, userId, role, koperasiId);

    public void Dispose()
    {
        Router.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
