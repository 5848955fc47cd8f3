using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Conversation;

namespace KKMP.Bot.Tests.Commands.Everyday;

/// <summary>
/// An invoice with a discount is read at its net price per typed unit when its figures say one net total (the sum paid, or
/// the gross less the discount, the two agreeing when both are written); the bot previews what it worked out and writes only
/// after YA. Figures that disagree, a figure with no role, a down payment or a net price that is no whole rupiah are asked back.
/// </summary>
public class DiscountedInvoiceTests
{
    [Theory]
    [InlineData("Faktur UD Sumber Rejeki: gula pasir 40 kg @16.500 = 660.000, potongan 20.000 → bayar 640.000 tunai", "masuk gula pasir 40 kg @Rp16.000 = Rp640.000")]
    [InlineData("nota dr agen: beras 4 sak @ Rp300.000 = Rp1.200.000, diskon Rp40.000. Total bayar Rp1.160.000", "masuk beras 4 sak (100 kg) @Rp290.000")]
    [InlineData("nota: terigu 20 kg x Rp10.000 = Rp200.000, disc 5% (Rp10.000), netto Rp190.000", "masuk tepung terigu 20 kg @Rp9.500")]
    // the sum paid alone, the discount only mentioned; a discount per unit; a percentage without its sum
    [InlineData("masuk minyak 12 liter, bayar Rp180.000 (udah dpt potongan Rp8.400)", "masuk minyak goreng 12 liter @Rp15.000")]
    [InlineData("terima beras 2 karung @300rb potongan 10rb/karung", "masuk beras 2 karung (50 kg) @Rp290.000")]
    [InlineData("masuk telur 10 kg @27.000, diskon 2%", "masuk telur 10 kg @Rp26.460")]
    // on credit after the figures ("tempo"), said in the preview and in the echo
    [InlineData("nota agen terigu 40 kg x 10.000 = 400.000, diskon 20.000, netto 380.000. tempo 14 hari", "@Rp9.500 = Rp380.000 (utang ke pemasok)")]
    // a sale whose discounted price is what was paid
    [InlineData("jual gula 1 kg, diskon jadi 17rb", "jual gula pasir 1 kg × Rp17.000")]
    public async Task An_invoice_is_previewed_at_its_net_price_and_recorded_after_YA(string invoice, string recorded)
    {
        using var harness = new RouterHarness();
        var db = harness.Get<LedgerDb>();
        var writes = db.RecordedWrites();
        var sender = harness.As("telegram", "42", Role.Pengelola);

        var preview = await sender.SendAsync(invoice);
        Assert.Contains("YA", preview.SuggestedReplies);
        Assert.Equal(writes, db.RecordedWrites());

        var done = await sender.SendAsync("ya");
        Assert.StartsWith("Tercatat", done.Text);
        Assert.Contains(recorded, done.Text);
    }

    [Theory]
    // the gross less the discount is not what was paid
    [InlineData("masuk gula 50 kg @16.500 = 825.000, potongan 25.000, bayar 790.000")]
    // a figure with no role (shipping), a down payment (part cash, part owed), a sale with a discount and no price
    [InlineData("masuk gula 50 kg @16.500 potongan 25.000, ongkir 20.000")]
    [InlineData("terima minyak 5 dus: 5 x 178.000 = 890.000, potongan 40.000, jd 850.000. DP 500rb sisanya utang")]
    [InlineData("jual gula 2 kg diskon 1.000")]
    // 100.000 paid for 3 kg is no whole rupiah per kg
    [InlineData("masuk telur 3 kg, bayar 100.000 setelah potongan 2.000")]
    public async Task An_invoice_whose_figures_do_not_say_one_net_price_is_asked_back(string invoice)
    {
        using var harness = new RouterHarness();
        var db = harness.Get<LedgerDb>();
        var writes = db.RecordedWrites();

        var reply = await harness.As("telegram", "42", Role.Pengelola).SendAsync(invoice);
        await harness.As("telegram", "42", Role.Pengelola).SendAsync("ya");

        Assert.Contains("potongan", reply.Text);
        Assert.Contains("/masuk", reply.Text);
        Assert.Empty(reply.SuggestedReplies);
        Assert.Equal(writes, db.RecordedWrites());
    }

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>Any quantity, price and discount: read at exactly the net price per unit when it is whole rupiah, else asked.</summary>
    [Property(MaxTest = 300)]
    public Property The_net_price_is_the_paid_sum_over_the_quantity_or_the_invoice_is_asked() =>
        Prop.ForAll(Gen.Choose(1, 60).ToArbitrary(), Gen.Choose(10, 400).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (quantity, hundreds, percentOff) =>
        {
            long unit = hundreds * 100L, gross = quantity * unit, discount = gross * percentOff / 100, paid = gross - discount;
            var text = $"masuk gula {quantity} kg @{unit.ToString("N0", Indonesian)} = {gross.ToString("N0", Indonesian)}, " +
                       $"potongan {discount.ToString("N0", Indonesian)}, bayar {paid.ToString("N0", Indonesian)}";
            var result = CommandParser.Parse(text);
            return paid % quantity == 0 && discount > 0
                ? result is ParseResult.Parsed { Command: GoodsReceived { Guessed: true } received } && received.UnitCost == paid / quantity
                : result is ParseResult.Invalid;
        });
}
