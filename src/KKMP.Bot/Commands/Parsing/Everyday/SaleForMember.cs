using static KKMP.Bot.Commands.Parsing.Everyday.EverydayWords;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// A sale to a member said the everyday way: "gula 2kg utk bu painem", "laku minyak 1 liter untuk 0012 ya", "ngical gula ka bu haji".
/// Naming a buyer says what happened (a sale), so no verb is needed. The words before "untuk" are read as a
/// sale entry and the buyer goes after "untuk" in the slash form, where the handler resolves the name.
/// </summary>
internal static class SaleForMember
{
    public static Reading? Read(IReadOnlyList<Token> words)
    {
        var list = words.ToList();
        var at = list.FindLastIndex(w => !w.Quoted && w.Lower is "untuk" or "utk");
        // "… ka bu haji", "… lawan acil", "… ke pak Darto": sold to a person is sold for them, looked up in the register like "untuk"
        if (at < 0 && list.FindLastIndex(w => !w.Quoted && Tail.To.Contains(w.Lower)) is var to and >= 0)
            at = to + 1 < words.Count && !words[to + 1].Quoted && FormsOfAddress.Addressed.Contains(words[to + 1].Lower) ? to : -1;
        var buyerAt = at + 1;
        var byPassive = false;
        // "gula 2 kilo dibeli sama bu Ani", "… dibeli bu Ani": the person after a passive buy word bought it, looked up like "untuk"
        if (at < 0 && Enumerable.Range(1, Math.Max(0, list.Count - 2)).FirstOrDefault(i => Tail.ByBuyer(words, i)) is var by and > 0
            && Tail.BuyerAt(words, by) is var named && named + 1 < words.Count && FormsOfAddress.Addressed.Contains(words[named].Lower))
            (at, buyerAt, byPassive) = (by, named, true);
        if (at <= 0 || buyerAt >= words.Count || !words.Take(at).Any(w => w.StartsLikeNumber || IndonesianNumber.IsNumberWord(w.Text))) return null;
        // "… ke bu Ani, bayarnya minggu depan": the name ends where a tail starts; a tail that says paid later makes it credit
        var nameEnd = Tail.EndOfName(words, buyerAt);
        if (NotAnEntry.Of(words.Skip(nameEnd).ToList()) == NotAnEntryKind.Credit) return Reading.Ask(NotAnEntry.Reply(NotAnEntryKind.Credit, ""));
        var buyer = words.Take(nameEnd).Skip(buyerAt).ToList();
        // "untuk buat kue", "utk acara pengajian": what the goods are for, not who bought them; the sale is read without it
        if (!buyer[0].Quoted && Purposes.Contains(buyer[0].Lower))
            return ShopEntry.Read(words.Take(at).ToList()) as Reading.Slash is { Word: "jual" } forPurpose ? forPurpose : null;
        while (buyer.Count > 1 && !buyer[^1].Quoted && Fillers.Contains(buyer[^1].Lower) && !IsAddress(buyer[^2])) buyer.RemoveAt(buyer.Count - 1);
        // what follows the name is a tail of the entry, where a price still counts ("… ke bapa guru, bayar lunas 310rb")
        // after a passive verb ("diambil sama bu Ani") the entry reads its own tail: the verb says the sale, the tail names the buyer
        List<Token> head = byPassive ? [.. words] : [.. words.Take(at), .. words.Skip(nameEnd)];
        var sale = ShopEntry.Read(head) as Reading.Slash;
        // No verb: "gula 2kg utk bu painem" is a sale; the same words with "jual" in front are read as one.
        if (sale is null && !head.Any(w => !w.Quoted && Verbs.ContainsKey(w.Lower)))
            sale = ShopEntry.Read([new Token("jual", Quoted: false), .. head]) as Reading.Slash;
        return sale is { Word: "jual" } ? sale with { Args = [.. sale.Args, new Token("untuk", Quoted: false), .. buyer] } : null;
    }

    /// <summary>What goods are for: "untuk buat kue", "nggo slametan" (Javanese: for a ritual meal); never a buyer nor an item.</summary>
    public static readonly HashSet<string> Purposes =
        ["buat", "bikin", "dipakai", "dipake", "acara", "hajatan", "masak", "keperluan", "kebutuhan", "kenduri", "syukuran", "pengajian", "arisan",
         "slametan", "selametan"];

    private static bool IsAddress(Token word) => !word.Quoted && word.Lower is "bu" or "pak" or "mas" or "mbak" or "mba" or "kak" or "bang" or "om";
}
