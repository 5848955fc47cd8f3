using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/jual gula 2,5 kg [@13.000]: a sale at the current price unless one is given (per typed unit).</summary>
public sealed class SaleHandler(StockHandler stockHandler, StockBook stock, Members.MemberRegister members)
{
    /// <summary>The message with the buyer's name replaced by a member's number: "gula 2kg utk bu painem" → "gula 2kg utk 0012".</summary>
    private static string ForNumber(string text, Ledger.Documents.MemberDoc member) =>
        System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"(?i)\b(untuk|utk)\b(?!.*\b(untuk|utk)\b).*$", $"$1 {member.Code}");

    public Reply Sell(CommandContext context, Sale command)
    {
        const string example = "/jual gula 2,5 kg";
        if (EntryChecks.Quantity(command.Quantity.Amount, example) is { } badQuantity) return new Reply(badQuantity);
        if (command.UnitPrice is { } given && EntryChecks.Price(given, "/jual gula 2 kg @17.500") is { } badPrice) return new Reply(badPrice);
        Ledger.Documents.MemberDoc? buyer = null;
        if (command.ForMember is { } wanted)
        {
            var lookup = members.Resolve(context.KoperasiId, wanted, MemberRules.SaleExample);
            if (lookup.Member is null)
                return Reply.Of(lookup.Problem!, [.. lookup.Candidates.Take(5).Select(m => ForNumber(context.Message.Text, m))]);
            buyer = lookup.Member;
        }
        if (!stockHandler.TryBase(context, command.Item, command.Quantity, "jual", out var item, out var quantity, out var reply)) return reply;

        var name = item.Name.ToLowerInvariant();
        if (command.UnitPrice is null && item.PriceRupiah is null)
            return new Reply($"Harga {name} belum ditetapkan. Tetapkan dulu: /setharga {name} 12.500, " +
                             $"atau sebut harganya: /jual {name} 2 {item.BaseUnit} @12.500");

        return Replies.From(stock.Append(context.Origin, item.Id, current =>
        {
            if (quantity > current.Stock)
                return new MovementPlan.Reject(
                    $"Stok {name} tidak cukup: ada {Say.Quantity(current.Stock, current.BaseUnit)}, mau dijual {Say.Quantity(quantity, current.BaseUnit)}. " +
                    $"Kalau barang baru datang, catat dulu: /masuk {name} {Say.Number(quantity)} {current.BaseUnit}");

            // Price per typed unit when given (@), else the current price per base unit.
            var (unitPrice, unitLabel, amount) = command.UnitPrice is { } p
                ? (p, command.Quantity.Unit ?? current.BaseUnit, Money.Times(command.Quantity.Amount, p))
                : (current.PriceRupiah!.Value, current.BaseUnit, ItemPrices.Amount(current, quantity)!.Value);
            var movement = new MovementDoc
            {
                Kind = MovementKind.Sold, Delta = -quantity, AmountRupiah = amount,
                UnitPriceRupiah = Money.Round(amount / quantity), MemberNumber = buyer?.Number,
            };
            return new MovementPlan.Append(movement, (after, _) =>
                $"Tercatat: jual {name} {StockHandler.Typed(command.Quantity, quantity, after)} × {Say.Rupiah(unitPrice)}" +
                (command.Quantity.Unit is { } u && u != after.BaseUnit && command.UnitPrice is null ? $"/{unitLabel}" : "") +
                $" = {Say.Rupiah(amount)}{(buyer is null ? "" : $" untuk anggota {buyer.Code} {buyer.Name}")}. Sisa stok {Say.Quantity(after.Stock, after.BaseUnit)}." +
                (after.Consignment is { } terms ? $" Titipan {terms.Supplier}: hak pemasok {Say.Rupiah(Books.ConsignmentMath.Owed(quantity, terms))}." : ""));
        }));
    }
}
