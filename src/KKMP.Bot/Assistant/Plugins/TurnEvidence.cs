using KKMP.Bot.Knowledge;

namespace KKMP.Bot.Assistant.Plugins;

/// <summary>
/// What the plugins showed the model during one answer: the passages (with the ids the model is
/// asked to cite) and the prices. The grounding check accepts only citations and amounts found here.
/// One instance per answer; functions may run concurrently, hence the lock.
/// </summary>
public sealed class TurnEvidence
{
    private readonly Lock _gate = new();
    private readonly List<PassageView> _passages = [];
    private readonly List<long> _prices = [];

    public IReadOnlyList<PassageView> Passages { get { lock (_gate) return [.. _passages]; } }

    public IReadOnlyList<long> Prices { get { lock (_gate) return [.. _prices]; } }

    private readonly List<string> _calls = [];

    /// <summary>Functions the model called in this answer ("Prices-get_price").</summary>
    public IReadOnlyList<string> Calls { get { lock (_gate) return [.. _calls]; } }

    public void AddCall(string function)
    {
        lock (_gate) _calls.Add(function);
    }

    /// <summary>Adds passages not seen yet in this turn and returns them all with their ids ("P1", "P2", …).</summary>
    public IReadOnlyList<PassageView> AddPassages(IEnumerable<Passage> passages)
    {
        lock (_gate)
        {
            var views = new List<PassageView>();
            foreach (var passage in passages)
            {
                var existing = _passages.Find(p => p.Citation == passage.Citation);
                if (existing is null)
                {
                    existing = PassageView.From($"P{_passages.Count + 1}", passage);
                    _passages.Add(existing);
                }
                views.Add(existing);
            }
            return views;
        }
    }

    public void AddPrices(IEnumerable<long> prices)
    {
        lock (_gate) _prices.AddRange(prices);
    }
}

/// <summary>A passage as shown to the model and quoted offline: an id to cite, the citation, the wording in force.</summary>
public sealed record PassageView(string Id, string Citation, string Text, string? AmendmentNote, string Source, bool IsSummary, string? Explanation)
{
    public static PassageView From(string id, Passage p) => new(id, p.Citation, p.Text, p.AmendmentNote, p.SourceLine, p.IsSummary, p.Explanation);
}
