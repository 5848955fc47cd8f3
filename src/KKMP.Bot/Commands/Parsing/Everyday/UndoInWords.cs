namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// "yang terakhir salah, batalkan", "batalin yg td", "hapus catatan terakhir": /batal in words. Every
/// word must be one of these, or at most three words about the entry itself, so "rapat besok batal ya" stays chat.
/// </summary>
internal static class UndoInWords
{
    private static readonly HashSet<string> Verbs =
        ["batal", "batalkan", "batalin", "dibatalkan", "dibatalin", "cancel", "hapus", "hapuskan", "hapusin", "dihapus", "undo",
         // Javanese "batalno", "batalke", "busak" (erase), Sundanese "bolaykeun"
         "batalno", "batalke", "dibatalke", "busak", "dibusak", "busek", "dibusek", // Suroboyoan busek
         // Suroboyoan imperative -en: hapusen, batalen, apusen
         "hapusen", "batalen", "apusen",
         "bolaykeun", "dibolaykeun", "batalkeun", "hapuskeun", "pupus", "batalaken", "busaken", "busakno", "ilangi", "diilangi",
         // Minang hapuih, Betawi apus/apusin, chat btl/btlin/hps/hpus, "cancelin", "delete"
         "hapuih", "apus", "apusin", "diapus", "btl", "btlin", "hps", "hpus", "cancelin", "delete", "dibatalin",
         // Madurese pabatal (cancel it); the written register's "dianulir"
         "pabatal", "dianulir", "anulir", "dianulirkan",
         // Sundanese passive "dibatalkeun", "dihapus"'s "dipupus"
         "dibatalkeun", "dipupus",
         // "cancel it" with each region's suffix: ngapak -na, Minang -an, Banjar -akan, Palembang -ke, Manado -kang, Makassar -ki
         "batalna", "busakna", "hapusna", "batalan", "hapuihan", "apuihan", "batalakan", "hapusakan", "hapuske", "apuske",
         "batalkang", "hapuskang", "batalki", "hapuski"];

    /// <summary>Which entry: the last one, the one just now, the wrong one.</summary>
    private static readonly HashSet<string> References =
        ["terakhir", "tadi", "td", "barusan", "sebelumnya", "salah", "kliru", "keliru", "mau", "maeng", "wau", "pencet", "kepencet", "typo",
         // Sundanese bieu (just now), lepat (wrong, also Javanese krama), Minang cako, Javanese pungkasan/kleru, Manado/Ambon sala
         "bieu", "lepat", "cako", "pungkasan", "kleru", "sala", "tipo", "brsan", "tdi", "trakhir", "terakir",
         // chat English: "wrong input, cancel the last one"
         "last", "wrong", "gella", // Madurese "se gella" (the one just now)
         // ngapak "sing keri dewek" (the very last one), Banjar hanyar (just now)
         "keri", "hanyar"];

    private static readonly HashSet<string> Allowed =
    [
        .. FormsOfAddress.All,
        .. Verbs, .. References, "yang", "yg", "nyang", "catatan", "input", "inputan", "ketik", "tolong", "mohon", "ya",
        "eh", "aja", "saja", "deh", "dong", "itu", "entri", "transaksi", "catat", "dicatat", "minta",
        "waduh", "aduh", "punten", "maaf", "mohon", "nggih", "yaa", "sing", "wae", "ae", "mawon", "pencet", "kepencet", "tadi", "tuh",
        // why: typed twice, or the buyer brought it back ("double input", "pembelinya balikin barangnya")
        "double", "dobel", "dobol", "kedobel", "ganda", "balikin", "dibalikin", "barangnya", "dikembalikan", "ngembaliin",
        // what the last entry was, and why it goes: "opname td salah", "pembelinya gajadi"
        "opname", "jual", "jualan", "penjualan", "masuk", "stok", "pembeli", "pembelinya", "orangnya", "gajadi", "gak", "ga", "jadi", "nggak", "ora", "ndak", "tidak",
        // regional particles, "that" and "which": iku/kuwi/niku (Javanese), eta/nu (Sundanese), nan (Minang), ingkang (krama)
        "iku", "kuwi", "niku", "eta", "nu", "nan", "ingkang", "mi", "ji", "jo", "mah", "atuh", "euy", "lah", "yo", "so", "su", "wis", "wes",
        "tos", "geus", "sampun", "mpun", "inggih", "njih", "iya", "iye", "ae",
        "tulung", "nyuwun", "punten", "bah", "kala",
        // krama: "mboten sios tumbas" (did not buy after all), "tiyange" (the buyer), "mboten sah dicatet" (need not be recorded)
        "mboten", "boten", "sios", "ralat", "koreksi", "i", "se", "ka", "ketik",
        // "pencatatan terakhir atas nama saya agar dianulir karena terjadi duplikasi"
        "pencatatan", "atas", "nama", "agar", "supaya", "duplikasi", "terjadi", "tumbas", "beli", "tiyange", "orange", "sah", "usah", "perlu", "dicatet", "catet",
        // the written register ("entri terakhir yang kami kirimkan keliru") and chat English ("oops, cancel the last one")
        // "not" in the east: tra (Papua), seng (Ambon), sonde (Kupang)
        "tra", "seng", "sonde",
        // "not" in every region ("kada jadi", "indak jadi"); ngapak sida (after all), dewek (itself), wonge (the buyer)
        .. NotAnEntry.Not, "sida", "dewek", "wonge",
        // Sundanese: "teu jadi meser" (did not buy after all)
        "teu", "meser", "nyanda", "tara",
        "kami", "kirim", "kirimkan", "dikirim", "dikirimkan", "ngirim", "ngirimnya", "kirimnya", "oops", "ups", "the", "one", "entry", "input",
    ];

