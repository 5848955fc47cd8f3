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

    /// <summary>A reason ("soalnya yang sekilo pecah") explains the entry and is never the entry itself.</summary>
    private static readonly HashSet<string> Reasons = ["soalnya", "soale", "karena", "karna", "krn", "sebab"];

    /// <summary>Words that start a new clause: a turn ("tapi", "terus"), a reason ("soalnya"), a self-correction ("eh").</summary>
    private static readonly HashSet<string> Breaks =
        ["tapi", "tp", "tpi", "terus", "trus", "lalu", "sedangkan", "eh", "untuk", "utk", "buat", .. Reasons];

    /// <summary>The first clause that stated an amount: in a corrected message it still says what happened.</summary>
    public GuessReading? Original { get; init; }

    /// <summary>Null when no single clause can be the entry (no amount, or several amounts without a correction).</summary>
    public static GuessClauses? Of(IReadOnlyList<Token> tokens)
    {
        var clauses = Split(tokens);
        var readings = new List<GuessReading?>(clauses.Count);
        var corrected = false;
        foreach (var clause in clauses)
        {
            var words = WordNumbers.Normalize(EverydayWords.Clean(clause), out _);
            corrected |= words.Any(w => GuessWords.Corrections.Contains(w.Lower));
            var reading = words.Count == 0 || words.Any(w => GuessWords.Refuses(w.Lower)) ? null : GuessReading.Of(words);
            if (words.Count > 0 && Denied(words, out var denialOnly))
            {
                // "… beli minyak 2 liter tapi gak jadi": a clause that only denies takes back the one before it.
                if (denialOnly && readings.Count > 0) readings[^1] = null;
                reading = null;
            }
            readings.Add(reading is not null && Reasons.Contains(words[0].Lower) ? reading.AsReason() : reading);
        }
        var amounts = AmountClauses(readings, bare: false);
        if (amounts.Count == 0) amounts = AmountClauses(readings, bare: true);
        if (amounts.Count == 0) amounts = readings.Select((r, i) => (r, i)).Where(x => x.r is { Money.Count: > 0 }).Select(x => x.i).ToList();
        if (amounts.Count == 0 || (amounts.Count > 1 && !corrected)) return null;
        var entry = amounts[^1];
        var donors = readings.Select((r, i) => (r, i)).Where(x => x.r is not null && x.i != entry)
            .OrderBy(x => x.i > entry ? 1 : 0).ThenBy(x => Math.Abs(x.i - entry)).Select(x => x.r!).ToList();
        return new GuessClauses { Entry = readings[entry]!, Donors = donors, Original = corrected ? readings[amounts[0]] : null };
    }

    private static List<int> AmountClauses(List<GuessReading?> readings, bool bare) =>
        readings.Select((r, i) => (r, i)).Where(x => x.r is { Quantities.Count: > 0, IsReason: false } reading && reading.BareQuantity == bare)
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
            else if (GuessWords.Denials.Contains(words[i].Lower) && !(i + 1 < words.Count && GuessWords.Paid.Contains(words[i + 1].Lower))) denial = i;
        }
        denialOnly = denial >= 0 && lastNumber < 0 && words.All(w => GuessWords.Denials.Contains(w.Lower) || !IsContent(w));
        return denial >= 0 && denial > lastNumber;
    }

    /// <summary>Words that could name goods (not filler, not "jadi", not a person).</summary>
    private static bool IsContent(Token word) =>
        !(EverydayWords.Fillers.Contains(word.Lower) || Breaks.Contains(word.Lower) || GuessWords.TotalWords.Contains(word.Lower) || GuessWords.People.Contains(word.Lower)
          || EverydayWords.NotItemWords.Contains(word.Lower) || GuessWords.Buy.Contains(word.Lower) || EverydayWords.Verbs.ContainsKey(word.Lower));

    /// <summary>Clauses end after a comma, full stop or semicolon at a word's end, and before a <see cref="Breaks"/> word.</summary>
    private static List<List<Token>> Split(IReadOnlyList<Token> tokens)
    {
        var clauses = new List<List<Token>> { new() };
        foreach (var token in tokens)
        {
            var lower = token.Quoted ? "" : token.Lower.TrimEnd(',', '.');
            // "… satu karung aja yang satunya lagi nggak jadi": after an amount, "yang" starts a remark about another part.
            if ((Breaks.Contains(lower) || (lower is "yang" or "yg" && clauses[^1].Any(t => t.StartsLikeNumber || WordNumbers.SaysAmount(t.Lower))))
                && clauses[^1].Count > 0) clauses.Add([]);
            clauses[^1].Add(token);
            if (!token.Quoted && token.Text.Length > 1 && token.Text[^1] is ',' or '.' or ';' or '!') clauses.Add([]);
        }
        clauses.RemoveAll(c => c.Count == 0);
        return clauses;
    }
}
