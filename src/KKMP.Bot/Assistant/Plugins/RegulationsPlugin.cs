using System.ComponentModel;
using System.Text.Json.Serialization;
using KKMP.Bot.Knowledge;
using Microsoft.SemanticKernel;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>
/// Read-only search of the regulation knowledge base. Regulations are public; the boards' FAQ entries
/// beside them are scoped to the asker's cooperative (plus the admins' entries).
/// </summary>
public sealed class RegulationsPlugin(IRegulationSearch search, TurnEvidence evidence, string? koperasiId = null)
{
    public const string Name = "Regulations";

    [KernelFunction("search"), Description("Cari pasal peraturan perkoperasian (UU 25/1992 sebagaimana diubah UU 6/2023, PP, Juklak KDKMP). Mengembalikan kutipan pasal beserta id kutipan (P1, P2, …) yang wajib disebut saat menjawab.")]
    public RegulationSearchResult Search(
        [Description("Pertanyaan atau kata kunci dalam Bahasa Indonesia, misalnya \"jumlah minimal pendiri koperasi primer\".")] string query,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = search.Search(query, 5, koperasiId);
        // Half-sure passages are shown too, marked uncertain: the model can tell whether they answer, and its answer
        // is checked against them like any other. A declined search shows nothing.
        var passages = result.IsConfident || result.IsTentative ? evidence.AddPassages(result.Passages) : [];
        return new RegulationSearchResult(result.IsConfident, result.Confidence, passages) { Uncertain = !result.IsConfident && result.IsTentative, Query = query, Source = result };
    }
}

/// <summary>What the model sees (passages with ids); <see cref="Source"/> keeps the full result for the offline formatter.</summary>
public sealed record RegulationSearchResult(bool Found, double Confidence, IReadOnlyList<PassageView> Passages)
{
    /// <summary>The passages are the search's best guesses, not a confident match (shown to the model as such).</summary>
    public bool Uncertain { get; init; }

    [JsonIgnore] public string Query { get; init; } = "";

    [JsonIgnore] public SearchResult Source { get; init; } = new([], 0, false);
}
