using FsCheck;
using FsCheck.Fluent;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Properties;

/// <summary>Properties of the whole path (router, grammar, handlers, LiteDB ledger) over generated messages.</summary>
public class LedgerProperties : IDisposable
{
    private readonly RouterHarness _harness = new();

    // A pengurus may use every ledger command (items, prices, stock, sales, undo).
    private RouterHarness.Sender Pengurus => _harness.As("telegram", "7", Role.Pengurus);

    [Fact]
    public void A_line_answered_with_an_error_changes_nothing()
    {
        var sender = Pengurus;
        Prop.ForAll(CommandLines.Any, line =>
        {
            var before = LedgerState.Of(_harness);
            var reply = sender.SendAsync(line).GetAwaiter().GetResult();
            var grammarRefused = CommandParser.Parse(line) is ParseResult.Invalid;
            return (!grammarRefused && IsWrite(reply)) || LedgerState.Of(_harness) == before;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(250));
    }

    [Fact]
    public void For_any_sequence_of_valid_commands_stock_stays_at_or_above_zero_and_equals_the_sum_of_movements()
    {
        var sender = _harness.As("telegram", "8", Role.Pengelola);
        Prop.ForAll(ValidCommands.Sequence.ToArbitrary(), lines =>
        {
            foreach (var line in lines)
            {
                var reply = sender.SendAsync(line).GetAwaiter().GetResult();
                Assert.IsNotType<ParseResult.Invalid>(CommandParser.Parse(line));
                Assert.DoesNotContain("TIDAK disimpan", reply.Text);
                LedgerState.AssertStockConsistent(_harness);
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void Replaying_any_message_changes_nothing()
    {
        var sender = _harness.As("telegram", "9", Role.Pengelola);
        Prop.ForAll(Gen.Zip(ValidCommands.Sequence, Gen.Choose(0, 1000)).ToArbitrary(), run =>
        {
            var (lines, pick) = run;
            var sent = new List<(string Line, string Id, Reply Reply)>();
            foreach (var line in lines)
            {
                var id = _harness.NextMessageId();
                var reply = sender.SendAsync(line, id).GetAwaiter().GetResult();
                sent.Add((line, id, reply));
                // A redelivery right away (Telegram's timeout retry) changes nothing, recorded or refused.
                var state = LedgerState.Of(_harness);
                sender.SendAsync(line, id).GetAwaiter().GetResult();
                Assert.Equal(state, LedgerState.Of(_harness));
            }
            // A late redelivery of a recorded message, after other writes, changes nothing and says so.
            var recorded = sent.Where(s => IsWrite(s.Reply)).ToList();
            if (recorded.Count == 0) return true;
            var (oldLine, oldId, _) = recorded[pick % recorded.Count];
            var before = LedgerState.Of(_harness);
            var again = sender.SendAsync(oldLine, oldId).GetAwaiter().GetResult();
            Assert.Contains("sudah tercatat", again.Text);
            Assert.Equal(before, LedgerState.Of(_harness));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    private static bool IsWrite(Reply reply) => reply.Text.StartsWith("Tercatat", StringComparison.Ordinal) || reply.Text.StartsWith("Dibatalkan", StringComparison.Ordinal);

    public void Dispose() => _harness.Dispose();
}

/// <summary>Valid shop commands for the demo cooperative's items, in base, packing and metric units.</summary>
internal static class ValidCommands
{
    private static readonly (string Item, string[] Units)[] Items =
    [
        ("beras", ["kg", "karung", "gram"]), ("gula", ["kg", "gram"]), ("minyak goreng", ["liter", "dus", "ml"]),
        ("telur", ["kg"]), ("tepung", ["kg", "gram"]),
    ];

    private static readonly Gen<string> One =
        from verb in Gen.Frequency((3, Gen.Constant("jual")), (3, Gen.Constant("masuk")), (1, Gen.Constant("stok")), (1, Gen.Constant("batal")))
        from item in Gen.Elements(Items)
        from unit in Gen.Elements(item.Units)
        from tenths in Gen.Choose(verb == "stok" ? 0 : 1, 300)
        select verb == "batal" ? "/batal" : $"/{verb} {item.Item} {Amount(tenths, unit)} {unit}";

    public static readonly Gen<List<string>> Sequence = Gen.ListOf(One).Select(l => l.Take(15).ToList());

    /// <summary>Tenths of a unit, kept within the three decimals of the base unit ("250" gram, "2,5" kg).</summary>
    private static string Amount(int tenths, string unit) =>
        unit is "gram" or "ml" ? (tenths * 10).ToString() : (tenths / 10m).ToString(System.Globalization.CultureInfo.GetCultureInfo("id-ID"));
}
