using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;
using Lucene.Net.Analysis;

namespace KKMP.Bot.Knowledge.Answers;

/// <summary>What a question asks beyond its words, for choosing the ayat that answers it.</summary>
/// <param name="Number">The kind of number a "berapa …" question asks for.</param>
/// <param name="NotDone">The question is about someone not doing something ("gk mau tanda tangan", "tidak hadir").</param>
/// <param name="WhoDecides">The question asks who decides or whose approval is needed ("siapa yg nunjuk?", "perlu izin menteri?").</param>
/// <param name="Permission">The question asks whether something is allowed ("sekdes boleh jadi pengurus?").</param>
/// <param name="Amount">The question asks how much, or how an amount is set ("brp persen ke dana cadangan?", "besaran simpanan ditentuin gmn?").</param>
/// <param name="Recourse">The question asks what one can do against a decision ("dikeluarin pengurus, bisa protes?", "bisa banding?").</param>
public sealed record AskedFrame(Search.NumberKind? Number, bool NotDone, bool WhoDecides = false, bool Permission = false, bool Amount = false, bool Recourse = false)
{
    /// <summary>The wording an amendment replaced, when the question's premise comes from it: the units the amendment changed answer.</summary>
    public string? OutdatedWording { get; init; }

    /// <summary>The word a list is asked of ("yg hrs diperhatiin apa aja?" → "diperhatikan"), for choosing among a passage's lists.</summary>
    public string? ListHead { get; init; }

    /// <summary>The question asks whether someone's vote counts more than one (<see cref="Answers.VoteWeight"/>).</summary>
    public bool VoteWeight { get; init; }

    /// <summary>The question asks about the quorum ("kuorum RAT brp?"), a share of the members who must attend.</summary>
    public bool Quorum { get; init; }
}

/// <summary>The part of a passage worth quoting, with the ayat/huruf label for the citation.</summary>
/// <param name="Label">" ayat (3)", " huruf b", or "" for the whole passage.</param>
public sealed record Quote(string Label, string Text, bool IsWhole);

