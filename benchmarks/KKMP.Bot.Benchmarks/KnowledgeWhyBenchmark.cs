using KKMP.Bot.Knowledge.Documents;
using KKMP.Bot.Knowledge.Search;

namespace KKMP.Bot.Benchmarks;

/// <summary>
/// A tuning aid, not a measurement: prints the concepts, confidence and top five passages (with their scores)
/// for each line of the file named by KKMP_WHY (default: standard input). Use it on development questions only.
/// </summary>
public sealed class KnowledgeWhyBenchmark : IBenchmark
{
    public string Name => "knowledge-why";
    public string Description => "top passages and scores for questions read from KKMP_WHY or stdin (tuning aid)";

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        using var index = new RegulationIndex(knowledge, SearchProfile.Indonesian);
        var search = new RegulationSearch(index);
        var formatter = new KKMP.Bot.Knowledge.Answers.RegulationAnswerFormatter();
        var file = Environment.GetEnvironmentVariable("KKMP_WHY");
        // KKMP_WHY_TOP=20: how far down a passage that should have won sits.
        var top = int.TryParse(Environment.GetEnvironmentVariable("KKMP_WHY_TOP"), out var n) ? n : 5;
        var lines = file is null ? Console.In.ReadToEnd().Split('\n') : File.ReadAllLines(file);
        foreach (var question in lines.Where(l => l.Trim().Length > 0))
        {
            var concepts = search.ConceptsOf(question);
            var result = search.Search(question, top);
            Console.WriteLine($"Q {question}\n  concepts: {string.Join(" · ", concepts.Select(c => (c.Aside ? "~" : "") + string.Join("|", c.Alternatives.Select(a => string.Join(' ', a)))))}");
            Console.WriteLine($"  conf {result.Confidence:F2} answers {result.Answers} tentative {result.IsTentative} oos {result.OutOfScope}");
            foreach (var p in result.Passages) Console.WriteLine($"  {p.Score,8:F2}  {p.Citation}  | {p.Text.Split('\n')[0][..Math.Min(90, p.Text.Split('\n')[0].Length)]}");
            // The reply's first lines show which ayat the answer quotes.
            var reply = formatter.Format(question, result);
            // KKMP_WHY_REPLY=full: the whole reply, to see where a quote is cut.
            var shown = Environment.GetEnvironmentVariable("KKMP_WHY_REPLY") == "full" ? reply : reply[..Math.Min(300, reply.Length)].Replace('\n', ' ');
            Console.WriteLine($"  reply: {shown}");
        }
        return Task.CompletedTask;
    }
}
