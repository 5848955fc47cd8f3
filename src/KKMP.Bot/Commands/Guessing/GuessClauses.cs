using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Commands.Parsing.Everyday;

namespace KKMP.Bot.Commands.Guessing;

/// <summary>
/// A long message read clause by clause, the way a cashier listens to a story: the entry is the one clause that
/// states an amount ("… tapi 2 kilo", "… eh salah maksud saya lima belas kilo"); a clause that is denied, asked
/// or about something else ("nanya tepung tapi nggak jadi", "yang minyak belum datang") is set aside; the item,
/// the verb and the price the entry clause does not say are taken from the nearest clause that does.
/// </summary>
internal sealed class GuessClauses
{
    /// <summary>The clause that states the amount.</summary>
    public required GuessReading Entry { get; init; }

    /// <summary>Clauses that may lend the entry its item, verb or price, nearest first (earlier ones before later ones).</summary>
    public required IReadOnlyList<GuessReading> Donors { get; init; }

    /// <summary>"… terus saya beli gula di pasar": the speaker buying is the shop's purchase, whoever the story named before.</summary>
    private static readonly HashSet<string> FirstPerson = ["saya", "sy", "aku", "aq", "kami", "ulun", "beta", "ambo", "kula", "kulo", "abdi", "awak", "sengko", "kaula"];

    /// <summary>A reason ("soalnya yang sekilo pecah") explains the entry and is never the entry itself.</summary>
    private static readonly HashSet<string> Reasons = ["soalnya", "soale", "karena", "karna", "krn", "sebab", "yaitu", "yakni"];

    /// <summary>Words that start a new clause: a turn ("tapi", "terus"), a reason ("soalnya"), a self-correction ("eh").</summary>
    private static readonly HashSet<string> Breaks =
        ["tapi", "tp", "tpi", "terus", "trus", "lalu", "sedangkan", "padahal", "eh", "untuk", "utk", "buat", "dan", "sama", "kalau", "kalo", "klo", .. Reasons];

    /// <summary>The entry's amount said again in another unit ("sedus, 12 liter"): the same amount only if the item's packs say so.</summary>
    public Quantity? Restated { get; init; }

    /// <summary>The first clause that stated an amount: in a corrected message it still says what happened.</summary>
    public GuessReading? Original { get; init; }