/// <summary>
/// Picks the ayat (or huruf item) of a passage that answer the question: the passage is split into
/// its ayat "(1) …" (each with its huruf lines), or into huruf items under an opening line; the
/// units that best answer the asked frame are kept: a concept of the asked part counts whole, one said
/// only in the story around it a quarter, and a unit stating the kind of number asked ("brp lama" → "2 (dua)
/// bulan") or, for "… gk mau tanda tangan, terus gmn?", the case where something is not done, or for "siapa yg nunjuk?" the
/// organ that decides, counts one more.
/// </summary>
public static partial class QuotedUnits
{
    /// <param name="list">The question asks for a list ("apa saja", "dari mana saja"): a short passage is quoted whole, so no item is cut.</param>
    /// <param name="frame">What the question asks beyond its words: a kind of number, a case where something is not done.</param>
    /// <param name="maxLength">The longest quote the answer shows: a list that fits is quoted whole, and units that do not fit are left out rather than cut.</param>
    public static Quote Select(string text, IReadOnlyList<Concept> concepts, Analyzer analyzer, int maxUnits = 2, bool list = false, AskedFrame? frame = null, int maxLength = DefaultMaxLength)
    {
        // "apa saja kewajiban anggota?": the whole enumeration answers, not the one ayat that shares most words.
        if (list && text.Length <= maxLength) return new Quote("", text, true);
        // "mau merger, yg mutusin siapa?": the verb of deciding says what is asked (the organ), like "siapa"; the ayat giving the
        // decision to an organ ("dengan persetujuan Rapat Anggota Luar Biasa") answers as well as one that repeats the verb.
        if (frame?.WhoDecides == true) concepts = concepts.Where(c => !DecidingVerb().IsMatch(c.Surface)).ToList();
        var lines = text.Split('\n');
        var ayat = lines.Any(l => Ayat().IsMatch(l));
        var huruf = !ayat && lines.Any(l => Huruf().IsMatch(l));
        if (!ayat && !huruf && text.Length <= ShortPassage) return new Quote("", text, true);
        var starts = ayat ? Ayat() : huruf ? Huruf() : Point();
        var (kind, format) = ayat ? ("ayat", "({0})") : huruf ? ("huruf", "{0}") : ("butir", "{0})");
        var intro = lines.TakeWhile(l => !starts.IsMatch(l)).ToList();
        var units = new List<(string Label, List<string> Lines)>();
        foreach (var line in lines.Skip(intro.Count))
        {
            var start = starts.Match(line);
            // "… sebagaimana dimaksud pada ayat\n(3) tidak tercapai": a reference wrapped to the start of a line is no new ayat.
            if (start.Success && (units.Count == 0 || !ayat || Follows(units[^1].Label, start.Groups[1].Value)))
                units.Add((string.Format(format, start.Groups[1].Value), [line]));
            else units[^1].Lines.Add(line);
        }
        // A short list reads better whole; ayat are always trimmed (they are separate rules).
        if (units.Count < 2 || (!ayat && text.Length <= ShortPassage)) return new Quote("", text, true);
        // "koperasi tidur mau dihidupin lg, langkahnya gmn?": when numbered steps come before the first lettered item, the letters
        // sit inside one step ("4. Rapat anggota paling sedikit menyepakati: a. … b. …"), and the steps after them are no part of
        // the last letter. Such a passage is a procedure: unless a list of its opening answers, it is quoted from its start.
        var procedure = huruf && intro.Any(l => NumberedItem().IsMatch(l));
        if (procedure && units[^1].Lines.FindIndex(l => NumberedItem().IsMatch(l)) is var after and > 0)
            units[^1] = (units[^1].Label, units[^1].Lines.Take(after).ToList());

        var matches = units.Select(u => Matched(string.Join(' ', u.Lines), concepts, analyzer)).ToList();
        var topic = Topic(matches);
        var asked = matches.Any(m => m.Any(i => !concepts[i].Aside));
        var scored = units.Select((u, i) => (Unit: u, Index: i, Matched: matches[i]))
            .Select(s => (s.Unit, s.Index, s.Matched, Weight: Weight(s.Matched, concepts, string.Join(' ', s.Unit.Lines), frame, topic, asked))).ToList();
        if (scored.Max(s => s.Matched.Count) == 0) return new Quote("", text, true);
        var best = scored.Max(s => s.Weight);
        // "revitalisasi hrs memperhatikan apa aja?": the opening can hold its own short list ("… harus memperhatikan
        // parameter sebagai berikut: 1. aset …; 2. kewajiban …") before the lettered items; when it answers better than
        // any item, it is the quote.
        // A list whose lead says what the list is asked of ("yg hrs diperhatiin apa aja?" → "harus memperhatikan … sebagai berikut:") is it.
        if (!ayat && OpeningList(intro, concepts, analyzer, frame, topic) is { } opening && (opening.Weight > best || opening.NamesHead))
            return new Quote("", procedure ? Steps(opening.Text, intro, units) : opening.Text, false);
        if (procedure) return new Quote("", text, false);
        // "kode KBLI apa aja?": when the opening names what is asked at least as well as any item, the items only share
        // stray words with the question; the list is asked for, so it is quoted from its start as far as it fits.
        if (list && !ayat && intro.Count > 0 && Weight(Matched(string.Join(' ', intro), concepts, analyzer), concepts, string.Join(' ', intro), frame, topic) >= best)
            return Opening(LastSentence(intro[^1]), units, kind, maxLength);
        var chosen = scored.Where(s => s.Weight == best).Take(maxUnits).ToList();
        // A unit that answers a part of the question the chosen ones miss ("… gk mufakat gmn? voting?") is quoted too.
        var covered = chosen.SelectMany(c => c.Matched).ToHashSet();
        while (chosen.Count < maxUnits)
        {
            var next = scored.Where(s => !chosen.Contains(s) && s.Matched.Any(m => !covered.Contains(m) && !topic.Contains(m)))
                .OrderByDescending(s => s.Matched.Count(m => !covered.Contains(m) && !topic.Contains(m))).ThenByDescending(s => s.Weight).Take(1).ToList();
            if (next.Count == 0) break;
            // "anggota yg simpanannya gede dapet suara lebih banyak?": a unit that adds a word the best lacks ("rapat anggota")
            // but weighs less than a close one on the best's own words ("hak satu suara") gives way to it.
            var runnerUp = scored.Where(s => !chosen.Contains(s) && s.Weight > next[0].Weight && s.Weight >= best - CloseSecond)
                .OrderByDescending(s => s.Weight).Take(1).ToList();
            if (runnerUp.Count > 0) next = runnerUp;
            chosen.Add(next[0]);
            covered.UnionWith(next[0].Matched);
        }
        // "SHU buat dana cadangan brp persen?": the ayat on dividing SHU shares one more word with the question than the one
        // that answers it ("Besarnya pemupukan dana cadangan ditetapkan dalam Rapat Anggota"). When a close second states what
        // the question asks (a figure, a bar, an organ) and the best does not, it is quoted beside the best.
        // "RAT sah kalo yg dateng brp?": the meeting's quorum and the second meeting's are both stated as how many must attend; the
        // officer asking the quorum of no meeting in particular reads both rather than the one that shares a word more ("paling
        // sedikit" for "minimal"). "rapat kedua sah kalo yg hadir brp?" names its meeting: its own quorum answers.
        // "dana cadangan bisa dipakai nutup rugi? siapa yg mutusin?": when no chosen unit states what is asked beyond the words (the
        // organ, the figure, the way to contest), the unit that does is quoted beside them however many fewer words it shares: a quote
        // without it leaves the asked part unanswered.
        var bestFrame = chosen.Max(c => FrameWeight(string.Join(' ', c.Unit.Lines), frame));
        var noneStatesAsked = frame is not null && !chosen.Any(c => StatesAsked(string.Join(' ', c.Unit.Lines), frame));
        var bothQuorums = frame?.Quorum == true && !chosen.Any(c => c.Matched.Any(m => Ordinal().IsMatch(concepts[m].Surface)));
        if (chosen.Count < maxUnits)
            chosen.AddRange(scored.Where(s => !chosen.Contains(s)
                    && (s.Weight >= best - CloseSecond || noneStatesAsked && StatesAsked(string.Join(' ', s.Unit.Lines), frame!))
                    && (FrameWeight(string.Join(' ', s.Unit.Lines), frame) > bestFrame || bothQuorums && Search.QuestionIntent.StatesQuorum(string.Join(' ', s.Unit.Lines)))
                    && s.Matched.Any(m => !concepts[m].Aside))
                .OrderByDescending(s => s.Weight).Take(maxUnits - chosen.Count).ToList());
        // The answer trims a quote longer than it shows: a second unit must not push the best one past the cut.
        var lead = ayat || intro.Count == 0 ? "" : LastSentence(intro[^1]);
        while (chosen.Count > 1 && lead.Length + chosen.Sum(c => c.Unit.Lines.Sum(l => l.Length + 1) + 2) > maxLength)
            chosen.Remove(chosen.OrderBy(c => c.Weight).ThenByDescending(c => c.Index).First());
        chosen = chosen.OrderBy(c => c.Index).ToList();
        if (chosen.Count == units.Count && text.Length <= maxLength) return new Quote("", text, true);

        var quoted = new List<string>(lead.Length == 0 ? [] : [lead]);
        for (var i = 0; i < chosen.Count; i++)
        {
            if (i > 0 && chosen[i].Index != chosen[i - 1].Index + 1) quoted.Add("…");
            quoted.AddRange(chosen[i].Unit.Lines);
        }
        var label = $" {kind} " + string.Join(" dan ", chosen.Select(c => c.Unit.Label));
        return new Quote(label, string.Join('\n', quoted), false);
    }

