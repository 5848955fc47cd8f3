using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.Time.Testing;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>Risky writes wait for their author's YA (demo shop: beras Rp12.500/kg, 100 kg; gula Rp17.500/kg, 50 kg).</summary>
public class ConfirmationTests
{
    private const string Risky = "/jual beras 5 kg @12";
    private const string Asked = "Jual beras 5 kg × Rp12 = Rp60? Harga biasa Rp12.500/kg. Stok 100 → 95 kg. Balas YA untuk mencatat atau BATAL.";

    /// <summary>Each rule, with entries before it (history) and whether the last message is asked about, and why.</summary>
    [Theory]
    [InlineData("", Risky, "Harga biasa Rp12.500/kg.")]
    [InlineData("", "/jual beras 5 kg @12.000", null)]
    [InlineData("", "/jual beras 1 karung @30.000", "Harga biasa Rp12.500/kg.")] // Rp1.200/kg
    [InlineData("", "/jual beras 1 karung @300.000", null)]
    [InlineData("", "/masuk gula 10 kg @1.750", "Harga jual Rp17.500/kg.")]
    [InlineData("", "/masuk gula 10 kg @15.000", null)]
    [InlineData("/masuk telur 10 kg @25.000", "/masuk telur 10 kg @2.500", "Harga beli rata-rata Rp25.000/kg.")]
    [InlineData("/masuk telur 10 kg @25.000", "/masuk telur 10 kg @26.000", null)]
    [InlineData("", "/masuk beras 1.200 kg", "Jumlah di atas 1.000 kg.")]
    [InlineData("", "/masuk beras 1.000 kg", null)]
    [InlineData("/jual gula 1 kg|/jual gula 1 kg|/jual gula 1 kg", "/jual gula 11 kg", "Biasanya sekitar 1 kg sekali catat.")]
    [InlineData("/jual gula 1 kg|/jual gula 1 kg|/jual gula 1 kg", "/jual gula 10 kg", null)]
    [InlineData("/jual gula 1 kg|/jual gula 1 kg", "/jual gula 11 kg", null)] // two entries are not a habit yet
    [InlineData("", "/stok beras 40 kg", "Stok berubah lebih dari separuh.")]
    [InlineData("", "/stok beras 160 kg", "Stok berubah lebih dari separuh.")]
    [InlineData("", "/stok beras 60 kg", null)]
    [InlineData("", "/setharga beras 1.250", "Harga berubah 90 %.")]
    [InlineData("", "/setharga beras 19.000", "Harga berubah 52 %.")]
    [InlineData("", "/setharga beras 18.000", null)]
    [InlineData("/jual gula 2 kg", "/batal", null)]
    public async Task Each_risk_rule_asks_first_and_records_nothing(string before, string text, string? reason)
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        foreach (var entry in before.Split('|', StringSplitOptions.RemoveEmptyEntries))
            Assert.StartsWith("Tercatat", (await cashier.SendAsync(entry)).Text);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var reply = await cashier.SendAsync(text);

        if (reason is null)
        {
            Assert.DoesNotContain("Balas YA", reply.Text);
            Assert.Equal(writes + 1, harness.Get<LedgerDb>().RecordedWrites());
            return;
        }
        Assert.Contains(reason, reply.Text);
        Assert.EndsWith("Balas YA untuk mencatat atau BATAL.", reply.Text);
        Assert.Equal(["YA", "BATAL"], reply.SuggestedReplies);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public async Task The_question_shows_the_effect()
    {
        using var harness = new RouterHarness();

        var reply = await harness.As("telegram", "k", Role.Pengelola).SendAsync(Risky);

        Assert.Equal(Asked, reply.Text);
    }

    [Theory]
    [InlineData("YA")]
    [InlineData("ya")]
    [InlineData("iya")]
    [InlineData("ok")]
    [InlineData("Oke")]
    [InlineData("y")]
    [InlineData("Ya!")]
    public async Task Yes_records_once_and_a_second_yes_records_nothing(string yes)
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var confirmed = await cashier.SendAsync(yes);
        var again = await cashier.SendAsync(yes);

