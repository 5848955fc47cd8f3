using KKMP.Bot.Channels.WebChat.DirectLine;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Channels.WebChat;

/// <summary>What the web channel itself says (everything else comes from the router).</summary>
public static class WebChatTexts
{
    public static string Welcome(string cooperativeName) =>
        $"Selamat datang di asisten {cooperativeName}! Saya bisa menjawab harga barang di gerai koperasi, " +
        "pertanyaan tentang aturan koperasi (dengan Pasal rujukannya), dan mencatat stok atau penjualan untuk pengelola. " +
        "Pilih salah satu di bawah atau ketik pertanyaan Anda.";

    /// <summary>Conversation starters: the title is shown, the value is sent as the user's message.</summary>
    public static readonly IReadOnlyList<CardAction> Starters =
    [
        new("imBack", "Harga hari ini", "/harga"),
        new("imBack", "Tanya aturan koperasi", "Berapa jumlah minimal orang untuk mendirikan koperasi primer?"),
        new("imBack", "Bantuan", "/bantuan"),
    ];

    public static readonly Reply TextOnly = Reply.Of(
        "Maaf, saya hanya bisa membaca pesan teks. Contoh: harga beras berapa?");

    public static Reply TooLong(int maxLength) => Reply.Of(
        $"Maaf, pesan Anda terlalu panjang (maksimal {maxLength} karakter). " +
        "Tulis pertanyaan yang lebih singkat, misalnya: kapan RAT harus diadakan?");

    public static readonly Reply Failed = Reply.Of(
        "Maaf, terjadi gangguan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.");
}
