namespace KKMP.Bot.Commands.Parsing;

/// <summary>/bandingkan, /berbagi, /cari, /hubungi and /balas: the city's cooperatives side by side and helping each other.</summary>
internal static class CityRules
{
    public static Command Compare(IReadOnlyList<Token> args) =>
        args.Count > 0
            ? new CompareItem(AmountReader.CheckName(Tokenizer.Join(args), CityExamples.Compare))
            : throw GrammarError.With("Tulis nama barang yang dibandingkan.", CityExamples.Compare);

    public static Command Sharing(IReadOnlyList<Token> args) => args switch
    {
        [{ Lower: "aktif" or "hidup" or "ya" or "on" }] => new StockSharing(true),
        [{ Lower: "nonaktif" or "mati" or "tidak" or "off" }] => new StockSharing(false),
        _ => throw GrammarError.With("Tulis aktif (stok terlihat koperasi sekota) atau nonaktif.", CityExamples.SharingOn),
    };

    public static Command Search(IReadOnlyList<Token> args)
    {
        var read = AmountReader.Read(args.Count > 0 ? args : throw GrammarError.With("Tulis barang dan jumlah yang dicari.", CityExamples.Search),
            CityExamples.Search, allowPrice: false);
        return new StockSearch(read.Item, read.Quantity);
    }
}
