using KKMP.Bot.Knowledge;

namespace KKMP.Bot.Assistant;

/// <summary>
/// Stands in when no knowledge base is registered (a host built without AddKnowledge): every
/// regulation question then gets the honest "not in my knowledge base" reply, prices still work.
/// </summary>
internal sealed class NoRegulationSearch : IRegulationSearch
{
    public static readonly NoRegulationSearch Instance = new();

    public SearchResult Search(string question, int top = 5) => new([], 0, false);
}
