using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Shu;

/// <summary>The SHU percentages each cooperative's ART sets, kept by the year they take effect.</summary>
public sealed class ShuSettings(LedgerDb db, TimeProvider clock)
{
    /// <summary>Every rule set of a cooperative, oldest first.</summary>
    public IReadOnlyList<ShuRulesDoc> History(string koperasiId) =>
        db.ShuRules.Find(Query.EQ(nameof(ShuRulesDoc.KoperasiId), koperasiId)).OrderBy(r => r.FromYear).ThenBy(r => r.AtTicks).ToList();

    /// <summary>The rules for a year: the newest set for that year or the nearest earlier one; null when none was set that early.</summary>
    public ShuRulesDoc? InForce(string koperasiId, int year) => History(koperasiId).LastOrDefault(r => r.FromYear <= year);

    /// <summary>Records the percentages from a year on; refused unless they add up to exactly 100.</summary>
    public WriteResult Set(WriteOrigin origin, int fromYear, ShuPercentages p, Func<ShuRulesDoc, ShuRulesDoc?, string> describe) =>
        db.Write(origin, () =>
        {
            if (p.Sum != 100)
                return WriteResult.Rejected(
                    $"Tidak dicatat: jumlah persentase {Commands.Formatting.IndonesianFormat.Number(p.Sum)} %, harus tepat 100 %. " +
                    $"Contoh: {Commands.Parsing.ShuRules.SetExample}");
            var before = InForce(origin.KoperasiId, fromYear);
            var doc = new ShuRulesDoc
            {
                KoperasiId = origin.KoperasiId, FromYear = fromYear, Cadangan = p.Cadangan, JasaTransaksi = p.JasaTransaksi,
                JasaSimpanan = p.JasaSimpanan, Pendidikan = p.Pendidikan, Insentif = p.Insentif, Lain = p.Lain,
                AtTicks = clock.GetUtcNow().UtcTicks,
            };
            db.ShuRules.Insert(doc);
            return WriteResult.Recorded(describe(doc, before));
        });
}
