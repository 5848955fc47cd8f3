namespace KKMP.Bot.Push;

/// <summary>Local time as Indonesians name it: "17.00 WIB". Pushes start with it, so a message read later shows when it was sent.</summary>
public static class LocalClock
{
    public static string Abbreviation(TimeZoneInfo zone) => zone.BaseUtcOffset.TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        var h => $"UTC{(h >= 0 ? "+" : "")}{h:0.#}",
    };

    public static string Stamp(DateTimeOffset utc, TimeZoneInfo zone) =>
        $"🔔 {TimeZoneInfo.ConvertTime(utc, zone):HH.mm} {Abbreviation(zone)}";
}
