namespace KKMP.Bot.Commands.Parsing;

/// <summary>/barang and its sub-commands: tambah, alias, kemasan, minimum.</summary>
internal static class ItemRules
{
    private const string SubCommands = "tambah, alias, kemasan, minimum, ganti-nama, arsip, acuan, info, titip";

    public static Command Items(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new ItemList();
        var rest = args.Skip(1).ToList();
        return args[0].Lower switch
        {
            "tambah" or "baru" => Add(rest),
            "alias" => Alias(rest),
            "kemasan" => Packing(rest),
            "minimum" or "minimal" or "min" => LowStock(rest),
            "acuan" or "het" => Commodity(rest),
            "info" or "detail" or "produk" => ProductRules.Info(rest),
            "titip" or "titipan" or "konsinyasi" => ProductRules.Consignment(rest),
            "ganti-nama" or "gantinama" or "ganti_nama" or "rename" => Rename(rest),
            "arsip" or "arsipkan" => new ItemArchive(NameOf(rest, CommandExamples.ItemArchive)),
            _ => throw GrammarError.With(
                $"Perintah /barang {args[0].Text} tidak dikenal (pilihan: {SubCommands}).", CommandExamples.ItemAdd),
        };
    }

    /// <summary>/barang tambah "Nama Barang" UNIT — the unit is the last word.</summary>
    private static ItemAdd Add(List<Token> args)
    {
        const string example = CommandExamples.ItemAdd;
        if (args.Count < 2) throw GrammarError.With("Tulis nama barang dan satuannya.", example);
        var unit = Units.Normalize(args[^1].Text) ?? throw AmountReader.UnknownUnit(args[^1].Text, example);
        return new ItemAdd(NameOf(args[..^1], example), unit);
    }

    /// <summary>/barang alias ITEM ALIAS — the alias is the last word (or quoted phrase).</summary>
    private static ItemAlias Alias(List<Token> args)
    {
        const string example = CommandExamples.ItemAlias;
        if (args.Count < 2) throw GrammarError.With("Tulis nama barang lalu nama lainnya.", example);
        return new ItemAlias(NameOf(args[..^1], example), NameOf(args[^1..], example));
    }

    /// <summary>/barang ganti-nama LAMA BARU: two names, each one word or one quoted phrase.</summary>
    private static ItemRename Rename(List<Token> args)
    {
        const string example = CommandExamples.ItemRename;
        if (args.Count != 2) throw GrammarError.With("Tulis nama lama lalu nama baru; nama yang berspasi diberi tanda kutip.", example);
        return new ItemRename(NameOf(args[..1], example), NameOf(args[1..], example));
    }

    /// <summary>/barang kemasan ITEM UNITKEMASAN JUMLAH: one pack holds JUMLAH base units.</summary>
    private static ItemPacking Packing(List<Token> args)
    {
        const string example = CommandExamples.ItemPacking;
        if (args.Count < 3) throw GrammarError.With("Tulis nama barang, satuan kemasan dan isinya.", example);
        var amount = Number(args[^1], example);
        var unit = Units.Normalize(args[^2].Text) ?? throw AmountReader.UnknownUnit(args[^2].Text, example);
        return new ItemPacking(NameOf(args[..^2], example), unit, amount);
    }

    /// <summary>/barang minimum ITEM LEVEL [UNIT]: the unit, when given, is kept so the ledger can check it.</summary>
    private static ItemLowStock LowStock(List<Token> args)
    {
        const string example = CommandExamples.ItemLowStock;
        string? unit = null;
        if (args.Count >= 3 && Units.Normalize(args[^1].Text) is { } trailingUnit && args[^2].StartsLikeNumber)
        {
            unit = trailingUnit;
            args = args[..^1];
        }
        if (args.Count < 2) throw GrammarError.With("Tulis nama barang lalu batas minimumnya.", example);
        // Zero switches the low-stock warning off.
        return new ItemLowStock(NameOf(args[..^1], example), Number(args[^1], example, allowZero: true)) { Unit = unit };
    }

    /// <summary>/barang acuan ITEM KOMODITAS — the commodity id is the last word; the handler checks it is known.</summary>
    private static ItemCommodity Commodity(List<Token> args)
    {
        const string example = CommandExamples.ItemCommodity;
        if (args.Count < 2) throw GrammarError.With("Tulis nama barang lalu komoditas acuannya (beras-medium, beras-premium, minyakita, gula, lpg-3kg).", example);
        return new ItemCommodity(NameOf(args[..^1], example), args[^1].Lower);
    }

    private static decimal Number(Token token, string example, bool allowZero = false)
    {
        if (IndonesianNumber.IsNumberWord(token.Text))
            throw GrammarError.With("Jumlah harus ditulis dengan angka.", example);
        if (token.Text.StartsWith('-')) throw GrammarError.With("Jumlah harus lebih dari nol.", example);
        if (!IndonesianNumber.TryParse(token.Text, out var value))
            throw GrammarError.With($"\"{token.Text}\" bukan angka.", example);
        return AmountReader.CheckAmount(value, example, allowZero);
    }

    /// <summary>A name from one quoted phrase or plain words; numbers and prices have no place in it.</summary>
    private static string NameOf(List<Token> words, string example)
    {
        if (words.Count == 0) throw GrammarError.With("Nama barang belum ditulis.", example);
        if (words.Count > 1 && words.Any(w => w.Quoted))
            throw GrammarError.With("Tulis nama dalam satu pasang tanda kutip.", example);
        if (words.Any(w => !w.Quoted && (w.Text.StartsWith('@') || w.Text.StartsWith('/'))))
            throw GrammarError.With($"Nama \"{Tokenizer.Join(words)}\" tidak boleh memuat @ atau /.", example);
        return AmountReader.CheckName(Tokenizer.Join(words), example);
    }
}
