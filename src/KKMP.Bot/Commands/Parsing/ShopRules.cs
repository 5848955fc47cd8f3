namespace KKMP.Bot.Commands.Parsing;

/// <summary>The shop-floor commands: /stok, /masuk, /jual, /setharga.</summary>
internal static class ShopRules
{
    public static Command Stock(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new StockList();
        if (Addressing.Take(ref args) is { } at)
            return args.Count == 0 ? new StockList { At = at }
                : throw GrammarError.With("Stok koperasi lain hanya bisa dilihat, tidak dicatat.", CommandExamples.StockListOf);
        // "/stok gula" wants to see gula's stock; the handler shows it with how a count is written.
        if (!args.Any(a => a.Text.Any(char.IsAsciiDigit) || IndonesianNumber.IsNumberWord(a.Text) || MoneyReader.IsPriceStart(a)))
            return new StockList { Item = AmountReader.CheckName(Tokenizer.Join(args), CommandExamples.StockCount) };
        // Counting and finding nothing is a real count: "/stok telur 0 butir" records sold-out.
        var read = AmountReader.Read(args, CommandExamples.StockCount, allowPrice: false, allowZero: true);
        return new StockCount(read.Item, read.Quantity);
    }

    /// <summary>
    /// Said without a slash, "stok"/"opname" with a name and no amount is a count missing its amount ("opname beras"), or a
    /// sentence ("stok opname itu apa sih?"); only a stock question read as such (<see cref="Everyday.StockQuestion"/>) shows the stock.
    /// </summary>
    public static string CountWithoutAmount(string name)
    {
        var lower = name.ToLowerInvariant();
        return $"Jumlah hasil hitung stok {lower} belum ditulis. Untuk mencatatnya: /stok {lower} 50 kg. Untuk melihat stok ketik /stok {lower}.";
    }

    /// <summary>Words at the end of /masuk that say the goods were bought on credit.</summary>
    private static readonly HashSet<string> OnCreditWords = ["utang", "hutang", "ngutang", "kredit", "bon"];

    public static Command Received(IReadOnlyList<Token> args)
    {
        var onCredit = args.Count > 1 && !args[^1].Quoted && OnCreditWords.Contains(args[^1].Lower);
        if (onCredit) args = args.Take(args.Count - 1).ToList();
        var read = AmountReader.Read(Required(args, CommandExamples.Received), CommandExamples.Received, allowPrice: true);
        if (onCredit && read.Price is null)
            throw GrammarError.With("Barang masuk dengan utang perlu harga belinya.", CommandExamples.ReceivedOnCredit);
        return new GoodsReceived(read.Item, read.Quantity, read.Price) { OnCredit = onCredit };
    }

    public static Command Sell(IReadOnlyList<Token> args)
    {
        MemberRef? member = null;
        var untuk = args.Skip(1).ToList().FindLastIndex(a => !a.Quoted && a.Lower is "untuk" or "utk") + 1;
        if (untuk > 0)
        {
            member = MemberRules.Reference(args.Skip(untuk + 1).ToList(), MemberRules.SaleExample);
            args = [.. args.Take(untuk)];
        }
        var read = AmountReader.Read(Required(args, CommandExamples.Sale), CommandExamples.Sale, allowPrice: true);
        return new Sale(read.Item, read.Quantity, read.Price) { ForMember = member };
    }

    /// <summary>/setharga ITEM HARGA [/unit]: the price is the first number after the item words.</summary>
    public static Command SetPrice(IReadOnlyList<Token> args)
    {
        const string example = CommandExamples.SetPrice;
        var i = 0;
        var item = AmountReader.ReadItem(Required(args, example, "Nama barang dan harga belum ditulis."), ref i, example, "Harga");
        if (i >= args.Count)
            throw args.Any(a => IndonesianNumber.IsNumberWord(a.Text))
                ? GrammarError.With("Harga harus ditulis dengan angka.", example)
                : GrammarError.With($"Harga untuk \"{item}\" belum ditulis.", example);
        var price = MoneyReader.Read(args, ref i, example, out var perUnit);
        if (i < args.Count) throw AmountReader.Trailing(args, i, example);
        return new SetPrice(item, price, perUnit);
    }

    private static IReadOnlyList<Token> Required(
        IReadOnlyList<Token> args, string example, string missing = "Nama barang dan jumlah belum ditulis.") =>
        args.Count > 0 ? args : throw GrammarError.With(missing, example);
}
