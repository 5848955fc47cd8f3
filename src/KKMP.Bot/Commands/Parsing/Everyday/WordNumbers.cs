using System.Globalization;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// Quantities said rather than typed (voice typing, or just habit): "dua kilo", "setengah kilo",
/// "seperempat", "satu setengah", "dua puluh", "sepuluh kilo koma lima", "sekilo", "kilo gram".
/// They become the digits the slash grammar reads ("2 kilo", "0,5 kilo", "10,5 kilo", "1 kg").
/// </summary>
internal static class WordNumbers
{
    private static readonly Dictionary<string, int> Digits = new()
    {
        ["nol"] = 0, ["satu"] = 1, ["dua"] = 2, ["tiga"] = 3, ["empat"] = 4, ["lima"] = 5, ["enam"] = 6, ["tujuh"] = 7,
        ["delapan"] = 8, ["sembilan"] = 9,
        // Javanese, Sundanese and Minang counting words, said before a unit like the Indonesian ones
        ["siji"] = 1, ["loro"] = 2, ["telu"] = 3, ["telung"] = 3, ["papat"] = 4, ["limo"] = 5, ["enem"] = 6, ["pitu"] = 7,
        ["wolu"] = 8, ["songo"] = 9, ["hiji"] = 1, ["tilu"] = 3, ["opat"] = 4, ["genep"] = 6, ["dalapan"] = 8, ["salapan"] = 9,
        ["ciek"] = 1, ["duo"] = 2, ["tigo"] = 3, ["ampek"] = 4,
        // Javanese before a unit (rong kilo, patang dus, limang liter) and krama (setunggal, tigang, sekawan, gangsal)
        ["rong"] = 2, ["patang"] = 4, ["limang"] = 5, ["pitung"] = 7, ["wolung"] = 8, ["sanga"] = 9, ["setunggal"] = 1,
        ["tigang"] = 3, ["sekawan"] = 4, ["gangsal"] = 5,
        // Minang anam, tujuah; Batak Toba sada, tolu, onom, ualu; Banjar talu, ampat, walu
        ["anam"] = 6, ["tujuah"] = 7, ["sada"] = 1, ["tolu"] = 3, ["onom"] = 6, ["ualu"] = 8, ["talu"] = 3,
        ["ampat"] = 4, ["walu"] = 8,
        // Madurese settong, empa, lema, ennem, petto; Bugis seddi, tellu, eppa, enneng, arua, aseran; Makassar rua, tallu, annang, salapang
        ["settong"] = 1, ["sittong"] = 1, ["empa"] = 4, ["lema"] = 5, ["ennem"] = 6, ["petto"] = 7, ["seddi"] = 1, ["tellu"] = 3,
        ["eppa"] = 4, ["enneng"] = 6, ["arua"] = 8, ["aseran"] = 9, ["rua"] = 2, ["tallu"] = 3, ["annang"] = 6, ["salapang"] = 9,
        // Balinese besik, kutus; Acehnese lhee, peuet, limong, tujoh, lapan, sikureueng; Palembang sikok; Betawi atu
        ["besik"] = 1, ["kutus"] = 8, ["lhee"] = 3, ["peuet"] = 4, ["limong"] = 5, ["tujoh"] = 7, ["lapan"] = 8, ["sikureueng"] = 9,
        ["sikok"] = 1, ["atu"] = 1,
    };

    private static readonly Dictionary<string, decimal> Whole = new()
    {
        ["sepuluh"] = 10, ["sebelas"] = 11, ["seratus"] = 100, ["setengah"] = 0.5m, ["separuh"] = 0.5m, ["seperempat"] = 0.25m,
        // typed short: stengah, stgh, stngh, setenga, seprempat
        ["stengah"] = 0.5m, ["stgh"] = 0.5m, ["stngh"] = 0.5m, ["setenga"] = 0.5m, ["seprempat"] = 0.25m, ["sprempat"] = 0.25m,
        // Javanese sedasa (krama ten), sewelas, rolas, limolas, selawe, seket, satus
        ["sedasa"] = 10, ["sedoso"] = 10, ["sewelas"] = 11, ["rolas"] = 12, ["limolas"] = 15, ["selawe"] = 25, ["seket"] = 50,
        ["satus"] = 100,
        // Sundanese sapuluh, sabelas, saratus, satengah, sapalih, saparapat; Minang sapuluah, satangah
        ["sapuluh"] = 10, ["sabelas"] = 11, ["saratus"] = 100, ["satengah"] = 0.5m, ["sapalih"] = 0.5m, ["saparapat"] = 0.25m,
        ["sapuluah"] = 10, ["satangah"] = 0.5m,
        // Madurese sapolo, Batak sampulu, Bugis seppulo, Makassar sampulo, Acehnese siploh, Palembang sepulu
        ["sapolo"] = 10, ["sampulu"] = 10, ["seppulo"] = 10, ["sampulo"] = 10, ["siploh"] = 10, ["sepulu"] = 10,
    };

