using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Tests.Conversation;

/// <summary>Rough edges found by chatting as members, cashiers and the board: greetings, thanks and confusing hints.</summary>
public class SmallTalkAndHintsTests
{
    [Theory]
    [InlineData("halo", SmallTalk.Kind.Greeting)]
    [InlineData("Halo pak!", SmallTalk.Kind.Greeting)]
    [InlineData("Assalamu'alaikum wr. wb.", SmallTalk.Kind.Greeting)]
    [InlineData("selamat pagi bu", SmallTalk.Kind.Greeting)]
    [InlineData("P", SmallTalk.Kind.Greeting)]
    [InlineData("terima kasih", SmallTalk.Kind.Thanks)]
    [InlineData("makasih ya bu 🙏", SmallTalk.Kind.Thanks)]
    [InlineData("Terima kasih banyak atas infonya", SmallTalk.Kind.Thanks)]
    [InlineData("oke siap", SmallTalk.Kind.None)]
    [InlineData("siap min", SmallTalk.Kind.Acknowledgement)]
    [InlineData("halo, RAT boleh online?", SmallTalk.Kind.None)]
    [InlineData("selamat pagi, kapan RAT harus diadakan?", SmallTalk.Kind.None)]
    [InlineData("terima kasih atas perhatian dan kerja sama", SmallTalk.Kind.None)]
    [InlineData("pagi ini harga beras berapa", SmallTalk.Kind.None)]
    [InlineData("mau beli gula", SmallTalk.Kind.Order)]
    [InlineData("beli beras 2 kg", SmallTalk.Kind.Order)]
    [InlineData("beli beras berapa", SmallTalk.Kind.None)]
    [InlineData("bagaimana cara beli saham koperasi", SmallTalk.Kind.None)]
    public void Whole_message_small_talk_is_recognised_and_questions_are_not(string text, SmallTalk.Kind kind)
    {
        Assert.Equal(kind, SmallTalk.Of(text));
    }

    [Fact]
    public async Task A_greeting_gets_the_welcome_and_thanks_get_a_short_reply_not_a_regulation()
    {
        using var harness = new RouterHarness();
        var member = harness.Stranger("telegram", "warga");

        var hello = await member.SendAsync("halo");
        var thanks = await member.SendAsync("terima kasih");

        Assert.StartsWith($"Selamat datang di KKMP.Bot — {DemoSeed.Name}. Anda terdaftar sebagai anggota.", hello.Text);
        Assert.Contains("/harga beras", hello.Text);
        Assert.Equal(SmallTalk.ThanksReply, thanks.Text);
        Assert.DoesNotContain("Pasal", thanks.Text);
    }

    [Fact]
    public async Task A_casual_greeting_from_the_board_does_not_link_a_group()
    {
        using var harness = new RouterHarness();

        var hello = await harness.As("telegram", "d1", Role.Pengurus).InGroup("-100").SendAsync("halo semua");

        Assert.StartsWith("Selamat datang", hello.Text);
        Assert.Contains("Grup ini belum terhubung ke koperasi. Pengurus menghubungkannya: kirim /undang grup", hello.Text);
        Assert.Null(harness.Get<UserDirectory>().GroupLink("telegram", "-100"));
    }

    [Theory]
    [InlineData("/stok gula", "Stok Gula Pasir: 50 kg", "/stok gula pasir 50 kg")]
    [InlineData("/stok brs", "Stok Beras: 100 kg", "/stok beras 50 kg")]
    public async Task Stok_with_a_name_but_no_quantity_shows_that_items_stock_and_how_to_count(string message, string stock, string countExample)
    {
        using var harness = new RouterHarness();
        var movements = harness.Get<KKMP.Bot.Ledger.LedgerDb>().Movements;
        var before = movements.Count();

        var reply = (await harness.As("telegram", "42", Role.Pengelola).SendAsync(message)).Text;

        Assert.StartsWith(stock, reply);
        Assert.Contains(countExample, reply);
        Assert.Equal(before, movements.Count());
    }

    [Fact]
    public void The_join_example_looks_like_a_real_code()
    {
        var reply = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse("/gabung")).Message;

