using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// A message that numbers several questions, as a camat's staff forwards them from several villages: "(a) notulen hrs dilampiri apa?
/// (b) abis SK keluar ngurus apa lg?", "1. … 2. …". Each part may be answered by another passage, so the reply quotes the runner-up
/// the way a hedged answer does (<see cref="RegulationAnswerFormatter"/>), rather than naming it under "Lihat juga" only.
/// </summary>
public static partial class SeveralQuestions
{
    /// <summary>The message numbers or letters at least two parts in order: "(a) … (b)", "a. … b.", "1) … 2)", "1. … 2.".</summary>
    public static bool Asked(string question) => Numbered().IsMatch(question) || Lettered().IsMatch(question);

    // A marker opens the message or follows the end of a sentence, a question or a colon: "1." in "Pasal 1. ayat 2." and "(1)" in
    // "ayat (1) dan (2)" are none.
    [GeneratedRegex(@"(?<=(?:^|[:?!.\n])\s*)\(?1[.)]\s.+?(?<=[:?!.\n]\s*)\(?2[.)]\s", RegexOptions.Singleline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=(?:^|[:?!.\n])\s*)\(?a[.)]\s.+?(?<=[:?!.\n]\s*)\(?b[.)]\s", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Lettered();
}