    /// <summary>"sekilo" is one kilo, as "sak kilo" is in Javanese.</summary>
    private static readonly Dictionary<string, string> OneUnit = new()
    {
        ["sekilo"] = "kg", ["sakilo"] = "kg", ["sekg"] = "kg", ["seliter"] = "liter", ["saliter"] = "liter", ["sekarung"] = "karung",
        ["sedus"] = "dus", ["sebutir"] = "butir", ["sebungkus"] = "bungkus", ["sesak"] = "sak", ["sebotol"] = "botol",
        // Javanese "sak" glued on, Sundanese/Minang "sa-": sakkilo, sakarung, sabungkus, sabotol, sadus, saliter
        ["sakkilo"] = "kg", ["sakliter"] = "liter", ["sakkarung"] = "karung", ["sakarung"] = "karung", ["sabungkus"] = "bungkus",
        ["sabotol"] = "botol", ["sadus"] = "dus", ["sakdus"] = "dus", ["sabutir"] = "butir",
        // more units said as one: sekardus, selusin, serenteng, sekaleng, sebiji, seikat, seons, sekilogram
        ["sekardus"] = "dus", ["selusin"] = "lusin", ["serenteng"] = "renteng", ["sekaleng"] = "kaleng", ["sebiji"] = "pcs",
        ["sabiji"] = "pcs", ["seikat"] = "ikat", ["seons"] = "ons", ["sekilogram"] = "kg",
    };