        Assert.Contains("/gabung AB3DE7FG", reply);
        Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(CommandExamples.Join));
    }

    [Fact]
    public async Task Renceng_is_a_packing_unit_and_unknown_unit_errors_list_every_unit()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "d1", Role.Pengurus);
        await board.SendAsync("/barang tambah \"Kopi Sachet\" sachet");

        var packing = await board.SendAsync("/barang kemasan kopi renceng 10");
        var unknown = Assert.IsType<ParseResult.Invalid>(CommandParser.Parse("/jual kopi 2 gelas")).Message;

        Assert.Equal("Tercatat: 1 renteng kopi sachet = 10 sachet.", packing.Text);
        Assert.Contains("renteng", unknown);
        Assert.Contains("sachet", unknown);
    }

    [Fact]
    public async Task A_minimum_in_a_unit_that_does_not_fit_is_refused_and_a_packing_unit_is_converted()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "d1", Role.Pengurus);
        var before = harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Telur").LowStockLevel;

        var wrongUnit = await board.SendAsync("/barang minimum telur 5 butir");
        var packs = await board.SendAsync("/barang minimum beras 2 karung");

        Assert.Equal("Satuan \"butir\" tidak cocok untuk telur. Pakai kg, contoh: /barang minimum telur 20 kg", wrongUnit.Text);
        Assert.Equal(before, harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Single(i => i.Name == "Telur").LowStockLevel);
        Assert.StartsWith("Tercatat: batas minimum stok beras 50 kg.", packs.Text);
    }

    [Fact]
    public async Task Help_in_a_linked_group_or_a_private_chat_has_no_linking_hint()
    {
        using var harness = new RouterHarness();
        var board = harness.As("telegram", "d1", Role.Pengurus);
        await board.InGroup("-100").SendAsync("/mulai");

        var inGroup = await harness.Stranger("telegram", "warga").InGroup("-100").SendAsync("/bantuan");
        var privately = await board.SendAsync("/bantuan");

        Assert.DoesNotContain("belum terhubung", inGroup.Text);
        Assert.DoesNotContain("belum terhubung", privately.Text);
    }

    [Fact]
    public async Task Setting_the_price_it_already_has_records_nothing_and_says_so()
    {
        using var harness = new RouterHarness();
        var cashier = harness.As("telegram", "k1", Role.Pengelola);
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var same = await cashier.SendAsync("/setharga beras 12.500");

        Assert.Equal("Harga beras memang sudah Rp12.500/kg; tidak ada yang diubah.", same.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Fact]
    public async Task An_order_is_told_to_buy_at_the_shop_and_a_cashier_is_pointed_to_masuk()
    {
        using var harness = new RouterHarness();
        var writes = harness.Get<LedgerDb>().RecordedWrites();

        var member = await harness.Stranger("telegram", "warga").SendAsync("mau beli beras 5 kg");
        var cashier = await harness.As("telegram", "k1", Role.Pengelola).SendAsync("beli beras 2 karung");

        Assert.StartsWith("Maaf, pesanan belum bisa lewat bot ini", member.Text);
        Assert.DoesNotContain("/masuk", member.Text);
        Assert.Contains("/masuk beras 100 kg @11.500", cashier.Text);
        Assert.Equal(writes, harness.Get<LedgerDb>().RecordedWrites());
    }

    [Theory]
    [InlineData("/rekap 28/11", 28, 11)]
    [InlineData("/rekap 1-2", 1, 2)]
    [InlineData("/rekap 28 nov", 28, 11)]
    [InlineData("/rekap 5 Agustus", 5, 8)]
    [InlineData("/rekap 29/2", 29, 2)]
    public void A_recap_day_without_a_year_is_understood(string text, int day, int month)
    {
        var recap = Assert.IsType<Recap>(Assert.IsType<ParseResult.Parsed>(CommandParser.Parse(text)).Command);

        Assert.Equal(new RecapDay.OnDayMonth(day, month), recap.Day);
    }

    [Theory]
    [InlineData("/rekap 31/11")]
    [InlineData("/rekap 12/13")]
    [InlineData("/rekap 30 februari")]
    [InlineData("/rekap 28 nopember 1999")]
    public void An_impossible_day_is_refused_with_the_accepted_forms(string text)
    {
        Assert.Contains("20/11, 20 nov atau 2026-11-20", Assert.IsType<ParseResult.Invalid>(CommandParser.Parse(text)).Message);
    }

    /// <summary>Pinned clocks, not today's date: on 28 February 2028 "tomorrow" is 29/2, whose latest occurrence is 2024.</summary>
    [Theory]
    [InlineData("2026-11-30", "1/12", "2025")]
    [InlineData("2026-12-31", "1/1", "2026")]
    [InlineData("2028-02-28", "29/2", "2024")]
    [InlineData("2029-03-01", "29/2", "2028")]
    public async Task A_day_month_recap_is_its_latest_occurrence_and_never_in_the_future(string today, string dayMonth, string year)
    {
        var date = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var noonInJakarta = new DateTimeOffset(date.ToDateTime(new TimeOnly(5, 0)), TimeSpan.Zero);
        using var harness = new RouterHarness(time: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(noonInJakarta));
        var cashier = harness.As("telegram", "k1", Role.Pengelola);

        var todays = await cashier.SendAsync($"/rekap {date.Day}/{date.Month}");
        var latest = await cashier.SendAsync($"/rekap {dayMonth}");

        Assert.Contains($", {date.Day} ", todays.Text.Split('\n')[0]);
        Assert.EndsWith($"{date.Year}:", todays.Text.Split('\n')[0]);
        Assert.EndsWith($"{year}:", latest.Text.Split('\n')[0]);
    }

    [Fact]
    public async Task A_lone_command_word_gets_its_examples_when_the_user_may_use_it()
    {
        using var harness = new RouterHarness();

        var cashier = await harness.As("telegram", "k1", Role.Pengelola).SendAsync("jual");
        var member = await harness.Stranger("telegram", "warga").SendAsync("gabung");
        var memberSelling = await harness.Stranger("telegram", "warga").SendAsync("jual");

        Assert.Equal("Perintah jual perlu ditulis lengkap, contoh:\n" +
                     $"• {CommandExamples.Sale} — catat penjualan dengan harga berlaku\n" +
                     $"• {CommandExamples.SaleWithPrice} — catat penjualan dengan harga tertentu", cashier.Text);
        Assert.Contains("minta kode undangan ke pengurus", member.Text);
        Assert.Contains("/gabung AB3DE7FG", member.Text);
        Assert.DoesNotContain("/jual gula", memberSelling.Text); // a member cannot sell: no recipe for a command they may not use
    }
}
