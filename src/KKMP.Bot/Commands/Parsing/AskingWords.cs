namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// The words around a question in every region the readers know: how, all, now, show me. None of them names an item or a
/// day, so the price, stock and recap readers share them; a reader that knew Palembang "galo" (all) and not Banjar
/// "barataan" had taken "stok galo barang berapo" as the stock of an item called "galo".
/// </summary>
internal static class AskingWords
{
    /// <summary>"how is it", "what is it like": "rekap dina kiye kepriwe", "rekap kemaren cak mano", "daftar harga kek mana?".</summary>
    public static readonly HashSet<string> How =
    [
        "gimana", "gmn", "gmna", "bagaimana", "bgmn",
        // Javanese piye/kepiye/pripun, ngapak and Cirebon kepriwe/priwe/kepriben/priben, Sundanese kumaha, Betawi gimane
        "piye", "kepiye", "pripun", "kepriwe", "priwe", "kepriben", "priben", "kumaha", "gimane",
        // Medan cemana / kek mana / macam mana, Palembang cak mano (cak is also a form of address), Minang baa / bagaimano,
        // Banjar kaya apa / kayapa, Manado bagimana, Kupang bagemana, Betawi kayak ape
        "cemana", "kek", "kekmana", "macam", "mana", "mano", "cakmano", "camano", "baa", "bagaimano", "kaya", "kayak", "kayapa", "apa",
        "bagimana", "bagemana",
        // Osing paran (what, how: "rego paran baen?")
        "paran",
    ];

    /// <summary>"all", "the whole": "hargo galo barang", "harga-harga sadayana", "stok sadonyo".</summary>
    public static readonly HashSet<string> All =
    [
        "semua", "smua", "semuanya", "seluruh", "seluruhnya", "all",
        // Javanese kabeh, krama sedaya/sedanten; Sundanese sadaya/sadayana; Minang sadonyo; Palembang galo/segalo;
        // Banjar barataan; eastern Malay (Manado, Kupang, Ambon) samua; Betawi semue; Makassar ngaseng; Madurese kabbhi
        "kabeh", "kabeeh", "sedaya", "sedanten", "sadaya", "sadayana", "sadonyo", "kasadonyo", "galo", "segalo", "sagalo", "galonyo",
        "barataan", "sabarataan", "samua", "samuanya", "semue", "ngaseng", "kabbhi",
        // Acehnese mandum/bandum; Jambi and Bengkulu semuanyo/semuonyo (final -a said -o)
        "mandum", "bandum", "semuanyo", "semuonyo", "samuonyo",
    ];

    /// <summary>"now": skarang, saiki, ayeuna, kini; what a recap reads as today.</summary>
    public static readonly HashSet<string> Now =
    [
        "sekarang", "skrg", "skg", "skrng", "skr", "skarang", "skrang",
        // Javanese saiki/sakniki/sakmenika, Sundanese ayeuna, Minang and Palembang kini, Acehnese jinoe, Madurese satea/sateya
        "saiki", "sakniki", "sakmenika", "samenika", "saniki", "ayeuna", "kini", "jinoe", "satea", "sateya",
        // Sasak nane and Sasak/Balinese mangkin
        "nane", "mangkin",
    ];

    /// <summary>
    /// "show me", "send", "can you": "kasi liat rekap", "harga-harga sadayana tiasa dikintun?", "kirim ki dulu". A request
    /// verb, never an item.
    /// </summary>
    public static readonly HashSet<string> Show =
    [
        "lihat", "liat", "lihatkan", "liatin", "tampilkan", "tampilin", "tunjukkan", "tunjukin",
        "kirim", "kirimkan", "kirimin", "dikirim", "dikirimkan",
        // eastern Malay kasi/kase lia (show), Minang caliak, Palembang jingok, Javanese delok/deleng, Sundanese tingali, Medan tengok,
        // Sundanese and krama kintun (send), Sundanese tiasa and Javanese saged/iso (can)
        "kasi", "kase", "lia", "caliak", "jingok", "delok", "ndelok", "deleng", "tingali", "ningali", "tengok",
        "kintun", "dikintun", "kintunkeun", "dikintunkeun", "bisa", "bisakah", "tiasa", "saged", "iso",
    ];

    /// <summary>
    /// Particles said around a question or a request, never an item nor a day: "brapa saja e?" (Papuan e), "rekap kemarin ta'"
    /// (Makassar ta'), "berape sih", "catat jak" (Pontianak jak: just), "neu hapus beh" (Acehnese neu: please, beh), "hapus jua"
    /// (Ambon jua: just), "dolo" (Ambon dulu), "brp bede skrg?" (Kendari and Buton bede: so, really).
    /// </summary>
    public static readonly HashSet<string> Particles = ["e", "ta", "sih", "jak", "beh", "neu", "jua", "dolo", "bede"];

    /// <summary>
    /// "there is", asking whether an item is in the shop: Jambi, Palembang and Minang ado, Sundanese aya, krama wonten, Sasak araq,
    /// Minang lai, Javanese onok/ono. Never part of an item's name ("stok beras masih ado berapo kilo?").
    /// </summary>
    public static readonly HashSet<string> ThereIs = ["ada", "ado", "aya", "wonten", "araq", "lai", "onok", "ono"];

    /// <summary>"still", as typed: "minyak masi ada?", "msh ada", Javanese isih.</summary>
    public static readonly HashSet<string> Still = ["masih", "msh", "masi", "isih", "maseh"];
}