    /// <summary>Null when no single clause can be the entry (no amount, or several amounts without a correction).</summary>
    public static GuessClauses? Of(IReadOnlyList<Token> tokens)
    {
        var clauses = Split(tokens);
        var readings = new List<GuessReading?>(clauses.Count);
        var corrections = new List<bool>(clauses.Count);
        var restates = new List<bool>(clauses.Count); // a correction word before the clause's first number: "eh 27 setengah"
        var takenBack = new List<int>();
        var cleaned = clauses.Select(c => (Words: WithoutRejected(WordNumbers.Normalize(EverydayWords.Clean(c), out _), out var rejected), Rejected: rejected)).ToList();
        // buysFrom[c]: clause c or a later one has a buy word (read once, from the end)
        var buysFrom = new bool[cleaned.Count + 1];
        for (var c = cleaned.Count - 1; c >= 0; c--) buysFrom[c] = buysFrom[c + 1] || cleaned[c].Words.Any(w => GuessReading.IsBuyWord(w.Lower));
        // "tadi ada bapak2 datang, beli gula 2 kilo": a person named in the story is the one who buys in a later clause
        var personNamed = false;
        for (var c = 0; c < cleaned.Count; c++)
        {
            var (words, rejected) = cleaned[c];
            var buysLater = buysFrom[c + 1];
            corrections.Add(rejected || words.Any(w => GuessWords.Corrections.Contains(w.Lower)) || (words.Count > 1 && FinalAmount(words, 0)));
            var firstNumber = words.FindIndex(w => w.StartsLikeNumber);
            restates.Add(firstNumber > 0 && words.Take(firstNumber).Any(w => GuessWords.Corrections.Contains(w.Lower)));
            var reading = words.Count == 0 || Refused(words) ? null : GuessReading.Of(words, personNamed && !words.Any(w => FirstPerson.Contains(w.Lower)), buysLater);
            personNamed |= reading?.NamesPerson == true;
            if (words.Count > 0 && Denied(words, out var denialOnly))
            {
                // "… beli minyak 2 liter tapi gak jadi": a clause that only denies takes back the one before it
                // (decided below: "jual gula 3 kg eh bukan, 2 kg ding" is a correction when an amount follows).
                if (denialOnly && readings.Count > 0) takenBack.Add(readings.Count - 1);
                reading = null;
            }
            readings.Add(reading is not null && Reasons.Contains(words[0].Lower) ? reading.AsReason() : reading);
        }
        var corrected = corrections.Contains(true);
        foreach (var before in takenBack)
        {
            var correctedLater = corrections[before + 1] && readings.Skip(before + 2).Any(r => r is { Quantities.Count: > 0 });
            if (!correctedLater) readings[before] = null;
        }
        // The entry is the clause with an amount of goods; a reason clause only when no other clause has one ("… soalnya
        // tadi rame, pokoknya laku tepung 6 kilo"); without any amount of goods, the clause with money (a new price).
        var amounts = AmountClauses(readings, bare: false, reasons: false);
        if (amounts.Count == 0) amounts = AmountClauses(readings, bare: true, reasons: false);
        if (amounts.Count == 0) amounts = AmountClauses(readings, bare: false, reasons: true);
        if (amounts.Count == 0) amounts = readings.Select((r, i) => (r, i)).Where(x => x.r is { Money.Count: > 0, IsReason: false }).Select(x => x.i).ToList();
        // "masuk dua dus … harganya 360 ribu untuk dua dus": the same amount said again, naming nothing else, is one amount.
        if (amounts.Count > 1 && !corrected && amounts.Skip(1).All(a => readings[a]!.ItemWords.Count == 0 && readings[a]!.Quantities.SequenceEqual(readings[amounts[0]]!.Quantities)))
            amounts = [amounts[0]];
        // "minyak dateng sedus, 12 liter": the amount said again in another unit, naming nothing else; the catalogue checks it
        Quantity? restated = null;
        if (amounts.Count == 2 && !corrected && readings[amounts[1]] is { ItemWords.Count: 0, Money.Count: 0, Quantities: [var again] }
            && readings[amounts[0]]!.Quantities is [{ Unit: { } firstUnit }] && again.Unit is { } againUnit && firstUnit != againUnit)
        {
            restated = again;
            amounts = [amounts[0]];
        }
        if (amounts.Count == 0 || (amounts.Count > 1 && !corrected)) return null;
        // "… eh bukan, 16 kg. die tambah sekilo": a change said last explains the correction, or leaves the amount unclear
        if (corrected && amounts.Count >= 2 && Change(cleaned[amounts[^1]].Words) is var change and not 0 && readings[amounts[^1]]!.Quantities.Count == 1)
        {
            if (!(amounts.Count >= 3 && Explains(change, readings[amounts[^3]]!, readings[amounts[^2]]!, readings[amounts[^1]]!))) return null;
            amounts.RemoveAt(amounts.Count - 1);
        }
        corrected |= RestatedWithoutUnit(readings, restates, corrections, amounts);
        var entry = amounts[^1];
        CorrectMoney(readings, corrections, entry);
        var donors = readings.Select((r, i) => (r, i)).Where(x => x.r is not null && x.i != entry)
            .OrderBy(x => x.i > entry ? 1 : 0).ThenBy(x => Math.Abs(x.i - entry)).Select(x => x.r!).ToList();
        return new GuessClauses { Entry = readings[entry]!, Donors = donors, Original = corrected ? readings[amounts[0]] : null, Restated = restated };
    }

    /// <summary>Words of a change in amount: added (<see cref="EverydayWords.Added"/>) or taken off (kurang, dikurangi).</summary>
    private static readonly HashSet<string> TakenOff = ["kurang", "dikurangi", "ngurangi", "ngurangin", "kurangin"];

    /// <summary>
    /// "jual beras 15 kg… eh bukan, 16 kg. die tambah sekilo": a last clause that adds (or takes off) exactly the difference
    /// between the amount taken back and the corrected one says why the amount changed; it is no amount of its own.
    /// </summary>
    private static bool Explains(int sign, GuessReading before, GuessReading corrected, GuessReading change) =>
        before.Quantities is [var a] && corrected.Quantities is [var b] && change.Quantities is [var c]
        && a.Unit == b.Unit && b.Unit == c.Unit && a.Amount + sign * c.Amount == b.Amount;

    /// <summary>1 when the clause adds an amount, -1 when it takes one off, 0 otherwise.</summary>
    private static int Change(IReadOnlyList<Token> words) =>
        words.Any(w => EverydayWords.Added.Contains(w.Lower)) ? 1 : words.Any(w => TakenOff.Contains(w.Lower)) ? -1 : 0;

    /// <summary>"bukan", "bkn", Javanese "dudu", krama "sanes": before an amount, the amount the sender takes back.</summary>
    private static readonly HashSet<string> Rejects = ["bukan", "bkn", "bukannya", "dudu", "sanes"];

