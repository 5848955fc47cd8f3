namespace KKMP.Bot.Assistant;

/// <summary>Every sentence the assistant itself says to the user (Bahasa Indonesia), in one place.</summary>
public static class AssistantTexts
{
    public const string ModelUnavailableNote =
        "(Catatan: asisten AI sedang tidak tersedia, jadi jawaban ini diambil langsung dari basis pengetahuan.)";

    public const string NotLinked =
        "Akun Anda belum terhubung ke koperasi mana pun, jadi saya belum bisa melihat harga atau stok. " +
        "Minta pengurus koperasi Anda untuk mendaftarkan Anda.";

    public const string StockNotAllowed =
        "Maaf, data stok hanya bisa dilihat oleh pengawas, pengelola, dan pengurus koperasi. " +
        "Untuk harga, ketik misalnya: harga beras berapa?";

    public static readonly string[] RegulationSuggestions = ["Koperasi primer minimal berapa orang?", "RAT boleh daring?", "SHU dibagi bagaimana?"];

    public static readonly string[] PriceSuggestions = ["Daftar harga", "Harga beras berapa?"];
}
