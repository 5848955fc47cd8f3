using KKMP.Bot.Commands.Handlers;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Guessing;

/// <summary>
/// The second reading of a shop manager's message the grammar could not take as it stands ("td ada ibu2 dari
/// rt 3 beli beras 5 kg", "telur 2kg 56rb", "masuk telor 15 kilo dr peternak pak Slamet, 26rb sekilo"). Unlike
/// the grammar it knows the cooperative's catalogue, so it can pick the one item named among story words and
/// tell a total from a unit price by the item's own price. It only proposes: the command it returns is marked
/// <see cref="Command.Guessed"/>, which makes the dispatcher preview the write and wait for YA. When the message
/// names several items or amounts, or says nothing about what happened, it proposes nothing and the grammar's
/// own reply (or the assistant) stands.
/// </summary>
public sealed class ShopGuess(ItemResolver items)
{
    /// <summary>What the guess made of a message: a command to preview, a question back, or nothing.</summary>
    public abstract record Result
    {
        public sealed record Proposal(Command Command) : Result;
        public sealed record Ask(string Question) : Result;
    }

    public Result? Read(string koperasiId, string text)
    {
        text = ForwardedPrefix.Unwrap(text);
        if (text.Length > 400 || text.TrimStart().StartsWith('/')) return null;
        if (Tokenizer.Split(text) is not { Count: > 1 } tokens || tokens.Any(t => t.Quoted)) return null;
        // "bu Yati ambil telor 1 kg tp ngutang dulu, catet gmn?": asked back even as a question, as nothing is written.
        if (NotAnEntryAsk(koperasiId, tokens) is { } notAnEntry) return notAnEntry;
        if (text.Contains('?')) return null;
        // "… saratuih salapan puluah ribu" with a word not known as a number: never read a number in part
        if (WordNumbers.ReadInPart(EverydayWords.Clean(tokens)) is { } part) return new Result.Ask(WordNumbers.InPartReply(part, CommandExamples.Sale));
        if (Discounts.Mentioned(tokens))
            return Discounts.AtNetPrice(tokens, before => EntryBefore(koperasiId, before)) is { } net ? new Result.Proposal(net) : new Result.Ask(Discounts.Ask);
        if (GuessClauses.Of(tokens) is not { Entry: var entry } clauses || entry.Money.Count > 1) return null;

        // The entry clause's own item, else the nearest clause naming one; a clause naming two items settles nothing.
        ItemDoc? item = null;
        foreach (var clause in clauses.Donors.Prepend(entry))
        {
            var (found, several) = FindItem(koperasiId, clause.ItemWords);
            // "warung sebelah beli migor 2 liter sm terigu 3 kilo": two entries in one message, never one of them guessed.
            if (several) return entry is { Verb: GuessVerb.Sale or GuessVerb.Receipt, Quantities.Count: >= 2 } ? new Result.Ask($"{ShopEntry.OneEntryPerMessage}, contoh: {CommandExamples.Sale}") : null;
            if ((item = found) is not null) break;
        }
        if (item is null || Amounts(entry, item) is not { } quantities) return null;
        if (clauses.Restated is { } again)
        {
            if (Restated(quantities, again, item) is not { } once) return null;
            quantities = once;
        }
        var said = new Said(
            // A corrected message ("jual … eh tunggu, saya cek dulu, 4 kilo") keeps the verb it started with.
            clauses.Original?.Verb ?? entry.Verb ?? clauses.Donors.Select(d => d.Verb).FirstOrDefault(v => v is not null),
            quantities,
            entry.Money.Count > 0 ? entry.Money : clauses.Donors.FirstOrDefault(d => d is { Money.Count: 1, Quantities.Count: 0 })?.Money ?? [],
            entry.SaysNoneLeft || clauses.Donors.Any(d => d.SaysNoneLeft),
            entry.SaysPrice || clauses.Donors.Any(d => d.SaysPrice)) { PerUnit = entry.PerUnit ?? clauses.Donors.Select(d => d.PerUnit).FirstOrDefault(u => u is not null), OnCredit = entry.OnCredit || clauses.Donors.Any(d => d.OnCredit) };
        if (said.Verb is null && GuessReading.MeansNewPrice(said.SaysPrice, said.Money, said.Quantities)) said = said with { Verb = GuessVerb.Price };
        return said.Verb switch
        {
            GuessVerb.Price => Price(said, item),
            GuessVerb.Count => Count(said, item),
            _ => Entry(said, item),
        };
    }

