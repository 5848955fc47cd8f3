namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>What an everyday shop message says it is: sold, received, counted, or "bought" (an order or a purchase: not read here).</summary>
internal enum ShopVerb { Sale, Receipt, Count, Bought }

/// <summary>
/// The words shop managers use around a shop entry, as one vocabulary: verbs in any tense and word
/// order, in Indonesian, chat shorthand and the regional languages (Javanese payu/kesade, Sundanese asup,
/// Minang tajua, Batak digadis, Bugis ribalu, Acehnese teuka …), filler and forms of address, and the words
/// that show a message is a sentence about something else ("masuk angin", "datang ke rapat", "ora payu").
/// A word that also means something else in Indonesian ("bali", "tukar", "lk") belongs in the guess's
/// <see cref="Guessing.GuessWords"/>, never here.
/// </summary>
internal static class EverydayWords
{
    public static readonly Dictionary<string, ShopVerb> Verbs = new()
    {
        // "pembelian" is the shop's own purchase, as in a purchases column
        ["pembelian"] = ShopVerb.Receipt, ["jual"] = ShopVerb.Sale, ["terjual"] = ShopVerb.Sale, ["laku"] = ShopVerb.Sale, ["kejual"] = ShopVerb.Sale,
        ["dijual"] = ShopVerb.Sale, ["payu"] = ShopVerb.Sale, ["kepayu"] = ShopVerb.Sale, ["penjualan"] = ShopVerb.Sale,
        // the written register of reports: "menjual", "menerima", "penerimaan barang"
        ["menjual"] = ShopVerb.Sale, ["menerima"] = ShopVerb.Receipt, ["penerimaan"] = ShopVerb.Receipt,
        ["jualan"] = ShopVerb.Sale, ["terjualnya"] = ShopVerb.Sale, ["lakunya"] = ShopVerb.Sale,
        // typed short (trjual, kjual) and Javanese selling (dodolan, adol, didol, kedol)
        ["trjual"] = ShopVerb.Sale, ["tjual"] = ShopVerb.Sale, ["kjual"] = ShopVerb.Sale, ["dodolan"] = ShopVerb.Sale,
        ["tajua"] = ShopVerb.Sale, ["tajual"] = ShopVerb.Sale, // Minang "lah tajua": sold
        // Betawi "jualin", Minang "masuak", Sundanese "sumping" (arrived), the distributors' "dropping"
        ["jualin"] = ShopVerb.Sale, ["dijualin"] = ShopVerb.Sale, ["masuak"] = ShopVerb.Receipt, ["sumping"] = ShopVerb.Receipt,
        ["dropping"] = ShopVerb.Receipt, ["sold"] = ShopVerb.Sale, ["received"] = ShopVerb.Receipt, ["kajual"] = ShopVerb.Sale, ["tejual"] = ShopVerb.Sale, ["paju"] = ShopVerb.Sale,
        // Javanese "teko"/"teka" and Sundanese "dugi": arrived
        ["teko"] = ShopVerb.Receipt, ["teka"] = ShopVerb.Receipt, ["dugi"] = ShopVerb.Receipt,
        ["adol"] = ShopVerb.Sale, ["didol"] = ShopVerb.Sale, ["kedol"] = ShopVerb.Sale, ["kedodol"] = ShopVerb.Sale,
        ["masuk"] = ShopVerb.Receipt, ["datang"] = ShopVerb.Receipt, ["dateng"] = ShopVerb.Receipt, ["restok"] = ShopVerb.Receipt,
        ["dtg"] = ShopVerb.Receipt, ["dtng"] = ShopVerb.Receipt, ["msk"] = ShopVerb.Receipt, ["kiriman"] = ShopVerb.Receipt,
        ["restock"] = ShopVerb.Receipt, ["kulakan"] = ShopVerb.Receipt, ["kulak"] = ShopVerb.Receipt, ["nyetok"] = ShopVerb.Receipt,
        ["opname"] = ShopVerb.Count, ["sisa"] = ShopVerb.Count, ["tinggal"] = ShopVerb.Count, ["stok"] = ShopVerb.Count,
        ["stock"] = ShopVerb.Count, ["dihitung"] = ShopVerb.Count, ["sisanya"] = ShopVerb.Count,
        ["diitung"] = ShopVerb.Count, ["itung"] = ShopVerb.Count, ["diopname"] = ShopVerb.Count, ["opnam"] = ShopVerb.Count,
        // chat shorthand and thumb typos of the Indonesian verbs
        ["trjl"] = ShopVerb.Sale, ["kjl"] = ShopVerb.Sale, ["tjl"] = ShopVerb.Sale, ["terjul"] = ShopVerb.Sale,
        ["trjul"] = ShopVerb.Sale, ["kejul"] = ShopVerb.Sale, ["djual"] = ShopVerb.Sale, ["terjuwal"] = ShopVerb.Sale,
        ["msuk"] = ShopVerb.Receipt, ["masok"] = ShopVerb.Receipt, ["msok"] = ShopVerb.Receipt, ["dtang"] = ShopVerb.Receipt,
        ["dteng"] = ShopVerb.Receipt, ["rstok"] = ShopVerb.Receipt, ["opnm"] = ShopVerb.Count,
        // Javanese ngoko and krama: ngedol (selling), sade/kesade/disade (krama sell), pajeng (krama laku),
        // mlebu/mlebet (in), sisane/kantun (left), dietung/ngetung (counted)
        ["ngedol"] = ShopVerb.Sale, ["sade"] = ShopVerb.Sale, ["kesade"] = ShopVerb.Sale, ["disade"] = ShopVerb.Sale,
        ["pajeng"] = ShopVerb.Sale, ["mlebu"] = ShopVerb.Receipt, ["mlebet"] = ShopVerb.Receipt, ["sisane"] = ShopVerb.Count,
        ["kantun"] = ShopVerb.Count, ["dietung"] = ShopVerb.Count, ["ngetung"] = ShopVerb.Count,
        // krama etang/ngetang/dipunetang (counted), ngeteri/dipunterake (delivered to the shop)
        ["etang"] = ShopVerb.Count, ["ngetang"] = ShopVerb.Count, ["dietang"] = ShopVerb.Count, ["dipunetang"] = ShopVerb.Count,
        ["ngeteri"] = ShopVerb.Receipt, ["diteri"] = ShopVerb.Receipt, ["dipunterake"] = ShopVerb.Receipt,
        // krama nampi/nampeni/dipuntampi (received)
        ["nampi"] = ShopVerb.Receipt, ["nampeni"] = ShopVerb.Receipt, ["dipuntampi"] = ShopVerb.Receipt,
        // Sundanese: ngajual (selling), asup (in), dongkap (arrived, polite), sesa/sesana (left)
        ["ngajual"] = ShopVerb.Sale, ["asup"] = ShopVerb.Receipt, ["dongkap"] = ShopVerb.Receipt, ["sesa"] = ShopVerb.Count,
        ["sesana"] = ShopVerb.Count,
        // Madurese: juwal/ejuwal/tajuwal (sell, sold), pajuh (laku), dhateng (arrived), maso (in)
        ["juwal"] = ShopVerb.Sale, ["ejual"] = ShopVerb.Sale, ["ejuwal"] = ShopVerb.Sale, ["tajuwal"] = ShopVerb.Sale,
        ["pajuh"] = ShopVerb.Sale, ["dhateng"] = ShopVerb.Receipt, ["maso"] = ShopVerb.Receipt, ["ajual"] = ShopVerb.Sale, ["ajuwal"] = ShopVerb.Sale,
        // Minangkabau: dijua/manjua (sold, selling), tibo (arrived), tingga/sisonyo (left)
        ["dijua"] = ShopVerb.Sale, ["manjua"] = ShopVerb.Sale, ["tibo"] = ShopVerb.Receipt, ["tingga"] = ShopVerb.Count,
        ["sisonyo"] = ShopVerb.Count,
        // Batak Toba: manggadis/digadis/targadis (sell, sold; "gadis" alone is a girl), bongot (in)
        ["manggadis"] = ShopVerb.Sale, ["digadis"] = ShopVerb.Sale, ["targadis"] = ShopVerb.Sale, ["bongot"] = ShopVerb.Receipt,
        // Banjar: bajual/bejual/manjual (selling); Sundanese lemes ngical/diical/kaical (selling, sold)
        ["bajual"] = ShopVerb.Sale, ["bejual"] = ShopVerb.Sale, ["manjual"] = ShopVerb.Sale, ["ngical"] = ShopVerb.Sale, ["diical"] = ShopVerb.Sale,
        ["kaical"] = ShopVerb.Sale,
        // Bugis and Makassar: mabbalu/ribalu, nibalu/nibaluk/ammaluk (sell, sold), antama/muttama (in), battu/battumi (arrived),
        // sisami/tinggalmi (left, with the "already" particle glued on)
        ["mabbalu"] = ShopVerb.Sale, ["ribalu"] = ShopVerb.Sale, ["nibalu"] = ShopVerb.Sale, ["nibaluk"] = ShopVerb.Sale,
        ["ammaluk"] = ShopVerb.Sale, ["nabalu"] = ShopVerb.Sale, ["trok"] = ShopVerb.Receipt, ["antama"] = ShopVerb.Receipt, ["muttama"] = ShopVerb.Receipt, ["battu"] = ShopVerb.Receipt,
        ["battumi"] = ShopVerb.Receipt, ["sisami"] = ShopVerb.Count, ["tinggalmi"] = ShopVerb.Count,
        // Balinese: kaadep (sold), macelep (in), rauh (arrived)
        ["kaadep"] = ShopVerb.Sale, ["macelep"] = ShopVerb.Receipt, ["rauh"] = ShopVerb.Receipt,
        // Acehnese: publoe/publo (sell), teuka (arrived), tamong (in), tinggai (left)
        ["publoe"] = ShopVerb.Sale, ["publo"] = ShopVerb.Sale, ["teuka"] = ShopVerb.Receipt, ["tamong"] = ShopVerb.Receipt,
        ["tinggai"] = ShopVerb.Count,
        // more shorthand: lku, jwl, rstk, tggl/tnggl
        // Sasak "lakuq", and "jaul" (jual with two letters swapped)
        ["lakuq"] = ShopVerb.Sale, ["jaul"] = ShopVerb.Sale,
        // Javanese "kari" (what is left: "gula kari 7 kilo"), and "hitung" (counted) as its other forms above
        ["kari"] = ShopVerb.Count, ["hitung"] = ShopVerb.Count,
        ["lku"] = ShopVerb.Sale, ["jwl"] = ShopVerb.Sale, ["rstk"] = ShopVerb.Receipt, ["tggl"] = ShopVerb.Count, ["tnggl"] = ShopVerb.Count,
    };

