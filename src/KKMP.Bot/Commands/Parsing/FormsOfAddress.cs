namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// The people in a shop chat, as one vocabulary for every reader: the one addressed ("pak", "kak", "min", Papuan "mace",
/// Sasak "inaq", Acehnese "bg") and the one speaking ("sy", Papuan "sa", Balinese "tiang", Pontianak "kamek"). None of
/// them is ever an item, and none says what the message is; a reader that knew one of them and not another had read
/// "mace, beras brp sekilo?" as the price of "mace beras".
/// </summary>
internal static class FormsOfAddress
{
    /// <summary>The person addressed, or spoken of at the counter ("mace beli gula 2 kg": a customer).</summary>
    public static readonly HashSet<string> Addressed =
    [
        // Indonesian and chat
        "pak", "bu", "mas", "mbak", "mba", "kak", "kakak", "min", "bos", "gan", "bang", "bg", "abang", "om", "tante", "dek", "dik",
        "bund", "bunda",
        // Javanese and Sundanese: lur, rek, cak, mbok, pakde, bude; akang/kang, teteh
        "lur", "rek", "cak", "mbok", "pakde", "bude", "akang", "kang", "teteh",
        // Minang uda/uni/diak, Batak lae/ito/amang/inang, Bugis/Makassar puang/daeng, Betawi mpok, Banjar acil/cil, Palembang yuk
        "uda", "uni", "diak", "lae", "ito", "amang", "inang", "puang", "daeng", "mpok", "acil", "cil", "yuk",
        // the east: kaka/ade, Papuan pace/mace, Ambon usi/bung, Manado nyong/nona; Balinese bli; Sasak inaq/amaq
        "kaka", "ade", "pace", "mace", "usi", "bung", "nyong", "nona", "bli", "inaq", "amaq",
        // you: Banjar pian (polite) and ikam, Manado ngana and ngoni; Makassar bela (friend)
        "pian", "ikam", "ngana", "ngoni", "bela", "riko", // and Osing riko
        // Bugis and Makassar ndi' (younger sibling, said to a younger clerk; not "andi", a name a sale may be for)
        "ndi",
        // Acehnese teungku (a religious elder, said to any respected man), cut "tgk"
        "teungku", "tgk",
        // Flores and Kupang bapa/mama, Manggarai kraeng (said to a respected man: "bapa kraeng"), Osing and Banjar paman
        "bapa", "mama", "kraeng", "paman",
        // you: Papuan, Kupang and Kendari ko ("ko catat e")
        "ko",
    ];

    /// <summary>The one speaking ("sa beli gula dari agen" is the shop buying, so never a customer).</summary>
    public static readonly HashSet<string> Speaking =
    [
        // sy/saya/aku, Papuan and Ambon sa/beta, Minang ambo/awak, Javanese kulo/kula, Sundanese abdi, Madurese kaula/sengko,
        // Banjar ulun, Betawi aye, Balinese tiang, Pontianak kamek, Jakarta gue/gw; "we" in the east: katong, kitong, torang
        "sy", "sya", "saya", "aku", "sa", "beta", "ambo", "awak", "kulo", "kula", "abdi", "kaula", "sengko", "ulun", "aye", "tiang",
        "kamek", "gue", "gw", "katong", "kitong", "torang", "engko", "engkok", // and Madurese engko'
        "kito", // we: Palembang and Minang
        "lon", "ulon", "kamoe", // Acehnese I, we
        "isun", // Osing (Banyuwangi) I
    ];

    public static readonly HashSet<string> All = [.. Addressed, .. Speaking];
}