    /// <summary>An invoice's words before its figures ("Faktur UD Tani Jaya: gula pasir 50 kg"), read as the grammar reads them or else guessed.</summary>
    private Command? EntryBefore(string koperasiId, IReadOnlyList<Token> before)
    {
        var text = Tokenizer.Join(before);
        return CommandParser.Parse(text) is ParseResult.Parsed { Command: var command } ? command : Read(koperasiId, text) is Result.Proposal proposal ? proposal.Command : null;
    }

    /// <summary>
    /// "mbah Darmi ngutang beras limang kilo", "telor pecah setengah kilo wau", "pak Udin balikin gula 1 kg": one item and an
    /// amount, and a word that says it was neither a sale, a receipt nor a count. Asked back, never the assistant's.
    /// </summary>
    private Result.Ask? NotAnEntryAsk(string koperasiId, IReadOnlyList<Token> tokens)
    {
        if (!NotAnEntry.MayBeMentioned(tokens)) return null;
        var words = EverydayWords.Clean(tokens);
        // With a verb, credit may be a receipt on credit and a loss or return may be a correction of the amount ("terjual telur 3
        // kilo tapi yang setengah dikembalikan, jadi yang bener 2,5"): only an order is never an entry, whatever verb the story
        // uses ("Pak Pendeta datang tadi, pesan beras 2 karung").
        if (NotAnEntry.Of(words) is not { } kind
            || (kind is not (NotAnEntryKind.Order or NotAnEntryKind.Unsure) && words.Any(w => EverydayWords.Verbs.ContainsKey(w.Lower) || GuessWords.Verbs.ContainsKey(w.Lower)))
            || (kind != NotAnEntryKind.Unsure && !words.Any(w => w.StartsLikeNumber || WordNumbers.SaysAmount(w.Lower)))
            // "telor ti peternak 20 kg, 500rb, bayarna engke": goods from a supplier paid later are a receipt on credit
            || (kind == NotAnEntryKind.Credit && words.Where((w, i) => GuessWords.From.Contains(w.Lower) && i + 1 < words.Count && GuessWords.Sources.Contains(words[i + 1].Lower)).Any()))
            return null;
        var (item, several) = FindItem(koperasiId, NameRuns(words));
        return item is null || several ? null : new Result.Ask(NotAnEntry.Reply(kind, item.Name.ToLowerInvariant(), item.BaseUnit));
    }

    /// <summary>Runs of words that may name goods, cut at numbers, units, people, payment and filler ("bayar pas ambil" names nothing).</summary>
    private static List<IReadOnlyList<string>> NameRuns(IReadOnlyList<Token> words)
    {
        var runs = new List<IReadOnlyList<string>>();
        var run = new List<string>();
        foreach (var word in words)
        {
            var lower = word.Lower;
            var named = !word.StartsLikeNumber && !Units.IsUnit(word.Text) && !WordNumbers.SaysAmount(lower)
                        && !EverydayWords.Fillers.Contains(lower) && !EverydayWords.NotItemWords.Contains(lower) && !GuessWords.People.Contains(lower)
                        && !GuessWords.Payment.Contains(lower) && !GuessWords.TotalWords.Contains(lower) && !GuessWords.Buy.Contains(lower)
                        && !EverydayWords.Buy.Contains(lower);
            if (named) { run.Add(lower); continue; }
            if (run.Count > 0) runs.Add(run);
            run = [];
        }
        if (run.Count > 0) runs.Add(run);
        return runs;
    }

    /// <summary>
    /// The entry's amount: one, or two that add up ("3 karung lebih 10 kg" is 85 kg of beras, in the item's base unit
    /// when both units fit it). Null when the amounts are several and do not add up.
    /// </summary>
    private static IReadOnlyList<Quantity>? Amounts(GuessReading entry, ItemDoc item)
    {
        if (entry.Quantities.Count <= 1) return entry.Quantities;
        if (!entry.AddsUp || entry.Quantities is not [var first, var second]
            || UnitFit.Factor(item, first.Unit) is not { } a || UnitFit.Factor(item, second.Unit) is not { } b) return null;
        return [new Quantity(first.Amount * a + second.Amount * b, item.BaseUnit)];
    }

    /// <summary>
    /// One amount said twice: "sedus, 12 liter" of minyak goreng packed 12 liter to the dus, or "50 kilo, sakarung" of an item
    /// whose sack the catalogue does not know (one pack, sized by the other amount). Null when the two differ.
    /// </summary>
    private static IReadOnlyList<Quantity>? Restated(IReadOnlyList<Quantity> quantities, Quantity again, ItemDoc item)
    {
        if (quantities is not [var first]) return null;
        return (UnitFit.Factor(item, first.Unit), UnitFit.Factor(item, again.Unit)) switch
        {
            ({ } a, { } b) => first.Amount * a == again.Amount * b ? quantities : null,
            ({ }, null) when again.Amount == 1 => quantities,
            (null, { }) when first.Amount == 1 => [again],
            _ => null,
        };
    }

