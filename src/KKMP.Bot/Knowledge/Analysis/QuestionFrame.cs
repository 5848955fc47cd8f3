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
        // "katanya pengurus beda aturannya. bener gak?": a claim told as hearsay is what the question checks, not a question itself.
        // "cukup SK ketua aja kan, ga usah nanya anggota?": a clause closed by the tag "kan" asks for a confirmation, like one with "?".
        var asked = clauses.Where(c => c.Value.TrimEnd().EndsWith('?') || (QuestionWord().IsMatch(c.Value) || Tag().IsMatch(c.Value)) && !Hearsay().IsMatch(c.Value)).ToList();
        // "kasir ngebocorin saldo tetangga, itu kan gk boleh ya?": a question that only points back ("itu boleh?",
        // "aturannya gmn?") asks about what was told before it, so nothing is an aside.
        if (!asked.Any(c => ContentWord().Matches(c.Value).Any(w => !FrameWords.Contains(w.Value)))) asked.Clear();
        // "kalo mau bubarin kopdes, minimal brp anggota yg harus setuju?": a condition right before the question says
        // what it is about; it is part of the question, not a story around it. So does a plan ("mau bubarin kopdes lewat rapat,
        // yg hadir hrs brp?"): the question asks what the plan needs.
        var parts = asked.Select(c => (Start: c.Index, End: c.Index + c.Length)).ToList();
        var conditions = new List<Match>();
        if (asked.Count > 0)
            for (var i = 0; i + 1 < clauses.Count; i++)
                if (asked.Contains(clauses[i + 1]) && !asked.Contains(clauses[i]) && Condition().Match(clauses[i].Value) is { Success: true } condition)
                {
                    // The planned act, not the officer who plans it: "pengurus mau ganti AD. yg berhak ngubah AD siapa?" asks
                    // whose power it is, and "pengurus" there would pull every article about the pengurus.
                    parts.Add((clauses[i].Index + (condition.Groups["planner"].Success ? condition.Length : 0), clauses[i].Index + clauses[i].Length));
                    conditions.Add(clauses[i]);
                }
        // "laporan keuangan boleh pakai bahasa inggris biar keren?": "biar" after the asked thing gives the asker's reason, which the
        // answer need not hold; like the story, it is context. ("gmn biar kopdes sehat?" asks the purpose: nothing asked comes before it.)
        // A question that only points back ("10rb aja biar warga mampu, gitu kan caranya?") asks the whole message, reason aside.
        // So is the reason inside a plan told right before the question ("mau ngalihin keanggotaan ke sy biar simpanannya lanjut. bisa?").
        var reasons = (asked.Count > 0 ? asked.Concat(conditions) : clauses).Select(c => (Clause: c, Reason: Reason().Match(c.Value)))
            .Where(r => r.Reason.Success && ContentWord().Matches(r.Clause.Value[..r.Reason.Index]).Any(w => !FrameWords.Contains(w.Value)))
            .Select(r => (Start: r.Clause.Index + r.Reason.Index, End: r.Clause.Index + r.Clause.Length)).ToList();
        var frame = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
            if ((parts.Count == 0 || parts.Any(p => words[i].Index >= p.Start && words[i].Index < p.End))
                && !reasons.Any(r => words[i].Index >= r.Start && words[i].Index < r.End)) frame.Add(i);
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

    /// <summary>
    /// The one who said a claim the asker wants checked: "kata pak carik minimal hrs 20 org ya?", "kata org dinas …", "ketua bilang
    /// cukup rapat pengurus". The speaker (and "kata" itself) says where the claim came from, not what it is about, so it is not
    /// searched: "carik" must not pull the village officials' articles over the founders' minimum.
    /// </summary>
    public static IReadOnlySet<int> Speakers(IReadOnlyList<string> words)
    {
        var speakers = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "kata")
            {
                speakers.Add(i);
                var j = i + 1;
                while (j < words.Count && Honorifics.Contains(words[j])) speakers.Add(j++);
                if (j < words.Count && !words[j].All(char.IsDigit)) speakers.Add(j);
            }
            else if (words[i] == "bilang")
            {
                speakers.Add(i);
                if (i > 0 && !Honorifics.Contains(words[i - 1]) && words[i - 1] is not ("yang" or "ada" or "orang")) speakers.Add(i - 1);
            }
        }
        return speakers;
    }

    /// <summary>
    /// The asker's own relative ("istri sy org Malaysia, bisa jd anggota?", "keanggotaan ku dialihkan ke anak ku"): who the story is
    /// about, not a family tie between officers, so the kin word is not searched and cannot pull the rules on officers' relatives.
    /// When the asker holds an office too ("anak sy mau jd pengelola, sy kan udh pengelola"), the tie is what is asked, and it stays.
    /// </summary>
    public static IReadOnlySet<int> OwnRelatives(IReadOnlyList<string> words)
    {
        var relatives = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
            if (Kin.Contains(words[i]) && FirstPerson.Contains(words[i + 1])) relatives.Add(i);
        if (relatives.Count == 0) return relatives;
        for (var i = 0; i + 1 < words.Count; i++)
            if (FirstPerson.Contains(words[i]) && (Offices.Contains(words[i + 1]) || i + 2 < words.Count && words[i + 1] is "sudah" or "juga" or "kan" or "sebagai" && Offices.Contains(words[i + 2])))
                return new HashSet<int>();
        return relatives;
    }

    /// <summary>The single kin words of the family-ties group, and the parents, children and elders it need not name.</summary>
    private static readonly HashSet<string> Kin =
    [
        .. DomainSynonyms.FamilyTies.Where(w => !w.Contains(' ')),
        "anak", "isteri", "bapak", "ibu", "ayah", "emak", "abang", "kemenakan", "paman", "om", "tante", "bibi", "cucu", "kakek", "nenek",
    ];

    /// <summary>First-person words after chat normalisation ("sy", "ku", "nahu" → "saya").</summary>
    private static readonly HashSet<string> FirstPerson = ["saya", "kami"];

    private static readonly HashSet<string> Offices = ["pengurus", "pengawas", "pengelola", "manajer", "ketua", "bendahara", "sekretaris", "kasir"];

    /// <summary>Words before a speaker's name or office ("pak carik", "org dinas", "para pengurus").</summary>
    private static readonly HashSet<string> Honorifics = ["pak", "bu", "bapak", "ibu", "mas", "mbak", "orang", "para", "si", "teman", "temen"];

    /// <summary>Words that only frame a question ("itu kan gk boleh ya?", "gmn aturannya?"), after chat normalisation.</summary>
    private static readonly HashSet<string> FrameWords =
    [
        "itu", "ini", "kan", "tidak", "boleh", "bisa", "sah", "aturan", "aturannya", "benar", "memang", "terus", "tuh", "gitu", "begitu",
        "sih", "dong", "deh", "kah", "apakah", "hukumnya", "hukum", "caranya", "bagaimana", "gimana", "kalau", "apa", "saja", "yang",
        "dasar", "ada", "atau", "belum", "sudah", "juga", "nya", "tanya", "mohon", "tolong", "pak", "bu", "mas", "mbak", "kak",
        "diberi", "memberi", "tahu", "diberitahu", "ditolak", "melanggar", "dilarang", "terlarang", "salah",
        // "namanya apa?", "istilahnya apa?": what the thing told before is called.
        "namanya", "istilahnya", "sebutannya",
        // "pernah dipenjara krn korupsi, boleh dipilih?", "10rb aja, gitu kan caranya nentuin?": choosing or setting with no
        // object of its own is done to what was told before.
        "dipilih", "memilih", "menentukan", "ditentukan", "menetapkan", "ditetapkan", "cara",
    ];

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex ContentWord();

    /// <summary>
    /// A condition opens its clause ("kalau mau bubarin kopdes, …"); a plan may name the officer or "we" who plan it first
    /// ("pengurus mau angkat manajer gerai dr luar. cukup keputusan rapat pengurus kan?", "ketua kami mau jual tanah kopdes, …").
    /// Not a refusal ("ketua ga mau ngasih"), not a thing planned for ("manajer USP kami mau diambil dr luar"), not a story's
    /// third party ("ada warga mau jual …"), nor a plan of the cooperative's business ("kopdes kita mau buka gerai …").
    /// A time ahead is a condition too ("pas merger nanti, anggota yg ga setuju dikasih waktu brp lama?"): a time past is a story.
    /// </summary>
    [GeneratedRegex(@"^\s*(kalau|jika|jikalau|apabila|bila|misal|misalnya|seandainya|andaikan|andai|mau|ingin|pengen|hendak)\b|^\s*(pas|saat|ketika|sewaktu|waktu)\b(?=[^.,;!?]*\bnanti\b)|^\s*nanti (pas|saat|ketika|waktu)\b|^\s*(?<planner>(pengurus|ketua|bendahara|sekretaris|pengawas|anggota|manajer|pengelola|kami|kita|saya)(\s+(?!tidak\b|belum\b)\p{L}+){0,2}\s+(mau|ingin|hendak|berencana|berniat)\s+)(?!di)")]
    private static partial Regex Condition();

    /// <summary>The chat word that opens the asker's reason ("biar keren", "biar hemat").</summary>
    [GeneratedRegex(@"\bbiar\b")]
    private static partial Regex Reason();

    /// <summary>A clause that reports what someone says ("katanya …", "kata org dinas …", "ada yg bilang …", "denger2 …").</summary>
    [GeneratedRegex(@"^\s*(katanya|kata|konon|dengar|ada yang bilang|ada yang ngomong)\b")]
    private static partial Regex Hearsay();

    /// <summary>
    /// A clause ends at a sentence mark or a comma (chat messages rarely use anything else), or at a colon before words
    /// ("buat sambutan peresmian gerai: target pemerintah brp kopdes?": what the answer is for, then the question); not in "10:30".
    /// </summary>
    [GeneratedRegex(@"(?:[^.,;!?:\n]|:(?=\S))+(?:[.,;!?\n]|:(?!\S))*")]
    private static partial Regex Clause();

    /// <summary>The confirmation tag closing a clause ("… aja kan,", "… kan?").</summary>
    [GeneratedRegex(@"\bkan\W*$")]
    private static partial Regex Tag();

    /// <summary>Question words after chat normalisation ("brp" is already "berapa", "gk" already "tidak").</summary>
    /// <remarks>"harus", "wajib", "perlu" are not among them: the story says them too ("katanya koperasi harus punya pengawas").</remarks>
    [GeneratedRegex(@"\b(apa|apakah|siapa|berapa|kapan|bagaimana|mana|dimana|kenapa|mengapa|boleh|bisa|sah|aturannya)\b")]
    private static partial Regex QuestionWord();
}
