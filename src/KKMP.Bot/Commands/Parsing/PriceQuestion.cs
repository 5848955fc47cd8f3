namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// "/harga beras" and the way members actually ask: "harga beras berapa?", "brp harga gula",
/// "berapa harga minyak?", "harga telur skrg brp", "harga beras per kg berapa ya kak".
/// Filler words are dropped; what remains is the item (none = the whole price list).
/// </summary>
internal static class PriceQuestion
{
    // Sundanese "sabaraha", Javanese "piro"/"pira"/"pinten", Minang "bara"/"barapo", Banjar/Ambon "barapa", Betawi "berape",
    // Palembang "berapo", Madurese "berempa", Batak Toba "sadia", Acehnese "padum"
    private static readonly HashSet<string> AskWords =
    [
        "berapa", "brp", "brapa", "berapaan", "brapaan", "sabaraha", "sbrh", "piro", "pinten", "bara", "pira", "barapo", "barapa",
        "berape", "brape", "berapo", "brapo", "berempa", "brempa", "sadia", "padum", "brpa", "brpaan", "berapakah", "pironan",
        // Sasak pire, Balinese akuda/kuda, Madurese barampa (bârâmpa), Makassar berapami
        "pire", "akuda", "kuda", "barampa", "berapami",
        // Madurese saponapa (how much)
        "saponapa",
    ];

    // "harga2" is how chat writes the plural "harga-harga".
    // Minang "hargo", Javanese "rego"/"regane", Sundanese "pangaos"
    public static readonly HashSet<string> PriceWords =
        ["harga", "harganya", "hrg", "harga2", "harga-harga", "hrg2", "price", "pricelist", "hrga", "hargo", "hargonyo", "harago", "haragonyo", "rego", "regane", "pangaos",
         // Javanese krama regi/reginipun and ngoko rega/regone
         "regi", "regine", "reginipun", "rega", "regone",
         // Balinese and Sasak aji/ajin/ajine; Pontianak and Betawi harge
         "aji", "ajin", "ajine", "harge", "hargenye",
         // Madurese argha/arghana (arghâ)
         "argha", "arghana", "arga"];

    private static readonly HashSet<string> Fillers =
    [
        .. FormsOfAddress.All, .. AskingWords.How, .. AskingWords.All, .. AskingWords.Now, .. AskingWords.Show, .. AskingWords.Particles,
        // "is there" (ada, ado, lai, aya, wonten) and "at" (di, ing, nang, ring) come from the shared lists above
        .. AskingWords.ThereIs, .. Everyday.EverydayWords.At, .. AskWords, "hari", "ini", "ya", "yah", "dong", "nih",
        "koperasi", "toko", "gerai", "saat", "tuh",
        "yg", "yang", "kah", "deh", "tolong", "info", "mau", "tanya", "jual", "hr", "aja", "saja", "teh", "euy", "mah",
        "per", "liter", "kilo", "kg", "sekilonya", "seliternya", "terima", "kasih", "informasi", "mohon",
        // particles and "this" in the regions: to/toh/tho, nggih, bah, mi/ji/ki, jo/le, iki/niki/ieu/iko
        "to", "toh", "tho", "nggih", "njih", "bah", "mi", "ji", "ki", "jo", "le", "lah", "atuh", "iki",
        "niki", "ieu", "iko", "kopdes", "warung",
        // "harga semua barang", "harga sembako": the whole list.
        "sembako", "barang", "barangnya", "lengkap", "daftar", "list",
        // "yang terbaru", "nya ada ga": whether, not which item
        // Ambon/Manado/Papua particles: pung, dang (Madurese ta is in AskingWords.Particles); "X's price": Manado pe, Papua and Kupang pu, punya
        "pung", "dang", "pe", "pu", "punya",
        "terbaru", "baru", "terkini", "update", "nya", "ga", "gak", "nggak", "ngga", "masih",
        // Javanese krama "at" (ten), "which are" (ingkang), "please" (nyuwun); Malay and Minang "this" (ni), "what" (apo),
        // "only" (sajo); the bot addressed
        "ten", "ingkang", "nyuwun",
        "ni", "apo", "sajo", "bot", "minta",
        // Banjar wayah (the time: "wayah ini", now); Palembang bae, Sundanese wae and Osing baen (only)
        "wayah", "bae", "wae", "baen",
        // "sonde ada daftar harga kah?": "not" in Kupang, Papua and chat asks whether there is one
        "sonde", "tara", "tra", "nda", "ndak", "tidak", "tdk",
        // Balinese and Sasak nike/nika/punika (that), Pontianak ari (day: "ari ni"); the moment asked about: "dulu sebelum buka"
        "nike", "nika", "punika", "ari", "dulu", "sebelum", "buka", "tutup",
        // Betawi ape/aje (apa/aja), Makassar di' (isn't it)
        "ape", "aje",
    ];