    /// <summary>What the message says, gathered from its entry clause and the clauses that lend it words.</summary>
    private sealed record Said(GuessVerb? Verb, IReadOnlyList<Quantity> Quantities, IReadOnlyList<GuessMoney> Money, bool SaysNoneLeft, bool SaysPrice)
    {
        public string? PerUnit { get; init; }
        public bool OnCredit { get; init; }
    }

    /// <summary>
    /// A second opinion on what the grammar read from words: the guess wins when the grammar's item is not in the
    /// catalogue ("cek gudang gula" for gula, "bareh" for beras) or when it read a price the item's own price says is
    /// the total ("telur 2 kg laku, Rp 56.000"), or an amount the grammar cut off with a tail (a correction). Null keeps
    /// the grammar's reading.
    /// </summary>
    public Result.Proposal? Reread(string koperasiId, string text, Command parsed)
    {
        if (!parsed.FromWords || ItemOf(parsed) is not { } typed) return null;
        if (Read(koperasiId, text) is not Result.Proposal { Command: var guessed } proposal || guessed.GetType() != parsed.GetType()) return null;
        if (items.Resolve(koperasiId, typed) is not ItemResolution.Found) return proposal;
        return (parsed, guessed) switch
        {
            (Sale { UnitPrice: var a }, Sale { UnitPrice: { } b }) when a != b => proposal,
            (GoodsReceived { UnitCost: var a }, GoodsReceived { UnitCost: { } b }) when a != b => proposal,
            // "… dua dus dari agen eh bukan dua tapi tiga dus": the grammar cut the correction off as a tail.
            (Sale a, Sale b) when Differs(a.Quantity, b.Quantity) => proposal,
            (GoodsReceived a, GoodsReceived b) when Differs(a.Quantity, b.Quantity) => proposal,
            (StockCount a, StockCount b) when Differs(a.Quantity, b.Quantity) => proposal,
            // "harga beras per karung kita jadikan 325 ribu": the grammar missed the unit the price is per.
            (SetPrice a, SetPrice b) when a.Price != b.Price || a.PerUnit != b.PerUnit => proposal,
            _ => null,
        };
    }

    /// <summary>The guess read another amount; the same amount without the unit the grammar found ("beras sak payu setunggal") is no other.</summary>
    private static bool Differs(Quantity grammar, Quantity guess) =>
        grammar != guess && !(guess.Unit is null && grammar.Amount == guess.Amount);

    private static string? ItemOf(Command command) => command switch
    {
        Sale sale => sale.Item,
        GoodsReceived received => received.Item,
        StockCount count => count.Item,
        SetPrice price => price.Item,
        _ => null,
    };

    /// <summary>
    /// The one catalogue item the message names, trying every run of up to three words; failing that, the one item a
    /// word is a close typo of ("gla", "tpg terigu"). Several: the runs name different items.
    /// </summary>
    private (ItemDoc? Item, bool Several) FindItem(string koperasiId, IReadOnlyList<IReadOnlyList<string>> runs)
    {
        ItemDoc? found = null, close = null;
        var closeCount = 0;
        foreach (var run in runs)
            for (var start = 0; start < run.Count; start++)
                for (var length = Math.Min(3, run.Count - start); length >= 1; length--)
                {
                    var typed = string.Join(' ', run.Skip(start).Take(length));
                    if (typed.Length < 3) continue;
                    var resolution = items.Resolve(koperasiId, typed);
                    if (resolution is ItemResolution.NotFound { IsClose: true, Closest: { } near } && length == 1 && close?.Id != near.Id)
                    {
                        close = near;
                        closeCount++;
                    }
                    if (resolution is not ItemResolution.Found(var item)) continue;
                    if (found is not null && found.Id != item.Id) return (null, true);
                    found = item;
                    start += length - 1;
                    break;
                }
        return (found ?? (closeCount == 1 ? close : null), false);
    }

