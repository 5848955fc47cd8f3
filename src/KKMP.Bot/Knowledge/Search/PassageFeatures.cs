using KKMP.Bot.Knowledge.Documents;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// What a passage states, read once when the index is built so that re-ranking a question's candidates
/// runs no regular expression: whether it enumerates, which kinds of number it states, and the numbers
/// only its replaced (1992) wording had, whose duties or rights it lists (<see cref="OrganDuties"/>) whether it names the organ that decides (<see cref="Deciders"/>) which officer organ it is about, whether it states what happens when something is not done, whether it details one item of another article's list, what its deadline counts from, and the acts it forbids.
/// </summary>
public sealed record PassageFeatures(bool Enumerates, IReadOnlySet<NumberKind> States, IReadOnlySet<string> OldOnlyNumbers, IReadOnlySet<(Organ, Act)> Duties, IReadOnlySet<string> DecidingOrgans, Organ? Officer, bool StatesNotDone, bool DetailsOneItem, DeadlineReference? Deadline, IReadOnlySet<string> Forbids)
{
    public static PassageFeatures Of(KnowledgeChunk chunk, Lucene.Net.Analysis.Analyzer analyzer) => new(
        chunk.Enumerates,
        Enum.GetValues<NumberKind>().Where(k => QuestionIntent.States(k, chunk.Text)).ToHashSet(),
        chunk.ReplacedWording is { } old ? QuestionIntent.NumbersIn(old).Except(QuestionIntent.NumbersIn(chunk.Text)).ToHashSet() : new HashSet<string>(),
        OrganDuties.StatedIn(chunk.Text),
        Search.Deciders.NamedIn(chunk.Text),
        OrganDuties.OfficerOf(chunk.Text),
        QuestionIntent.StatesNotDone(chunk.Text),
        QuestionIntent.DetailsOneItem(chunk.Text),
        DeadlineReference.Of(chunk.Text, analyzer),
        QuestionIntent.ForbiddenActs(chunk.Text, analyzer));
}
