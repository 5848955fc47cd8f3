using System.Text;
using KKMP.Bot.Commands.Formatting;

namespace KKMP.Bot.Books.Reports;

/// <summary>The short chat summary of a period's books (the XLSX has the rest).</summary>
public static class ReportText
{
    public static string Summary(BookReport r, int topItems = 3)
    {
        static string Rp(long amount) => IndonesianFormat.Rupiah(amount);
        var text = new StringBuilder($"Laporan {r.Cooperative.Name}, {r.Period.Label} ({Period.Range(r.Period.From, r.Period.To)}):\n");
        text.Append($"• Penjualan: {Rp(r.SalesRevenue)} ({r.SaleTransactions} transaksi)\n");
        text.Append($"• HPP: {Rp(r.CostOfSales)}\n");
        text.Append($"• Laba kotor: {Rp(r.GrossProfit)}\n");
        if (r.OtherIncome != 0) text.Append($"• Pendapatan lain-lain: {Rp(r.OtherIncome)}\n");
        text.Append($"• Biaya: {Rp(r.Expenses)}\n");
        text.Append($"• Laba bersih: {Rp(r.NetProfit)}\n");
        text.Append($"• Kas awal {Rp(r.CashOpening)}, kas akhir {Rp(r.CashClosing)}\n");
        text.Append($"• Nilai persediaan: {Rp(r.InventoryValue)}\n");
        if (r.Sales.Count > 0)
            text.Append("• Terlaris: ").AppendJoin(", ", r.Sales.Take(topItems).Select(s => $"{s.Item} {IndonesianFormat.Quantity(s.Quantity, s.Unit)} ({Rp(s.Revenue)})")).Append('\n');
        if (r.UnknownCostStock.Count > 0)
            text.Append("⚠ Harga pokok belum diketahui (tidak dinilai): ")
                .AppendJoin(", ", r.UnknownCostStock.Select(s => IndonesianFormat.Quantity(s.UnknownQuantity, s.Unit) is var q ? $"{s.Item} {q}" : ""))
                .Append(". Catat harga beli saat barang masuk, contoh: /masuk beras 100 kg @11.500\n");
        if (r.UnknownCostSold != 0)
            text.Append("⚠ Sebagian barang terjual tanpa harga pokok: HPP dan laba belum lengkap.\n");
        return text.ToString().TrimEnd();
    }
}
