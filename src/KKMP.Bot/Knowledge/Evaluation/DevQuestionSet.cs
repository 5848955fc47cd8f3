using System.Text.Json;

namespace KKMP.Bot.Knowledge.Evaluation;

/// <summary>A development question with the citation(s) that answer it.</summary>
/// <param name="Fact">The key fact a right reply states, in the passage's own words; any one of the alternatives will do (null: not judged).</param>
public sealed record DevQuestion(string Q, IReadOnlyList<string> Gold, IReadOnlyList<string>? Fact = null);

/// <summary>The evaluation set: in-scope questions with gold citations and out-of-scope questions.</summary>
public sealed record DevQuestionSet(IReadOnlyList<DevQuestion> Questions, IReadOnlyList<string> OutOfScope)
{
    public const string FileName = "dev-questions.json";

    public static DevQuestionSet Load(string path) =>
        JsonSerializer.Deserialize<DevQuestionSet>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
        ?? throw new InvalidDataException($"Empty question set: {path}");

    /// <summary>Finds the set in the repository (tests/KKMP.Bot.Tests/Knowledge/) from any folder below it.</summary>
    public static string FindInRepository(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "KKMP.Bot.Tests", "Knowledge", FileName);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{FileName} not found above {startDirectory}.");
    }
}
