using KKMP.Bot.Shu;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/shu (the year's SHU split, one's own estimate, the ART's percentages) and /rat (the RAT pack).</summary>
internal static class ShuRules
{
    public const string SetExample = "/shu atur cadangan 30 jasa-transaksi 35 jasa-simpanan 15 pendidikan 5 insentif 10 lain 5";
    public const string YearExample = "/shu 2026";
    public const string OwnExample = "/shu saya";
    public const string RatExample = "/rat 2026";

    private const int FirstYear = 2000, LastYear = 2100;

    /// <summary>The words for each part, as boards write them ("jasa transaksi", "jasa-usaha", "lain-lain").</summary>
    private static readonly Dictionary<string, ShuPart> PartWords = new()
    {
        ["cadangan"] = ShuPart.Cadangan, ["jasa-transaksi"] = ShuPart.JasaTransaksi, ["transaksi"] = ShuPart.JasaTransaksi,
        ["jasa-usaha"] = ShuPart.JasaTransaksi, ["usaha"] = ShuPart.JasaTransaksi, ["jasa-simpanan"] = ShuPart.JasaSimpanan,
        ["simpanan"] = ShuPart.JasaSimpanan, ["jasa-modal"] = ShuPart.JasaSimpanan, ["modal"] = ShuPart.JasaSimpanan,
        ["pendidikan"] = ShuPart.Pendidikan, ["insentif"] = ShuPart.Insentif, ["lain"] = ShuPart.Lain, ["lain-lain"] = ShuPart.Lain,
        ["lainnya"] = ShuPart.Lain,
    };

    /// <summary>Questions end in these; "shu saya berapa ya?" is the same as /shu saya.</summary>
    private static readonly HashSet<string> QuestionWords =
        ["berapa", "brp", "ya", "sih", "dong", "kah", "sekarang", "skrg", "tahun", "ini", "thn", "udah", "udh", "sudah", "sdh", "nanti", "dapat", "dapet"];

    public static Command Shu(IReadOnlyList<Token> args)
    {
        if (args.Count == 0)
            throw GrammarError.With($"Tulis tahunnya ({YearExample}), atau lihat perkiraan SHU Anda sendiri ({OwnExample}).", YearExample);
        if (args[0].Lower == "atur") return Set(args);
        if (args.Count == 1 && TryYear(args[0].Lower, out var asked)) return new ShuYear(asked);
        if (args[0].Lower.TrimEnd('?', '.', '!') is "saya" or "sy" or "aku" or "ku")
        {
            int? year = null;
            foreach (var word in args.Skip(1).Select(a => a.Lower.Trim('?', '.', '!', ',')).Where(w => w.Length > 0))
                if (year is null && TryYear(word, out var y)) year = y;
                else if (!QuestionWords.Contains(word)) throw GrammarError.With($"\"{word}\" tidak dimengerti.", OwnExample);
            return new OwnShu(year);
        }
        throw GrammarError.With($"\"/shu {Tokenizer.Join(args)}\" tidak dimengerti; tulis {YearExample}, {OwnExample} atau {SetExample}.", YearExample);
    }

    public static Command Rat(IReadOnlyList<Token> args) =>
        args.Count == 1 && TryYear(args[0].Lower, out var year)
            ? new RatPack(year)
            : throw GrammarError.With("Tulis tahun buku yang dilaporkan ke Rapat Anggota Tahunan.", RatExample);

    /// <summary>"atur cadangan 30 jasa-transaksi 35 … [mulai 2027]": every part once; a part not written is 0 %.</summary>
    private static Command Set(IReadOnlyList<Token> args)
    {
        var given = new Dictionary<ShuPart, decimal>();
        int? fromYear = null;
        var i = 1;
        if (args.Count == 1) throw GrammarError.With("Tulis persentase tiap bagian SHU sesuai ART.", SetExample);
        while (i < args.Count)
        {
            var word = args[i].Lower;
            // "jasa transaksi", "jasa simpanan": two words for one part.
            if (word == "jasa" && i + 1 < args.Count) word = "jasa-" + args[++i].Lower;
            if (word is "mulai" or "tahun" or "dari" or "sejak" && i + 1 < args.Count && TryYear(args[i + 1].Lower, out var from))
            {
                fromYear = from;
                i += 2;
                continue;
            }
            if (!PartWords.TryGetValue(word, out var part))
                throw GrammarError.With($"\"{args[i].Text}\" bukan bagian SHU; bagiannya: cadangan, jasa-transaksi, jasa-simpanan, pendidikan, insentif, lain.", SetExample);
            if (given.ContainsKey(part)) throw GrammarError.With($"Bagian {ShuPercentages.Word(part)} ditulis dua kali.", SetExample);
            if (++i >= args.Count || !TryPercent(args, ref i, out var percent))
                throw GrammarError.With($"Persentase {ShuPercentages.Word(part)} belum ditulis dengan angka (0 sampai 100).", SetExample);
            given[part] = percent;
        }
        decimal Of(ShuPart p) => given.GetValueOrDefault(p);
        return new ShuSetRules(new ShuPercentages(Of(ShuPart.Cadangan), Of(ShuPart.JasaTransaksi), Of(ShuPart.JasaSimpanan),
            Of(ShuPart.Pendidikan), Of(ShuPart.Insentif), Of(ShuPart.Lain)), fromYear);
    }

    /// <summary>"30", "30%", "30 %", "2,5": 0 to 100 with at most two decimals.</summary>
    private static bool TryPercent(IReadOnlyList<Token> args, ref int i, out decimal percent)
    {
        var text = args[i].Text.TrimEnd('%');
        if (!IndonesianNumber.TryParse(text, out percent) || percent < 0 || percent > 100 || decimal.Round(percent, 2) != percent) return false;
        i++;
        if (i < args.Count && args[i].Text == "%") i++;
        return true;
    }

    private static bool TryYear(string word, out int year)
    {
        year = 0;
        return word.Length == 4 && word.All(char.IsAsciiDigit) && int.TryParse(word, out year) && year is >= FirstYear and <= LastYear;
    }
}
