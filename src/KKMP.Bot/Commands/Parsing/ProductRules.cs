using System.Text.RegularExpressions;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// /barang info (product fields) and /barang titip (titip jual terms). A field is typed as <c>nama=nilai</c>
/// (also <c>nama: nilai</c> or <c>nama = nilai</c>); a value runs until the next field, so
/// <c>merek=Sania Royale sku=SR-2L</c> needs no quotes; one quoted phrase is the short description;
/// <c>merek=-</c> clears a field.
/// </summary>
internal static partial class ProductRules
{
    public const string InfoExample = "/barang info \"minyak goreng\" merek=Bimoli sku=BM-1L asal=lokal tkdn=45 \"minyak sawit 1 liter\"";
    public const string DetailExample = "/barang info \"minyak goreng\"";
    public const string ConsignmentExample = "/barang titip \"Keripik Tempe Bu Sri\" bungkus \"UMKM Bu Sri\" 8.000 10%";
    public const string Fields = "merek, sku, asal (lokal/impor), tkdn (0–100 %), ket";
    public const int MaxFieldLength = 40;
    public const int MaxDescriptionLength = 200;

    private static readonly Dictionary<string, ProductField> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["merek"] = ProductField.Merek, ["merk"] = ProductField.Merek, ["brand"] = ProductField.Merek,
        ["sku"] = ProductField.Sku, ["kode"] = ProductField.Sku,
        ["asal"] = ProductField.Asal,
        ["tkdn"] = ProductField.Tkdn,
        ["ket"] = ProductField.Keterangan, ["keterangan"] = ProductField.Keterangan, ["deskripsi"] = ProductField.Keterangan,
    };

    [GeneratedRegex(@"^([\p{L}]+)\s*[=:](.*)$")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    private static partial Regex SkuShape();

    /// <summary>/barang info ITEM [fields…]: without fields, the item's detail.</summary>
    public static Command Info(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) throw GrammarError.With("Tulis nama barang.", DetailExample);
        var nameEnd = args[0].Quoted ? 1 : Enumerable.Range(0, args.Count).FirstOrDefault(i => args[i].Quoted || IsField(args, i), args.Count);
        if (nameEnd == 0) throw GrammarError.With("Tulis nama barang dulu, baru kolomnya.", InfoExample);
        var item = Tokenizer.Join(args.Take(nameEnd));
        if (nameEnd == args.Count)
        {
            // "/barang info migor merk bimoli": a field word inside the name is a field typed without "=", not part of the name.
            if (args.Skip(1).SkipLast(1).FirstOrDefault(a => !a.Quoted && Keys.ContainsKey(a.Text)) is { } word)
                throw GrammarError.With($"Tulis kolom dengan tanda =, misalnya {word.Lower}=…", InfoExample);
            return new ItemDetail(item);
        }

        var values = new Dictionary<ProductField, string>();
        string? description = null;
        ProductField? open = null; // the field whose value is being read (it runs until the next field)
        for (var i = nameEnd; i < args.Count; i++)
        {
            var token = args[i];
            if (token.Quoted)
            {
                if (description is not null) throw GrammarError.With("Keterangan hanya satu, dalam satu pasang tanda kutip.", InfoExample);
                description = token.Text;
                open = null;
                continue;
            }
            if (!token.Quoted && IsField(args, i))
            {
                var (key, value, used) = Field(args, i);
                if (!Keys.TryGetValue(key, out var field))
                    throw GrammarError.With($"Kolom \"{key}\" tidak dikenal (pilihan: {Fields}).", InfoExample);
                if (values.ContainsKey(field)) throw GrammarError.With($"Kolom {key} ditulis dua kali.", InfoExample);
                values[field] = value;
                open = field;
                i += used;
                continue;
            }
            if (open is null) throw GrammarError.With($"\"{token.Text}\" tidak dimengerti; tulis kolom sebagai nama=nilai ({Fields}).", InfoExample);
            values[open.Value] = (values[open.Value] + " " + token.Text).Trim();
        }
        if (description is not null)
        {
            if (values.ContainsKey(ProductField.Keterangan)) throw GrammarError.With("Keterangan ditulis dua kali.", InfoExample);
            values[ProductField.Keterangan] = description;
        }
        return Read(item, values);
    }

    /// <summary>/barang titip ITEM UNIT PEMASOK HARGA KOMISI%: the unit is the first unit word after the name; the supplier runs up to the price.</summary>
    public static ItemConsignment Consignment(List<Token> args)
    {
        const string example = ConsignmentExample;
        const string parts = "Tulis nama barang, satuannya, nama usaha pemasok (UMKM), harga titip per satuan dan komisi koperasi.";
        var unitAt = args.Count > 0 && args[0].Quoted ? 1 : Enumerable.Range(1, Math.Max(0, args.Count - 1)).FirstOrDefault(i => !args[i].Quoted && Units.Normalize(args[i].Text) is not null);
        if (unitAt == 0 || unitAt >= args.Count) throw GrammarError.With(parts, example);
        if (args[unitAt].Quoted) throw GrammarError.With(parts, example);
        var unit = Units.Normalize(args[unitAt].Text) ?? throw AmountReader.UnknownUnit(args[unitAt].Text, example);
        var name = args[..unitAt] is [{ Quoted: true } quoted] ? quoted.Text : Tokenizer.Join(args.Take(unitAt));
        if (args[..unitAt].Count > 1 && args[..unitAt].Any(a => a.Quoted)) throw GrammarError.With("Tulis nama dalam satu pasang tanda kutip.", example);
        name = AmountReader.CheckName(name, example);

        var priceAt = Enumerable.Range(unitAt + 1, Math.Max(0, args.Count - unitAt - 1))
            .FirstOrDefault(i => !args[i].Quoted && (args[i].StartsLikeNumber || MoneyReader.IsPriceStart(args[i])));
        if (priceAt <= unitAt + 1) throw GrammarError.With(parts, example);
        var supplierWords = args.Skip(unitAt + 1).Take(priceAt - unitAt - 1).ToList();
        // "… bungkus dari UMKM Bu Sri harga 8.000 komisi 10%": the linking words are not part of the name.
        if (supplierWords is [{ Quoted: false, Lower: "dari" or "pemasok" or "oleh" }, _, ..]) supplierWords.RemoveAt(0);
        if (supplierWords is [_, .., { Quoted: false, Lower: "harga" or "hrg" or "@" }]) supplierWords.RemoveAt(supplierWords.Count - 1);
        if (supplierWords.Count > 1 && supplierWords.Any(w => w.Quoted)) throw GrammarError.With("Tulis nama pemasok dalam satu pasang tanda kutip.", example);
        var supplier = Tokenizer.Fold(Tokenizer.Join(supplierWords));
        if (supplier.Length is 0 or > Limits.MaxNameLength) throw GrammarError.With("Nama usaha pemasok harus 1–60 huruf.", example);
        // Only the business name is kept: a phone number or an e-mail address is personal data the ledger must not hold.
        if (supplier.Count(char.IsAsciiDigit) >= 6 || supplier.Contains('@'))
            throw GrammarError.With("Cukup nama usaha pemasok; nomor telepon atau alamat e-mail tidak dicatat.", example);

        var i = priceAt;
        var price = MoneyReader.Read(args, ref i, example, out var perUnit);
        if (perUnit is not null && !string.Equals(perUnit, unit, StringComparison.OrdinalIgnoreCase))
            throw GrammarError.With($"Harga titip ditulis per {unit}, satuan barang ini.", example);
        var rest = args.Skip(i).Select(a => a.Lower).Where(w => w is not ("komisi" or "fee")).ToList();
        var commissionText = string.Concat(rest);
        if (commissionText.Length == 0) throw GrammarError.With("Tulis komisi koperasi dalam persen, misalnya 10%.", example);
        var number = commissionText.TrimEnd('%');
        if (!IndonesianNumber.TryParse(number, out var commission) || number.StartsWith('-'))
            throw GrammarError.With($"Komisi \"{commissionText}\" bukan angka persen.", example);
        if (commission is < 0 or >= 100) throw GrammarError.With($"Komisi {commissionText} tidak mungkin: nilainya 0 sampai di bawah 100 %.", example);
        return new ItemConsignment(name, unit, supplier, price, commission);
    }

    private static ItemProductInfo Read(string item, Dictionary<ProductField, string> values)
    {
        var cleared = values.Where(v => v.Value == "-").Select(v => v.Key).ToHashSet();
        string? Text(ProductField field, int max, string label)
        {
            if (!values.TryGetValue(field, out var value) || cleared.Contains(field)) return null;
            value = Tokenizer.Fold(value);
            if (value.Length == 0) throw GrammarError.With($"{label} kosong; tulis nilainya, atau {label.ToLowerInvariant()}=- untuk menghapus.", InfoExample);
            if (value.Length > max) throw GrammarError.With($"{label} paling panjang {max} huruf.", InfoExample);
            return value;
        }
        var sku = Text(ProductField.Sku, MaxFieldLength, "SKU");
        if (sku is not null && !SkuShape().IsMatch(sku))
            throw GrammarError.With($"SKU \"{sku}\" hanya boleh huruf, angka, titik, garis miring dan tanda minus, tanpa spasi.", InfoExample);
        return new ItemProductInfo(item,
            Text(ProductField.Merek, MaxFieldLength, "Merek"), sku,
            Text(ProductField.Asal, MaxFieldLength, "Asal") is { } origin ? Origin(origin) : null,
            Text(ProductField.Tkdn, MaxFieldLength, "TKDN") is { } tkdn ? Tkdn(tkdn) : null,
            Text(ProductField.Keterangan, MaxDescriptionLength, "Keterangan"))
        { Cleared = cleared };
    }

    private static ItemOrigin Origin(string text) => text.ToLowerInvariant().Replace(' ', '-') switch
    {
        "lokal" or "local" or "dalam-negeri" or "pdn" or "indonesia" => ItemOrigin.Lokal,
        "impor" or "import" or "luar-negeri" => ItemOrigin.Impor,
        _ => throw GrammarError.With($"Asal \"{text}\" tidak dikenal; tulis asal=lokal atau asal=impor.", InfoExample),
    };

    private static decimal Tkdn(string text)
    {
        var number = text.TrimEnd('%', ' ');
        if (!IndonesianNumber.TryParse(number, out var percent) || number.StartsWith('-'))
            throw GrammarError.With($"TKDN \"{text}\" bukan angka persen.", InfoExample);
        if (percent is < 0 or > 100) throw GrammarError.With($"TKDN {text} tidak mungkin: nilainya 0–100 %.", InfoExample);
        return percent;
    }

    /// <summary>True when token <paramref name="i"/> starts a field: "merek=…", "merek:…", or "merek" followed by "=" / "=…".</summary>
    private static bool IsField(IReadOnlyList<Token> args, int i) =>
        !args[i].Quoted && (KeyValue().IsMatch(args[i].Text)
            || (Keys.ContainsKey(args[i].Text.TrimEnd(':')) && i + 1 < args.Count && !args[i + 1].Quoted && args[i + 1].Text.StartsWith('=')));

    /// <summary>The key, the value typed with it (a quoted value right after "merek=" is taken whole) and how many extra tokens it used.</summary>
    private static (string Key, string Value, int Used) Field(IReadOnlyList<Token> args, int i)
    {
        string key, value;
        var used = 0;
        if (KeyValue().Match(args[i].Text) is { Success: true } match) (key, value) = (match.Groups[1].Value, match.Groups[2].Value);
        else
        {
            key = args[i].Text.TrimEnd(':');
            value = args[i + 1].Text[1..];
            used = 1;
        }
        if (value.Length == 0 && i + used + 1 < args.Count && args[i + used + 1].Quoted)
        {
            value = args[i + used + 1].Text;
            used++;
        }
        return (key, value.Trim(), used);
    }
}
