using KKMP.Bot.Books.Reports;
using KKMP.Bot.Catalogue;
using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>/titip (what each titip jual supplier is owed) and /katalog (the XLSX draft for a Katalog Elektronik listing).</summary>
public sealed class CatalogueHandler(ConsignmentSettlements settlements, BookReports reports, Catalog catalog)
{
    public Reply Settlement(CommandContext context, ConsignmentSettlement command)
    {
        ConsignmentStatement statement;
        try
        {
            statement = settlements.For(context.KoperasiId, command.Period.Resolve(reports.Today(context.KoperasiId)));
        }
        catch (PeriodError error)
        {
            return new Reply(error.Message);
        }
        var period = statement.Period.Label;
        var payable = $"Utang titip jual ke semua pemasok sampai akhir periode: {Say.Rupiah(statement.PayableAtEnd)}.";
        if (statement.Suppliers.Count == 0)
            return new Reply($"Belum ada barang titipan yang terjual pada {period}. {payable}\n" +
                             $"Tandai barang titip jual: {ProductRules.ConsignmentExample}");
        var lines = new List<string> { $"Setoran titip jual {context.Cooperative.Name}, {period}:" };
        foreach (var supplier in statement.Suppliers)
        {
            lines.Add($"{supplier.Supplier}: terjual × harga titip {Say.Rupiah(supplier.AgreedValue)} − komisi {Say.Rupiah(supplier.Commission)} " +
                      $"= dibayar ke pemasok {Say.Rupiah(supplier.Owed)}");
            lines.AddRange(supplier.Items.Select(i =>
                $"  • {i.Item} {Say.Quantity(i.Quantity, i.Unit)}: {Say.Rupiah(i.AgreedValue)} − {Say.Rupiah(i.Commission)} = {Say.Rupiah(i.Owed)}"));
        }
        lines.Add($"Jumlah untuk pemasok: {Say.Rupiah(statement.Suppliers.Sum(s => s.Owed))}; komisi koperasi {Say.Rupiah(statement.Suppliers.Sum(s => s.Commission))}.");
        lines.Add(payable);
        lines.Add($"Setelah membayar, catat: /kas keluar {Say.Number(statement.Suppliers[0].Owed)} bayar titipan {statement.Suppliers[0].Supplier}");
        return new Reply(string.Join('\n', lines));
    }

    public Reply Export(CommandContext context, CatalogueExport command)
    {
        _ = command;
        var items = catalog.ListItems(context.KoperasiId);
        if (items.Count == 0) return new Reply($"Belum ada barang untuk katalog. Contoh: {CommandExamples.ItemAdd}");
        var day = reports.Today(context.KoperasiId);
        var incomplete = items.Where(i => CatalogueWorkbook.Missing(i, context.Cooperative).Count > 0).ToList();
        var text = $"Draf katalog {context.Cooperative.Name}: {items.Count} produk. Ini DRAF untuk diperiksa sebelum diunggah ke Katalog Elektronik, " +
                   "bukan integrasi resmi.";
        if (incomplete.Count > 0)
            text += $"\nBelum lengkap {incomplete.Count} produk ({string.Join("; ", incomplete.Take(5).Select(i => $"{i.Name}: {string.Join(", ", CatalogueWorkbook.Missing(i, context.Cooperative))}"))}" +
                    $"{(incomplete.Count > 5 ? "; …" : "")}). Lengkapi dengan {ProductRules.InfoExample}" +
                    (string.IsNullOrWhiteSpace(context.Cooperative.Province) ? $" dan {CommandExamples.CooperativeProvince}" : "");
        return new Reply(text)
        {
            Attachments = [new Attachment(CatalogueWorkbook.FileName(context.Cooperative, day), CatalogueWorkbook.ContentType,
                CatalogueWorkbook.Write(context.Cooperative, items, day))],
        };
    }
}
