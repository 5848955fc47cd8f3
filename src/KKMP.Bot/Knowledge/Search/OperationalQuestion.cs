using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Questions about running the shop or reaching someone (opening hours, contact, address, today's
/// market price, a personal bank loan, social media) are not regulation questions even when they share
/// words with one ("buka" is not the UU's "Pembukaan"). The search declines them, so the bot gives an
/// honest reply instead of citing an article.
/// </summary>
public static partial class OperationalQuestion
{
    public static bool Matches(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        return Hours().IsMatch(text) || Contact().IsMatch(text) || TodaysPrice().IsMatch(text) && !ReferencePrice().IsMatch(text)
            || PersonalLoan().IsMatch(text) && !Cooperative().IsMatch(text) || SocialMedia().IsMatch(text) && !Socialization().IsMatch(text);
    }

    [GeneratedRegex(@"\b(buka|tutup|libur)\b.{0,20}\b(jam|pukul|hari ini|besok|nanti|minggu|senin|selasa|rabu|kamis|jumat|sabtu|lebaran|tanggal merah)\b|\bjam (buka|tutup|operasional|kerja|berapa)\b")]
    private static partial Regex Hours();

    [GeneratedRegex(@"\b(nomor|no|nmr|kontak)\b.{0,12}\b(hp|wa|whatsapp|telepon|telpon|telp|ponsel)\b|\b(alamat|lokasi)\b.{0,40}\b(kantor|dinas|toko|gerai|rumah)\b|\bdimana\b.{0,20}\bkantor\b|\bkantor\b.{0,30}\b(dimana|di mana|terdekat)\b")]
    private static partial Regex Contact();

    [GeneratedRegex(@"\bharga\b.{0,40}\b(hari ini|sekarang|skrg|pasar|minggu ini)\b")]
    private static partial Regex TodaysPrice();

    [GeneratedRegex(@"\b(het|hap|acuan|resmi|eceran tertinggi|tertinggi|minyakita|beras|gula|lpg|gas)\b")]
    private static partial Regex ReferencePrice();

    [GeneratedRegex(@"\b(saya|kami)\b.{0,30}\b(pinjam|meminjam|kredit|cicil|nyicil)\b.{0,40}\b(bank|bri|bni|bca|mandiri|btn|leasing|pinjol)\b|\b(kredit|cicilan)\b.{0,20}\b(motor|mobil|rumah|hp)\b")]
    private static partial Regex PersonalLoan();

    [GeneratedRegex(@"\b(koperasi|kopdes|kdmp|kkmp|ksp|usp|anggota|pengurus)\b")]
    private static partial Regex Cooperative();

    [GeneratedRegex(@"\b(caption|instagram|ig|tiktok|facebook|fb|status wa|postingan|konten)\b")]
    private static partial Regex SocialMedia();

    /// <summary>The Juklak's own rules for promoting a kopdes (hashtags, accounts) are a guideline question, not a shop chore.</summary>
    [GeneratedRegex(@"\b(sosialisasi|hashtag|tagar|publikasi)\b")]
    private static partial Regex Socialization();
}
