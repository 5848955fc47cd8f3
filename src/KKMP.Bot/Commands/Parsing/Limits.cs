namespace KKMP.Bot.Commands.Parsing;

/// <summary>Bounds beyond which a number is a typo rather than a real shop quantity or price.</summary>
public static class Limits
{
    public const decimal MaxQuantity = 100_000m;
    public const long MaxPrice = 100_000_000;
    /// <summary>One cash entry (modal, an expense, the opening balance): ten billion rupiah is a typo, not a village shop.</summary>
    public const long MaxCashAmount = 10_000_000_000;
    public const int MaxNoteLength = 100;
    /// <summary>Three decimals: a gram of a kilogram, a millilitre of a litre.</summary>
    public const int MaxQuantityDecimals = 3;
    public const int MaxCommandLength = 500;
    public const int MaxNameLength = 60;
}
