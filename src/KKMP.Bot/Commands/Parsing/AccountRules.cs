using System.Globalization;
using System.Text.RegularExpressions;
using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>/rekap, /batal, /undang, /gabung and /koperasi tambah.</summary>
internal static partial class AccountRules
{
    [GeneratedRegex(@"^[A-Za-z0-9-]{4,32}$")]
    private static partial Regex InviteCode();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]{1,39}$")]
    private static partial Regex CooperativeId();

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static Command Recap(IReadOnlyList<Token> args)
    {
        var at = Addressing.Take(ref args);
        return new Recap(DayOrPeriod(args)) { At = at };
    }

    /// <summary>A day as /acuan reads it, or else one of the books' periods; a text that is neither keeps the day's error.</summary>
    private static RecapDay DayOrPeriod(IReadOnlyList<Token> args)
    {
        try
        {
            return Day(args, CommandExamples.RecapDate);
        }
        catch (GrammarError) when (PeriodOf(args) is { } period)
        {
            return new RecapDay.InPeriod(period);
        }
    }

    private static Books.Reports.PeriodSpec? PeriodOf(IReadOnlyList<Token> args)
    {
        try
        {
            return Books.Reports.PeriodReader.Read(Tokenizer.Join(args), CommandExamples.RecapPeriod);
        }
        catch (GrammarError)
        {
            return null;
        }
    }

    /// <summary>/acuan [tanggal]: the same day words as /rekap.</summary>
    public static Command ReferenceList(IReadOnlyList<Token> args) => new ReferenceList(Day(args, CommandExamples.ReferenceListOn));

    /// <summary>hari ini (also nothing), kemarin, 2026-11-20, 20/11/2026, 20/11, 20 nov [2026].</summary>
    private static RecapDay Day(IReadOnlyList<Token> args, string example)
    {
        var text = Tokenizer.Join(args).ToLowerInvariant();
        if (text is "" or "hari ini" or "hariini" or "sekarang") return new RecapDay.Today();
        if (text is "kemarin" or "kmrn" or "kemaren") return new RecapDay.Yesterday();
        if (args.Count == 1 && DateOnly.TryParseExact(args[0].Text, DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var date))
            return new RecapDay.On(date);
        if (DayMonth(args) is { } dayMonth) return dayMonth;
        throw GrammarError.With(
            $"Tanggal \"{Tokenizer.Join(args)}\" tidak dikenali; tulis kemarin, hari ini, 20/11, 20 nov atau 2026-11-20.", example);
    }

    private static readonly string[][] MonthNames =
    [
        ["januari", "jan"], ["februari", "feb", "pebruari"], ["maret", "mar"], ["april", "apr"], ["mei"], ["juni", "jun"],
        ["juli", "jul"], ["agustus", "agu", "agt", "ags", "agst"], ["september", "sep", "sept"], ["oktober", "okt"],
        ["november", "nov", "nop"], ["desember", "des"],
    ];

    /// <summary>"28/11", "28-11", "28.11" or "28 nov" (a year after the month name makes it an exact date).</summary>
    private static RecapDay? DayMonth(IReadOnlyList<Token> args)
    {
        if (args.Count == 1 && args[0].Text.Split('/', '-', '.') is [var d, var m])
            return Number(d) is { } day && Number(m) is { } month ? DayMonthIfReal(day, month) : null;
        if (args.Count is not (2 or 3) || Number(args[0].Text) is not { } dayOfMonth) return null;
        var index = Array.FindIndex(MonthNames, names => names.Contains(args[1].Lower));
        if (index < 0) return null;
        if (args.Count == 2) return DayMonthIfReal(dayOfMonth, index + 1);
        return Number(args[2].Text) is { } year && year is >= 2000 and <= 2100 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, index + 1)
            ? new RecapDay.On(new DateOnly(year, index + 1, dayOfMonth)) : null;
    }

    private static int? Number(string text) =>
        text.Length is >= 1 and <= 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    // 2024 is a leap year, so 29/2 counts as real; the handler picks the latest year it exists in.
    private static RecapDay.OnDayMonth? DayMonthIfReal(int day, int month) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month) ? new RecapDay.OnDayMonth(day, month) : null;

    public static Command Undo(IReadOnlyList<Token> args) =>
        args.Count == 0
            ? new Undo()
            : throw GrammarError.With("/batal tidak memakai kata lain; ia membatalkan catatan terakhir Anda.", CommandExamples.Undo);

    public static Command Invite(IReadOnlyList<Token> args)
    {
        const string roles = "anggota, pengelola, pengurus, pengawas, pembina; atau grup untuk menghubungkan grup Telegram";
        if (args.Count == 0) throw GrammarError.With($"Tulis peran yang diundang ({roles}).", CommandExamples.Invite);
        if (args.Count == 1 && args[0].Lower is "grup" or "group") return new GroupInvite();
        if (args.Count == 2 && args[0].Lower == "pembina") return new CityInvite(global::KKMP.Bot.City.CityIds.Of(args[1].Text));
        if (args.Count == 2 && ParseRole(args[0].Lower) == Role.Anggota)
            return new Invite(Role.Anggota) { MemberNumber = MemberRules.Number(args[1], "/undang anggota 0012") };
        if (args.Count > 1 || ParseRole(args[0].Lower) is not { } role)
            throw GrammarError.With($"Peran \"{Tokenizer.Join(args)}\" tidak dikenal (pilihan: {roles}).", CommandExamples.Invite);
        return new Invite(role);
    }

    /// <summary>Role words; "kasir"/"manajer" are what shops call a pengelola.</summary>
    public static Role? ParseRole(string word) => word switch
    {
        "anggota" => Role.Anggota,
        "pengelola" or "kasir" or "manajer" => Role.Pengelola,
        "pengurus" => Role.Pengurus,
        "pengawas" => Role.Pengawas,
        "pembina" => Role.Pembina,
        "admin" => Role.Admin,
        _ => null,
    };

    /// <summary>/kota [kota-id]: a city id as typed ("Kota Mojokerto" or kota-mojokerto).</summary>
    public static Command City(IReadOnlyList<Token> args) =>
        new CityView(args.Count == 0 ? null : global::KKMP.Bot.City.CityIds.Of(Tokenizer.Join(args)) is { Length: > 0 } id ? id
            : throw GrammarError.With($"Kota \"{Tokenizer.Join(args)}\" tidak sah.", "/kota kota-mojokerto"));

    /// <summary>/gabung KODE. Codes are compared upper-case so a phone's auto-capitalisation does not matter.</summary>
    public static Command Join(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) throw GrammarError.With("Kode undangan belum ditulis.", CommandExamples.Join);
        if (args.Count > 1 || !InviteCode().IsMatch(args[0].Text))
            throw GrammarError.With($"Kode undangan \"{Tokenizer.Join(args)}\" tidak sah.", CommandExamples.Join);
        return new Join(args[0].Text.ToUpperInvariant());
    }

    /// <summary>/koperasi tambah ID "Nama" "Desa" "Kota" [WIB|WITA|WIT]; the zone becomes an IANA id.</summary>
    public static Command Cooperative(IReadOnlyList<Token> args)
    {
        const string example = CommandExamples.CooperativeAdd;
        if (args.Count >= 1 && args[0].Lower == "provinsi")
            return args.Count >= 2
                ? new CooperativeProvince(AmountReader.CheckName(Tokenizer.Join(args.Skip(1).ToList()), CommandExamples.CooperativeProvince))
                : throw GrammarError.With("Tulis nama provinsinya.", CommandExamples.CooperativeProvince);
        if (args.Count == 0 || args[0].Lower != "tambah")
            throw GrammarError.With("Perintah /koperasi mengenal \"tambah\" dan \"provinsi\".", example);
        if (args.Count is < 5 or > 6)
            throw GrammarError.With("Tulis ID, nama, desa/kelurahan dan kota; nama yang berspasi diberi tanda kutip.", example);
        var id = args[1].Text.ToLowerInvariant();
        if (args[1].Quoted || !CooperativeId().IsMatch(id))
            throw GrammarError.With($"ID \"{args[1].Text}\" hanya boleh huruf kecil, angka dan tanda - (2–40 huruf).", example);
        string? zone = null;
        if (args.Count == 6)
            zone = args[5].Lower switch
            {
                "wib" => "Asia/Jakarta",
                "wita" => "Asia/Makassar",
                "wit" => "Asia/Jayapura",
                _ => throw GrammarError.With($"Zona waktu \"{args[5].Text}\" tidak dikenal (WIB, WITA atau WIT).", example),
            };
        var name = AmountReader.CheckName(args[2].Text, example);
        return new CooperativeAdd(id, name, AmountReader.CheckName(args[3].Text, example),
            AmountReader.CheckName(args[4].Text, example), zone);
    }
}