    /// <summary>Particles said between "berapa" and "harga": Makassar mi/ji/ki, chat sih/ya, Javanese to.</summary>
    private static readonly HashSet<string> Particles = ["mi", "ji", "ki", "sih", "ya", "to", "kah", "si"];

    /// <summary>"daftar harga sembako minggu ini": after "harga", the period asked about is not an item ("iuran brp per bulan" is no price question).</summary>
    private static readonly HashSet<string> Periods = ["minggu", "pekan", "bulan"];

    /// <summary>Openers people put before the question: "min, harga beras?", "cek harga gula", "daftar harga".</summary>
    private static readonly HashSet<string> Openers =
    [
        .. FormsOfAddress.All,
        "halo", "hallo", "hai", "hi", "pagi", "siang", "sore", "malam", "selamat", "permisi", "punten", "maaf",
        "admin", "mau", "tanya", "tolong", "info",
        "cek", "lihat", "liat", "daftar", "list", "assalamualaikum", "mohon", "informasi", "nanya", "bapak", "ibu", "pengelola",
        "dong", "boleh", "bapak/ibu", "ibu/bapak", "pak/bu", "bu/pak",
        // "kalau gula pasir harganya berapa?": "as for", before the item
        "kalau", "kalo", "klo",
        // greetings in the regions: sampurasun, horas, tabe, nuwun sewu, assalamualaikum
        "sampurasun", "horas", "tabe", "nuwun", "sewu", "assalamualaikum", "ass", "salam",
        // Javanese krama: ngapunten (sorry), nyuwun (please), badhe tangklet (want to ask); the bot addressed
        "ngapunten", "nyuwun", "badhe", "tangklet", "takon", "bot",
        // asking leave: izin, mohon maaf mengganggu, numpang tanya
        "izin", "ijin", "mengganggu", "ganggu", "numpang", "minta", "daptar", "dulu",
    ];

    /// <summary>Words that make "X harga" a remark rather than "the price of X" ("kenapa harga…", "naik harga").</summary>
    private static readonly HashSet<string> NotItems = [
        "kenapa", "mengapa", "apakah", "kok",
        // "cara ngaganti harga di bot teh kumaha?": how to do something, for the assistant
        "cara", "caranya", "carane", "naik", "turun", "mahal", "murah", "kemahalan",
        "ditentukan", "diatur", "menentukan",
        // "regane gulo saiki dadi 17.800": a new price being set, not asked
        "jadi", "jd", "dadi", "dados", "menjadi", "jadikan",
        // "harga resmi beras medium", "harga HET minyakita": the official figure, which the knowledge search answers with its source.
        "resmi", "het", "hap", "acuan", "eceran", "tertinggi", "pemerintah",
    ];

    public static bool IsPriceWord(string word) => PriceWords.Contains(Clean(word));

    /// <summary>Openers, and a form of address before a comma ("Teh, harga terigu …": the person, not the drink).</summary>
    private static List<Token> WithoutOpeners(IReadOnlyList<Token> tokens)
    {
        var rest = tokens.SkipWhile(t => Openers.Contains(Clean(t.Lower))).ToList();
        if (rest.Count > 1 && rest[0].Text.EndsWith(',') && (Fillers.Contains(Clean(rest[0].Lower)) || Everyday.EverydayWords.Fillers.Contains(Clean(rest[0].Lower))))
            rest = rest.Skip(1).SkipWhile(t => Openers.Contains(Clean(t.Lower))).ToList();
        return rest;
    }

    /// <summary>"berapa", "brp", "piro", "sabaraha": a word that asks how much, in any of the languages read here.</summary>
    public static bool IsAskWord(string word) => AskWords.Contains(Clean(word));

