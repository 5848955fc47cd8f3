using System.Text.RegularExpressions;

namespace KKMP.Bot.Conversation;

/// <summary>
/// Whole-message greetings, thanks and acknowledgements ("halo", "makasih ya bu", "oke"). They are
/// answered by the bot itself: searched as regulation questions they found nothing, or worse, a
/// closing paragraph that happens to say "terima kasih".
/// </summary>
public static partial class SmallTalk
{
    public enum Kind { None, Greeting, Thanks, Acknowledgement }

    public const string ThanksReply = "Sama-sama! Kalau ada yang ingin ditanyakan lagi, tulis saja, atau ketik /bantuan untuk daftar perintah.";
    public const string AcknowledgementReply = "Baik. Kalau perlu daftar perintah, ketik /bantuan.";

    public static Kind Of(string? text)
    {
        var words = Spaces().Replace(NotWord().Replace((text ?? "").ToLowerInvariant(), " "), " ").Trim();
        if (words.Length == 0 || words.Length > 60) return Kind.None;
        var core = Trailing().Replace(words, "").Trim();
        if (Greeting().IsMatch(core)) return Kind.Greeting;
        if (Thanks().IsMatch(core)) return Kind.Thanks;
        return Acknowledgement().IsMatch(core) ? Kind.Acknowledgement : Kind.None;
    }

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