    /// <summary>Two-word verbs, read before single words ("stok masuk" is a receipt, "stok opname" a count).</summary>
    public static readonly Dictionary<(string, string), ShopVerb> Pairs = new()
    {
        [("stok", "opname")] = ShopVerb.Count, [("stok", "fisik")] = ShopVerb.Count, [("stok", "akhir")] = ShopVerb.Count, [("hitung", "stok")] = ShopVerb.Count, [("sisa", "stok")] = ShopVerb.Count,
        [("hasil", "opname")] = ShopVerb.Count, [("hasil", "hitung")] = ShopVerb.Count, [("cek", "stok")] = ShopVerb.Count,
        [("hasil", "so")] = ShopVerb.Count, [("ngitung", "stok")] = ShopVerb.Count, [("ngetang", "stok")] = ShopVerb.Count, [("abis", "opname")] = ShopVerb.Count, [("habis", "opname")] = ShopVerb.Count, [("stlh", "opname")] = ShopVerb.Count,
        [("setelah", "opname")] = ShopVerb.Count, [("abis", "dihitung")] = ShopVerb.Count, [("abis", "diitung")] = ShopVerb.Count,
        // "tambah stok", "stock in": goods added, not counted
        [("tambah", "stok")] = ShopVerb.Receipt, [("nambah", "stok")] = ShopVerb.Receipt, [("stok", "tambah")] = ShopVerb.Receipt,
        [("stock", "in")] = ShopVerb.Receipt, [("stok", "in")] = ShopVerb.Receipt, [("stock", "masuk")] = ShopVerb.Receipt,
        [("stock", "left")] = ShopVerb.Count, [("stok", "masuk")] = ShopVerb.Receipt, [("barang", "masuk")] = ShopVerb.Receipt, [("barang", "datang")] = ShopVerb.Receipt,
        [("brg", "masuk")] = ShopVerb.Receipt, [("brg", "datang")] = ShopVerb.Receipt, [("brg", "dtg")] = ShopVerb.Receipt,
        // Manado "so" (already) only before a verb; Manado/Makassar "ta jual" (the passive prefix typed apart);
        // Acehnese "ka teuka", "ka publoe" ("ka": already)
        [("so", "laku")] = ShopVerb.Sale, [("so", "jual")] = ShopVerb.Sale, [("so", "terjual")] = ShopVerb.Sale,
        [("so", "maso")] = ShopVerb.Receipt, [("so", "masuk")] = ShopVerb.Receipt, [("so", "datang")] = ShopVerb.Receipt,
        [("so", "sisa")] = ShopVerb.Count, [("so", "tinggal")] = ShopVerb.Count,
        [("ta", "jual")] = ShopVerb.Sale, [("ka", "teuka")] = ShopVerb.Receipt, [("ka", "publoe")] = ShopVerb.Sale,
        // Acehnese "ka trok" (has arrived), Madurese "se bada" (what there is)
        [("ka", "trok")] = ShopVerb.Receipt, [("se", "bada")] = ShopVerb.Count,
        // "… untuk stok", "kanggo stok koperasi": goods bought or brought for the stock, a receipt (not a count)
        [("untuk", "stok")] = ShopVerb.Receipt, [("utk", "stok")] = ShopVerb.Receipt, [("buat", "stok")] = ShopVerb.Receipt,
        [("kanggo", "stok")] = ShopVerb.Receipt, [("nggo", "stok")] = ShopVerb.Receipt, [("gasan", "stok")] = ShopVerb.Receipt, [("untuak", "stok")] = ShopVerb.Receipt, [("keu", "stok")] = ShopVerb.Receipt,
        // filling the stock: "isi stok", Kupang "ko isi stok"
        [("isi", "stok")] = ShopVerb.Receipt, [("isi", "stock")] = ShopVerb.Receipt, [("ngisi", "stok")] = ShopVerb.Receipt, [("mengisi", "stok")] = ShopVerb.Receipt,
        // weighed again: what is there now ("timbang ulang gula, ternyata cuma 9,5 kg")
        [("timbang", "ulang")] = ShopVerb.Count, [("ditimbang", "ulang")] = ShopVerb.Count, [("nimbang", "ulang")] = ShopVerb.Count,
    };

