using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Commands.ShopMessages;

/// <summary>
/// Sends each <see cref="ShopMessage"/> through the real router on a fresh demo cooperative and
/// judges it by what the ledger recorded (movements, prices) and who answered (the bot itself or the
/// assistant) — never by the parsed command, so a grammar that "understands" but records the wrong
/// thing still fails.
/// </summary>
public static class ShopMessageEvaluator
{
    public sealed record Score(int Passed, int Total, IReadOnlyList<string> Misses)
    {
        public double Accuracy => Total == 0 ? 0 : (double)Passed / Total;
        public override string ToString() => $"{Passed}/{Total} = {Accuracy:F3}";
    }

    public static async Task<Score> EvaluateAsync(IReadOnlyList<ShopMessage> messages)
    {
        var misses = new List<string>();
        foreach (var message in messages)
            if (await JudgeAsync(message) is { } miss) misses.Add($"{message.Text} [{message.Expect}] → {miss}");
        return new Score(messages.Count - misses.Count, messages.Count, misses);
    }

    /// <summary>Null when the outcome is the expected one, otherwise what happened instead.</summary>
    public static async Task<string?> JudgeAsync(ShopMessage message)
    {
        var assistant = new RecordingAssistant();
        using var harness = new RouterHarness(services: s => s.AddSingleton<IAssistant>(assistant));
        var role = AccountRoles.Parse(message.Role);
        var sender = harness.As("telegram", "42", role);
        foreach (var setup in message.Before)
        {
            // An entry to undo may itself be risky (a count that moves stock by more than half): confirm it as its sender would.
            var manager = harness.As("telegram", "42", Role.Pengelola);
            if ((await manager.SendAsync(setup)).SuggestedReplies.Contains("YA")) await manager.SendAsync("ya");
        }

        var db = harness.Get<LedgerDb>();
        var catalog = harness.Get<Catalog>();
        var movementsBefore = db.Movements.Count();
        var writesBefore = db.RecordedWrites();
        var pricesBefore = catalog.ListItems(DemoSeed.KoperasiId).ToDictionary(i => i.Name, i => i.PriceRupiah);

        var reply = await sender.SendAsync(message.Text);
        // A write may ask for confirmation first (an undo read from words, a count that moves stock by more than
        // half): the question shows the effect, so answer YA as the user would and judge what lands in the ledger.
        if (message.Expect is "undo" or "sale" or "received" or "count" or "setprice" && reply.SuggestedReplies.Contains("YA"))
            reply = await sender.SendAsync("ya");

        var newMovements = db.Movements.FindAll().OrderBy(m => m.AtTicks).Skip(movementsBefore).ToList();
        var wrote = db.RecordedWrites() != writesBefore;
        var said = $"\"{Shorten(reply.Text)}\"" + (wrote ? $" (recorded: {string.Join("; ", newMovements.Select(m => m.Summary))})" : "");
        ItemDoc Item(string name) => catalog.ListItems(DemoSeed.KoperasiId).Single(i => i.Name == name);

        switch (message.Expect)
        {
            case "chat":
                return !wrote && assistant.Calls > 0 ? null : "not given to the assistant: " + said;
            case "ask":
                if (wrote) return "recorded: " + said;
                if (assistant.Calls > 0) return "given to the assistant instead of a question back";
                return message.Contains is null || reply.Text.Contains(message.Contains, StringComparison.OrdinalIgnoreCase)
                    ? null : $"reply lacks \"{message.Contains}\": {said}";
            case "read":
                if (wrote) return "recorded: " + said;
                var reference = await harness.As("telegram", "42", Role.Pengelola).SendAsync(message.Same!);
                return reply.Text == reference.Text ? null : $"not the answer of {message.Same}: {said}";
            case "undo":
                return newMovements is [{ Kind: MovementKind.Reversal }] ? null : "no undo: " + said;
            case "setprice":
            {
                if (newMovements.Count > 0) return "stock moved: " + said;
                var item = Item(message.Item!);
                var expected = Math.Round(message.Price!.Value / (UnitFit.Factor(item, message.Unit) ?? 1m), MidpointRounding.AwayFromZero);
                return item.PriceRupiah is { } price && Math.Abs(price - expected) <= 1 && pricesBefore[item.Name] != price
                    ? null : $"price not set to {expected}: {said}";
            }
            default:
            {
                if (newMovements is not [var movement]) return $"expected one {message.Expect}, got " + said;
                var item = Item(message.Item!);
                var baseQuantity = message.Qty!.Value * (UnitFit.Factor(item, message.Unit) ?? -1m);
                var fits = message.Expect switch
                {
                    "sale" => movement.Kind == MovementKind.Sold && movement.Delta == -baseQuantity
                              && movement.AmountRupiah == (message.Price is { } p ? Money.Times(message.Qty.Value, p) : Money.Times(baseQuantity, pricesBefore[item.Name]!.Value)),
                    "received" => movement.Kind == MovementKind.Received && movement.Delta == baseQuantity
                                  && movement.UnitPriceRupiah == (message.Price is { } c ? (long)Math.Round(c * message.Qty.Value / baseQuantity, MidpointRounding.AwayFromZero) : null),
                    "count" => movement.Kind == MovementKind.Count && movement.CountedQuantity == baseQuantity,
                    _ => throw new InvalidOperationException($"Unknown expectation {message.Expect}"),
                };
                return fits && movement.ItemId == item.Id ? null : "recorded something else: " + said;
            }
        }
    }

    private static string Shorten(string text) => (text.Length > 160 ? text[..160] + "…" : text).ReplaceLineEndings(" ");

    private sealed class RecordingAssistant : IAssistant
    {
        public int Calls;

        public Task<Reply> AnswerAsync(AssistantRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new Reply("(jawaban asisten)"));
        }
    }

    private static class AccountRoles
    {
        public static Role Parse(string role) => Enum.Parse<Role>(role, ignoreCase: true);
    }
}
