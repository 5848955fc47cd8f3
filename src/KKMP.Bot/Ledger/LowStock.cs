namespace KKMP.Bot.Ledger;

/// <summary>
/// The one low-stock rule, for /stok, /rekap and the assistant: strictly below the item's minimum.
/// A minimum of zero therefore never warns, which is how "/barang minimum beras 0" switches the warning off.
/// </summary>
public static class LowStock
{
    public static bool Is(decimal stock, decimal? minimum) => minimum is { } level && stock < level;
}
