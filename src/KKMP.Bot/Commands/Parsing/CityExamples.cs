namespace KKMP.Bot.Commands.Parsing;

/// <summary>Examples of the commands across a city's cooperatives, as users see them in help and error messages.</summary>
public static class CityExamples
{
    public const string Compare = "/bandingkan beras";
    public const string SharingOn = "/berbagi aktif";
    public const string SharingOff = "/berbagi nonaktif";
    public const string Search = "/cari beras 100 kg";
    public const string Message = "/hubungi kkmp-sukamaju Apakah bisa pinjam beras 100 kg sampai Senin?";
    public const string Reply = "/balas 12 Bisa, silakan ambil besok pagi.";
}
