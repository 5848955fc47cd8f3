namespace KKMP.Bot.Commands.Parsing;

/// <summary>/anggota: the member register.</summary>
internal static class MemberRules
{
    public const string ListExample = "/anggota";
    public const string ShowExample = "/anggota 0012";
    public const string AddExample = "/anggota tambah \"Painem\"";
    public const string LeaveExample = "/anggota keluar 0012 pindah desa";
    public const string SaleExample = "/jual gula 2 kg untuk 0012";

    /// <summary>Forms of address and labels before a member's name or number ("bu painem", "anggota 0012"): not part of the name.</summary>
    private static readonly HashSet<string> Address =
    [
        "bu", "ibu", "bue", "pak", "bapak", "pk", "mas", "mbak", "mba", "mbok", "mbah", "kak", "dik", "adik", "bang", "om", "tante",
        "bude", "pakde", "bulik", "paklik", "cak", "ning", "teh", "aa", "anggota", "no", "nomor", "nomer", "nmr",
    ];

    /// <summary>The largest member number: six digits is more than any village cooperative needs, and refuses typos.</summary>
    public const int MaxNumber = 999_999;

    public static Command Member(IReadOnlyList<Token> args)
    {
        if (args.Count == 0) return new MemberList(1);
        var word = args[0].Lower;
        switch (word)
        {
            case "hal" or "halaman":
                if (args.Count != 2 || !int.TryParse(args[1].Text, out var page) || page < 1)
                    throw GrammarError.With("Nomor halaman harus angka 1 atau lebih.", "/anggota hal 2");
                return new MemberList(page);
            case "tambah":
                return Add(args);
            case "keluar":
                if (args.Count < 2) throw GrammarError.With("Nomor anggota yang keluar belum ditulis.", LeaveExample);
                var reason = Tokenizer.Join(args.Skip(2)).Trim();
                if (reason.Length > Limits.MaxNoteLength)
                    throw GrammarError.With($"Alasan terlalu panjang (paling banyak {Limits.MaxNoteLength} huruf).", LeaveExample);
                return new MemberLeave(Number(args[1], LeaveExample), reason);
            default:
                if (args.Count == 1 && !args[0].Quoted && args[0].Text.All(char.IsAsciiDigit)) return new MemberShow(Number(args[0], ShowExample));
                throw GrammarError.With($"\"/anggota {Tokenizer.Join(args)}\" tidak dimengerti; tulis /anggota, /anggota 0012, {AddExample} atau {LeaveExample}.", AddExample);
        }
    }

    private static Command Add(IReadOnlyList<Token> args)
    {
        if (args.Count < 2) throw GrammarError.With("Nama anggota belum ditulis.", AddExample);
        var nameTokens = args.Skip(1).ToList();
        int? number = null;
        if (nameTokens.Count > 1 && !nameTokens[^1].Quoted && nameTokens[^1].Text.All(char.IsAsciiDigit))
        {
            number = Number(nameTokens[^1], "/anggota tambah \"Painem\" 0012");
            nameTokens.RemoveAt(nameTokens.Count - 1);
        }
        if (nameTokens.Any(t => !t.Quoted && t.Text.Any(char.IsAsciiDigit)))
            throw GrammarError.With("Nama anggota tidak boleh berisi angka; nomor anggota ditulis di akhir.", "/anggota tambah \"Painem\" 0012");
        var name = AmountReader.CheckName(Tokenizer.Join(nameTokens), AddExample);
        if (name.Length > Limits.MaxNoteLength) throw GrammarError.With($"Nama terlalu panjang (paling banyak {Limits.MaxNoteLength} huruf).", AddExample);
        return new MemberAdd(name, number);
    }

    /// <summary>
    /// The buyer after "untuk": a member number ("0012"), or a name ("bu painem", "Painem Rahayu") that the
    /// handler resolves against the register. Forms of address are dropped; a name holds no digits.
    /// </summary>
    public static MemberRef Reference(IReadOnlyList<Token> words, string example)
    {
        var named = words.SkipWhile(w => !w.Quoted && Address.Contains(w.Lower)).ToList();
        if (named.Count == 0)
            throw GrammarError.With("Setelah \"untuk\" tulis nomor atau nama anggota (penjualan tanpa \"untuk\" tercatat bukan anggota).", example);
        if (named.Count == 1 && !named[0].Quoted && named[0].Text.All(char.IsAsciiDigit)) return MemberRef.ByNumber(Number(named[0], example));
        if (named.Any(t => !t.Quoted && t.Text.Any(char.IsAsciiDigit)))
            throw GrammarError.With("Setelah \"untuk\" tulis nomor anggota saja atau namanya saja (penjualan tanpa \"untuk\" tercatat bukan anggota).", example);
        var name = Tokenizer.Join(named).Trim();
        if (name.Length > Limits.MaxNoteLength) throw GrammarError.With($"Nama terlalu panjang (paling banyak {Limits.MaxNoteLength} huruf).", example);
        return MemberRef.ByName(name);
    }

    /// <summary>"0012", "12": a member number.</summary>
    public static int Number(Token token, string example) =>
        !token.Quoted && token.Text.Length <= 6 && token.Text.All(char.IsAsciiDigit) && int.TryParse(token.Text, out var n) && n is > 0 and <= MaxNumber
            ? n
            : throw GrammarError.With($"Nomor anggota \"{token.Text}\" tidak bisa dibaca; tulis angkanya saja (1 sampai {MaxNumber}).", example);
}