    private static Result? Entry(Said reading, ItemDoc item)
    {
        if (reading.Quantities is not [var quantity] || quantity.Amount <= 0) return null;
        var verb = reading.Verb ?? (reading.Money.Count == 1 ? GuessVerb.Sale : (GuessVerb?)null);
        if (verb is not (GuessVerb.Sale or GuessVerb.Receipt)) return null;
        if (reading.OnCredit && verb == GuessVerb.Sale) return new Result.Ask(NotAnEntry.Reply(NotAnEntryKind.Credit, item.Name.ToLowerInvariant(), item.BaseUnit));
        long? unitPrice = null;
        if (reading.Money is [var money])
        {
            switch (UnitPrice(money, quantity, item))
            {
                case null: return null;
                case { Whole: false }:
                    return new Result.Ask($"{Say.Rupiah(money.Amount)} untuk {Say.Quantity(quantity.Amount, quantity.Unit ?? item.BaseUnit)} tidak habis dibagi, " +
                                          $"jadi belum dicatat. Tulis harga per satuannya, contoh: /{(verb == GuessVerb.Sale ? "jual" : "masuk")} {item.Name.ToLowerInvariant()} " +
                                          $"{Say.Number(quantity.Amount)} {quantity.Unit ?? item.BaseUnit} @{Say.Number(decimal.Round(money.Amount / quantity.Amount / 100m) * 100m)}");
                case { Price: var price }: unitPrice = price; break;
            }
        }
        if (reading.OnCredit && unitPrice is null)
            return new Result.Ask("Barang masuk dengan utang perlu harga belinya, jadi belum dicatat. Contoh: " + CommandExamples.ReceivedOnCredit);
        Command command = verb == GuessVerb.Sale
            ? new Sale(item.Name, quantity, unitPrice)
            : new GoodsReceived(item.Name, quantity, unitPrice) { OnCredit = reading.OnCredit };
        return new Result.Proposal(command with { FromWords = true, Guessed = true });
    }

    private static Result? Count(Said reading, ItemDoc item)
    {
        if (reading.Money.Count > 0) return null;
        var quantity = reading.Quantities switch
        {
            [var q] => q,
            [] when reading.SaysNoneLeft => new Quantity(0, null),
            _ => null,
        };
        return quantity is null ? null : new Result.Proposal(new StockCount(item.Name, quantity) { FromWords = true, Guessed = true });
    }

    private static Result? Price(Said reading, ItemDoc item)
    {
        if (reading.Money is not [var money] || reading.Quantities.Any(q => q.Amount != 1)) return null;
        var perUnit = money.PerUnit ?? reading.PerUnit ?? reading.Quantities.FirstOrDefault()?.Unit;
        return new Result.Proposal(new SetPrice(item.Name, money.Amount, perUnit) { FromWords = true, Guessed = true });
    }

    private sealed record PriceReading(long Price, bool Whole);

    /// <summary>
    /// The price per typed unit: as marked ("@", "per kg", "sekilo", "total"), or, unmarked, whichever of
    /// "per unit" and "for the whole quantity" lies nearer the item's own price. Null when neither can be told.
    /// </summary>
    private static PriceReading? UnitPrice(GuessMoney money, Quantity quantity, ItemDoc item)
    {
        var typedFactor = UnitFit.Factor(item, quantity.Unit);
        if (typedFactor is null) return null;
        if (money.PerUnit is { } per)
        {
            // "26rb sekilo" for 15 kg: per the unit typed, or converted when the item knows both units.
            if (UnitFit.Factor(item, per) is not { } perFactor) return null;
            var converted = money.Amount * typedFactor.Value / perFactor;
            return new PriceReading((long)decimal.Round(converted), converted == decimal.Truncate(converted));
        }
        var isTotal = money.Marked switch
        {
            MoneyMark.Total => true,
            MoneyMark.Unit => false,
            _ when quantity.Amount == 1 => false,
            _ when item.PriceRupiah is not { } price || price <= 0 => (bool?)null,
            _ => Nearer(money.Amount, item.PriceRupiah!.Value * typedFactor.Value, quantity.Amount),
        };
        if (isTotal is null) return null;
        if (!isTotal.Value) return new PriceReading(money.Amount, true);
        var unit = money.Amount / quantity.Amount;
        return new PriceReading((long)decimal.Round(unit), unit == decimal.Truncate(unit));
    }

    /// <summary>True when <paramref name="amount"/> is nearer <paramref name="quantity"/> × the unit price than the unit price itself (by ratio).</summary>
    private static bool Nearer(long amount, decimal unitPrice, decimal quantity)
    {
        static double Distance(decimal a, decimal b) => Math.Abs(Math.Log((double)a / (double)b));
        return Distance(amount, unitPrice * quantity) < Distance(amount, unitPrice);
    }
}
