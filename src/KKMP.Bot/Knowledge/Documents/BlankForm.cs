using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Documents;

/// <summary>
/// A form to fill in: the Juklak's draft minutes, its merger agreement and the notarial deed's opening are mostly blanks ("Pada hari
/// ini, ……", "Nama : ……"), with words that match many questions ("kuasa", "atas nama", "rapat anggota"). A form states no rule: the
/// search weighs it less, and it leads no reply unless the form itself is asked for.
/// </summary>
public static partial class BlankForm
{
    /// <summary>A form has at least this many blanks; an article that leaves a figure or a name to fill in has a few (twelve at most).</summary>
    private const int MinBlanks = 20;

    public static bool Is(string text) => Blank().Count(text) >= MinBlanks;

    [GeneratedRegex(@"…{2,}|\.{4,}")]
    private static partial Regex Blank();
}