    /// <summary>
    /// A price question in free text, or null: "[opener] harga ITEM [fillers]", "[opener] berapa harga ITEM",
    /// or item first, "minyak goreng harganya berapa?". Anything that does not fit is left to the assistant.
    /// </summary>
    public static PriceQuery? TryReadBare(IReadOnlyList<Token> tokens)
    {
        var rest = WithoutOpeners(tokens);
        if (rest.Count == 0) return null;
        // "harga telor naik ya?": asked whether it went up, which today's price answers; "harga beras naik terus ya" is a remark.
        if (rest.Any(t => t.Text.EndsWith('?')) && !rest.Any(t => Clean(t.Lower) is "terus" or "trs" or "lagi" or "kenapa" or "mengapa" or "kok"))
            rest = rest.Where(t => Clean(t.Lower) is not ("naik" or "turun")).ToList();
        // "berapa harga …", and with a particle between: Makassar "berapa mi harga beras"
        var afterAsk = AskWords.Contains(Clean(rest[0].Lower)) ? rest.FindIndex(1, t => !Particles.Contains(Clean(t.Lower))) : -1;
        var priceAt = IsPriceWord(rest[0].Lower) ? 0 : afterAsk > 0 && IsPriceWord(rest[afterAsk].Lower) ? afterAsk : -1;
        // "daftar harga baru … Rp11.500/kg", "harga beras … tiga ratus sepuluh ribu mulai hari ini": money after "harga", in digits or
        // in words, states a price, it does not ask one.
        if (priceAt >= 0 && (rest.Skip(priceAt + 1).Any(MoneyReader.IsPriceStart)
                             || Enumerable.Range(priceAt + 1, rest.Count - priceAt - 1).Any(k => Everyday.WordNumbers.StartsMoney(rest, k)))) return null;
        if (priceAt >= 0)
        {
            try
            {
                var query = Read(rest.Skip(priceAt + 1).ToList(), fromQuestion: true, out var names);
                var named = query.Item?.Split(' ') ?? [];
                if (named.Any(w => NotItems.Contains(w.TrimEnd(',').ToLowerInvariant()) || Everyday.PriceChange.SaysChange(w.ToLowerInvariant()))) return null;
                // "daftar harga: beras, gula, telur", "harga2 brp aja, beras gula minyak telor": the list asked (a list word, or the
                // plural "harga2"), then the items it should show (several names, or more words than one name has), is the list
                var list = tokens.TakeWhile(t => !IsPriceWord(t.Lower)).Any(t => Clean(t.Lower) is "daftar" or "list" or "daptar")
                           || rest[priceAt].Lower.TrimEnd('?', '!', '.', ',') is "harga2" or "harga-harga" or "hrg2" or "pricelist";
                return list && (names > 1 || named.Length > 3) ? new PriceQuery(null) { FromQuestion = true } : query;
            }
            catch (GrammarError) { return null; }
        }
        var at = rest.FindIndex(t => IsPriceWord(t.Lower));
        // Fillers may sit between the item and "harga" ("beras sekarang harganya berapa?").
        var before = rest.Take(Math.Max(at, 0)).Select(t => Clean(t.Text)).ToList();
        // "beras pung harga brapa": a particle between the item and "harga" is not part of its name
        var item = before.Where(w => !Fillers.Contains(w.ToLowerInvariant())).ToList();
        // "kalau gula pasir di koperasi harganya berapa": up to five words before "harga" when at most three of them name the item.
        var fits = at >= 1 && before.Count <= 5 && item.Count is >= 1 and <= 3
            && item.All(w => w.Length > 0 && !char.IsAsciiDigit(w[0]) && !Fillers.Contains(w.ToLowerInvariant()) && !NotItems.Contains(w.ToLowerInvariant()))
            && rest.Skip(at + 1).All(t => Fillers.Contains(Clean(t.Lower)) || Everyday.WordNumbers.UnitOfOne(Clean(t.Lower)) is not null);
        if (fits) return new PriceQuery(string.Join(' ', item)) { FromQuestion = true };
        // "sonde ada daftar harga kah?", "cak mano hargo galo barang?": only fillers around "harga", with a word for the list
        // before it or for all of them after it, asks for the whole list
        var wholeList = at >= 1 && before.Count <= 5 && item.Count == 0
                        && (before.Any(w => w.ToLowerInvariant() is "daftar" or "list" or "daptar") || rest.Skip(at + 1).Any(t => AskingWords.All.Contains(Clean(t.Lower))))
                        && rest.Skip(at + 1).All(t => Fillers.Contains(Clean(t.Lower)));
        return wholeList ? new PriceQuery(null) { FromQuestion = true } : null;
    }

