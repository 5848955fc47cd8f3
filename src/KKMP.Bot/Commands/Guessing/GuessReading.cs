using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;

namespace KKMP.Bot.Commands.Guessing;

/// <summary>An amount of money in the message, with the unit it is per ("26rb sekilo") and how it is marked.</summary>
internal sealed record GuessMoney(long Amount, string? PerUnit, MoneyMark Marked);

/// <summary>
/// One pass over a message's words, sorting them into what a cashier listens for: the verb (what happened),
/// quantities with a unit, money, and runs of other words that may name the item. A number without a unit
/// ("rt 3", "isi 12") only counts when nothing else in the message is a quantity.
/// </summary>
internal sealed class GuessReading
{
    public GuessVerb? Verb { get; private set; }
    public List<Quantity> Quantities { get; } = [];
    public List<GuessMoney> Money { get; } = [];
    public List<IReadOnlyList<string>> ItemWords { get; } = [];
    public bool SaysNoneLeft { get; private set; }

    /// <summary>"harga beras per karung kita jadikan …": the unit a price is per, said apart from the money.</summary>
    public string? PerUnit { get; private set; }

    /// <summary>The words name a price ("harga", "ubah", "naik"): with money and no amount of goods, a new selling price.</summary>
    public bool SaysPrice => _priceWord;

    /// <summary>A reason clause ("soalnya …"): it may lend words, never be the entry.</summary>
    public bool IsReason { get; private set; }

    public GuessReading AsReason()
    {
        IsReason = true;
        return this;
    }

    /// <summary>The quantity came from a number without a unit ("stok 0"), the weakest evidence of an amount.</summary>
    public bool BareQuantity { get; private set; }

    private readonly HashSet<GuessVerb> _verbs = [];
    private readonly List<decimal> _bareNumbers = [];
    private bool _buysLater, _almost;

    /// <summary>"hampir abis", "mau habis": about to run out is no count of zero.</summary>
    private static readonly HashSet<string> Almost = ["hampir", "mau", "nyaris", "bakal", "akan", "sebentar", "meh", "arep", "rek"];
    private bool _person, _buy, _passiveBuy, _buyer, _fromSource, _priceWord, _corrected, _afterItem, _countAfterSize, _joining, _cameToBuy, _boughtAt;

    /// <summary>"lebih", "tambah", and "sama"/"dan" right before a second amount ("2 dus sm 5 liter"): the amounts add up.</summary>
    public static bool Joins(string lower) => Adds.Contains(lower) || And.Contains(lower);

    private static readonly HashSet<string> Adds = ["lebih", "tambah", "ditambah", "plus", "lbh"];
    private static readonly HashSet<string> And = ["sama", "sm", "dan", "ama", "ame", "karo", "+"];

    /// <summary>"3 karung lebih 10 kg", "tiga dus ditambah sembilan liter": two amounts of one item that add up.</summary>
    public bool AddsUp { get; private set; }

    /// <summary>"Minyakita 1L", "Beras SPHP 5kg": a measure right after the item's name, before any verb: the pack's size.</summary>
    private Quantity? _size;

    private static readonly HashSet<string> Measures = ["kg", "liter", "gram", "ml"];
    private static readonly HashSet<string> Packs = ["botol", "bungkus", "pcs", "pack", "sachet", "kaleng"];

    /// <summary>Goods bought on credit ("utang"): only with a receipt verb in the same clause.</summary>
    public bool OnCredit { get; private set; }
    private List<string> _run = [];

    /// <summary>Null when the words contradict themselves (sold and received, "gak jadi").</summary>
    /// <param name="personBefore">An earlier clause named a person ("ada bapak2 datang, beli gula 2 kilo").</param>
    /// <param name="buysLater">A later clause buys: a person's "datang" here is the customer arriving, not goods.</param>
    public static GuessReading? Of(IReadOnlyList<Token> words, bool personBefore = false, bool buysLater = false)
    {
        var reading = new GuessReading { _person = personBefore, _buysLater = buysLater };
        for (var i = 0; i < words.Count; i++)
            if (!reading.Take(words, ref i)) return null;
        return reading.Finish();
    }

