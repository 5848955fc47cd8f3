namespace KKMP.Bot.Shu;

/// <summary>The knowledge base passages (their citation ids in knowledge/) that the SHU and RAT replies rest on.</summary>
public static class ShuCitations
{
    /// <summary>The model AD's six uses of the SHU; the percentages are in the ART.</summary>
    public const string Split = "Juklak Menkop 1/2025 Lampiran 7 Pasal 20";

    /// <summary>The model AD on a loss: covered from the dana cadangan by the Rapat Anggota, else carried to the next year.</summary>
    public const string Loss = "Juklak Menkop 1/2025 Lampiran 7 Pasal 22";

    /// <summary>The RAT within six months after the financial year (not changed by UU 6/2023).</summary>
    public const string RatDeadline = "UU 25/1992 Pasal 26";

    /// <summary>The annual report, at the latest one month before the RAT.</summary>
    public const string AnnualReport = "UU 25/1992 Pasal 35";

    /// <summary>The model AD's quorum: more than half the registered members; a second meeting with at least a third.</summary>
    public const string Quorum = "Juklak Menkop 1/2025 Lampiran 7 Pasal 12";
}
