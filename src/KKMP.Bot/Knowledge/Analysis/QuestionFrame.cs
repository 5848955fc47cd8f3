using System.Text.RegularExpressions;

namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Tells the asked part of a chat message from the story around it. Officers write "pak, kemarin ada anggota
/// yg protes soal bagi hasil, katanya ga adil. emang aturannya gmn?": the clause with a question word
/// ("apa", "siapa", "brp", "boleh", "bisa" …) or a question mark is the frame; the other clauses are the story.
/// The search lets story words count little, so that "protes" or "baru dilantik" cannot pull the question to a
/// passage that happens to share them, while legal words count wherever they stand ("jadi pengawas, tugas sy apa?").
/// </summary>
public static partial class QuestionFrame
{
    /// <summary>The indexes (into <paramref name="words"/>) of the words in the asked clauses; every word when no clause asks.</summary>
    public static IReadOnlySet<int> AskedWords(string normalized, MatchCollection words)
    {
        var clauses = Clause().Matches(normalized).Where(c => c.Value.Any(char.IsLetterOrDigit)).ToList();
        var asked = clauses.Where(c => c.Value.TrimEnd().EndsWith('?') || QuestionWord().IsMatch(c.Value)).ToList();
        // "kasir ngebocorin saldo tetangga, itu kan gk boleh ya?": a question that only points back ("itu boleh?",
        // "aturannya gmn?") asks about what was told before it, so nothing is an aside.
        if (!asked.Any(c => ContentWord().Matches(c.Value).Any(w => !FrameWords.Contains(w.Value)))) asked.Clear();
        // "kalo mau bubarin kopdes, minimal brp anggota yg harus setuju?": a condition right before the question says
        // what it is about; it is part of the question, not a story around it. So does a plan ("mau bubarin kopdes lewat rapat,
        // yg hadir hrs brp?"): the question asks what the plan needs.
        else asked.AddRange(clauses.Where((c, i) => i + 1 < clauses.Count && asked.Contains(clauses[i + 1]) && !asked.Contains(c) && Condition().IsMatch(c.Value)).ToList());
        var frame = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
            if (asked.Count == 0 || asked.Any(c => words[i].Index >= c.Index && words[i].Index < c.Index + c.Length)) frame.Add(i);
        return frame;
    }

    /// <summary>
    /// The asked clauses of an already normalised message, word by word ("hujan deres jadi ga kuorum. rapat kedua kuorumnya
    /// brp?" → "rapat kedua kuorumnya brp"): what a story only tells ("ga kuorum", "hujan") is not what it asks.
    /// </summary>
    public static string AskedText(string normalized)
    {
        var words = AnyWord().Matches(normalized);
        var asked = AskedWords(normalized, words);
        return string.Join(' ', words.Where((_, i) => asked.Contains(i)).Select(w => w.Value));
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex AnyWord();

    /// <summary>Words that only frame a question ("itu kan gk boleh ya?", "gmn aturannya?"), after chat normalisation.</summary>
    private static readonly HashSet<string> FrameWords =
    [
        "itu", "ini", "kan", "tidak", "boleh", "bisa", "sah", "aturan", "aturannya", "benar", "memang", "terus", "tuh", "gitu", "begitu",
        "sih", "dong", "deh", "kah", "apakah", "hukumnya", "hukum", "caranya", "bagaimana", "gimana", "kalau", "apa", "saja", "yang",
        "dasar", "ada", "atau", "belum", "sudah", "juga", "nya", "tanya", "mohon", "tolong", "pak", "bu", "mas", "mbak", "kak",
        "diberi", "memberi", "tahu", "diberitahu", "ditolak", "melanggar", "dilarang", "terlarang", "salah",
        // "namanya apa?", "istilahnya apa?": what the thing told before is called.
        "namanya", "istilahnya", "sebutannya",
    ];

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"^\s*(kalau|jika|jikalau|apabila|bila|misal|misalnya|seandainya|andaikan|andai|mau|ingin|pengen|hendak)\b")]
    private static partial Regex Condition();

    /// <summary>A clause ends at a sentence mark or a comma (chat messages rarely use anything else).</summary>
    [GeneratedRegex(@"[^.,;!?\n]+[.,;!?\n]*")]
    private static partial Regex Clause();

    /// <summary>Question words after chat normalisation ("brp" is already "berapa", "gk" already "tidak").</summary>
    /// <remarks>"harus", "wajib", "perlu" are not among them: the story says them too ("katanya koperasi harus punya pengawas").</remarks>
    [GeneratedRegex(@"\b(apa|apakah|siapa|berapa|kapan|bagaimana|mana|dimana|kenapa|mengapa|boleh|bisa|sah|aturannya)\b")]
    private static partial Regex QuestionWord();
}
