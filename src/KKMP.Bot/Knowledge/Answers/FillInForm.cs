using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// The Juklak's appendices hold forms to fill in (the founding meeting's minutes, the merger agreement, the opening of the notarial
/// deed): mostly blanks ("Nama : ……", "Pada hari ini, …"), with a few words that match many questions ("kuasa", "ketua, sekretaris dan
/// bendahara", "atas nama"). Whether a passage is one is told once, where it is chunked (<see cref="Passage.IsForm"/>). A form states no rule, so it leads no reply unless the form itself is asked for ("contoh berita acara
/// rapat pendirian?"): "titip suara pake surat kuasa, boleh?" is answered by the article on voting, not by a blank power of attorney.
/// </summary>
public static partial class FillInForm
{
    /// <summary>"contoh berita acara", "format akta pendirian", "draft kesepakatan penggabungan": the form itself is asked for.</summary>
    public static bool Asked(string question) => FormWords().IsMatch(ChatNormalizer.Normalize(question));

    [GeneratedRegex(@"\b(contoh|format|formatnya|template|templat|konsep|draft|draf|drafnya|blanko|formulir|isian|berita acara|kesepakatan bersama|akta (pendirian|perubahan))\b")]
    private static partial Regex FormWords();
}
