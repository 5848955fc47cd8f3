using KKMP.Bot.Commands.Table;

namespace KKMP.Bot.Commands.Parsing.Everyday;

/// <summary>
/// Shop messages as managers type them, read into the same <see cref="Command"/> the slash form gives
/// (with <see cref="Command.FromWords"/> set): each reader finds the slash command the words mean and
/// that command's own rule reads it, so the ledger, the echo and /batal behave identically.
/// Unclear messages (several entries, a correction, a number that may be part of a name, "tuku")
/// get a question back; nothing is guessed.
/// </summary>
internal static class EverydayReader
{
    /// <summary>A verdict on a slash-less message, or null to leave it to the slash grammar's bare forms.</summary>
    public static ParseResult? Read(string text, IReadOnlyList<Token> tokens)
    {
        var words = EverydayWords.Clean(tokens);
        if (words.Count == 0) return null;
        // A question mark keeps a message a question ("stok beras habis ya?"), except for recaps and undo.
        // "kirim rekap hari ini ya soalnya mau saya laporkan": a request, then why; the why is not part of it.
        var reading = Request(words) ?? RequestInOneClause(tokens)
            ?? (text.Contains('?') ? null : Corrections.Read(words) ?? PriceChange.Read(words) ?? GoodsEntry(tokens, words));
        // "gulpas kejual tiga kilo tadi, cemana mau awak catat?": an entry, then how to record it; the entry is read without the
        // question, when it reads as a whole command (else the question is the assistant's).
        if (reading is null && text.Contains('?') && BeforeHowToRecord(tokens) is { } entry && EverydayWords.Clean(entry) is { Count: > 0 } entryWords
            && Verdict(entry, Corrections.Read(entryWords) ?? PriceChange.Read(entryWords) ?? GoodsEntry(entry, entryWords)) is ParseResult.Parsed parsed)
            return parsed;
        return Verdict(tokens, reading);
    }

    private static ParseResult? Verdict(IReadOnlyList<Token> tokens, Reading? reading) =>
        reading switch
        {
            Reading.Verdict verdict => verdict.Result,
            Reading.Slash slash when !Unchanged(tokens, slash) => Run(slash),
            Reading.Slash slash when Writes(slash) && Run(slash) is ParseResult.Invalid missing => missing,
            _ => null,
        };

    /// <summary>A request read in words (undo, recap, a list, one item's stock), without the reason given after it.</summary>
    private static Reading? Request(IReadOnlyList<Token> words)
    {
        var asked = Requests.BeforeReason(words);
        // "sebelum tutup saya mau lihat rekapan hari ini dulu, mau saya cocokkan": the asker's plan before the recap word is
        // no reason after a request; the recap reader cuts its own reason after the recap word. "catatan tadi ternyata keliru
        // karena …, mohon dibatalkan": the story of why the last entry goes comes before its undo (previewed for YA).
        return UndoInWords.Read(asked) ?? RecapInWords.Read(asked) ?? ReadInWords.Read(asked) ?? StockQuestion.Read(asked)
            ?? (asked.Count < words.Count ? RecapInWords.Read(words) ?? UndoInWords.Read(words) : null);
    }

    /// <summary>
    /// "rekap hari ini dong, mau tutup", "tadi dobel ngirimnya, yg terakhir batalin aja": a request in one clause and a
    /// remark in the others. Read when exactly one clause is a request and no other clause carries a number or a shop
    /// verb (which would make it an entry of its own).
    /// </summary>
    private static Reading? RequestInOneClause(IReadOnlyList<Token> tokens)
    {
        var raw = Clauses(tokens).ToList();
        if (raw.Count < 2) return null;
        var clauses = raw.Select(EverydayWords.Clean).Where(c => c.Count > 0).ToList();
        if (clauses.Count < 2) return null;
        var requests = clauses.Select(c => (Clause: c, Reading: Request(c))).Where(r => r.Reading is not null).ToList();
        if (requests.Count != 1) return null;
        var remarks = clauses.Where(c => !ReferenceEquals(c, requests[0].Clause));
        // "sa bilang bede 5 kilo, bukan 50, hapus mi yg tadi": a closing undo of the last entry takes it back (previewed for YA);
        // the figures before it say what was wrong with it, they are no entry of their own.
        var closingUndo = requests[0].Reading is Reading.Slash { Word: "batal" } && ReferenceEquals(requests[0].Clause, clauses[^1]);
        return remarks.All(c => c.All(w => (closingUndo || !w.StartsLikeNumber) && !EverydayWords.Verbs.ContainsKey(w.Lower))) ? requests[0].Reading : null;
    }

    /// <summary>Words of recording: "mau awak catat", "nulisnya", "cara inputnya".</summary>
    private static readonly HashSet<string> Recording =
        ["catat", "dicatat", "catet", "dicatet", "nyatet", "nyatat", "catatnya", "catetnya", "tulis", "ditulis", "nulis", "tulisnya", "nulisnya",
         "input", "diinput", "inputnya", "ketik", "ngetik", "ketiknya"];

