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
        ["tigang"] = 3, ["sekawan"] = 4, ["gangsal"] = 5, ["nem"] = 6, ["sangang"] = 9, ["kalih"] = 2,
        // Madurese duwa, tello, ballu (and settong, empa, lema, ennem, petto below)
        ["duwa"] = 2, ["dhuwa"] = 2, ["tello"] = 3, ["ballu"] = 8,
        // Minang anam, tujuah; Batak Toba sada, tolu, onom, ualu; Banjar talu, ampat, walu
        ["anam"] = 6, ["tujuah"] = 7, ["sada"] = 1, ["tolu"] = 3, ["onom"] = 6, ["ualu"] = 8, ["talu"] = 3,
        ["ampat"] = 4, ["walu"] = 8,
        // Madurese settong, empa, lema, ennem, petto; Bugis seddi, tellu, eppa, enneng, arua, aseran; Makassar rua, tallu, annang, salapang
        ["settong"] = 1, ["sittong"] = 1, ["empa"] = 4, ["lema"] = 5, ["ennem"] = 6, ["petto"] = 7, ["seddi"] = 1, ["tellu"] = 3,
        ["eppa"] = 4, ["enneng"] = 6, ["arua"] = 8, ["aseran"] = 9, ["rua"] = 2, ["tallu"] = 3, ["annang"] = 6, ["salapang"] = 9,
        // Balinese besik, kutus; Acehnese lhee, peuet, limong, tujoh, lapan, sikureueng; Palembang sikok; Betawi atu
        ["besik"] = 1, ["kutus"] = 8, ["lhee"] = 3, ["peuet"] = 4, ["limong"] = 5, ["tujoh"] = 7, ["lapan"] = 8, ["sikureueng"] = 9,
        ["sikok"] = 1, ["sekok"] = 1, ["atu"] = 1,
        // Betawi and Pontianak Malay say a final -a as -e: due, tige, lime
        ["due"] = 2, ["tige"] = 3, ["lime"] = 5,
        // Minang, Kupang and Manado sambilan (nine), Manado and Kupang ampa (four); Minang salapan (eight) is read in Minang
        // numbers only, see MinangEight
        ["sambilan"] = 9, ["ampa"] = 4,
    };

    private static readonly Dictionary<string, decimal> Whole = new()
    {
        ["sepuluh"] = 10, ["sebelas"] = 11, ["seratus"] = 100, ["setengah"] = 0.5m, ["separuh"] = 0.5m, ["seperempat"] = 0.25m,
        // typed short: stengah, stgh, stngh, setenga, seprempat
        ["stengah"] = 0.5m, ["stgh"] = 0.5m, ["stngh"] = 0.5m, ["setenga"] = 0.5m, ["seprempat"] = 0.25m, ["sprempat"] = 0.25m,
        // Javanese seprapat/saprapat (a quarter), sepalih (krama half)
        ["seprapat"] = 0.25m, ["saprapat"] = 0.25m, ["sepalih"] = 0.5m,
        // Javanese sedasa (krama ten), sewelas, rolas, limolas, selawe, seket, satus
        ["sedasa"] = 10, ["sedoso"] = 10, ["sewelas"] = 11, ["rolas"] = 12, ["limolas"] = 15, ["selawe"] = 25, ["seket"] = 50,
        ["satus"] = 100, ["suwidak"] = 60,
        // Javanese teens end in -las: telulas, patbelas, nembelas, pitulas, wolulas, sangalas
        ["telulas"] = 13, ["patbelas"] = 14, ["nembelas"] = 16, ["pitulas"] = 17, ["wolulas"] = 18, ["sangalas"] = 19,
        // Sundanese sapuluh, sabelas, saratus, satengah, sapalih, saparapat; Minang sapuluah, satangah
        ["sapuluh"] = 10, ["sabelas"] = 11, ["saratus"] = 100, ["satengah"] = 0.5m, ["sapalih"] = 0.5m, ["saparapat"] = 0.25m,
        ["sapuluah"] = 10, ["satangah"] = 0.5m, ["saparo"] = 0.5m, ["satengnga"] = 0.5m, // Madurese half (saparo, satengnga)
        ["siteungoh"] = 0.5m, ["sitengoh"] = 0.5m, // Acehnese half
        // Madurese sapolo, Batak sampulu, Bugis seppulo, Makassar sampulo, Acehnese siploh, Palembang sepulu
        ["sapolo"] = 10, ["sampulu"] = 10, ["seppulo"] = 10, ["sampulo"] = 10, ["siploh"] = 10, ["sepulu"] = 10,
        // Minang sabaleh, saratuih; Banjar sabalas; Manado and Kupang sapulu
        ["sabaleh"] = 11, ["saratuih"] = 100, ["sabalas"] = 11, ["sapulu"] = 10,
    };

    /// <summary>"sekilo" is one kilo, as "sak kilo" is in Javanese.</summary>
    private static readonly Dictionary<string, string> OneUnit = new()
    {
        ["sekilo"] = "kg", ["sakilo"] = "kg", ["sekg"] = "kg", ["seliter"] = "liter", ["saliter"] = "liter", ["sekarung"] = "karung",
        ["sedus"] = "dus", ["sebutir"] = "butir", ["sebungkus"] = "bungkus", ["sesak"] = "sak", ["sebotol"] = "botol",
        // Javanese "sak" glued on, Sundanese/Minang "sa-": sakkilo, sakarung, sabungkus, sabotol, sadus, saliter
        ["sakkilo"] = "kg", ["sakliter"] = "liter", ["sakkarung"] = "karung", ["sakarung"] = "karung", ["sabungkus"] = "bungkus",
        ["sabotol"] = "botol", ["sadus"] = "dus", ["sakdus"] = "dus", ["sabutir"] = "butir",
        // Minang sakaruang, sabungkuih
        ["sakaruang"] = "karung", ["sabungkuih"] = "bungkus",
        // Malay karong: sekarong, sakarong
        ["sekarong"] = "karung", ["sakarong"] = "karung",
        // more units said as one: sekardus, selusin, serenteng, sekaleng, sebiji, seikat, seons, sekilogram
        ["sekardus"] = "dus", ["selusin"] = "lusin", ["serenteng"] = "renteng", ["sekaleng"] = "kaleng", ["sebiji"] = "pcs",
        ["sabiji"] = "pcs", ["seikat"] = "ikat", ["seons"] = "ons", ["sekilogram"] = "kg",
        // Madurese sakelo (sakèlo), Balinese akilo/aliter
        ["sakelo"] = "kg", ["akilo"] = "kg", ["aliter"] = "liter", ["sikilo"] = "kg", ["seukilo"] = "kg", // Acehnese sikilo, seukilo
    };

    /// <summary>
    /// Rewrites spelled quantities as digits. <paramref name="unclear"/> is the first spelled number not
    /// followed by a unit: in "kopi tiga roda" or "telur ayam kampung tiga" it may be part of the name, so ask.
    /// </summary>
    public static List<Token> Normalize(IReadOnlyList<Token> words, out string? unclear)
    {
        unclear = null;
        words = UnitBeforeCount(WithoutNya(MinangEight(words)));
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
                                 && (IndonesianNumber.Multiplier(result[^1].Text) is not null || Amounts.LooksLikeMoney(result, result.Count - 1));
                result.Add(new Token(afterMoney ? "per" : "1", false));
                result.Add(new Token(unit, false));
                continue;
            }
            // Javanese "sak karung", "sak kilo": one of the unit that follows ("sak" alone is a sack); after money, the unit it is per.
            if (lower == "sak" && i + 1 < words.Count && !words[i + 1].Quoted && (Units.IsUnit(words[i + 1].Text) || words[i + 1].Lower == "kilo"))
            {
                if (result.Count > 0 && (IndonesianNumber.Multiplier(result[^1].Text) is not null || Amounts.LooksLikeMoney(result, result.Count - 1)))
                {
                    result.Add(new Token("per", false));
                    continue;
                }
                // "sak kilo setengah": one and a half, as with "sekilo setengah"
                var andHalf = i + 2 < words.Count && Whole.TryGetValue(words[i + 2].Lower, out var half) && half == 0.5m;
                result.Add(new Token(andHalf ? "1,5" : "1", false));
                if (andHalf)
                {
                    result.Add(words[i + 1]);
                    i += 2;
                }
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
            // "dua puluh tujuh setengah": a half after a whole number of any size
            if (value is >= 1 && value == decimal.Truncate(value.Value) && i + 1 < words.Count && IsHalf(words[i + 1].Lower))
            {
                value += 0.5m;
                i++;
            }
            if (value is null)
            {
                // "2 koma 5 kg": a decimal said aloud.
                if (IsWholeNumber(lower) && i + 2 < words.Count && words[i + 1].Lower == "koma" && IsWholeNumber(words[i + 2].Lower))
                {
                    result.Add(new Token($"{lower},{words[i + 2].Lower}", false));
                    i += 2;
                    continue;
                }
                // "4 kilo stgh", "4 kg lebih setengah": a part after the unit of a typed whole number, as after a spelled one below.
                if (IsWholeNumber(lower) && PartAfterUnit(words, i) is var (part, typedSkip))
                {
                    result.Add(new Token((decimal.Parse(lower, CultureInfo.InvariantCulture) + part).ToString(CultureInfo.InvariantCulture).Replace('.', ','), false));
                    result.Add(words[i + 1]);
                    i += typedSkip;
                    continue;
                }
                result.Add(word);
                continue;
            }
            // "dua kilo setengah", "petto kilo saparo", "empat belas kilogram lebih setengah", "satu kilo seperempat": a part said after the unit.
            if (value == decimal.Truncate(value.Value) && PartAfterUnit(words, i) is var (said, skip))
            {
                result.Add(new Token((value.Value + said).ToString(CultureInfo.InvariantCulture).Replace('.', ','), false));
                result.Add(words[i + 1]);
                i += skip;
                continue;
            }
            // "sepuluh kilo koma lima": the decimal comes after the unit.
            Token? unitWord = null;
            if (i + 1 < words.Count && Units.IsUnit(words[i + 1].Text) && i + 2 < words.Count && words[i + 2].Lower == "koma")
            {
                unitWord = words[i + 1];
                i++;
            }
            if (i + 1 < words.Count && words[i + 1].Lower == "koma" && Fraction(words, i + 2, out var last) is { } fraction)
            {
                value = decimal.Parse($"{decimal.Truncate(value.Value).ToString(CultureInfo.InvariantCulture)}.{fraction}", CultureInfo.InvariantCulture);
                i = last;
            }
            result.Add(new Token(value.Value.ToString(CultureInfo.InvariantCulture).Replace('.', ','), false));
            if (unitWord is not null) result.Add(unitWord);
            var next = i + 1 < words.Count ? words[i + 1] : null;
            var followedByUnit = unitWord is not null || (next is not null && (Units.IsUnit(next.Text) || next.Lower == "kilo" || OneUnit.ContainsKey(next.Lower)));
            if (!followedByUnit) unclear ??= Tokenizer.Join(words.Skip(start).Take(i - start + 1));
        }
        OnePackPrices(result);
        return result;
    }

    /// <summary>Number words only Minang has: with one of them, "salapan" is the Minang eight, not the Sundanese nine.</summary>
    private static readonly HashSet<string> MinangOnly = ["puluah", "ratuih", "baleh", "sapuluah", "saratuih", "sabaleh", "ciek", "tigo", "ampek", "tujuah", "sambilan"];

    /// <summary>
    /// "saratuih salapan puluah ribu" is Rp180.000: "salapan" is eight in Minang and nine in Sundanese, so it is read by the
    /// language of the number words around it (Sundanese when nothing says Minang, as before).
    /// </summary>
    private static IReadOnlyList<Token> MinangEight(IReadOnlyList<Token> words) =>
        words.Any(w => !w.Quoted && w.Lower == "salapan") && words.Any(w => !w.Quoted && (MinangOnly.Contains(w.Lower) || MinangOnly.Any(m => w.Lower.EndsWith(m, StringComparison.Ordinal) && Glued(w.Lower) is not null)))
            ? [.. words.Select(w => !w.Quoted && w.Lower == "salapan" ? new Token("lapan", false) : w)]
            : words;

    /// <summary>Place words that a digit may be glued to ("saratuih", "duopuluah"), and the thousands.</summary>
    private static readonly string[] PlaceEndings = ["ratus", "ratuih", "atus", "puluh", "puluah", "pulu", "belas", "baleh", "balas", "welas", "ribu", "rebu", "juta"];

    /// <summary>How place words end, misspelt or not: ratuih, puluah, ratus, ribu, rebu, baleh, puluh, balas.</summary>
    private static readonly string[] PlaceLike = ["uih", "uah", "tus", "ibu", "ebu", "leh", "luh", "las"];

    /// <summary>
    /// A number said in words that would be read only in part, so never read: a place word with no digit before it
    /// ("… ratuih salapan puluah ribu" after a word the reader does not know), or a word with a place glued on that is no
    /// number word known here, beside a number. Returns that word, or null when every number can be read whole.
    /// </summary>
    public static string? ReadInPart(IReadOnlyList<Token> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Quoted) continue;
            var lower = words[i].Lower;
            var before = i > 0 && !words[i - 1].Quoted ? words[i - 1].Lower : null;
            var after = i + 1 < words.Count && !words[i + 1].Quoted ? words[i + 1].Lower : null;
            if (IsPlace(lower) && !(before is not null && (SaysNumber(before) || IsPlace(before) || words[i - 1].StartsLikeNumber)))
                return before is null ? lower : $"{words[i - 1].Text} {lower}";
            if (!SaysNumber(lower) && !IsPlace(lower) && PlaceEndings.Any(p => lower.Length > p.Length && lower.EndsWith(p, StringComparison.Ordinal))
                && (before is not null && (SaysNumber(before) || IsPlace(before)) || after is not null && (SaysNumber(after) || IsPlace(after))))
                return lower;
            // "sarotuih salapan puluah ribu": an unknown "one …" word (sa-, se-) ending like a place word, right before money said in words
            if (lower.Length > 4 && lower[0] == 's' && lower[1] is 'a' or 'e' && !SaysNumber(lower) && PlaceLike.Any(e => lower.EndsWith(e, StringComparison.Ordinal))
                && i + 1 < words.Count && StartsMoney(words, i + 1))
                return $"{lower} {Tokenizer.Join(words.Skip(i + 1).TakeWhile(w => !w.Quoted && (SaysNumber(w.Lower) || IsPlace(w.Lower))))}";
        }
        return null;
    }

    /// <summary>A word that is a number, or a whole place said as one word ("seribu"), or a multiplier ("ribu").</summary>
    private static bool SaysNumber(string lower) =>
        Digits.ContainsKey(lower) || Whole.ContainsKey(lower) || Glued(lower) is not null || OneOfPlace.ContainsKey(lower) || Multipliers.Contains(lower);

    /// <summary>The question back for a number read only in part: nothing is recorded.</summary>
    public static string InPartReply(string said, string example) =>
        $"\"{said}\" belum bisa dibaca utuh sebagai angka, jadi belum ada yang dicatat. Tulis angkanya dengan digit, contoh: {example}";

    /// <summary>"dusnya", "sekilonya": a unit with "-nya" (the one just named) is the unit.</summary>
    private static IReadOnlyList<Token> WithoutNya(IReadOnlyList<Token> words)
    {
        // "-nya", and Javanese "-ne" ("sak kilone": per kilo)
        static int Suffix(Token w) => w.Quoted ? 0 : w.Lower.EndsWith("nya", StringComparison.Ordinal) ? 3 : w.Lower.EndsWith("ne", StringComparison.Ordinal) ? 2 : 0;
        static bool IsUnitNya(Token w) => Suffix(w) is var n and > 0 && w.Lower.Length > n + 1
                                          && w.Lower[..^n] is var stem && (Units.IsUnit(stem) || OneUnit.ContainsKey(stem) || stem == "kilo");
        return words.Any(IsUnitNya) ? [.. words.Select(w => IsUnitNya(w) ? new Token(w.Text[..^Suffix(w)], false) : w)] : words;
    }

    /// <summary>
    /// "minyak 4 dus, sadus 180rb", "masuk 2 karung harga satu karungnya 300 ribu": one of the unit and money after an amount is
    /// the price of one unit, written as "per dus 180rb" (a price marker before it goes), which the price reading takes.
    /// </summary>
    private static void OnePackPrices(List<Token> result)
    {
        for (var i = 1; i + 2 < result.Count; i++)
        {
            if (result[i].Quoted || result[i].Text != "1" || !Units.IsUnit(result[i + 1].Text) || !Amounts.LooksLikeMoney(result, i + 2)) continue;
            // only after an amount of goods with its unit ("4 dus"), not after a note's number or a date ("Nota 12", "30/11")
            if (!result.Take(i).Where((w, k) => w.StartsLikeNumber && !w.Text.Contains('/') && !Amounts.IsMoney(result, k) && k + 1 < i && Units.IsUnit(result[k + 1].Text)).Any()) continue;
            result[i] = new Token("per", false);
            if (EverydayWords.PriceMarkers.Contains(result[i - 1].Lower)) result.RemoveAt(i - 1);
        }
    }

    /// <summary>
    /// "beras sak siji", "beras sak 1", "beras sak payu setunggal" (the verb already read): a pack named before its count,
    /// as Javanese word order puts it, is the count's unit ("1 sak"). Only a small count (three digits at most, or one
    /// number word) that nothing continues, and only a unit with no number before it; "pak" before a number is a person.
    /// </summary>
    private static IReadOnlyList<Token> UnitBeforeCount(IReadOnlyList<Token> words)
    {
        List<Token>? swapped = null;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            Token unit = words[i], count = words[i + 1];
            if (unit.Quoted || count.Quoted || unit.Lower == "pak" || !(Units.IsUnit(unit.Text) || unit.Lower == "kilo")) continue;
            if (i > 0 && (words[i - 1].StartsLikeNumber || SaysAmount(words[i - 1].Lower) || words[i - 1].Lower is "per" or "/")) continue;
            var small = (count.Text.Length <= 3 && count.Text.All(char.IsAsciiDigit)) || Digits.ContainsKey(count.Lower)
                        || (Whole.TryGetValue(count.Lower, out var whole) && whole >= 1);
            if (!small) continue;
            if (i + 2 < words.Count && !words[i + 2].Quoted && Continues(words[i + 2])) continue;
            swapped ??= [.. words];
            (swapped[i], swapped[i + 1]) = (count, unit);
            i++;
        }
        return swapped ?? words;
    }

    /// <summary>A word that makes the number before it longer or gives it its own unit.</summary>
    private static bool Continues(Token next) =>
        Units.IsUnit(next.Text) || next.Lower is "kilo" or "koma" or "perempat" || Tens.Contains(next.Lower) || Teens.Contains(next.Lower)
        || Multipliers.Contains(next.Lower) || IsHalf(next.Lower) || next.StartsLikeNumber;

    /// <summary>
    /// The digits after "koma", said one by one as a voice reads a display ("dua koma dua lima" is 2,25; "koma nol
    /// lima" is ,05) or typed; <paramref name="last"/> is the last word read.
    /// </summary>
    private static string? Fraction(IReadOnlyList<Token> words, int at, out int last)
    {
        last = at;
        if (at >= words.Count || words[at].Quoted) return null;
        if (IsWholeNumber(words[at].Lower)) return words[at].Lower;
        var digits = new System.Text.StringBuilder();
        for (var k = at; k < words.Count && !words[k].Quoted && Digits.TryGetValue(words[k].Lower, out var digit) && digit <= 9; k++)
        {
            // "koma dua puluh": a number, not digits; leave it to the caller (it stays unread)
            if (k + 1 < words.Count && IsPlace(words[k + 1].Lower)) return digits.Length == 0 ? null : digits.ToString();
            digits.Append(digit);
            last = k;
        }
        return digits.Length == 0 ? null : digits.ToString();
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
        int thousands = 0, spelled = 0;
        var end = i;
        for (var k = i; k < words.Count && !words[k].Quoted; k++)
        {
            var word = words[k].Lower;
            var next = k + 1 < words.Count ? words[k + 1].Lower : "";
            if (Digits.TryGetValue(word, out var digit)) { small += pending ?? 0; pending = digit; spelled++; }
            // "312 ribu 5 ratus": typed digits read with the words around them
            else if (pending is null && IsWholeNumber(word) && word.Length <= 3 && Multipliers.Contains(next)) pending = long.Parse(word, CultureInfo.InvariantCulture);
            else if (Tens.Contains(word)) { small += (pending ?? 1) * 10; pending = null; }
            else if (Teens.Contains(word)) { small += 10 + (pending ?? 1); pending = null; }
            else if (Hundreds.Contains(word)) { small += (pending ?? 1) * 100; pending = null; }
            // "wolungatus", "limaratus": hundreds glued to their digit
            else if (Glued(word) is { } glued) { small += (pending ?? 0) + glued; pending = null; spelled++; }
            else if (Whole.TryGetValue(word, out var whole) && whole >= 10 && whole == decimal.Truncate(whole)) { small += (pending ?? 0) + (long)whole; pending = null; spelled++; }
            else if (OneOfPlace.TryGetValue(word, out var one)) { total += one; thousands++; spelled++; }
            else if (IndonesianNumber.Multiplier(word) == 1000 && small + (pending ?? 0) > 0) { total += (small + (pending ?? 0)) * 1000; small = 0; pending = null; thousands++; }
            else if (word is "juta" or "jt" && small + (pending ?? 0) > 0) { total += (small + (pending ?? 0)) * 1_000_000; small = 0; pending = null; thousands++; }
            else break;
            end = k;
        }
        var current = small + (pending ?? 0);
        // Money only when a thousand is said; typed digits with one multiplier ("312 ribu", "26 ewu") are the money readers' own.
        if (thousands == 0 || (spelled == 0 && thousands == 1 && current == 0)) return null;
        i = end;
        return new Token("Rp" + (total + current).ToString("N0", CultureInfo.GetCultureInfo("id-ID")), false);
    }

    private static readonly HashSet<string> Multipliers = ["ribu", "rb", "ewu", "ebu", "rebu", "ratus", "atus", "ratos", "ratuih", "juta", "jt"];

    /// <summary>One thousand and one million said as one word: seribu, Javanese sewu, Minang/Banjar/Manado saribu, Sundanese sarebu, sejuta.</summary>
    private static readonly Dictionary<string, long> OneOfPlace = new()
    {
        ["seribu"] = 1000, ["sewu"] = 1000, ["saribu"] = 1000, ["sarebu"] = 1000, ["sejuta"] = 1_000_000, ["sajuta"] = 1_000_000,
    };

    /// <summary>
    /// Tens, teens and hundreds in Indonesian, Madurese (polo), Javanese krama (dasa, atus, welas), Minang (puluah, baleh, ratuih),
    /// Banjar (balas) and Manado/Kupang (pulu).
    /// </summary>
    private static readonly HashSet<string> Tens = ["puluh", "polo", "dasa", "doso", "puluah", "pulu"];
    private static readonly HashSet<string> Teens = ["belas", "welas", "baleh", "balas"];
    private static readonly HashSet<string> Hundreds = ["ratus", "atus", "ratos", "ratuih"];

    private static bool IsPlace(string word) => Tens.Contains(word) || Teens.Contains(word) || Hundreds.Contains(word);

    /// <summary>Place words glued to their digit, with what each multiplies by ("-welas"/"-belas" add ten instead).</summary>
    private static readonly (string Suffix, long Times, long Plus)[] Places =
        [("ratus", 100, 0), ("atus", 100, 0), ("ratuih", 100, 0), ("puluh", 10, 0), ("puluah", 10, 0), ("pulu", 10, 0), ("dasa", 10, 0), ("doso", 10, 0),
         ("welas", 1, 10), ("belas", 1, 10), ("baleh", 1, 10), ("balas", 1, 10)];

    /// <summary>
    /// "wolungatus" is 800, "limaratus" 500, krama "kalihdasa" 20 and "pitungdasa" 70, "tigawelas" 13: a digit word with
    /// its place glued on; null otherwise.
    /// </summary>
    private static long? Glued(string word)
    {
        foreach (var (suffix, times, plus) in Places)
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal)
                && Digits.TryGetValue(word[..^suffix.Length], out var digit) && digit > 0)
                return digit * times + plus;
        return null;
    }

    /// <summary>Reads "dua", "dua puluh lima", "dua belas", "satu setengah", "setengah" from <paramref name="i"/>; leaves i on its last word.</summary>
    private static decimal? Spelled(IReadOnlyList<Token> words, ref int i)
    {
        var lower = words[i].Lower;
        if (Whole.TryGetValue(lower, out var whole)) return whole;
        if (!Digits.TryGetValue(lower, out var digit)) return Glued(lower) is { } glued and < 100 ? glued : null;
        var at = i;
        string? Next(int k) => at + k < words.Count && !words[at + k].Quoted ? words[at + k].Lower : null;
        // "lima ratus gram", "dua ratus lima puluh": hundreds, then what follows below a hundred.
        if (Next(1) is { } hundred && Hundreds.Contains(hundred))
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
        if (Next(1) is { } teen && Teens.Contains(teen)) { i++; return 10 + digit; }
        if (Next(1) is { } tens && Tens.Contains(tens)) // Madurese "duwa polo", Javanese krama "kalih dasa"
        {
            if (Next(2) is { } ones && Digits.TryGetValue(ones, out var one) && one > 0) { i += 2; return digit * 10 + one; }
            i++;
            return digit * 10;
        }
        if (Next(1) == "setengah") { i++; return digit + 0.5m; }
        if (Next(1) == "perempat") { i++; return digit * 0.25m; }
        return digit;
    }

    /// <summary>Money said in words starts at <paramref name="i"/> ("tiga ratus sepuluh ribu").</summary>
    public static bool StartsMoney(IReadOnlyList<Token> words, int i) => !words[i].Quoted && SpelledMoney(words, ref i) is not null;

    /// <summary>"sekarung" → "karung": the unit a "one …" word names, or null.</summary>
    public static string? UnitOfOne(string lower) => OneUnit.GetValueOrDefault(lower);

    /// <summary>"sekilo", "dua", "setengah": a word that says an amount once spelled out.</summary>
    public static bool SaysAmount(string lower) => OneUnit.ContainsKey(lower) || Whole.ContainsKey(lower) || Digits.ContainsKey(lower) || Glued(lower) is not null;

    /// <summary>
    /// The part said after the unit of the whole number at <paramref name="i"/> ("kilo setengah", "kg lebih setengah"), with how many
    /// words it takes after the number; null when none follows.
    /// </summary>
    private static (decimal Part, int Skip)? PartAfterUnit(IReadOnlyList<Token> words, int i)
    {
        if (i + 2 >= words.Count || !(Units.IsUnit(words[i + 1].Text) || words[i + 1].Lower == "kilo")) return null;
        var lebih = i + 3 < words.Count && words[i + 2].Lower == "lebih" ? 1 : 0;
        return Part(words[i + 2 + lebih].Lower) is { } part ? (part, 2 + lebih) : null;
    }

    /// <summary>"tiga", "3": a count of one digit, spelled in any of the languages read here or typed; null otherwise.</summary>
    public static int? Digit(string lower) =>
        Digits.TryGetValue(lower, out var digit) ? digit : lower.Length == 1 && char.IsAsciiDigit(lower[0]) ? lower[0] - '0' : null;

    /// <summary>"setengah", "seperempat": a part of one unit.</summary>
    public static bool IsPart(string lower) => Part(lower) is not null;

    private static bool IsHalf(string lower) => Whole.TryGetValue(lower, out var value) && value == 0.5m;

    /// <summary>"setengah" 0,5, "seperempat" 0,25: a part of one unit said after a whole amount; null otherwise.</summary>
    private static decimal? Part(string lower) => Whole.TryGetValue(lower, out var value) && value < 1 ? value : null;

    private static bool IsWholeNumber(string word) => word.Length is > 0 and <= 6 && word.All(char.IsAsciiDigit);
}
