using KKMP.Bot.Commands.Naming;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands;

/// <summary>The "input that must be refused" table: each row is refused with a reason and changes nothing.</summary>
public class RefusedInputTests : IDisposable
{
    private readonly RouterHarness _harness = new();

    private RouterHarness.Sender Pengurus => _harness.As("telegram", "1", Role.Pengurus);

    [Fact]
    public void An_empty_quoted_cooperative_name_is_refused_instead_of_shifting_the_fields()
    {
        var result = CommandParser.Parse("/koperasi tambah kop-z \"\" \"Desa Z\" \"Kota Z\" WIT");

        var invalid = Assert.IsType<ParseResult.Invalid>(result);
        Assert.Contains("Nama belum ditulis", invalid.Message);
    }

    [Fact]
    public void A_full_cooperative_command_still_keeps_its_zone()
    {
        var result = CommandParser.Parse("/koperasi tambah kop-z \"KKMP Z\" \"Desa Z\" \"Kota Z\" WIT");

        var add = Assert.IsType<CooperativeAdd>(Assert.IsType<ParseResult.Parsed>(result).Command);
        Assert.Equal(("KKMP Z", "Desa Z", "Kota Z", "Asia/Jayapura"), (add.Name, add.Village, add.City, add.TimeZone));
    }

    [Theory]
    [InlineData("/barang tambah \"Be\u200bras\" kg")]      // zero-width space
    [InlineData("/barang tambah \"\u0412eras\" kg")]        // Cyrillic capital Ve
    [InlineData("/barang tambah \"B\u0435r\u0430s\" kg")]   // Cyrillic small ie and a
    [InlineData("/barang tambah \"ＢＥＲＡＳ\" kg")]             // full-width letters (NFKC)
    [InlineData("/barang tambah \"\u0392\u0395RAS\" kg")]   // Greek Beta and Epsilon
    public async Task A_name_that_looks_like_an_existing_item_is_refused(string line)
    {
        var itemsBefore = _harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Count;

        var reply = await Pengurus.SendAsync(line);

        Assert.Contains("sudah ada", reply.Text);
        Assert.Equal(itemsBefore, _harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Count);
    }

    [Fact]
    public async Task Invisible_characters_are_stripped_from_a_new_name()
    {
        // Zero-width characters are removed before parsing; a bidi control refuses the whole message (InvisibleCharacterTests).
        var reply = await Pengurus.SendAsync("/barang tambah \"Ka\u200bcang\u2060 Hijau\ufeff\" kg");

        Assert.StartsWith("Tercatat", reply.Text);
        Assert.Contains(_harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId), i => i.Name == "Kacang Hijau");
    }

    [Fact]
    public async Task An_alias_that_looks_like_another_items_name_is_refused()
    {
        var reply = await Pengurus.SendAsync("/barang alias telur \"Gul\u0430\"");   // Cyrillic а

        Assert.Contains("sudah dipakai", reply.Text);
    }

    [Theory]
    [InlineData("/barang alias gula 2", "angka")]
    [InlineData("/barang alias gula dua", "angka")]
    [InlineData("/barang alias beras kg", "satuan")]
    [InlineData("/barang alias beras karung", "satuan")]
    [InlineData("/barang tambah \"kg\" kg", "satuan")]
    [InlineData("/barang tambah \"12\" kg", "angka")]
    public async Task A_name_or_alias_may_not_be_a_number_or_a_unit(string line, string reason)
    {
        var aliasesBefore = _harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Sum(i => i.Aliases.Count);

        var reply = await Pengurus.SendAsync(line);

        Assert.Contains(reason, reply.Text);
        Assert.Contains("Contoh:", reply.Text);
        Assert.Equal(aliasesBefore, _harness.Get<Catalog>().ListItems(DemoSeed.KoperasiId).Sum(i => i.Aliases.Count));
    }

    [Theory]
    [InlineData("masuk beras 12.500 sak", "terlalu besar", "312.500 kg")]
    [InlineData("/masuk beras 4.001 karung", "terlalu besar", "100.025 kg")]
    [InlineData("/masuk telur 2,5 g", "terlalu kecil", "0,0025 kg")]
    [InlineData("/jual gula 1,5 gram", "terlalu kecil", "0,0015 kg")]
    [InlineData("/stok beras 5.000 karung", "terlalu besar", "125.000 kg")]
    public async Task Limits_and_decimals_are_checked_on_the_converted_amount(string line, string reason, string converted)
    {
        var movementsBefore = _harness.Get<LedgerDb>().Movements.Count();

        var reply = await _harness.As("telegram", "2", Role.Pengelola).SendAsync(line);

        Assert.Contains(reason, reply.Text);
        Assert.Contains(converted, reply.Text);
        Assert.Equal(movementsBefore, _harness.Get<LedgerDb>().Movements.Count());
    }

    [Fact]
    public async Task A_converted_amount_within_the_limits_is_recorded()
    {
        var reply = await _harness.As("telegram", "2", Role.Pengelola).SendAsync("/masuk telur 250 gram");

        Assert.StartsWith("Tercatat", reply.Text);
        Assert.Contains("0,25 kg", reply.Text);
    }

    [Fact]
    public async Task A_bidi_override_echoed_in_an_error_is_shown_escaped()
    {
        var reply = await _harness.As("telegram", "2", Role.Pengelola).SendAsync("/jual beras 2 \u202e");

        Assert.DoesNotContain('\u202e', reply.Text);
        Assert.Contains("U+202E", reply.Text);
    }

    [Theory]
    [InlineData("Beras", "beras", true)]
    [InlineData("Beras", "\u0412\u0435\u0440\u0430\u0441", false)] // "Верас": В, е, р→p, а, с→c reads "Bepac", not "Beras"
    [InlineData("Minyak Goreng", "minyak  goreng\u200d", true)]
    [InlineData("Gula", "Gula Pasir", false)]
    [InlineData("Kopi", "Κορi", true)] // Greek capital Kappa, small omicron and rho
    public void Names_compare_by_how_they_look(string a, string b, bool same) =>
        Assert.Equal(same, ItemNames.LookTheSame(a, b));

    public void Dispose() => _harness.Dispose();
}
