namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Reads "ITEM QTY [UNIT] [@PRICE]" where the item may be several unquoted words
/// ("minyak goreng 2 liter"): the item is every word before the first number.
/// </summary>
internal static class AmountReader
{
    public sealed record ItemAmount(string Item, Quantity Quantity, long? Price, string? PriceUnit);

    public static ItemAmount Read(IReadOnlyList<Token> args, string example, bool allowPrice, bool allowZero = false)
    {
        var i = 0;
        var item = ReadItem(args, ref i, example);
        if (i >= args.Count) throw MissingQuantity(args, example);
        if (MoneyReader.IsPriceStart(args[i]))
            throw GrammarError.With($"Jumlah untuk \"{item}\" belum ditulis.", example);

        var quantity = ReadQuantity(args, ref i, example, allowZero);
        long? price = null;
        string? priceUnit = null;
        if (i < args.Count && MoneyReader.IsPriceStart(args[i]))
        {
            if (!allowPrice) throw GrammarError.With("Perintah ini tidak memakai harga.", example);
            price = MoneyReader.Read(args, ref i, example, out priceUnit);
            if (priceUnit is not null && quantity.Unit is not null && priceUnit != quantity.Unit)
                throw GrammarError.With($"Jumlah dalam {quantity.Unit} tetapi harga per {priceUnit}.", example);
            // "2 @12.000/kg" means two kilograms.
            if (quantity.Unit is null && priceUnit is not null) quantity = quantity with { Unit = priceUnit };
        }
        if (i < args.Count) throw Trailing(args, i, example);
        return new ItemAmount(item, quantity, price, priceUnit);
    }

    /// <summary>The item: one quoted phrase, or all words up to the first number or price.</summary>
    public static string ReadItem(IReadOnlyList<Token> args, ref int i, string example, string amountNoun = "Jumlah")
    {
        if (i < args.Count && args[i].Quoted) return CheckName(args[i++].Text, example);
        var start = i;
        while (i < args.Count && !args[i].StartsLikeNumber && !MoneyReader.IsPriceStart(args[i]))
        {
            if (args[i].Text.Length > 1 && args[i].Text[0] is '-' or '−' && char.IsAsciiDigit(args[i].Text[1]))
                throw GrammarError.With($"{amountNoun} harus lebih dari nol.", example);
            i++;
        }
        if (i == start) throw GrammarError.With("Nama barang belum ditulis.", example);
        return CheckName(Tokenizer.Join(args.Skip(start).Take(i - start)), example);
    }

    public static string CheckName(string name, string example) =>
        Naming.ItemNames.Clean(name) switch
        {
            "" => throw GrammarError.With("Nama belum ditulis (tanda kutip kosong atau huruf tak terlihat).", example),
            { Length: > Limits.MaxNameLength } => throw GrammarError.With($"Nama barang terlalu panjang (paling banyak {Limits.MaxNameLength} huruf).", example),
            var cleaned => cleaned,
        };

    /// <summary>"2", "2,5 kg", "50kg", "1.5 liter".</summary>
    public static Quantity ReadQuantity(IReadOnlyList<Token> args, ref int i, string example, bool allowZero = false)
    {
        var word = args[i++].Text;
        if (!IndonesianNumber.TryParseQuantity(word, out var amount, out var glued))
            throw GrammarError.With($"Jumlah \"{word}\" tidak bisa dibaca.", example);
        string? unit = null;
        if (glued.Length > 0)
            unit = Units.Normalize(glued) ?? throw UnknownUnit(glued, example);
        else if (i < args.Count && !args[i].StartsLikeNumber && !MoneyReader.IsPriceStart(args[i]))
            unit = Units.Normalize(args[i++].Text) ?? throw UnknownUnit(args[i - 1].Text, example);
        return new Quantity(CheckAmount(amount, example, allowZero), unit);
    }

    /// <summary>Zero is allowed only where it means something (a stock count that found nothing).</summary>
    public static decimal CheckAmount(decimal amount, string example, bool allowZero = false)
    {
        if (amount < 0 || (amount == 0 && !allowZero)) throw GrammarError.With("Jumlah harus lebih dari nol.", example);
        if (amount > Limits.MaxQuantity)
            throw GrammarError.With("Jumlah terlalu besar (paling banyak 100.000).", example);
        if (amount.Scale > Limits.MaxQuantityDecimals && amount != Math.Round(amount, Limits.MaxQuantityDecimals))
            throw GrammarError.With("Jumlah paling banyak 3 angka di belakang koma.", example);
        return amount / 1.000000000000000000000000000000000m; // drops trailing zeros: 2,50 → 2,5
    }

    public static GrammarError UnknownUnit(string word, string example) =>
        GrammarError.With($"Satuan \"{word}\" tidak dikenal. Satuan: {Units.KnownUnitsText}.", example);

    private static GrammarError MissingQuantity(IReadOnlyList<Token> args, string example) =>
        args.Any(a => IndonesianNumber.IsNumberWord(a.Text))
            ? GrammarError.With("Jumlah harus ditulis dengan angka.", example)
            : GrammarError.With("Jumlah belum ditulis.", example);

    public static GrammarError Trailing(IReadOnlyList<Token> args, int i, string example) =>
        args[i].StartsLikeNumber
            ? GrammarError.With($"Angka \"{args[i].Text}\" tidak dimengerti; harga ditulis dengan @.", example)
            : GrammarError.With($"Ada kata lebih \"{Tokenizer.Join(args.Skip(i))}\" yang tidak dimengerti.", example);
}