    /// <summary>
    /// "laku gula 2 kg, bukan 20 ya", "bukan 2 liter tapi 3 liter": the amount right after a rejecting word (with its unit) is
    /// the one the sender did not mean, so it is dropped and the clause counts as a correction.
    /// </summary>
    private static List<Token> WithoutRejected(List<Token> words, out bool rejected)
    {
        rejected = false;
        for (var i = words.Count - 2; i >= 0; i--)
        {
            if (words[i].Quoted || !Rejects.Contains(words[i].Lower) || !words[i + 1].StartsLikeNumber) continue;
            var length = i + 2 < words.Count && !words[i + 2].Quoted && Units.IsUnit(words[i + 2].Text) ? 3 : 2;
            words.RemoveRange(i, length);
            rejected = true;
        }
        return words;
    }

    /// <summary>
    /// "sisanya dua puluh delapan kilo eh dua puluh tujuh setengah deh", "… 4kg, eh 4 ato 5 ya.. 5 deh": a corrected amount said
    /// without its unit (after a correction word before it in its clause, or in a clause between; "yg 10 salah" takes the 10 back)
    /// keeps the unit of the amount before it, and
    /// becomes the last amount. True when one was found.
    /// </summary>
    private static bool RestatedWithoutUnit(List<GuessReading?> readings, List<bool> restates, List<bool> corrections, List<int> amounts)
    {
        var entry = amounts[^1];
        var (restated, at) = readings.Select((r, i) => (r, i)).LastOrDefault(x => x.i > entry
            && (restates[x.i] || corrections.Skip(entry + 1).Take(x.i - entry - 1).Contains(true)) && x.r is { BareQuantity: true, Quantities: [_] });
        if (restated is null || readings[amounts[^1]]!.Quantities[0].Unit is not { } unit) return false;
        restated.Quantities[0] = restated.Quantities[0] with { Unit = unit };
        amounts.Add(at);
        return true;
    }

    /// <summary>
    /// "jual migor 4 liter 62.800 eh ralat 62.000", "… eh nggak ding akhirnya harga biasa aja 17.500": money said after a
    /// correction, with no amount of goods, replaces the entry's money.
    /// </summary>
    private static void CorrectMoney(List<GuessReading?> readings, List<bool> corrections, int entry)
    {
        var firstCorrection = corrections.FindIndex(entry + 1, c => c);
        if (firstCorrection < 0 || readings[entry]!.Money.Count > 1) return;
        var newMoney = readings.Skip(firstCorrection).LastOrDefault(r => r is { Money.Count: 1, Quantities.Count: 0 });
        if (newMoney is null) return;
        readings[entry]!.Money.Clear();
        readings[entry]!.Money.AddRange(newMoney.Money);
    }

    private static List<int> AmountClauses(List<GuessReading?> readings, bool bare, bool reasons) =>
        readings.Select((r, i) => (r, i)).Where(x => x.r is { Quantities.Count: > 0 } reading && reading.BareQuantity == bare && reading.IsReason == reasons)
            .Select(x => x.i).ToList();