    /// <summary>
    /// The clauses before a question how to record ("…, cemana pulak mau awak catat?", "… gmn nulisnya?"): a how word and a word
    /// of recording, no number, after clauses without a question mark. Null when the message has no such question.
    /// </summary>
    private static List<Token>? BeforeHowToRecord(IReadOnlyList<Token> tokens)
    {
        var clauses = Clauses(tokens).ToList();
        for (var k = 1; k < clauses.Count; k++)
        {
            if (clauses[k - 1].Any(t => !t.Quoted && t.Text.Contains('?'))) return null;
            var after = EverydayWords.Clean(clauses.Skip(k).SelectMany(c => c).ToList());
            if (after.Any(w => w.StartsLikeNumber || WordNumbers.SaysAmount(w.Lower))) continue;
            if (after.Any(w => AskingWords.How.Contains(w.Lower) || w.Lower is "cara" or "caranya" or "carane") && after.Any(w => Recording.Contains(w.Lower)))
                return clauses.Take(k).SelectMany(c => c).ToList();
        }
        return null;
    }

    /// <summary>Raw tokens cut after a comma, full stop, semicolon, exclamation or question mark.</summary>
    private static IEnumerable<List<Token>> Clauses(IReadOnlyList<Token> tokens)
    {
        var clause = new List<Token>();
        foreach (var token in tokens)
        {
            clause.Add(token);
            if (!token.Quoted && token.Text.Length > 0 && token.Text[^1] is ',' or '.' or ';' or '!' or '?')
            {
                yield return clause;
                clause = [];
            }
        }
        if (clause.Count > 0) yield return clause;
    }

    /// <summary>"kas masuk 2jt modal", "biaya transport 50rb": the books' own words are about money, not goods; their grammar reads them.</summary>
    private static Reading? GoodsEntry(IReadOnlyList<Token> tokens, IReadOnlyList<Token> words)
    {
        // "laporan penjualan telur 4 kg" reports a sale; "laporan bulan ini" is the books' report.
        if (!tokens[0].Quoted && Table.BookCommands.Words.Contains(tokens[0].Lower) && !(words.Count > 1 && words[1].Lower is "penjualan" or "jualan" or "pembelian" or "penerimaan")) return null;
        // "… @16.500 = 825.000, potongan 25.000 → bayar 800.000": read at the net price, or asked; the figures may look like several entries.
        if (!Discounts.Mentioned(tokens)) return Entry(words);
        if (Discounts.AtNetPrice(tokens, before => Entry(EverydayWords.Clean(before)) is Reading.Slash slash && Writes(slash) && Run(slash) is ParseResult.Parsed { Command: var command } ? command : null) is { } net)
            return new Reading.Verdict(new ParseResult.Parsed(net));
        return Entry(words) is var entry && entry is Reading.Slash { Word: "jual" or "masuk" } ? Reading.Ask(Discounts.Ask) : entry;
    }

    private static Reading? Entry(IReadOnlyList<Token> words) => words.Count == 0 ? null : SaleForMember.Read(words) ?? ShopEntry.Read(words);

    /// <summary>"jual gula 2 kg" is the slash form without its slash: the slash grammar reads it as before.</summary>
    private static bool Unchanged(IReadOnlyList<Token> tokens, Reading.Slash slash) =>
        tokens.Count == slash.Args.Count + 1
        && string.Equals(tokens[0].Text, slash.Word, StringComparison.OrdinalIgnoreCase)
        && tokens.Skip(1).Zip(slash.Args).All(pair => pair.First == pair.Second);

    /// <summary>
    /// "jual beras", "masuk gula": a sale or receipt typed without its amount. The bare grammar
    /// only reports errors that carry a number, so without this the words went to the assistant
    /// (which answered with beras's reference price); "laku beras" already asked for the amount.
    /// </summary>
    private static bool Writes(Reading.Slash slash) => slash.Word is "jual" or "masuk";

    private static ParseResult Run(Reading.Slash slash)
    {
        try
        {
            var rule = CommandTable.Find(slash.Word)?.Rule ?? throw new InvalidOperationException($"No command /{slash.Word}.");
            var command = rule(slash.Args);
            // A name without an amount after a count word: asked as a stock question only when StockQuestion read it so.
            if (command is StockList { Item: { } name } && !slash.AsksStock)
                return slash.Attempt ? new ParseResult.Invalid(ShopRules.CountWithoutAmount(name)) : new ParseResult.NotACommand();
            return new ParseResult.Parsed(command with { FromWords = true });
        }
        catch (GrammarError error)
        {
            return slash.Attempt ? new ParseResult.Invalid(error.Message) : new ParseResult.NotACommand();
        }
    }
}
