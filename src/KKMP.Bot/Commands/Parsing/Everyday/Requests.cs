namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// How people wrap a request: a greeting or an apology before it ("assalamualaikum bu, maaf mau tanya …", "dengan
/// hormat, mohon …") and a reason after it ("… soalnya mau saya laporkan ke pak kades"). The readers of requests
/// (recap, stock, cash, undo, price questions) read what is between.
/// </summary>
internal static class Requests
{
    private static readonly HashSet<string> Reasons = ["soalnya", "soale", "karena", "karna", "krn", "sebab", "biar", "supaya", "untuk", "utk", "buat",
        // an explanation or what happens next: "… ternyata pembelinya nggak jadi", "… nanti saya hitung ulang"
        "ternyata", "nanti", "ntar", "sebelum"];

    /// <summary>"… saya mau belanja bulanan", "… sy mau beli", "… isun arep kulakan sesuk": the asker's own plan after the request.</summary>
    private static readonly HashSet<string> Askers = [.. FormsOfAddress.Speaking, "aq", "kami"];

    /// <summary>"… mau belanja bulanan", "… mo beli": a plan to shop, said after the request without the asker (Javanese arep).</summary>
    private static readonly HashSet<string> Wanting = ["mau", "mo", "pengen", "ingin", "arep"];

    private static readonly HashSet<string> Shopping = [.. EverydayWords.Buy, "belanja", "blanja", "bli", "borong"];

    /// <summary>Words that wrap a request in any reader: greetings, apologies, asking, thanks.</summary>
    public static readonly HashSet<string> Wrapping =
    [
        .. FormsOfAddress.All, .. AskingWords.Show, .. AskingWords.Particles, .. AskingWords.Now,
        "assalamualaikum", "assalamu'alaikum", "wr", "wb", "selamat", "pagi", "siang", "sore", "malam", "permisi", "punten", "maaf", "mohon",
        "dengan", "hormat", "yth", "mau", "ingin", "minta", "tolong",
        "informasi", "info", "tanya", "nanya", "dulu", "terima", "kasih", "makasih", "nuwun", "bapak", "ibu",
        "dahulu", "terlebih", // "mohon dibatalkan terlebih dahulu": first
        "aduh", "waduh", "nanti", "saat", "boleh", "dong", "ya", "yah", "di", "gerai", "koperasi",
        "yang", "yg", "ulang", "benar", "bener", "barang", "catatan", "ternyata", "ditampilkan",
        "melihat", "bolehkah", "meminta", "itung", "hitung", "tuku", "sido", "pls", "please", "plz", "anu", "e", "input",
    ];

    /// <summary>A word around any request: its wrapping or an everyday filler (forms of address, particles, "already").</summary>
    public static bool IsAround(string lower) => Wrapping.Contains(lower) || EverydayWords.Fillers.Contains(lower);

    /// <summary>
    /// The words before a reason word (from the third word on), or up to a question mark that more words follow ("minyak
    /// goreng berapa seliter sekarang? mau beli buat jualan"), or all of them.
    /// </summary>
    public static IReadOnlyList<Token> BeforeReason(IReadOnlyList<Token> words)
    {
        for (var i = 1; i + 1 < words.Count; i++)
            if (!words[i].Quoted && words[i].Text.EndsWith('?')) { words = words.Take(i + 1).ToList(); break; }
        for (var i = 2; i < words.Count; i++)
            if (!words[i].Quoted && (Reasons.Contains(words[i].Lower)
                                     || (Askers.Contains(words[i].Lower) && i + 1 < words.Count && Wanting.Contains(words[i + 1].Lower))
                                     || (Wanting.Contains(words[i].Lower) && i + 1 < words.Count && Shopping.Contains(words[i + 1].Lower))))
                return words.Take(i).ToList();
        return words;
    }
}