    /// <summary>
    /// Rewrites spelled quantities as digits. <paramref name="unclear"/> is the first spelled number not
    /// followed by a unit: in "kopi tiga roda" or "telur ayam kampung tiga" it may be part of the name, so ask.
    /// </summary>
    public static List<Token> Normalize(IReadOnlyList<Token> words, out string? unclear)
    {
        unclear = null;
        var result = new List<Token>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var lower = word.Quoted ? "" : word.Lower;
            if (SpelledMoney(words, ref i) is { } money)
            {
                result.Add(money);
                continue;
            }
            if (OneUnit.TryGetValue(lower, out var unit))
            {
                // "sekilo setengah": one and a half of the unit.
                if (i + 1 < words.Count && Whole.TryGetValue(words[i + 1].Lower, out var half) && half == 0.5m)
                {
                    result.Add(new Token("1,5", false));
                    result.Add(new Token(unit, false));
                    i++;
                    continue;
                }
                // "25rb sekilo": after money it is the unit the price is per.
                var afterMoney = result.Count > 0
                                 && (IndonesianNumber.Multiplier(result[^1].Text) is not null || Amounts.IsMoney(result, result.Count - 1));
                result.Add(new Token(afterMoney ? "per" : "1", false));
                result.Add(new Token(unit, false));
                continue;
            }
            // Javanese "sak karung", "sak kilo": one of the unit that follows ("sak" alone is a sack).
            if (lower == "sak" && i + 1 < words.Count && !words[i + 1].Quoted && (Units.IsUnit(words[i + 1].Text) || words[i + 1].Lower == "kilo"))
            {
                result.Add(new Token("1", false));
                continue;
            }
            if (lower == "kilo" && i + 1 < words.Count && words[i + 1].Lower == "gram")
            {
                result.Add(new Token("kg", false));
                i++;
                continue;
            }
            var start = i;
            decimal? value = word.Quoted ? null : Spelled(words, ref i);
            if (value is null)
            {
                // "2 koma 5 kg": a decimal said aloud.
                if (IsWholeNumber(lower) && i + 2 < words.Count && words[i + 1].Lower == "koma" && IsWholeNumber(words[i + 2].Lower))
                {
                    result.Add(new Token($"{lower},{words[i + 2].Lower}", false));
                    i += 2;
                    continue;
                }
                result.Add(word);
                continue;
            }
            // "dua kilo setengah": a half said after the unit.
            if (i + 2 < words.Count && (Units.IsUnit(words[i + 1].Text) || words[i + 1].Lower == "kilo") && words[i + 2].Lower == "setengah"
                && value == decimal.Truncate(value.Value))
            {
                result.Add(new Token((value.Value + 0.5m).ToString(CultureInfo.InvariantCulture).Replace('.', ','), false));
                result.Add(words[i + 1]);
                i += 2;
                continue;
            }
            // "sepuluh kilo koma lima": the decimal comes after the unit.
            Token? unitWord = null;
            if (i + 1 < words.Count && Units.IsUnit(words[i + 1].Text) && i + 2 < words.Count && words[i + 2].Lower == "koma")
            {
                unitWord = words[i + 1];
                i++;
            }
            if (i + 1 < words.Count && words[i + 1].Lower == "koma")
            {
                var at = i + 2;
                var fraction = at < words.Count ? (IsWholeNumber(words[at].Lower) ? words[at].Lower : Digits.TryGetValue(words[at].Lower, out var d) ? d.ToString(CultureInfo.InvariantCulture) : null) : null;
                if (fraction is not null)
                {
                    value = decimal.Parse($"{decimal.Truncate(value.Value).ToString(CultureInfo.InvariantCulture)}.{fraction}", CultureInfo.InvariantCulture);
                    i = at;
                }
            }
            result.Add(new Token(value.Value.ToString(CultureInfo.InvariantCulture).Replace('.', ','), false));
            if (unitWord is not null) result.Add(unitWord);
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var followedByUnit = unitWord is not null || (next is not null && (Units.IsUnit(next.Text) || next.Lower == "kilo" || OneUnit.ContainsKey(next.Lower)));
            if (!followedByUnit) unclear ??= Tokenizer.Join(words.Skip(start).Take(i - start + 1));
        }
        return result;
    }

    /// <summary>
    /// "enam belas ribu lima ratus", "tiga ratus sepuluh ribu", "seribu": money said in words (voice typing) becomes
    /// "Rp16.500", which every price reader takes. Only a run that says ribu or juta is money; on success i is left on
    /// its last word.
    /// </summary>
    private static Token? SpelledMoney(IReadOnlyList<Token> words, ref int i)
    {
        // total: whole thousands and millions read so far; small: the part below a thousand; pending: a digit waiting for its place.
        long total = 0, small = 0;
        long? pending = null;
        var sawThousands = false;
        var end = i;
        for (var k = i; k < words.Count && !words[k].Quoted; k++)
        {
            var word = words[k].Lower;
            if (Digits.TryGetValue(word, out var digit)) { small += pending ?? 0; pending = digit; }
            else if (word == "puluh") { small += (pending ?? 1) * 10; pending = null; }
            else if (word == "belas") { small += 10 + (pending ?? 1); pending = null; }
            else if (word == "ratus") { small += (pending ?? 1) * 100; pending = null; }
            else if (word is "sepuluh") small += 10;
            else if (word is "sebelas") small += 11;
            else if (word is "seratus") small += 100;
            else if (word is "seribu") { total += 1000; sawThousands = true; }
            else if (word is "ribu" or "rb" && small + (pending ?? 0) > 0) { total += (small + (pending ?? 0)) * 1000; small = 0; pending = null; sawThousands = true; }
            else if (word is "juta" or "jt" && small + (pending ?? 0) > 0) { total += (small + (pending ?? 0)) * 1_000_000; small = 0; pending = null; sawThousands = true; }
            else break;
            end = k;
        }
        var current = small + (pending ?? 0);
        if (!sawThousands) return null;
        i = end;
        return new Token("Rp" + (total + current).ToString("N0", CultureInfo.GetCultureInfo("id-ID")), false);
    }

    /// <summary>Reads "dua", "dua puluh lima", "dua belas", "satu setengah", "setengah" from <paramref name="i"/>; leaves i on its last word.</summary>
    private static decimal? Spelled(IReadOnlyList<Token> words, ref int i)
    {
        var lower = words[i].Lower;
        if (Whole.TryGetValue(lower, out var whole)) return whole;
        if (!Digits.TryGetValue(lower, out var digit)) return null;
        var at = i;
        string? Next(int k) => at + k < words.Count && !words[at + k].Quoted ? words[at + k].Lower : null;
        // "lima ratus gram", "dua ratus lima puluh": hundreds, then what follows below a hundred.
        if (Next(1) == "ratus")
        {
            i++;
            var hundreds = digit * 100m;
            if (i + 1 < words.Count && (Digits.ContainsKey(words[i + 1].Lower) || Whole.TryGetValue(words[i + 1].Lower, out var w) && w >= 10))
            {
                i++;
                return hundreds + (Spelled(words, ref i) ?? 0);
            }
            return hundreds;
        }
        if (Next(1) == "belas") { i++; return 10 + digit; }
        if (Next(1) == "puluh")
        {
            if (Next(2) is { } ones && Digits.TryGetValue(ones, out var one) && one > 0) { i += 2; return digit * 10 + one; }
            i++;
            return digit * 10;
        }
        if (Next(1) == "setengah") { i++; return digit + 0.5m; }
        if (Next(1) == "perempat") { i++; return digit * 0.25m; }
        return digit;
    }

    /// <summary>"sekarung" → "karung": the unit a "one …" word names, or null.</summary>
    public static string? UnitOfOne(string lower) => OneUnit.GetValueOrDefault(lower);

    /// <summary>"sekilo", "dua", "setengah": a word that says an amount once spelled out.</summary>
    public static bool SaysAmount(string lower) => OneUnit.ContainsKey(lower) || Whole.ContainsKey(lower) || Digits.ContainsKey(lower);

    private static bool IsWholeNumber(string word) => word.Length is > 0 and <= 6 && word.All(char.IsAsciiDigit);
}