    private bool Take(IReadOnlyList<Token> words, ref int i)
    {
        var word = words[i];
        var lower = word.Lower;
        var next = i + 1 < words.Count ? words[i + 1].Lower : "";
        if (GuessWords.Denials.Contains(lower) && next is "jadi" or "jd" or "sido") return false; // "gak jadi", "nyanda jadi": called off
        if (EverydayWords.Pairs.TryGetValue((lower, next), out var pair)) { EndRun(); _verbs.Add(From(pair)); i++; return true; }
        if (GuessWords.Pairs.TryGetValue((lower, next), out var guessPair)) { EndRun(); _verbs.Add(guessPair); i++; return true; }
        if (word.StartsLikeNumber || MoneyReader.IsPriceStart(word))
        {
            _afterItem = _run.Count > 0;
            EndRun();
            return TakeNumber(words, ref i);
        }
        // "ada pembelian telur 2 kg oleh anggota": a purchase by a customer is a sale, not the shop's own purchase.
        if (lower is "pembelian" or "dibeli" && words.Skip(i + 1).Any(w => w.Lower == "oleh")) { EndRun(); _buy = true; return true; }
        if (lower == "oleh" && _buy && next.Length > 0) { EndRun(); _person = true; return true; }
        // "ada bapak2 datang, (terus) beli …": the customer arrived; the goods did not
        if (_person && _buysLater && EverydayWords.Arrivals.Contains(lower)) { EndRun(); return true; }
        // "mama dong datang bli minyak", "ibu ibu tadi datang beli telur": came to buy is a customer, whoever is named
        if (EverydayWords.Arrivals.Contains(lower) && i + 1 < words.Count && BuysAt(words, i + 1)) { EndRun(); _buy = _cameToBuy = true; i++; return true; }
        if (EverydayWords.Verbs.TryGetValue(lower, out var verb)) { EndRun(); _verbs.Add(From(verb)); return true; }
        if (lower == "terima" && next == "kasih") { EndRun(); i++; return true; } // thanks
        // "antar beras 2 karung ke rumah pak Kades": delivered on to a customer, not to the shop; the guess stays out
        if (GuessWords.Deliveries.Contains(lower) && DeliveredElsewhere(words, i)) return false;
        // "Nota #0231 Kios Kopdes Hative …": a note the cooperative's own shop wrote out is a sale, not a supplier's
        if (lower is "nota" or "faktur" && IssuedByTheShop(words, i)) { EndRun(); _verbs.Add(GuessVerb.Sale); return true; }
        if (GuessWords.Verbs.TryGetValue(lower, out var guessVerb)) { EndRun(); _verbs.Add(guessVerb); return true; }
        // "harga beli Rp16.000": the buying price, not someone buying.
        if (BuysAt(words, i))
        {
            EndRun();
            _buy = true;
            _passiveBuy |= ShopEntry.Passive.Contains(lower) || Tail.Taken.Contains(lower); // "diambil sama anaknya pak Imam"
            return true;
        }
        if ((GuessWords.From.Contains(lower) || (lower == "ke" && _buy)) && GuessWords.Sources.Contains(next))
        {
            EndRun();
            _fromSource = true;
            i++;
            return true;
        }
        // "beli tunai di pasar induk: …", "manukar baras … di pasar Barabai": where the shop buys
        if (i > 0 && words[i - 1].Lower == "di" && GuessWords.Sources.Contains(lower)) { EndRun(); _boughtAt = true; return true; }
        // "di pasar", "di depan pasar": a place, never the goods ("pasar" is one letter from "pasir")
        if (i > 0 && words[i - 1].Lower is "di" or "depan" or "dekat" or "samping" or "belakang" && !word.StartsLikeNumber && !Units.IsUnit(lower)
            && !EverydayWords.Verbs.ContainsKey(lower)) { EndRun(); return true; }
        // "abis diborong ame tukang gorengan": all bought up, not none left
        if (GuessWords.NoneLeft.Contains(lower) && !(ShopEntry.Passive.Contains(next) || Tail.Taken.Contains(next))) { EndRun(); SaysNoneLeft = true; _almost |= i > 0 && Almost.Contains(words[i - 1].Lower); return true; }
        // Bought or sold on credit: a receipt on credit is recorded with "utang" (and needs its price), a sale on credit cannot be.
        if (NotAnEntry.Credit.Contains(lower)) { EndRun(); OnCredit |= !NotAnEntry.Negated(words, i); return true; }
        if (GuessWords.PriceWords.Contains(lower)) { EndRun(); _priceWord = true; return true; }
        if (GuessWords.People.Contains(lower) && (!_buy || _passiveBuy)) _person = true;
        _buyer |= GuessWords.Buyers.Contains(lower);
        if (GuessWords.Corrections.Contains(lower) && (Quantities.Count > 0 || Money.Count > 0 || _bareNumbers.Count > 0)) _corrected = true;
        if (Quantities.Count == 1 && (Adds.Contains(lower) || (And.Contains(lower) && i + 1 < words.Count && words[i + 1].StartsLikeNumber))) _joining = true;
        if (lower == "per" && i + 1 < words.Count && Units.Normalize(words[i + 1].Text) is { } perUnit) { EndRun(); PerUnit ??= perUnit; i++; return true; }
        if (IsNotItem(lower)) { EndRun(); return true; }
        _run.Add(lower);
        return true;
    }