    /// <summary>
    /// "beras berapa?", "gula sekilo brp": item words then an ask word, without "harga". Only a
    /// candidate: "anggota berapa?" has the same shape, so the caller must find the words in the catalogue.
    /// </summary>
    /// <param name="requireUnit">Only with a unit after the ask word ("beras berapa sekilo?"), which makes it a price question without a catalogue.</param>
    public static PriceQuery? TryReadItemFirst(IReadOnlyList<Token> tokens, bool requireUnit = false)
    {
        if (!tokens.Any(t => AskWords.Contains(Clean(t.Lower)))) return null; // the common case, without copying
        // "🙏": decoration, not a word
        var rest = WithoutOpeners(tokens).Select(t => Clean(t.Lower)).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
        var at = rest.FindIndex(AskWords.Contains);
        // "beras masih ada brp karung?": whether it is still there, which the stock answers
        if (at >= 1 && rest.Take(at).Contains("masih") && rest.Take(at).Contains("ada")) return null;
        if (at < 1 || rest.Skip(at + 1).Any(w => !Fillers.Contains(w) && !(requireUnit && IsPerUnit(w)))) return null;
        if (requireUnit && !rest.Skip(at + 1).Any(IsPerUnit)) return null;
        // "beras skrg brp sekilo?": fillers between the item and the ask word are not part of the name; nor is Javanese "sak"
        // before a unit ("beras sak kilo piro": one kilo)
        var item = rest.Take(at).Where((w, k) => Everyday.WordNumbers.UnitOfOne(w) is null && !IsOneOf(w) && !Fillers.Contains(w)
                                                 && !(w == "sak" && k + 1 < at && Units.IsUnit(rest[k + 1]))).ToList();
        return NamesGoods(item) ? new PriceQuery(string.Join(' ', item)) { FromQuestion = true } : null;
    }

    /// <summary>
    /// One to three words (fillers already dropped) that may name goods asked about without "harga": letters only, no unit,
    /// no remark word, and no word about what is left ("sisa beras brp kg" asks the stock).
    /// </summary>
    private static bool NamesGoods(List<string> item) =>
        item.Count is >= 1 and <= 3
        && item.All(w => w.Length > 0 && w.All(char.IsLetter) && !Fillers.Contains(w) && !NotItems.Contains(w) && !Units.IsUnit(w) && !Everyday.StockQuestion.IsStockWord(w));

    /// <summary>"1L", "1kg", or "1" before its unit ("minyakita 1 liter brp?"): one of the unit asked about, as "seliter" is.</summary>
    private static bool IsOneOf(string word) =>
        IndonesianNumber.TrySplitGlued(word, out var number, out var unit) && number == "1" && (unit.Length == 0 || Units.IsUnit(unit));

    private static readonly HashSet<string> Still = [.. AskingWords.Still, "tetap", "ttp", "tetep"];

    /// <summary>
    /// "Pak, beras medium masih 12.500 kah?": whether the price is still what the asker remembers, which today's price answers.
    /// Only a candidate, like <see cref="TryReadItemFirst"/>: the caller must find the item in the catalogue.
    /// </summary>
    public static PriceQuery? TryReadStillAt(IReadOnlyList<Token> tokens)
    {
        if (!tokens.Any(t => t.Text.EndsWith('?') || Clean(t.Lower) is "kah" or "ya" or "gak" or "ga" or "kan")) return null;
        var rest = WithoutOpeners(tokens);
        var at = rest.FindIndex(t => Still.Contains(Clean(t.Lower)));
        if (at < 1 || at + 1 >= rest.Count) return null;
        var money = new List<Token>(rest.Skip(at + 1).Select(t => new Token(Clean(t.Text), false)));
        if (!Everyday.Amounts.LooksLikeMoney(money, 0)) return null;
        var after = IndonesianNumber.Multiplier(money.Count > 1 ? money[1].Text : "") is not null ? 2 : 1;
        if (!money.Skip(after).All(t => Fillers.Contains(t.Lower) || IsPerUnit(t.Lower))) return null;
        var item = rest.Take(at).Select(t => Clean(t.Lower)).Where(w => !Fillers.Contains(w)).ToList();
        return NamesGoods(item) ? new PriceQuery(string.Join(' ', item)) { FromQuestion = true } : null;
    }