    /// <summary>
    /// Added (tambah, nambah, bertambah, Javanese imbuh): after "stok" and its item the stock grew, so goods came in
    /// ("stok beras nambah 100 kilo"); in a correction, what the customer added.
    /// </summary>
    public static readonly HashSet<string> Added = ["tambah", "nambah", "ditambah", "bertambah", "tambahin", "nambahin", "imbuh", "ngimbuhi"];

    /// <summary>
    /// What is still there: Javanese "isih (ono)", Banjar "nang ada" (what there is), "masih ada", "yg ada". A count only when
    /// nothing else says what happened ("masih ada penjualan terigu 4 kg" is a sale).
    /// </summary>
    public static readonly HashSet<(string, string)> StillTherePairs =
        [("isih", "ono"), ("isih", "ana"), ("nang", "ada"), ("masih", "ada"), ("msh", "ada"), ("yang", "ada"), ("yg", "ada")];

    public static readonly HashSet<string> StillThere = ["isih"];

    /// <summary>"beli"/"tuku" alone is either side of the counter; "beli … dari agen" is the shop buying.</summary>
    public static readonly HashSet<string> Buy =
    [
        "beli", "tuku", "dibeli", "membeli", "mbeli", "beliin",
        // Javanese krama tumbas, Sundanese meuli, Madurese melle, Batak tuhor, Bugis melli, Makassar ammalli, Balinese meli, Acehnese bloe
        "tumbas", "numbas", "ditumbas", "meuli", "dibeuli", "melle", "tuhor", "manuhor", "dituhor", "melli", "mangelli", "ammalli",
        "meli", "bloe",
    ];

