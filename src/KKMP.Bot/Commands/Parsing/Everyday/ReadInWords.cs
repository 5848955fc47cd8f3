namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "cek stok dong", "stok barang smua sisa brp", "kas hari ini brp", "saldo kas skrg": the whole
/// list of a read command asked in words. Only when every other word is asking-around (no item,
/// no number), so "stok opname kapan?" and "sisa beras berapa?" stay with their own readers.
/// </summary>
internal static class ReadInWords
{
    private static readonly Dictionary<string, string> Subjects = new()
    {
        ["stok"] = "stok", ["stock"] = "stok", ["setok"] = "stok", ["persediaan"] = "stok",
        ["kas"] = "kas", ["stoknya"] = "stok",
    };

    private static readonly HashSet<string> Around =
    [
        .. FormsOfAddress.All,
        "cek", "lihat", "liat", "coba", "minta", "tolong", "dong", "ya", "brp", "berapa", "sisa", "sisanya", "tinggal", "barang",
        "semua", "smua", "semuanya", "seluruh", "skrg", "sekarang", "hari", "hr", "ini", "gmn", "gimana", "total", "posisi",
        "aja", "saja", "nya", "yg", "yang", "kita", "saldo", "duit", "uang", "udh", "udah", "apa", "aja", "toko", "gerai", "daftar", "ada", "list", "mo",
        // "all" in Javanese krama and ngoko, Sundanese and Minang
        "sedaya", "sedanten", "kabeh", "sadayana", "sadonyo",
        // "stok apa aja yg tinggal sedikit / mau habis": the list answers it
        "sedikit", "dikit", "menipis", "tipis", "hampir", "mau", "habis", "abis",
        // "how" and "all", "now" elsewhere: kumaha (Sundanese), bagaimana, samua/skarang (eastern Malay)
        "kumaha", "bagaimana", "samua", "skarang",
        // Javanese saiki (now), piye/kepiye/pripun (how), Sundanese ayeuna (now)
        "saiki", "piye", "kepiye", "pripun", "ayeuna",
    ];

    public static Reading? Read(IReadOnlyList<Token> words)
    {
        if (words.Count < 2) return null;
        string? subject = null;
        foreach (var word in words)
        {
            if (word.Quoted || word.StartsLikeNumber) return null;
            if (Subjects.TryGetValue(word.Lower, out var said))
            {
                if (subject is not null && subject != said) return null;
                subject = said;
            }
            else if (!Around.Contains(word.Lower) && !Requests.IsAround(word.Lower)) return null;
        }
        return subject is null ? null : new Reading.Slash(subject, [], Attempt: false);
    }
}