    /// <summary>A buy word at <paramref name="i"/> ("bli" after a person is one too), but not "harga beli" (the buying price).</summary>
    private static bool BuysAt(IReadOnlyList<Token> words, int i) =>
        (GuessWords.Buy.Contains(words[i].Lower) || EverydayWords.IsBuyAt(words, i) || (words[i].Lower == "bli" && i > 0 && GuessWords.People.Contains(words[i - 1].Lower)))
        && !(i > 0 && EverydayWords.PriceMarkers.Contains(words[i - 1].Lower));

    /// <summary>The cooperative's own name right after a note's word, past its number and the shop's kind ("Nota #12 Kios Kopdes …").</summary>
    private static bool IssuedByTheShop(IReadOnlyList<Token> words, int at)
    {
        for (var k = at + 1; k < Math.Min(words.Count, at + 5); k++)
        {
            if (EverydayWords.OwnShop.Contains(words[k].Lower)) return true;
            if (!(words[k].StartsLikeNumber || words[k].Lower is "no" or "nomor" or "kios" or "toko" or "gerai" or "warung" || words[k].Text.StartsWith('#'))) return false;
        }
        return false;
    }

    /// <summary>"ke"/"ka" after a delivery word, before anything but the shop itself ("dikirim ke gudang", "antar ke koperasi").</summary>
    private static bool DeliveredElsewhere(IReadOnlyList<Token> words, int from)
    {
        for (var k = from + 1; k + 1 < words.Count; k++)
            if (Tail.To.Contains(words[k].Lower) && !EverydayWords.OwnShop.Contains(words[k + 1].Lower) && !EverydayWords.Us.Contains(words[k + 1].Lower)
                && words[k + 1].Lower is not ("gudang" or "gerai" or "sini")) return true;
        return false;
    }

    /// <summary>A person named in the clause (or before it, see <see cref="Of"/>).</summary>
    public bool NamesPerson => _person;

    public static bool IsBuyWord(string lower) => GuessWords.Buy.Contains(lower) || EverydayWords.Buy.Contains(lower);

    private static bool IsNotItem(string lower) =>
        lower.Length < 2 || EverydayWords.Fillers.Contains(lower) || EverydayWords.Separators.Contains(lower)
        || EverydayWords.NotItemWords.Contains(lower) || GuessWords.People.Contains(lower) || GuessWords.From.Contains(lower)
        || GuessWords.TotalWords.Contains(lower) || GuessWords.UnitWords.Contains(lower) || Units.IsUnit(lower)
        || EverydayWords.PriceMarkers.Contains(lower) || IndonesianNumber.Multiplier(lower) is not null || GuessWords.Payment.Contains(lower);