    /// <summary>Came (a customer, or goods): "datang", Javanese teko/teka, Sundanese sumping/dugi, Balinese rauh, Minang tibo, "mampir".</summary>
    public static readonly HashSet<string> Arrivals = ["datang", "dateng", "dtg", "dtng", "dtang", "teko", "teka", "sumping", "dugi", "rauh", "tibo", "mampir"];

    /// <summary>
    /// "datang beli", "mama dong datang bli minyak", "urang bli beras", "beta bli beras": someone came to buy, or a buy word.
    /// "bli" is chat for "beli" after a came word, a someone word or the speaker; elsewhere it is the Balinese "elder brother".
    /// </summary>
    public static bool IsBuyAt(IReadOnlyList<Token> words, int i) =>
        !words[i].Quoted && (Buy.Contains(words[i].Lower)
                             || (words[i].Lower == "bli" && i > 0 && words[i - 1].Lower is var before
                                 && (Arrivals.Contains(before) || Someone.Contains(before) || FormsOfAddress.Speaking.Contains(before))));

    public static readonly HashSet<string> Suppliers = ["supplier", "suplier", "agen", "distributor", "grosir", "pabrik", "sales", "pemasok", "gudang"];

    /// <summary>"ada yg beli gula 2 kg": someone bought, so a sale.</summary>
    public static readonly HashSet<string> Someone =
        ["yg", "yang", "org", "orang", "wong", "sing", "nu", "nan", "urang", "tiyang", "oreng", "halak", "ureueng", "jelema",
         "lare"]; // Osing and Javanese lare (a child)

    /// <summary>The cooperative's own names: a note it wrote out is a sale, goods for it are its stock, it never buys at its own counter.</summary>
    public static readonly HashSet<string> OwnShop = ["kopdes", "koperasi", "kkmp", "kdkmp", "kdmp", "kmp", "kopkel"];

    /// <summary>The shop's own people: the one speaking and "we" ("dibeli kami" names no customer, "antar ke kita" is goods coming in).</summary>
    public static readonly HashSet<string> Us = [.. FormsOfAddress.Speaking, "kami", "kita", "kite"];

