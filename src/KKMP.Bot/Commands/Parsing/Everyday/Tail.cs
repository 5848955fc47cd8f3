namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// What a manager adds after a complete entry: the reason ("… soalnya langganan", "… krn rusak
/// kemasan"), the moment ("… stlh dihitung") or who brought it ("… dr pak darto", "… dari bu sri").
/// It says nothing about the amount, so the entry is read without it.
/// </summary>
internal static class Tail
{
    private static readonly HashSet<string> Starters =
        ["soalnya", "soale", "soal'e", "karena", "karna", "krn", "krna", "sebab", "biar", "stlh", "setelah", "sesudah", "abis", "habis"];

    private static readonly HashSet<string> From = ["dari", "dr", "drpd"];

    /// <summary>People and places goods come from: "dr pak darto", "dari warung sebelah", "dr ternak sy".</summary>
    private static readonly HashSet<string> Sources =
    [
        "pak", "bu", "bapak", "ibu", "mas", "mbak", "mba", "mbok", "kang", "bang", "abang", "om", "tante", "cak", "ning",
        "toko", "warung", "pasar", "petani", "peternak", "ternak", "pengepul", "tengkulak", "kebun", "sawah", "umkm",
    ];

    /// <summary>Where the tail starts, or null: only after an amount, so "habis" or "dari" in a sentence keeps it a sentence.</summary>
    public static int? Start(IReadOnlyList<Token> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Quoted || !words.Take(i).Any(w => w.StartsLikeNumber || Units.IsUnit(w.Text))) continue;
            var lower = words[i].Lower;
            if (Starters.Contains(lower)) return i;
            if (From.Contains(lower) && i + 1 < words.Count && (Sources.Contains(words[i + 1].Lower) || EverydayWords.Suppliers.Contains(words[i + 1].Lower)))
                return i;
        }
        return null;
    }

    /// <summary>"… dr pak darto": the goods came from someone, so "beli" is the shop buying.</summary>
    public static bool NamesSupplier(IReadOnlyList<Token> words, int tail) => From.Contains(words[tail].Lower);
}