    private bool TakeNumber(IReadOnlyList<Token> words, ref int i)
    {
        var before = i > 0 ? words[i - 1].Lower : "";
        if (IsMoney(words, i, before))
        {
            if (Tail.Short.Contains(before)) return false; // money short or given back: not a price the guess can use
            var start = i;
            try
            {
                var amount = MoneyReader.Read(words, ref i, "", out var perUnit);
                var after = i < words.Count ? words[i].Lower : "";
                var mark = perUnit is not null || GuessWords.UnitWords.Contains(before) || words[start].Text.StartsWith('@') ? MoneyMark.Unit
                    : GuessWords.TotalWords.Contains(before) || GuessWords.TotalWords.Contains(after) ? MoneyMark.Total
                    : MoneyMark.None;
                // "9.800 sekilo": the grammar's word numbers made it "9.800 1 kg" (only money with rb/k becomes "per kg").
                if (perUnit is null && after == "1" && i + 1 < words.Count && Units.Normalize(words[i + 1].Text) is { } oneUnit)
                {
                    perUnit = oneUnit;
                    mark = MoneyMark.Unit;
                    i += 2;
                }
                Money.Add(new GuessMoney(amount, perUnit is null ? null : Units.Normalize(perUnit) ?? perUnit, mark));
                i--; // the loop moves past the last word read
                return true;
            }
            catch (GrammarError)
            {
                return false;
            }
        }
        // "jam 10an", "rt 3": a number that is not an amount of goods is part of the story.
        if (!IndonesianNumber.TryParseQuantity(word: words[i].Text, out var value, out var glued)) return true;
        var unit = glued.Length > 0 ? Units.Normalize(glued) : i + 1 < words.Count ? Units.Normalize(words[i + 1].Text) : null;
        if (glued.Length > 0 && unit is null) return true;
        if (unit is null)
        {
            _bareNumbers.Add(value);
            _countAfterSize |= _size is not null && _verbs.Count > 0;
            return true;
        }
        if (glued.Length == 0) i++;
        // "1 dus isi 12 liter": what a pack holds, not an amount.
        if (before is "isi" or "isinya") return true;
        Quantities.Add(new Quantity(value, unit));
        AddsUp |= _joining && Quantities.Count == 2;
        if (Quantities.Count == 1 && _afterItem && _verbs.Count == 0 && Measures.Contains(unit)) _size = Quantities[0];
        return true;
    }

    /// <summary>"62.500", "56rb", "Rp 56.000", "@12500", "harga 26000": money. A plain small number is a quantity.</summary>
    private static bool IsMoney(IReadOnlyList<Token> words, int i, string before)
    {
        var word = words[i];
        if (MoneyReader.IsPriceStart(word) || Amounts.IsMoney(words, i)) return true;
        var unitFollows = i + 1 < words.Count && Units.IsUnit(words[i + 1].Text);
        // "jadi totalnya 1,5 kilo": a total of goods, not of money
        if (GuessWords.TotalWords.Contains(before) && (unitFollows || (IndonesianNumber.TryParseQuantity(word.Text, out _, out var glued) && Units.IsUnit(glued))))
            return false;
        if (EverydayWords.PriceMarkers.Contains(before) || GuessWords.TotalWords.Contains(before) || before is "modal" or "modalnya" or "rp")
            return true;
        var text = word.Text.Split('/')[0].TrimEnd(',', '-', '.');
        return !unitFollows && IndonesianNumber.TryParse(text, out var value) && value >= 1000 && value == decimal.Truncate(value);
    }