    /// <summary>
    /// The clause says what did not happen: a denial after its last number ("yang sekilo nggak jadi") or in a clause
    /// without one ("belum ada pembeli"). A denial before the amount is a correction ("bukan dua karung, satu karung").
    /// </summary>
    private static bool Denied(IReadOnlyList<Token> words, out bool denialOnly)
    {
        var lastNumber = -1;
        var denial = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].StartsLikeNumber || MoneyReader.IsPriceStart(words[i])) lastNumber = i;
            else if (GuessWords.Denials.Contains(words[i].Lower) && !NotADenial(words, i)) denial = i;
        }
        denialOnly = denial >= 0 && lastNumber < 0 && words.All(w => GuessWords.Denials.Contains(w.Lower) || !IsContent(w));
        return denial >= 0 && denial > lastNumber;
    }

    /// <summary>A question, a debt, a loss or an order in the clause; "nggak apa apa" (no problem) is not a question.</summary>
    private static bool Refused(IReadOnlyList<Token> words) =>
        words.Where((w, i) => (GuessWords.Refuses(w.Lower) && !(w.Lower == "apa" && i > 0 && (GuessWords.Denials.Contains(words[i - 1].Lower) || words[i - 1].Lower == "apa")))
                              || GuessWords.IsOrder(w.Lower, i + 1 < words.Count ? words[i + 1].Lower : "")).Any();

    /// <summary>
    /// "blm dibayar" (about the money), "nggak apa apa" / "gak papa" (no problem), "harganya belum dikasih tahu" (about
    /// the price): a denial word that does not deny the entry.
    /// </summary>
    private static bool NotADenial(IReadOnlyList<Token> words, int i)
    {
        var next = i + 1 < words.Count ? words[i + 1].Lower : "";
        var before = i > 0 ? words[i - 1].Lower : "";
        var afterNext = i + 2 < words.Count ? words[i + 2].Lower : "";
        // "… pas, nggak ada kembalian": about the change given, not the sale.
        // "tidak lebih dan tidak kurang": exactly, not a denial
        // "kontan mboten utang", "gak ngutang": paid, which the credit word's own reading knows
        return GuessWords.Paid.Contains(next) || NotAnEntry.Credit.Contains(next) || next is "apa" or "papa" or "masalah" or "usah" or "lebih" or "kurang" || EverydayWords.PriceMarkers.Contains(before)
               || GuessWords.Payment.Contains(next) || (next == "ada" && GuessWords.Payment.Contains(afterNext))
               // "ga ada sisa, 0 kg": nothing left, which is the count itself
               || (next == "ada" && afterNext is "sisa" or "sisanya" or "stok" or "lagi")
               // "blm sy catat": the recording is what has not happened yet
               || Unrecorded.Contains(next) || (next is "sy" or "saya" or "aku" && Unrecorded.Contains(afterNext));
    }

    private static readonly HashSet<string> Unrecorded = ["catat", "dicatat", "catet", "dicatet", "lapor", "dilaporkan", "input", "diinput", "ketik"];

    /// <summary>Words that could name goods (not filler, not "jadi", not a person).</summary>
    private static bool IsContent(Token word) =>
        !(EverydayWords.Fillers.Contains(word.Lower) || Breaks.Contains(word.Lower) || GuessWords.TotalWords.Contains(word.Lower) || GuessWords.People.Contains(word.Lower)
          || EverydayWords.NotItemWords.Contains(word.Lower) || GuessWords.Buy.Contains(word.Lower) || EverydayWords.Verbs.ContainsKey(word.Lower));

    private static readonly HashSet<string> Final = ["bener", "benar", "betul", "totalnya", "total", "akhirnya", "jadinya", "seluruhnya", "semuanya"];

    /// <summary>"jadi (yang) bener …", "jadi totalnya …" at <paramref name="i"/>: what the amount came to.</summary>
    private static bool FinalAmount(IReadOnlyList<Token> tokens, int i)
    {
        string At(int k) => k < tokens.Count && !tokens[k].Quoted ? tokens[k].Lower : "";
        return At(i) is "jadi" or "jd" or "sehingga" && (Final.Contains(At(i + 1)) || (At(i + 1) is "yang" or "yg" && Final.Contains(At(i + 2))));
    }

    /// <summary>"diambil tadi sama anaknya pak Imam", "dibeli sama bu Ani": "sama" after a passive buy word says by whom, in the same clause.</summary>
    private static bool SaysByWhom(IReadOnlyList<Token> tokens, int at)
    {
        if (tokens[at].Lower != "sama" || at + 1 >= tokens.Count) return false;
        var words = EverydayWords.Clean(tokens.Take(at + 2).ToList());
        return words.Count >= 2 && words[^2].Lower == "sama" && Tail.ByBuyer(words, words.Count - 2);
    }

    /// <summary>Clauses end after a comma, full stop or semicolon at a word's end, and before a <see cref="Breaks"/> word.</summary>
    private static List<List<Token>> Split(IReadOnlyList<Token> tokens)
    {
        var clauses = new List<List<Token>> { new() };
        for (var at = 0; at < tokens.Count; at++)
        {
            var token = tokens[at];
            var lower = token.Quoted ? "" : token.Lower.TrimEnd(',', '.');
            // "… satu karung aja yang satunya lagi nggak jadi": after an amount, "yang" starts a remark about another part.
            // "… 7 kilo soalnya yang sekilo pecah | harganya 25 ribu per kilo": after an amount, a price is a clause of its own.
            var afterAmount = clauses[^1].Any(t => t.StartsLikeNumber || WordNumbers.SaysAmount(t.Lower));
            // "… jadi yang bener dua setengah kilo", "… jadi totalnya satu setengah kilo": the amount it came to, a clause of its own
            if (clauses[^1].Count > 0 && FinalAmount(tokens, at)) clauses.Add([]);
            // "2 dus sm 5 liter": "sama"/"dan" between two amounts joins them (an item named between is another entry)
            var joinsAmounts = afterAmount && GuessReading.Joins(lower) && at + 1 < tokens.Count && tokens[at + 1].StartsLikeNumber;
            // "gulpas 4 klo laku": after a number "klo" is a kilo, not "kalau"
            var kilo = lower == "klo" && at > 0 && tokens[at - 1].StartsLikeNumber;
            if (((Breaks.Contains(lower) && !joinsAmounts && !kilo && !SaysByWhom(tokens, at)) || (afterAmount && (lower is "yang" or "yg" || EverydayWords.PriceMarkers.Contains(lower))))
                && clauses[^1].Count > 0) clauses.Add([]);
            clauses[^1].Add(token);
            if (!token.Quoted && token.Text.Length > 1 && token.Text[^1] is ',' or '.' or ';' or '!') clauses.Add([]);
        }
        clauses.RemoveAll(c => c.Count == 0);
        return clauses;
    }
}