    public static readonly HashSet<string> Fillers =
    [
        .. FormsOfAddress.All,
        "tolong", "mohon", "catat", "dicatat", "catet", "dicatet", "dicatatkan", "ya", "yaa", "yah", "ok", "oke", "siap", "sip",
        "sudah", "udah", "udh", "sdh", "td", "tadi", "barusan", "baru", "kemarin", "kmrn", "kemaren", "wingi", "pagi", "siang", "sore", "malam", "hari", "hr", "ini", "dong",
        "deh", "nih", "maaf", "lapor", "laporan", "eh", "nggih", "njih", "lagi", "juga", "sekalian", "yang", "yg", "mulai",
        "sekarang", "skrg", "ada", "sebanyak", "nya", "input", "update",
        // "ternyata cuma 9,5 kg": how the amount was found, not part of it
        "ternyata", "cuma", "cuman", "hanya",
        // "already" and politeness in Sundanese, Javanese and Betawi: tos payu, wis payu, udeh, catet ye, punten
        "tos", "wis", "wes", "sampun", "udeh", "ye", "yo", "punten", "waduh", "aduh", "catetin", "tlg",
        // Sundanese "geus", Minang "lah", Makassar/Bugis "mi" (already)
        "geus", "lah", "mi",
        // voice-typing filler and chat English: "eee … anu …", "pls"
        "e", "anu", "em", "hmm", "pls", "please", "plz", "la", "nembe", "hatur", "nuhun",
        // chat shorthand: dah (sudah), mhn, ctt/dctt (catat), brsan, tdi, kmrin, thanks
        "dah", "sudh", "sdah", "mhn", "ctt", "dctt", "ctet", "brsan", "brusan", "tdi", "kmrin", "kmaren", "iya", "okey", "okay",
        "oce", "makasih", "makasi", "mksh", "trims", "thx", "tq", "terimakasih",
        // greetings before the entry ("assalamualaikum, laku gula 2 kg"); not "salam" (daun salam is sold)
        "assalamualaikum", "asalamualaikum", "ass", "wr", "wb", "halo", "hallo", "selamat", "permisi", "sampurasun", "rampes", "sugeng",
        // Javanese: uwis/mpun (already), dipun (krama passive), inggih/nggeh, maeng/wau (just now), isuk/enjing, bengi/dalu, sonten
        "uwis", "mpun", "dipun", "inggih", "nggeh", "maeng", "wau", "isuk",
        "enjing", "bengi", "dalu", "sonten", "subuh",
        // "just now" and "yesterday" elsewhere: Sundanese bieu/kamari/beurang/peuting, Minang cako/kapatang, Batak nantoari,
        // Balinese ibi, Acehnese baroe, Manado/Ambon kalamarin
        "bieu", "kamari", "beurang", "peuting", "cako", "kapatang", "nantoari", "ibi", "baroe", "kalamarin", "kamarin",
        // Sundanese: parantos/atos (already), atuh, euy
        "parantos", "atos", "atuh", "euy",
        // Madurese: enggi (yes), la/pon (already), coma (only)
        "enggi", "la", "pon", "coma",
        // Minangkabau: alah (already)
        "alah",
        // Batak Toba: nunga (already), horas
        "nunga", "horas",
        // Banjar: hudah (already), pian (you)
        "hudah", "pian",
        // Bugis/Makassar: ji (particle), iye (yes), tabe (excuse me)
        "ji", "iye", "tabe", "pura", "sateya", // Madurese sateya (now)
        // Balinese: suba/sube (already)
        "suba", "sube",
        // Acehnese: lheuh (already); Pontianak Malay: jak (only, just: "catat jak")
        "lheuh", "jak",
        // Palembang: nian (really), bae (only), kini (now); Banjar: hanyar (new, just), wayah (the time: "wayah ini", now);
        // Sundanese wae (only), ayeuna (now); Javanese saiki (now)
        // officers addressed: "bu ketua", "pak bendahara"
        "ketua", "bendahara", "sekretaris",
        "nian", "bae", "kini", "hanyar", "wayah", "wae", "ayeuna", "saiki", "ono",
        // Manado: jo, dang (particles); Ambon/Papua: su (already).
        // Not "so" (So Klin is a detergent; Manado "so" is read before a verb, see Pairs) nor "kita" ("minyak kita" is MinyaKita).
        "jo", "dang", "su",
        // Gen-Z chat: gaes, wkwk, sorry, plis
        "gaes", "guys", "wkwk", "wkwkwk", "hehe", "haha", "sorry", "sori", "plis", "pliss",
        // Javanese krama around a report: matur nuwun (thanks), niki (this), ngapunten/nyuwun (sorry, please), tulung,
        // monggo, badhe lapor/matur (want to report), pripun kabare … sehat (how are you … well), sakniki/sakmenika (now),
        // ingkang (which), wonten (there is), dipunlebetaken (be entered), kala (the time); Malay "ni" (this); and the bot addressed
        "matur", "nuwun", "niki", "ngapunten", "nyuwun", "tulung", "monggo", "badhe", "pripun", "kabare", "sehat",
        "sakniki", "sakmenika", "samenika", "saniki", "ingkang", "wonten", "dipunlebetaken", "lebetaken", "kala", "ni", "bot",
        // eastern Malay "tu" (that), "ee" (particle)
        "tu", "ee",
    ];

    /// <summary>"at" in Indonesian, Javanese (ndek, nang, ning, ing), Balinese (ring) and Bugis (ri), before a place in the shop.</summary>
    public static readonly HashSet<string> At = ["di", "ndek", "nang", "ning", "neng", "ing", "ring", "ri", "dek"];

    /// <summary>Where stock is kept (not "toko" or "warung": "di warung bu Iroh" names a customer).</summary>
    private static readonly HashSet<string> Places = ["gudang", "rak", "etalase", "lemari", "kulkas", "freezer", "gerai"];

    /// <summary>Forms of address that are also unit words: "pak" after a number is a pack.</summary>
    public static bool IsUnitAfterNumber(string word) => word == "pak";

    /// <summary>Words that join several entries: "gula 1 kg sama telur 1 kg".</summary>
    public static readonly HashSet<string> Separators = ["sama", "dan", "terus", "trus", "lalu", "plus", "ama", "ame", "karo"]; // Betawi and Malay ame