    /// <summary>Ayat numbers only go up ("(2)" after "(1)", "(2a)" after "(2)"): a smaller or equal number is a reference in the text.</summary>
    private static bool Follows(string previousLabel, string next) =>
        AyatNumber(next) > AyatNumber(previousLabel.Trim('(', ')')) || AyatNumber(next) == AyatNumber(previousLabel.Trim('(', ')')) && next.Length > previousLabel.Trim('(', ')').Length;

    private static int AyatNumber(string label) => int.Parse(new string(label.TakeWhile(char.IsDigit).ToArray()));

    /// <summary>Whether most of a unit's words are not in the replaced wording ("terdiri atas" for "terdiri dari" is the same rule reworded).</summary>
    private static bool IsNew(string unit, string old)
    {
        var oldWords = Word().Matches(old.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
        var words = Word().Matches(unit.ToLowerInvariant()).Select(m => m.Value).ToList();
        return words.Count > 0 && words.Count(oldWords.Contains) < RewordedShare * words.Count;
    }

    private const double RewordedShare = 0.6;

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    private const int ShortPassage = 700;

    public const int DefaultMaxLength = 1400;

    /// <summary>A concept said only in the story around the question counts this much in choosing the ayat.</summary>
    private const double StoryWeight = 0.25;

    /// <summary>How far below the best a unit that answers the asked frame too may weigh and still be quoted beside it.</summary>
    private const double CloseSecond = 1;

    /// <param name="topic">Concepts most units of the passage contain (<see cref="Topic"/>): they count for none.</param>
    /// <param name="askedFound">Some unit of the passage holds a word of the asked part: a bar counts only for those that do.</param>
    /// <remarks>
    /// A bar answers "boleh?" only in a unit that holds a word of the asked part, when any unit does: "desa sebelah RAT lewat zoom
    /// krn anggota merantau. kita boleh RAT online?" is not answered by "Anggota yang tidak hadir tidak dapat mewakilkan suaranya",
    /// which bars something and shares only the story's "anggota".
    /// </remarks>
    private static double Weight(List<int> matched, IReadOnlyList<Concept> concepts, string unit, AskedFrame? frame, IReadOnlySet<int>? topic = null, bool askedFound = false) =>
        matched.Sum(i => topic?.Contains(i) == true ? 0 : concepts[i].Aside ? StoryWeight : 1)
        + (matched.Count == 0 ? 0 : FrameWeight(unit, frame, bars: !askedFound || matched.Any(i => !concepts[i].Aside)));

    /// <summary>
    /// The concepts at least three quarters of a passage's units contain, when it has at least <see cref="MinUnitsForTopic"/>: the passage's
    /// own topic. "nitip suara pas RAT": every ayat of the article on the members' meeting says "Rapat Anggota", so the word cannot
    /// choose among them, and the ayat that forbids voting by proxy must not lose to one that adds "Rapat Anggota" to "diwakilkan".
    /// </summary>
    private static HashSet<int> Topic(List<List<int>> matches) => matches.Count < MinUnitsForTopic ? []
        : matches.SelectMany(m => m).GroupBy(i => i).Where(g => g.Count() >= TopicShare * matches.Count).Select(g => g.Key).ToHashSet();

    /// <summary>A short article's ayat share their words by nature ("ditolak", "permintaan ulang"); only a long one has a topic apart from its rules.</summary>
    private const int MinUnitsForTopic = 5;

    private const double TopicShare = 0.75;

    /// <summary>What a unit adds by stating what the question asks beyond its words (a number, a bar, an organ that decides).</summary>
    /// <param name="bars">Whether a bar in the unit answers a permission asked (see <see cref="Weight"/>).</param>
    private static double FrameWeight(string unit, AskedFrame? frame, bool bars = true)
    {
        var weight = 0.0;
        if (frame is null) return weight;
        // "kuorum RAT brp? klo yg dtg ga nyampe setengah gmn?": the ayat saying how many must attend ("sah jika dihadiri lebih dari
        // 1/2") states the quorum in other words and the share asked; a vote share ("disetujui oleh lebih 1/2 … yang hadir") is neither.
        if (frame.Number is { } kind)
            weight += kind == Search.NumberKind.Share && frame.Quorum ? Search.QuestionIntent.StatesQuorum(unit) ? 2 : 0
                : Search.QuestionIntent.States(kind, unit) ? 1 : 0;
        if (frame.NotDone && Search.QuestionIntent.StatesNotDone(unit)) weight += 1;
        // "siapa yg nunjuk penyelesainya?": the ayat that says "ditunjuk oleh Rapat Anggota", not the one defining the Penyelesai.
        if (frame.WhoDecides && (Search.Deciders.NamedIn(unit).Count > 0 || ChosenByOrgan().IsMatch(unit.ToLowerInvariant()))) weight += 1;
        // "sekdes boleh jadi pengurus?": the unit that forbids or bars ("tidak berasal dari unsur Pimpinan Desa"), not the one listing the posts.
        if (frame.Permission && bars && Forbids().IsMatch(unit.ToLowerInvariant())) weight += 1;
        // "dikeluarin pengurus, bisa protes?": the ayat that grants the way to contest ("diberi hak untuk membela diri dalam Rapat
        // Anggota"), not the one stating the decision contested ("diberhentikan oleh Pengurus karena …").
        if (frame.Recourse && Search.QuestionIntent.GrantsRecourse(unit)) weight += 1;
        // "suaranya di rapat lebih banyak?": the ayat giving each member one vote, not the majority rule that shares more words.
        if (frame.VoteWeight && Answers.VoteWeight.StatesEachVote(unit)) weight += 1;
        // "brp persen SHU masuk dana cadangan?": the law often states no figure but says who or what sets it
        // ("Besarnya pemupukan dana cadangan ditetapkan dalam Rapat Anggota"); that unit answers the amount asked.
        // A unit that states the figure already counts once for it.
        // "perangkat organisasi cuma RA, pengurus, pengawas, masih berlaku?": the ayat the amendment added or changed says what is new.
        if (frame.OutdatedWording is { } old && IsNew(Ayat().Replace(unit, ""), old)) weight += 1;
        if (frame.Amount && !(frame.Number is { } asked && Search.QuestionIntent.States(asked, unit)) && AmountRule.SetsAmount(unit)) weight += 1;
        return weight;
    }

    /// <summary>
    /// Whether a passage states what the question asks beyond its words: the kind of figure, the organ that decides, the way to contest,
    /// the case of something not done, each member's vote, the quorum. Not a bar or an amount rule: nearly every article bars something
    /// or passes an amount on, so they tell no passage from another.
    /// </summary>
    public static bool StatesAsked(string text, AskedFrame frame) =>
        FrameWeight(text, frame with { Permission = false, Amount = false, OutdatedWording = null }) > 0;

    /// <summary>The lead and the list's lines from the start, as many as fit (a long item is cut between its own lines); "…" says the list goes on.</summary>
    private static Quote Opening(string lead, List<(string Label, List<string> Lines)> units, string kind, int maxLength)
    {
        var quoted = new List<string> { lead };
        var length = lead.Length + 2;   // room for the closing "…"
        var (touched, complete) = (0, true);
        foreach (var unit in units)
        {
            foreach (var line in unit.Lines)
            {
                if (quoted.Count > 1 && length + line.Length + 1 > maxLength) { complete = false; break; }
                quoted.Add(line);
                length += line.Length + 1;
            }
            if (!complete) break;
            touched++;
        }
        var last = complete ? touched - 1 : touched;
        if (last < units.Count - 1 || !complete) quoted.Add("…");
        var label = last == 0 ? $" {kind} {units[0].Label}" : $" {kind} {units[0].Label} sampai {units[last].Label}";
        return new Quote(label, string.Join('\n', quoted), false);
    }

    /// <summary>The best list in the passage's opening: a line ending in ":" with the numbered items after it.</summary>
    private static (string Text, double Weight, bool NamesHead)? OpeningList(List<string> intro, IReadOnlyList<Concept> concepts, Analyzer analyzer, AskedFrame? frame, IReadOnlySet<int> topic)
    {
        (string Text, double Weight, bool NamesHead)? best = null;
        var head = frame?.ListHead is { } word ? IndonesianAnalysis.Terms(analyzer, word).ToList() : [];
        for (var i = 0; i < intro.Count; i++)
        {
            if (!intro[i].TrimEnd().EndsWith(':')) continue;
            var items = intro.Skip(i + 1).TakeWhile(l => NumberedItem().IsMatch(l)).ToList();
            if (items.Count == 0) continue;
            // An item that opens the next list ("2. kewajiban Koperasi. Tahapan … meliputi:") ends the list at its first sentence.
            var next = items.FindIndex(l => l.TrimEnd().EndsWith(':'));
            if (next >= 0) items = [.. items.Take(next), FirstSentence(items[next])];
            var text = string.Join('\n', [LastSentence(intro[i]), .. items]);
            var weight = Weight(Matched(text, concepts, analyzer), concepts, text, frame, topic);
            if (weight == 0) continue;
            // "revitalisasi hrs diperhatiin apa aja?": the list whose lead says what the list is of ("harus memperhatikan parameter
            // sebagai berikut:") answers it, not the steps after it that share more of the story's words ("mati suri", "kopdes").
            var leadTerms = IndonesianAnalysis.Terms(analyzer, LastSentence(intro[i])).ToHashSet(StringComparer.Ordinal);
            var namesHead = head.Count > 0 && head.All(leadTerms.Contains);
            if (namesHead && best?.NamesHead != true || namesHead == (best?.NamesHead == true) && weight > (best?.Weight ?? 0)) best = (text, weight, namesHead);
        }
        return best;
    }

    /// <summary>
    /// "koperasi mati suri bisa dihidupin lg? caranya gmn?": a procedure's own steps (the list whose last step opens the lettered
    /// items, "4. Rapat anggota paling sedikit menyepakati:") are quoted after the sentence saying what the procedure is for
    /// ("… merupakan prosedur untuk mengaktifkan kembali …") and with the items of that step, never cut at its colon. Another
    /// list of the opening ("harus memperhatikan parameter: 1. aset …") is quoted as it is.
    /// </summary>
    private static string Steps(string list, List<string> intro, List<(string Label, List<string> Lines)> units)
    {
        var last = intro.LastOrDefault(l => !string.IsNullOrWhiteSpace(l));
        if (last is null || !list.EndsWith(last, StringComparison.Ordinal) || !last.TrimEnd().EndsWith(':')) return list;
        var purpose = FirstSentence(intro[0]);
        var lines = new List<string>();
        if (!list.StartsWith(purpose, StringComparison.Ordinal))
            lines.AddRange(intro[0].TrimEnd() == $"{purpose} {list.Split('\n')[0]}" ? [purpose] : [purpose, "…"]);
        lines.Add(list);
        lines.AddRange(units.SelectMany(u => u.Lines));
        return string.Join('\n', lines);
    }

    /// <summary>The first sentence of a numbered item, after its number.</summary>
    private static string FirstSentence(string line)
    {
        var end = line.IndexOf(". ", NumberedItem().Match(line).Length, StringComparison.Ordinal);
        return end < 0 ? line : line[..(end + 1)];
    }

    [GeneratedRegex(@"^\d+[.)]\s")]
    private static partial Regex NumberedItem();

    /// <summary>"Pengawas dipilih dari dan oleh anggota pada Rapat Anggota": who elects or appoints, said with "oleh".</summary>
    [GeneratedRegex(@"\b(dipilih|diangkat|ditunjuk|dilantik|diberhentikan)\b[^.;]{0,30}\boleh\b[^.;]{0,30}\b(rapat anggota|anggota|pengurus|pengawas|menteri|pemerintah)\b")]
    private static partial Regex ChosenByOrgan();

    /// <summary>What bars an act; a duty of secrecy ("harus merahasiakan hasil pengawasannya") bars telling others, so it answers "boleh disebar?".</summary>
    [GeneratedRegex(@"\btidak (boleh|dapat|diperkenankan|diperbolehkan|berasal)\b|\bdilarang\b|\blarangan\b|\b(merahasiakan|kerahasiaan)\b")]
    private static partial Regex Forbids();


    /// <summary>The sentence that introduces a list ("… sebagai berikut:"), without the paragraphs before it.</summary>
    private static string LastSentence(string line)
    {
        var end = line.TrimEnd().Length - 1;
        var from = Math.Max(end - 1, 0);
        var start = Math.Max(line.LastIndexOf(". ", from, StringComparison.Ordinal), line.LastIndexOf(": ", from, StringComparison.Ordinal));
        return start < 0 ? line : line[(start + 2)..];
    }

    /// <summary>How many of the question's concepts a piece of text contains.</summary>
    public static int Score(string text, IReadOnlyList<Concept> concepts, Analyzer analyzer) => Matched(text, concepts, analyzer).Count;

    /// <summary>
    /// The positions of the question's concepts a piece of text contains. A phrase of the text answers one idea: "suara terbanyak"
    /// answers "voting" (through its phrase "suara banyak"), not also "suara" and "banyak" of "suaranya dihitung lebih banyak",
    /// unless the text says those words again; so an ayat that says a phrase once does not outweigh one that answers two ideas with
    /// two words. The asked part takes words before the story around it, and single words are shared (a question may repeat one).
    /// </summary>
    private static List<int> Matched(string text, IReadOnlyList<Concept> concepts, Analyzer analyzer)
    {
        var left = IndonesianAnalysis.Terms(analyzer, text).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var matched = new List<int>();
        foreach (var i in Enumerable.Range(0, concepts.Count).OrderBy(i => concepts[i].Aside).ThenByDescending(i => LongestPresent(concepts[i], left)))
        {
            // "aturannya sekarang gmn?" asks for the rule itself: the word is found in every ayat that passes the rule on ("… diatur
            // dalam Peraturan Pemerintah"), which states none, so it chooses no ayat.
            if (RuleWord().IsMatch(concepts[i].Surface)) continue;
            if (Ordinal().Match(concepts[i].Surface) is { Success: true } ordinal)
            {
                if (Regex.IsMatch(text, $@"\bke{ordinal.Groups[1].Value}(nya)?\b", RegexOptions.IgnoreCase)) matched.Add(i);
                continue;
            }
            var free = concepts[i].Alternatives.Where(a => a.All(t => left.GetValueOrDefault(t) > 0)).OrderByDescending(a => a.Count).FirstOrDefault();
            if (free is null) continue;
            matched.Add(i);
            if (free.Count > 1)
                foreach (var t in free.Distinct()) left[t]--;
        }
        matched.Sort();
        return matched;
    }

    private static int LongestPresent(Concept concept, Dictionary<string, int> terms) =>
        concept.Alternatives.Where(a => a.All(terms.ContainsKey)).Select(a => a.Count).DefaultIfEmpty(0).Max();

    /// <summary>
    /// "rapat keduanya sah klo brp?": the stemmer reads "keduanya" as "dua", which every "1/2 (satu per dua)" contains, but
    /// leaves the text's "kedua" whole; an ordinal asked about is found where the text says the same ordinal ("Rapat Anggota kedua").
    /// </summary>

    [GeneratedRegex(@"^(memutuskan|diputuskan|menentukan|ditentukan|menetapkan|ditetapkan)$")]
    private static partial Regex DecidingVerb();

    [GeneratedRegex(@"^(aturan|aturannya|hukumnya)$")]
    private static partial Regex RuleWord();

    [GeneratedRegex(@"^ke(dua|tiga|empat|lima)(nya)?$")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\((\d+[a-z]?)\)\s")]
    private static partial Regex Ayat();

    [GeneratedRegex(@"^([a-z])[.)]\s")]
    private static partial Regex Huruf();

    [GeneratedRegex(@"^(\d+)\)\s")]
    private static partial Regex Point();
}