    private GuessReading? Finish()
    {
        EndRun();
        // "Minyakita 1L laku 4 botol", "GULA PASIR 1KG TERJUAL 4": a pack size, then how many packs.
        if (_size is { } size)
        {
            if (Quantities is [_, { Unit: { } packUnit } packs] && Packs.Contains(packUnit))
                Quantities.RemoveRange(0, 2);
            else if (Quantities.Count == 1 && _countAfterSize && _bareNumbers.Count == 1)
                packs = new Quantity(_bareNumbers[0], null);
            else packs = null;
            if (packs is not null)
            {
                Quantities.Clear();
                Quantities.Add(new Quantity(size.Amount * packs.Amount, size.Unit));
                _bareNumbers.Clear();
            }
        }
        // "eh bukan dua karung satu karung aja": within one clause the amount after a correction replaces the one before.
        if (_corrected && Quantities.Count > 1) Quantities.RemoveRange(0, Quantities.Count - 1);
        if (_corrected && Money.Count > 1) Money.RemoveRange(0, Money.Count - 1);
        // "5 deh, td aku itung lg notanya 5": the same number said twice is one amount
        if (Quantities.Count == 0 && _bareNumbers.Count > 0 && _bareNumbers.Distinct().Count() == 1)
        {
            Quantities.Add(new Quantity(_bareNumbers[0], null));
            BareQuantity = true;
        }
        // "so abis minya goreng di rak, kosong": nothing left, said without a number, is a count of zero
        if (SaysNoneLeft && !_almost && Quantities.Count == 0 && _bareNumbers.Count == 0 && Money.Count == 0 && _verbs.Count == 0 && !_buy)
        {
            Quantities.Add(new Quantity(0, null));
            BareQuantity = true;
        }
        // "@ 12500 = 62500": a unit price and the total it makes; the total only confirms it.
        if (Money is [var first, var second] && Quantities is [var quantity])
        {
            if (first.Marked == MoneyMark.Unit && second.Amount == first.Amount * quantity.Amount) Money.Remove(second);
            else if (second.Marked == MoneyMark.Unit && first.Amount == second.Amount * quantity.Amount) Money.Remove(first);
        }
        if (_buy)
        {
            // Came to buy is a customer; bought from a source is the shop; a person buying is a customer; bought at a market ("di
            // pasar") or for the shop's stock ("untuak koperasi", read as a receipt) is the shop. "beli" alone is either side of the
            // counter (an order, or the shop buying): left to the grammar's question.
            if (_cameToBuy) _verbs.Add(GuessVerb.Sale);
            else if (_fromSource) _verbs.Add(GuessVerb.Receipt);
            else if (_person) _verbs.Add(GuessVerb.Sale);
            else if (_boughtAt) _verbs.Add(GuessVerb.Receipt);
            else if (!_verbs.Contains(GuessVerb.Receipt)) return null;
        }
        if (_verbs.Count == 0 && _buyer && Quantities.Count > 0) _verbs.Add(GuessVerb.Sale);
        if (_verbs.Count > 1) return null;
        // "minyak tong jual 16 ribu per liter mulai hari ini": selling at a price from now on, with no amount sold
        if (_verbs.SetEquals([GuessVerb.Sale]) && Quantities.Count == 0 && _bareNumbers.Count == 0 && (PerUnit ?? Money.FirstOrDefault()?.PerUnit) is not null
            && MeansNewPrice(_priceWord, Money, Quantities))
            _verbs.Clear();
        // A sale on credit (bon) cannot be recorded; only goods received on credit can.
        // A clause with credit and no verb ("ngutang dulu ke distributor 290rb per sak") may lend its price to a receipt.
        if (OnCredit && _verbs.Count > 0 && !(_verbs.Count == 1 && _verbs.Contains(GuessVerb.Receipt))) return null;
        Verb = _verbs.Count == 1 ? _verbs.Single()
            : _fromSource ? GuessVerb.Receipt
            : MeansNewPrice(_priceWord, Money, Quantities) ? GuessVerb.Price
            : SaysNoneLeft ? GuessVerb.Count
            : null;
        return this;
    }

    /// <summary>A price word with one amount of money and no amount of goods (or only "1 karung" it is per): a new selling price.</summary>
    public static bool MeansNewPrice(bool saysPrice, IReadOnlyList<GuessMoney> money, IReadOnlyList<Quantity> quantities) =>
        saysPrice && money.Count == 1 && quantities.All(q => q.Amount == 1);

    private void EndRun()
    {
        if (_run.Count > 0) ItemWords.Add(_run);
        _run = [];
    }

    private static GuessVerb From(ShopVerb verb) => verb switch
    {
        ShopVerb.Receipt => GuessVerb.Receipt,
        ShopVerb.Count => GuessVerb.Count,
        _ => GuessVerb.Sale,
    };
}
