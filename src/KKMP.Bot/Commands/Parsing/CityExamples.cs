namespace KKMP.Bot.Commands.Parsing;

/// <summary>Examples of the commands across a city's cooperatives, as users see them in help and error messages.</summary>
public static class CityExamples
{
    public const string Compare = "/bandingkan beras";
    public const string SharingOn = "/berbagi aktif";
    public const string SharingOff = "/berbagi nonaktif";
    public const string Search = "/cari beras 100 kg";
}
