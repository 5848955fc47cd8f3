using System.ComponentModel;
using KKMP.Bot.Knowledge;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>Read-only search of the regulation knowledge base. Regulations are public: not scoped by cooperative.</summary>
public sealed class RegulationsPlugin(IRegulationSearch search, TurnEvidence evidence)
{
    public const string Name = "Regulations";

    [KernelFunction("search"), Description("Cari pasal peraturan perkoperasian (UU 25/1992 sebagaimana diubah UU 6/2023, PP, Juklak KDKMP). Mengembalikan kutipan pasal beserta id kutipan (P1, P2, …) yang wajib disebut saat menjawab.")]
    public RegulationSearchResult Search(
        [Description("Pertanyaan atau kata kunci dalam Bahasa Indonesia, misalnya \"jumlah minimal pendiri koperasi primer\".")] string query,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = search.Search(query);
        if (!result.IsConfident)
            return new RegulationSearchResult(false, result.Confidence, []);
        return new RegulationSearchResult(true, result.Confidence, evidence.AddPassages(result.Passages));
    }
}

public sealed record RegulationSearchResult(bool Found, double Confidence, IReadOnlyList<PassageView> Passages);