    /// <summary>Words no item name contains: with one of them the message is a sentence, not an entry.</summary>
    public static readonly HashSet<string> NotItemWords =
    [
        "ke", "di", "jam", "kapan", "apa", "apakah", "gimana", "gmn", "bagaimana", "kenapa", "mengapa", "boleh", "bisa", "harus",
        "wajib", "kalau", "klo", "kalo", "karena", "krn", "untuk", "utk", "buat", "rapat", "anggota", "pengurus", "pengawas",
        "pengelola", "koperasi", "kopdes", "kerja", "angin", "tahun", "bulan", "minggu", "itu", "gak", "ga", "nggak", "enggak",
        "tidak", "tdk", "belum", "blm", "mau", "ingin", "pengen", "pingin", "besok", "online", "pajak", "shu", "wah", "keras",
        "laris", "rame", "ramai", "sepi", "banget", "bgt", "aturan", "hukum", "caranya", "cara", "saham", "simpanan", "modal",
        "acara", "libur", "kena", "sih", "dari", "harga", "hrg", "berapa", "brp", "habis", "abis", "kok",
        // people, money and dates are never items ("datang 5 orang", "kas masuk 200rb", "opname tgl 30")
        "orang", "kas", "uang", "dana", "tgl", "tanggal", "tamu", "peserta",
        // "at/to" in Bugis/Makassar (ri), Javanese (nang, menyang, krama teng): "battu mi ri kampong", "mlebu nang kantor"
        "ri", "nang", "menyang", "teng",
        // amounts in words are remarks, not counts ("minyak tinggal sedikit")
        "sedikit", "dikit", "menipis", "tipis", "kurang", "lebih",
        // "a little" in Javanese (sithik, sekedhik), Sundanese (saeutik), Minang (saketek), Banjar (sadikit)
        "sithik", "sitik", "sekedhik", "sekedik", "saeutik", "saetik", "saketek", "sadikit",
        // "not" in the regions: a denial is news, never an entry ("ora payu", "teu acan dugi", "indak laku", "kada", "sonde")
        "ora", "ndak", "nda", "teu", "henteu", "hanteu", "acan", "durung", "dereng", "indak", "kada", "tra", "trada", "sonde", "kagak", "tak", "nyanda", "nyandak", "tara",
        // "not" in krama (mboten) and "tomorrow" in Javanese (sesok, benjing, mbenjing): news or a plan, never an entry
        "mboten", "boten", "sesok", "benjing", "mbenjing",
    ];

    public static readonly HashSet<string> TimeUnits =
        ["hari", "hr", "jam", "menit", "minggu", "bulan", "bln", "tahun", "thn", "kali", "taun", "dino", "dina", "dinten", "sasi", "wulan", "poe"];

    /// <summary>Goods lost rather than sold ("telur pecah 2 butir"): recorded by counting what is left.</summary>
    public static readonly HashSet<string> Losses =
        ["pecah", "rusak", "busuk", "basi", "hilang", "dibuang", "buang", "expired", "kadaluarsa", "kedaluwarsa", "bocor", "susut",
         "basah", "kehujanan", "apek", "berkutu", "jamuran",
         // Minang and Banjar pacah, busuak; Manado and Kupang pica, busu; Javanese remuk, bosok; Sundanese peupeus; "hancur"
         "pacah", "busuak", "pica", "busu", "remuk", "bosok", "peupeus", "hancur", "ancur"];

    /// <summary>A word that makes the message a sentence; "harga" before an amount (in digits or words) is a price marker instead.</summary>
    /// <remarks>"4 kg lebih setengah" is one amount: "lebih" between a unit and a part of it is no remark.</remarks>
    public static bool IsSentenceWord(IReadOnlyList<Token> words, int i) =>
        !words[i].Quoted && NotItemWords.Contains(words[i].Lower)
        && !(PriceMarkers.Contains(words[i].Lower) && i + 1 < words.Count && (words[i + 1].StartsLikeNumber || WordNumbers.SaysAmount(words[i + 1].Lower)))
        && !(words[i].Lower == "lebih" && i > 0 && i + 1 < words.Count && (Units.IsUnit(words[i - 1].Text) || words[i - 1].Lower == "kilo") && WordNumbers.IsPart(words[i + 1].Lower));

    /// <summary>Words that introduce a price per unit: "harga 26000", "hrg 18rb", "rego 16.300", "a 11.500", "à 13rb".</summary>
    public static readonly HashSet<string> PriceMarkers = [.. PriceQuestion.PriceWords, "a", "à", "@"];

