using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KKMP.Bot.Hosting.Metrics;

/// <summary>
/// The bot's own instruments, on one <see cref="Meter"/> that OpenTelemetry exports (see <see cref="MetricsExtensions"/>).
/// Static, as .NET meters usually are: the ledger and the channels record without being handed a service,
/// and recording costs nothing when nobody listens (tests, benchmarks).
/// </summary>
public static class BotMetrics
{
    public const string MeterName = "KKMP.Bot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Messages = Meter.CreateCounter<long>("kkmp.messages", "{message}", "Messages handled, by channel and kind (command, question, small_talk).");
    private static readonly Counter<long> Writes = Meter.CreateCounter<long>("kkmp.ledger.writes", "{write}", "Ledger writes, by channel and outcome (recorded, duplicate).");
    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>("kkmp.refusals", "{message}", "Messages refused, by channel and reason (grammar, ledger_rule, too_long, ledger_fault).");
    private static readonly Counter<long> Unanswered = Meter.CreateCounter<long>("kkmp.questions.unanswered", "{question}", "Questions the knowledge base had no confident answer for.");
    private static readonly Histogram<double> ReplySeconds = Meter.CreateHistogram<double>("kkmp.reply.duration", "s", "Time from a message reaching the router to its reply, by channel and kind.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly List<Func<long>> QueueDepths = [];
    private static readonly List<Func<long>> InboxSizes = [];

    static BotMetrics()
    {
        Meter.CreateObservableGauge("kkmp.queue.depth", () => Sum(QueueDepths), "{update}", "Updates accepted and waiting for the router.");
        Meter.CreateObservableGauge("kkmp.inbox.size", () => Sum(InboxSizes), "{update}", "Updates stored durably and not yet handled.");
    }

    public static void Message(string channel, string kind, TimeSpan took)
    {
        var tags = new TagList { { "channel", channel }, { "kind", kind } };
        Messages.Add(1, tags);
        ReplySeconds.Record(took.TotalSeconds, tags);
    }

    public static void Write(string channel, string outcome) => Writes.Add(1, new TagList { { "channel", channel }, { "outcome", outcome } });

    public static void Refused(string channel, string reason) => Refusals.Add(1, new TagList { { "channel", channel }, { "reason", reason } });

    public static void UnansweredQuestion() => Unanswered.Add(1);

    /// <summary>A queue (e.g. Telegram's update queue) reports its depth through <paramref name="depth"/>, read at each scrape.</summary>
    public static IDisposable ObserveQueueDepth(Func<long> depth) => Register(QueueDepths, depth);

    /// <summary>A durable inbox reports how many stored updates wait, read at each scrape.</summary>
    public static IDisposable ObserveInboxSize(Func<long> size) => Register(InboxSizes, size);

    private static IDisposable Register(List<Func<long>> sources, Func<long> source)
    {
        lock (sources) sources.Add(source);
        return new Unregister(() => { lock (sources) sources.Remove(source); });
    }

    private static long Sum(List<Func<long>> sources)
    {
        lock (sources) return sources.Sum(s => s());
    }

    private sealed class Unregister(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