        Assert.Equal("Tercatat: jual beras 5 kg × Rp12 = Rp60. Sisa stok 95 kg.", confirmed.Text);
        Assert.DoesNotContain("Tercatat", again.Text);
        Assert.Equal(writes + 1, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Equal(95m, Stock(harness, "beras"));
    }

    [Fact]
    public async Task A_redelivered_yes_records_once()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);

        // Two YA racing (a redelivery, or two taps): both may find the write waiting; it runs under the original message id.
        var waiting = harness.Get<PendingActions>().Find($"telegram:{cashier.ChatId}:k")!;
        harness.Get<PendingActions>().Save(waiting);
        await cashier.SendAsync("YA");
        harness.Get<PendingActions>().Save(waiting);
        var second = await cashier.SendAsync("YA");

        Assert.Contains("sudah tercatat sebelumnya", second.Text);
        Assert.Equal(95m, Stock(harness, "beras"));
    }

    [Theory]
    [InlineData("BATAL")]
    [InlineData("batal")]
    [InlineData("tidak")]
    [InlineData("gak jadi")]
    [InlineData("cancel")]
    [InlineData("/batal")]
    public async Task No_cancels_and_a_later_yes_records_nothing(string no)
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var cancelled = await cashier.SendAsync(no);
        await cashier.SendAsync("YA");

        Assert.Equal($"Baik, dibatalkan: \"{Risky}\" tidak dicatat.", cancelled.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
        Assert.Equal(100m, Stock(harness, "beras"));
    }

    [Fact]
    public async Task Any_other_message_is_handled_and_the_write_keeps_waiting()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);

        var price = await cashier.SendAsync("/harga gula");
        var sale = await cashier.SendAsync("/jual gula 1 kg");
        var confirmed = await cashier.SendAsync("YA");

        Assert.StartsWith("Harga gula pasir: Rp17.500/kg.", price.Text);
        Assert.EndsWith($"(Masih menunggu jawaban Anda untuk \"{Risky}\": balas YA untuk mencatat atau BATAL.)", price.Text);
        Assert.Equal(["YA", "BATAL"], price.SuggestedReplies);
        Assert.StartsWith("Tercatat: jual gula pasir 1 kg", sale.Text);
        Assert.StartsWith("Tercatat: jual beras 5 kg × Rp12", confirmed.Text);
        Assert.Equal(49m, Stock(harness, "gula"));
        Assert.Equal(95m, Stock(harness, "beras"));
    }

    [Fact]
    public async Task A_new_risky_write_replaces_the_one_waiting()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);

        var second = await cashier.SendAsync("/stok gula 5 kg");
        await cashier.SendAsync("YA");

        Assert.DoesNotContain("Masih menunggu", second.Text);
        Assert.Equal(100m, Stock(harness, "beras"));
        Assert.Equal(5m, Stock(harness, "gula"));
    }

    [Fact]
    public async Task Only_the_author_can_confirm()
    {
        using var harness = new RouterHarness();
        var author = harness.As("telegram", "k1", Role.Pengelola).InGroup("-100");
        var colleague = harness.As("telegram", "k2", Role.Pengelola).InGroup("-100");
        await author.SendAsync(Risky);

        await colleague.SendAsync("YA");
        var stockAfterColleague = Stock(harness, "beras");
        await author.SendAsync("YA");

        Assert.Equal(100m, stockAfterColleague);
        Assert.Equal(95m, Stock(harness, "beras"));
    }

    [Fact]
    public async Task A_waiting_write_survives_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-confirm-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(directory, "kkmp.db") };
            using (var before = new RouterHarness(settings))
                Assert.Equal(Asked, (await before.As("telegram", "k", Role.Pengelola).SendAsync(Risky)).Text);

            using var after = new RouterHarness(settings);
            var confirmed = await after.Stranger("telegram", "k").SendAsync("YA");

            Assert.StartsWith("Tercatat: jual beras 5 kg × Rp12", confirmed.Text);
            Assert.Equal(95m, Stock(after, "beras"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task An_items_usual_quantity_is_remembered_across_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-confirm-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(directory, "kkmp.db") };
            using (var before = new RouterHarness(settings))
            {
                var cashier = before.As("telegram", "k", Role.Pengelola);
                for (var i = 0; i < 3; i++) Assert.StartsWith("Tercatat", (await cashier.SendAsync("/jual gula 1 kg")).Text);
            }

            using var after = new RouterHarness(settings);
            var asked = await after.Stranger("telegram", "k").SendAsync("/jual gula 11 kg");

            Assert.Contains("Biasanya sekitar 1 kg sekali catat.", asked.Text);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(15, false)]
    [InlineData(60 * 24, false)]
    public async Task A_waiting_write_expires_after_15_minutes(int minutes, bool recorded)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        using var harness = new RouterHarness(time: time);
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);

        time.Advance(TimeSpan.FromMinutes(minutes));
        var reply = await cashier.SendAsync("YA");

        Assert.Equal(recorded ? 95m : 100m, Stock(harness, "beras"));
        if (!recorded)
            Assert.Equal($"Permintaan \"{Risky}\" sudah lewat 15 menit tanpa jawaban, jadi tidak dicatat. Kirim ulang perintahnya bila masih perlu.", reply.Text);
    }

    [Fact]
    public async Task An_expired_write_is_dropped_quietly_when_the_next_message_is_something_else()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero));
        using var harness = new RouterHarness(time: time);
        var cashier = harness.As("telegram", "k", Role.Pengelola);
        await cashier.SendAsync(Risky);
        time.Advance(TimeSpan.FromMinutes(20));

        var price = await cashier.SendAsync("/harga gula");

        Assert.DoesNotContain("Masih menunggu", price.Text);
        // Kept (expired) so that its remembered answers still catch redeliveries, but nothing waits any more.
        var pending = harness.Get<PendingActions>();
        Assert.True(pending.Find($"telegram:{cashier.ChatId}:k") is not { } kept || pending.IsExpired(kept));
    }

    [Fact]
    public async Task An_undo_read_from_words_is_confirmed_first_and_survives_a_restart()
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-confirm-").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(directory, "kkmp.db") };
            using (var before = new RouterHarness(settings))
            {
                var cashier = before.As("telegram", "k", Role.Pengelola);
                await cashier.SendAsync("/jual gula 2 kg");
                var message = new IncomingMessage
                {
                    Channel = "telegram", ChatId = cashier.ChatId, UserId = "k", Text = "yang terakhir salah, batalkan", MessageId = "undo-1",
                };
                var asker = before.Get<IdentityResolver>().Resolve(message);

                var asked = before.Get<CommandDispatcher>().Run(message, asker, new Undo { FromWords = true });

                Assert.Equal("Batalkan catatan terakhir Anda: jual gula pasir 2 kg (Rp35.000)? Balas YA untuk membatalkannya atau BATAL bila tidak jadi.", asked.Text);
                Assert.Equal(48m, Stock(before, "gula"));
            }

            using var after = new RouterHarness(settings);
            // A new harness numbers messages from 1 again: give the answer an id of its own, as Telegram would.
            var undone = await after.Stranger("telegram", "k").SendAsync("ya", "ya-after-restart");

            Assert.StartsWith("Dibatalkan: jual gula pasir 2 kg", undone.Text);
            Assert.Equal(50m, Stock(after, "gula"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static decimal Stock(RouterHarness harness, string item) =>
        harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name.StartsWith(item, StringComparison.OrdinalIgnoreCase)).Stock;
}
