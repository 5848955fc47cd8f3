namespace KKMP.Bot.Commands.Parsing;

/// <summary>/bandingkan, /berbagi, /cari, /hubungi and /balas: the city's cooperatives side by side and helping each other.</summary>
internal static class CityRules
{
    public static Command Compare(IReadOnlyList<Token> args) =>
        args.Count > 0
            ? new CompareItem(AmountReader.CheckName(Tokenizer.Join(args), CityExamples.Compare))
            : throw GrammarError.With("Tulis nama barang yang dibandingkan.", CityExamples.Compare);
}