    /// <summary>The item asked about in the words after "harga"; null for the whole list.</summary>
    public static PriceQuery Read(IReadOnlyList<Token> words, bool fromQuestion) => Read(words, fromQuestion, out _);

    /// <summary>
    /// <paramref name="names"/>: how many names are asked, apart by a comma or a joining word ("harga beras, gula sama telur");
    /// the comma is kept in the item, so the price reply gives each one.
    /// </summary>
    private static PriceQuery Read(IReadOnlyList<Token> words, bool fromQuestion, out int names)
    {
        var kept = new List<string>();
        names = 0;
        bool comma = false, joined = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = Clean(words[i].Text);
            var lower = word.ToLowerInvariant();
            if (i > 0 && words[i - 1].Text.EndsWith(',')) comma = true;
            // "🙏", "👍": decoration, never part of an item's name.
            if (word.Length == 0 || word.All(c => c > 127 && !char.IsLetterOrDigit(c)) || Fillers.Contains(lower) || Periods.Contains(lower) || PriceWords.Contains(lower)) continue;
            // "per kg", "/kg", "sekilo" and "1 kg" say which unit is meant, not which item.
            if (lower == "per" && i + 1 < words.Count && Units.IsUnit(Clean(words[i + 1].Text))) { i++; continue; }
            if (lower.StartsWith('/') && Units.IsUnit(lower[1..])) continue;
            if (Everyday.WordNumbers.UnitOfOne(lower) is not null) continue;
            if (words[i].StartsLikeNumber)
            {
                IndonesianNumber.TrySplitGlued(word, out _, out var glued);
                if (glued.Length > 0 && Units.IsUnit(glued)) continue;
                if (glued.Length == 0 && i + 1 < words.Count && Units.IsUnit(Clean(words[i + 1].Text))) { i++; continue; }
                throw GrammarError.With("Untuk mengubah harga pakai /setharga.", CommandExamples.SetPrice);
            }
            if (Everyday.EverydayWords.Separators.Contains(lower) || lower is "&" or "+" or "serta")
            {
                kept.Add(word);
                joined = true;
                continue;
            }
            if (kept.Count == 0 || joined || comma) names++;
            if (comma && !joined && kept.Count > 0) kept[^1] += ",";
            kept.Add(word);
            comma = joined = false;
        }
        var item = kept.Count == 0 ? null : AmountReader.CheckName(string.Join(' ', kept), CommandExamples.Price);
        return new PriceQuery(item) { FromQuestion = fromQuestion };
    }

    /// <summary>
    /// The one price-question classifier, for the grammar and the assistant alike. This is the assistant's
    /// reading of the whole text (the grammar reads the question before a reason, and answers before the
    /// assistant sees the text): "harga beras berapa?", "daftar harga" (item null: the list), "beras
    /// berapaan sekilo?", "beras sekarang harganya berapa?"; null when the text is not a price question.
    /// </summary>
    public static PriceQuery? Classify(string text) =>
        Tokenizer.Split(text.Trim()) is { Count: > 0 } tokens
            ? TryReadBare(tokens) ?? TryReadItemFirst(tokens, requireUnit: true)
            : null;

    /// <summary>"sekilo", "kg", "per": the unit a price is asked per, not part of the item.</summary>
    /// <summary>"pak" after the question is the person asked ("rekap hari ini berapa ya pak"), not a pack.</summary>
    private static bool IsPerUnit(string word) =>
        word is "per" || Everyday.WordNumbers.UnitOfOne(word) is not null || (Units.IsUnit(word) && word != "pak");

    /// <remarks>"barang2" is the written plural "barang-barang": the word itself; so is "berape-berape" (how much each).</remarks>
    private static string Clean(string word)
    {
        var clean = Everyday.TypingHabits.Fold(word).Trim('?', '!', '.', ',', ':', ';', '\'');
        if (clean.Length > 3 && clean[^1] == '2' && char.IsLetter(clean[^2])) return clean[..^1];
        var half = clean.Length / 2;
        return clean.Length > 4 && clean.Length % 2 == 1 && clean[half] == '-' && clean.AsSpan(0, half).SequenceEqual(clean.AsSpan(half + 1)) ? clean[..half] : clean;
    }
}