    /// <summary>
    /// Words without their decoration: punctuation, emoji and symbols around a word are dropped
    /// ("kejual 👍👍", "masuk!!!", "stok opname:"); a word that is only decoration disappears.
    /// </summary>
    public static List<Token> Clean(IReadOnlyList<Token> tokens)
    {
        tokens = RestatedInBrackets.Without(Tail.WithoutSourceHeader(tokens));
        var clean = new List<Token>(tokens.Count);
        (int At, long Amount) streetMoney = (-1, 0);
        foreach (var token in tokens)
        {
            if (token.Quoted) { clean.Add(token); continue; }
            if (token.Text == "+") { clean.Add(new Token("plus", false)); continue; } // "3 karung + 10 kg": a joining word, not decoration
            var text = TypingHabits.Fold(token.Text).AsSpan();
            while (text.Length > 0 && !KeepsAtStart(text[0])) text = text[1..];
            while (text.Length > 0 && !KeepsAtEnd(text[^1])) text = text[..^1];
            if (text.Length == 0 && token.Text.Contains('@')) text = "@"; // "@ 16.000": the marker stands alone
            if (text.Length == 0 || (text.Length == 1 && text[0] is '-' or '/')) continue;
            var word = text.SequenceEqual(token.Text) ? token : new Token(text.ToString(), Quoted: false);
            // "masuk:beras": two words glued by a colon
            if (text.IndexOf(':') is var colon and > 0 && colon < text.Length - 1 && char.IsLetter(text[colon - 1]) && char.IsLetter(text[colon + 1]))
            {
                clean.AddRange(Clean([new Token(text[..colon].ToString(), false), new Token(text[(colon + 1)..].ToString(), false)]));
                continue;
            }
            // "18 ribu/kg": the money word and the unit it is per, typed as one
            if (text.IndexOf('/') is var slash and > 0 && slash < text.Length - 1 && IndonesianNumber.Multiplier(text[..slash].ToString()) is not null
                && Units.IsUnit(text[(slash + 1)..].ToString()))
            {
                clean.AddRange([new Token(text[..slash].ToString(), false), new Token("per", false), new Token(text[(slash + 1)..].ToString(), false)]);
                continue;
            }
            // "3 klo": after a number "klo" is a kilo, not "kalau"
            if (word.Lower == "klo" && clean.Count > 0 && clean[^1].StartsLikeNumber) word = new Token("kilo", false);
            word = WithoutParticle(Shortened(word));
            if (TypingHabits.Undoubled(word.Lower, IsKnown) is var single && single != word.Lower) word = new Token(single, false);
            if (SlangMoney.TryGetValue(word.Lower, out var money)) AddStreetMoney(clean, money, ref streetMoney);
            else if (LettersThenDigit(text)) clean.AddRange(Unglue(word).SelectMany(Unglued));
            else clean.AddRange(Unglued(word));
        }
        // where the goods are is not what they are: "ndek gudang isih ono gulo 31 kilo", "gulpas isih 15kg nang rak"
        for (var i = clean.Count - 2; i >= 0; i--)
            if (!clean[i].Quoted && At.Contains(clean[i].Lower) && Places.Contains(clean[i + 1].Lower)) clean.RemoveRange(i, 2);
        // Papuan "sa kilo" is one kilo ("sa" alone is "I", a filler dropped before the amounts are read)
        for (var i = 0; i + 1 < clean.Count; i++)
            if (!clean[i].Quoted && clean[i].Lower == "sa" && (Units.IsUnit(clean[i + 1].Text) || clean[i + 1].Lower == "kilo")) clean[i] = new Token("1", false);
        TypingHabits.WithoutClockTimes(clean);
        TypingHabits.WithoutEarlierToday(clean);
        PackSizes.Without(clean);
        // "jual apa namanya gula": a speaker searching for the word, not a question; Javanese "nyuwun sewu" (excuse me,
        // literally "I ask a thousand") is no money.
        for (var i = clean.Count - 2; i >= 0; i--)
            if (!clean[i].Quoted && ((clean[i].Lower == "apa" && clean[i + 1].Lower is "namanya" or "itu namanya")
                                     || (clean[i].Lower is "nyuwun" or "nuwun" && clean[i + 1].Lower == "sewu"))) clean.RemoveRange(i, 2);
        // "bu ketua nitip lapor: …", "titip pesan": passing a report on, not goods left to keep (an order)
        for (var i = clean.Count - 2; i >= 0; i--)
            if (!clean[i].Quoted && clean[i].Lower is "nitip" or "titip" && clean[i + 1].Lower is "lapor" or "laporan" or "pesan" or "salam") clean.RemoveRange(i, 2);
        // "kalau ga salah" (if I am not mistaken): a hedge around the entry, not a condition nor a correction.
        for (var i = clean.Count - 3; i >= 0; i--)
            if (!clean[i].Quoted && clean[i].Lower is "kalau" or "kalo" or "klo" or "kl" or "kalu" && NotAnEntry.Negated(clean, i + 2) && clean[i + 2].Lower == "salah")
                clean.RemoveRange(i, 3);
        return clean;
    }

    /// <summary>A word some reader knows: a verb, filler, joiner, unit, or a word of a request (undo, recap).</summary>
    private static bool IsKnown(string lower) =>
        Verbs.ContainsKey(lower) || Fillers.Contains(lower) || Separators.Contains(lower) || Units.IsUnit(lower)
        || UndoInWords.Knows(lower) || RecapInWords.Knows(lower);

    /// <summary>"jualberas" is "jual beras" (a known word is left alone).</summary>
    private static IEnumerable<Token> Unglued(Token word) =>
        !word.Quoted && TypingHabits.GluedVerb(word.Lower) is var (verb, rest) && !IsKnown(word.Lower)
            ? [new Token(verb, false), new Token(rest, false)]
            : [word];

