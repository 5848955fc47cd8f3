using LiteDB;

namespace KKMP.Bot.Ledger.Documents;

/// <summary>
/// The SHU percentages from the cooperative's ART (/shu atur), in force from <see cref="FromYear"/> until a later
/// year's rules. Append-only, so the history stays: a year is split by the newest rules set for it or an earlier year.
/// </summary>
public sealed class ShuRulesDoc
{
    [BsonId]
    public ObjectId Id { get; set; } = ObjectId.NewObjectId();
    public string KoperasiId { get; set; } = "";
    public int FromYear { get; set; }
    public decimal Cadangan { get; set; }
    public decimal JasaTransaksi { get; set; }
    public decimal JasaSimpanan { get; set; }
    public decimal Pendidikan { get; set; }
    public decimal Insentif { get; set; }
    public decimal Lain { get; set; }
    public long AtTicks { get; set; }
}
