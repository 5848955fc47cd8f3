using System.Globalization;

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

    public static Command Message(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) throw GrammarError.With("Tulis id koperasi tujuan lalu pesannya.", CityExamples.Message);
        var id = args[0].Lower.TrimStart('@');
        var text = Tokenizer.Join(args.Skip(1));
        if (text.Length == 0) throw GrammarError.With($"Pesan untuk {id} belum ditulis.", CityExamples.Message);
        return new CooperativeMessage(id, text);
    }

    public static Command Reply(IReadOnlyList<Token> args)
    {
        if (args.Count == 0 || !int.TryParse(args[0].Text.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            throw GrammarError.With("Tulis nomor pesan (ada di pesan yang Anda terima) lalu balasannya.", CityExamples.Reply);
        var text = Tokenizer.Join(args.Skip(1));
        if (text.Length == 0) throw GrammarError.With($"Balasan untuk pesan #{n} belum ditulis.", CityExamples.Reply);
        return new CooperativeReply(n, text);
    }
}
