using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// Amounts the regulations leave to someone else: "berapa persen SHU masuk dana cadangan?" is answered by
/// "Besarnya pemupukan dana cadangan ditetapkan dalam Rapat Anggota", and "besaran simpanan pokok ditentuin gmn?" by
/// "setoran … diturunkan dari prospektus bisnis …, bukan sekedar ditetapkan karena pertimbangan nominal". Word overlap
/// prefers the longer unit that only names the amount (an agenda item "besarnya jumlah setoran Simpanan Pokok").
/// </summary>
public static partial class AmountRule
{
    /// <summary>
    /// The question asks how much (a share, a sum) or how an amount is set. A sum stated with a verb of setting ("simpanan pokok
    /// 10rb aja, boleh asal murah gitu nentuinnya?") asks how the amount is set, though it names no amount word.
    /// </summary>
    public static bool Asked(string question, Search.NumberKind? number)
    {
        var text = ChatNormalizer.Normalize(question);
        return number is Search.NumberKind.Share or Search.NumberKind.Money || AmountWord().IsMatch(text)
            || StatedSum().IsMatch(text) && Setting().IsMatch(text);
    }

    [GeneratedRegex(@"\b(rp\.? ?\d[\d.,]*|\d+ ?(rb|ribu|rebu|k|jt|juta|ewu))\b")]
    private static partial Regex StatedSum();

    [GeneratedRegex(@"\b(menentukan|ditentukan|ditentuin|nentuin\w*|tentuin\w*|menetapkan|ditetapkan|ditetapin|netapin\w*|tetapin\w*)\b")]
    private static partial Regex Setting();

    /// <summary>The unit says who or what sets an amount: an amount word, then a verb of setting, in one sentence.</summary>
    public static bool SetsAmount(string unit) => SetBy().IsMatch(Regex.Replace(unit.ToLowerInvariant(), @"\s+", " "));

    [GeneratedRegex(@"\b(besaran\w*|besarnya|nominal\w*|tarif\w*|persentase\w*|persen)\b")]
    private static partial Regex AmountWord();

    [GeneratedRegex(@"\b(besar(nya|an)?|jumlah(nya)?|persentase|setoran|nominal|tarif|imbalan)\b[^.;:]{0,80}(?<!\bkecuali )\b(ditetapkan|ditentukan|diatur|diturunkan|diputuskan)\b")]
    private static partial Regex SetBy();
}
