namespace KKMP.Bot.Ledger.Documents;

/// <summary>Where a product comes from, as a Katalog Elektronik listing asks (produk dalam negeri or impor).</summary>
public enum ItemOrigin { Lokal, Impor }

/// <summary>
/// Titip jual: goods a UMKM supplier leaves to be sold. They stay the supplier's until sold; on each sale the
/// cooperative owes the supplier the agreed price less its commission. Only the supplier's business name is
/// kept (no person's name, phone or address). An item keeps its current terms, and every stock movement of it
/// carries a copy of the terms it was made under, so the books never read today's terms into yesterday's sale.
/// </summary>
public sealed class ConsignmentTerms
{
    public string Supplier { get; set; } = "";
    /// <summary>The agreed price per base unit, whole rupiah.</summary>
    public long AgreedPriceRupiah { get; set; }
    /// <summary>The cooperative's commission, a percentage of the agreed price (10 = 10 %).</summary>
    public decimal CommissionPercent { get; set; }

    public ConsignmentTerms Copy() => (ConsignmentTerms)MemberwiseClone();
}
