using System.Globalization;
using System.Text;

namespace KKMP.Bot.City;

/// <summary>A city's identity from the text cooperatives already carry: "Kota Mojokerto" → kota-mojokerto.</summary>
public static class CityIds
{
    public static string Of(string? city)
    {
        var text = new StringBuilder();
        foreach (var c in (city ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != '-') text.Append('-');
        }
        return text.ToString().Trim('-');
    }
}
