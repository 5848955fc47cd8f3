using System.Text.RegularExpressions;

namespace KKMP.Bot.Conversation;

/// <summary>
/// Whole-message greetings, thanks and acknowledgements ("halo", "makasih ya bu", "oke"). They are
/// answered by the bot itself: searched as regulation questions they found nothing, or worse, a
/// closing paragraph that happens to say "terima kasih".
/// </summary>
public static partial class SmallTalk
{
    public enum Kind { None, Greeting, Thanks, Acknowledgement, Order }

    public const string ThanksReply = "Sama-sama! Kalau ada yang ingin ditanyakan lagi, tulis saja, atau ketik /bantuan untuk daftar perintah.";
    /// <summary>"mau beli beras 2 kg": the bot takes no orders; say where to buy, and where a cashier records goods received.</summary>
    public static string OrderReply(Role role) =>
        "Maaf, pesanan belum bisa lewat bot ini; silakan beli langsung di gerai koperasi. Harga bisa dicek di sini, misalnya: harga beras berapa?" +
        (role is Role.Pengelola or Role.Pengurus or Role.Admin
            ? "\nMencatat barang yang dibeli koperasi (barang masuk)? Pakai: /masuk beras 100 kg @11.500" : "");

    public const string AcknowledgementReply = "Baik. Kalau perlu daftar perintah, ketik /bantuan.";

    public static Kind Of(string? text)
    {
        var words = Spaces().Replace(NotWord().Replace((text ?? "").ToLowerInvariant(), " "), " ").Trim();
        if (words.Length == 0 || words.Length > 60) return Kind.None;
        var core = Trailing().Replace(words, "").Trim();
        if (Greeting().IsMatch(core)) return Kind.Greeting;
        if (Thanks().IsMatch(core)) return Kind.Thanks;
        if (Acknowledgement().IsMatch(core)) return Kind.Acknowledgement;
        return Order().IsMatch(words) && !Question().IsMatch(words) ? Kind.Order : Kind.None;
    }

    // "mau beli gula", "pesan beras 5 kg", "tuku gula 2 kg" (Javanese); not "cara beli saham koperasi" (it does not start like an order).
    [GeneratedRegex(@"^(saya |aku |sy |kami )?(mau |ingin |pengen |pingin |mo |mao )?(beli|tuku|pesan|pesen|order|titip beli)( \S+){1,5}$")]
    private static partial Regex Order();

    // "beli saham koperasi gimana caranya": a question that starts like an order.
    [GeneratedRegex(@"\b(berapa|brp|gimana|gmn|bagaimana|caranya|cara|apa|apakah|boleh|bisa|kapan|dimana|di mana)\b")]
    private static partial Regex Question();

    [GeneratedRegex(@"^(h+a+l+o+|h+e+l+o+|hai+|hi+|hei+|hey+|hello|p|pagi|siang|sore|malam|(selamat|met|slmt) (pagi|siang|sore|malam)|" +
                    @"as+alamu ?'?alaikum( wr wb| warahmatullahi wabarakatuh)?|assalamualaikum|salam|permisi|punten|tes|test|ping)$")]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(terima ?kasih|terimakasih|trima ?kasih|makasih|makasi|maksih|mksh|mks|trims|thanks|thank you|thank|thx|tq|ty|" +
                    @"suwun|matur nuwun|hatur nuhun)( banyak)?( atas (infonya|informasinya|bantuannya))?$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(ok|oke|okay|okey|okee|sip|siap|baik|noted|mantap|mantab)( (makasih|terima kasih|deh|lah))?$")]
    private static partial Regex Acknowledgement();

    // Forms of address and particles people add: "halo pak", "makasih ya bu", "siap min".
    [GeneratedRegex(@"( (ya+|yaa|pak|bu|bapak|ibu|kak|min|admin|bot|mas|mbak|mba|gan|bos|semua|sekalian|kkmp|kkmpbot|kkmp bot))+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"[^\p{L}\p{N}\s']")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
