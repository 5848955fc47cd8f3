using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>
/// How much one member's vote weighs: "simpanannya paling gede, jd suaranya di rapat lebih banyak?", "suaranya minta dihitung 5".
/// The law answers with the equal vote ("setiap anggota mempunyai hak satu suara"), not with the majority rule beside it ("suara
/// terbanyak"), which shares more of the question's words ("suara", "banyak").
/// </summary>
public static partial class VoteWeight
{
    /// <summary>The question asks whether someone's vote counts more than one.</summary>
    public static bool Asked(string question) => Weighed().IsMatch(ChatNormalizer.Normalize(question));

    /// <summary>The unit states how many votes each member has.</summary>
    public static bool StatesEachVote(string unit) => EachVote().IsMatch(Regex.Replace(unit.ToLowerInvariant(), @"[\s-]+", " "));

    [GeneratedRegex(@"\bsuara\w*\b[^.,;!?]{0,40}?\b(lebih (banyak|besar|berat|gede)|dihitung (\d+|dua|dobel|double|lebih)|dobel|double|\d+ kali lipat)\b|\b(lebih (banyak|besar|berat|gede)|dobel|double)\b[^.,;!?]{0,15}\bsuara")]
    private static partial Regex Weighed();

    [GeneratedRegex(@"\b(hak satu suara|satu hak suara|satu suara)\b")]
    private static partial Regex EachVote();
}