    /// <summary>
    /// "yang tadi ga jadi": the last entry did not happen after all; "… mboten sah dicatet", "gak usah dicatat": it should not
    /// have been recorded.
    /// </summary>
    private static bool CalledOff(IReadOnlyList<Token> words) =>
        words.Any(w => w.Lower == "gajadi") || words.Where((w, i) => NotAnEntry.Not.Contains(w.Lower)
            && i + 1 < words.Count && (words[i + 1].Lower is "jadi" or "sido" or "sida" or "sios"
                                      || (words[i + 1].Lower is "usah" or "sah" or "perlu" && i + 2 < words.Count && words[i + 2].Lower is "dicatat" or "dicatet" or "catat" or "catet"))).Any();

    /// <summary>Said alone, these can only mean the last entry ("batalkan", "cancel"); "batal" alone is the command itself.</summary>
    private static readonly HashSet<string> Alone = ["batalkan", "batalin", "cancel", "undo"];

    public static bool Knows(string lower) => Verbs.Contains(lower) || References.Contains(lower);

    /// <summary>"cara batalin yg salah gmn?": asking how to undo is a how-to question for the assistant, not an undo.</summary>
    private static readonly HashSet<string> HowTo = ["cara", "caranya", "carane"];

    public static Reading? Read(IReadOnlyList<Token> words) =>
        !words.Any(w => HowTo.Contains(w.Lower))
        && ((words.All(w => !w.Quoted && Known(w))
             && (((words.Any(w => Verbs.Contains(w.Lower)) || CalledOff(words)) && words.Any(w => References.Contains(w.Lower)))
                 || words is [var only] && Alone.Contains(only.Lower)))
            || AboutTheLastEntry(words))
            ? new Reading.Slash("batal", [], Attempt: false)
            : null;

    private static bool Known(Token word) => Allowed.Contains(word.Lower) || Requests.IsAround(word.Lower);

    /// <summary>Other things that are called off and are no entry: "rapat yang tadi batal", "batalkan pesanan bu RT yang tadi".</summary>
    private static readonly HashSet<string> Events =
        ["rapat", "acara", "arisan", "pengajian", "kegiatan", "pertemuan", "rat", "kunjungan", "jadwal", "janji", "pesanan", "pesenan",
         "order", "libur", "kerja", "bakti", "posyandu", "lomba", "kiriman", "pengiriman", "tamu", "undangan"];

    /// <summary>
    /// "eh maaf hitungan stok tepung yang tadi salah ya tolong batalkan dulu", "BUND SORRY telornya ga jadi dibeli batalin yg td":
    /// an undo verb and a reference among up to three words about the entry itself (no number, no other event). An undo read
    /// from words is previewed and waits for YA, so this looser reading never removes anything unasked.
    /// </summary>
    private static bool AboutTheLastEntry(IReadOnlyList<Token> words)
    {
        if (!words.Any(w => Verbs.Contains(w.Lower)) || !words.Any(w => References.Contains(w.Lower))) return false;
        var others = words.Where(w => w.Quoted || !Known(w)).ToList();
        return others.Count <= (ClosesWithUndo(words) ? MaxStory : 3) && others.All(w => !w.Quoted && w.Text.All(char.IsLetter) && !Events.Contains(w.Lower));
    }

    /// <summary>How many story words may stand between a reference and an undo verb that closes the message.</summary>
    private const int MaxStory = 8;

    /// <summary>
    /// "eh yang tadi salah, beta tulis gula padahal mestinya tepung. hapus jua": the message ends with the undo verb (only known
    /// words after it), so the story before it says why the last entry goes, not what else to do.
    /// </summary>
    private static bool ClosesWithUndo(IReadOnlyList<Token> words)
    {
        var last = words.ToList().FindLastIndex(w => Verbs.Contains(w.Lower));
        return last > 0 && words.Skip(last + 1).All(Known) && words.Take(last).Any(w => References.Contains(w.Lower));
    }
}