    /// <summary>
    /// "beras2kg" is "beras 2kg"; "harga2" is "harga-harga" (a written reduplication), so "harga".
    /// Only a letters-then-digits word is touched, and only when what follows the digits is a unit or nothing.
    /// </summary>
    private static bool LettersThenDigit(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i >= 3 && i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static IEnumerable<Token> Unglue(Token word)
    {
        var text = word.Text;
        var digitsAt = 0;
        while (digitsAt < text.Length && char.IsLetter(text[digitsAt])) digitsAt++;
        if (digitsAt < 3 || digitsAt == text.Length || !char.IsAsciiDigit(text[digitsAt])) return [word];
        var letters = text[..digitsAt];
        var rest = text[digitsAt..];
        if (rest == "2") return [new Token(letters, false)];
        var unitAt = 0;
        while (unitAt < rest.Length && (char.IsAsciiDigit(rest[unitAt]) || rest[unitAt] is ',' or '.')) unitAt++;
        return unitAt < rest.Length && Units.IsUnit(rest[unitAt..]) ? [new Token(letters, false), new Token(rest, false)] : [word];
    }

    /// <summary>
    /// Street names for notes, in rupiah: "ceban" Rp10.000, "goceng" Rp5.000, "gopek" Rp500. "cepek" and "gocap" are strictly 100
    /// and 50, but nothing in a shop sells for that: said of an entry they are the Rp100.000 and Rp50.000 notes, as two
    /// authors who never met wrote them ("jual beras 8 kilo cepek", "telor 2kg gocap laku").
    /// </summary>
    private static readonly Dictionary<string, long> SlangMoney = new()
    {
        ["cepek"] = 100_000, ["gopek"] = 500, ["seceng"] = 1_000, ["ceceng"] = 1_000, ["goceng"] = 5_000, ["ceban"] = 10_000,
        ["noban"] = 20_000, ["goban"] = 50_000, ["cepek-an"] = 100_000, ["cepekan"] = 100_000, ["gocap"] = 50_000,
    };

    /// <summary>
    /// Street money joins into one amount: "ceban seceng" is Rp11.000, "tiga ceban goceng" Rp35.000 (a count before a note
    /// multiplies it). <paramref name="running"/> is where the running amount sits in <paramref name="clean"/> (-1: none) and what it is.
    /// </summary>
    private static void AddStreetMoney(List<Token> clean, long note, ref (int At, long Amount) running)
    {
        var times = clean.Count > 0 && clean.Count - 1 != running.At && WordNumbers.Digit(clean[^1].Lower) is { } count and > 1 ? count : 1;
        if (times > 1) clean.RemoveAt(clean.Count - 1);
        var joins = running.At >= 0 && running.At == clean.Count - 1;
        running = (joins ? running.At : clean.Count, (joins ? running.Amount : 0) + note * times);
        // thousands as "11rb", which reads as the money said for the entry (as a total, like "11 ribu"), not as a marked unit price
        var said = new Token(running.Amount % 1000 == 0 ? $"{running.Amount / 1000}rb" : $"Rp{running.Amount}", false);
        if (joins) clean[running.At] = said;
        else clean.Add(said);
    }

    /// <summary>Particles glued to a verb in Makassar, Bugis, Manado and chat: "lakumi", "masukmi", "terjualji", "lakulah".</summary>
    private static readonly string[] Particles = ["mi", "ji", "ki", "mo", "lah"];

    /// <summary>"lakumi" is "laku", "naikmi" is "naik": a known verb with a particle glued on loses the particle.</summary>
    private static Token WithoutParticle(Token word)
    {
        if (Verbs.ContainsKey(word.Lower)) return word;
        foreach (var particle in Particles)
            if (word.Lower.EndsWith(particle, StringComparison.Ordinal) && word.Lower.Length - particle.Length >= 3
                && (Verbs.ContainsKey(word.Lower[..^particle.Length]) || PriceChange.Moved.Contains(word.Lower[..^particle.Length]))) // "naikmi": a price went up
                return new Token(word.Text[..^particle.Length], false);
        return word;
    }

    /// <summary>"lakuuu", "yaaa": a letter held down is one letter (three or more in a row; "sakkarung" keeps its pair).</summary>
    private static Token Shortened(Token word)
    {
        var text = word.Text;
        var run = 1;
        for (var i = 1; i < text.Length; i++)
        {
            run = char.IsLetter(text[i]) && char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(text[i - 1]) ? run + 1 : 1;
            if (run == 3) break;
        }
        if (run < 3) return word;
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
            if (kept.Length == 0 || !char.IsLetter(c) || char.ToLowerInvariant(kept[^1]) != char.ToLowerInvariant(c)) kept.Append(c);
        return new Token(kept.ToString(), false);
    }

    private static bool KeepsAtStart(char c) => char.IsLetterOrDigit(c) || c is '@' or '/' or '-' or '−' or '½' or '¼' or '¾';

    private static bool KeepsAtEnd(char c) => char.IsLetterOrDigit(c) || c is '½' or '¼' or '¾';
}
