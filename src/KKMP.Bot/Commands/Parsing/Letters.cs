using System.Text.RegularExpressions;

namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// An entry written the formal way or passed on: a letter ("Dengan hormat, … Demikian laporan kami. Hormat kami,
/// Bendahara"), a forwarded chat ("Diteruskan", "Pak Harun (Kasir), 16.30:", the message in quotes), a receipt or a
/// form ("Tgl: 12-06-2025", "Barang: Beras", "Jumlah fisik: 143 kg"), and numbers restated in words in brackets
/// ("5 kg (lima kilogram)"). What frames the entry goes: forwarding marks and stamps, greetings and closings, the
/// signature, the date, and form fields about when, who and to whom. The lines left are joined as the clauses of one
/// message, and the form fields that carry the entry are written in the words the readers know ("Jumlah fisik: 143 kg"
/// is "stok fisik 143 kg", "Supplier: CV Tani Jaya" is "dari agen").
/// </summary>
internal static partial class Letters
{
    /// <summary>Field names whose line says only when, who or to whom.</summary>
    private static readonly HashSet<string> FramingFields =
        ["tgl", "tanggal", "kepada", "yth", "termin", "petugas", "keterangan", "ket", "no", "nomor", "kasir", "waktu", "jam", "alamat",
         "telp", "hp", "lokasi", "hari", "pukul", "dari", "perihal", "hal", "lampiran"];

    private static readonly HashSet<string> SupplierFields = ["supplier", "suplier", "pemasok", "distributor", "agen", "toko", "vendor"];

    private static readonly HashSet<string> ItemFields = ["barang", "item", "nama barang", "produk", "komoditas"];

    private static readonly HashSet<string> CountFields = ["jumlah fisik", "stok fisik", "fisik", "hasil hitung", "stok akhir"];

    /// <summary>Who signs a letter, alone on its line.</summary>
    private static readonly HashSet<string> Signatures =
        ["bendahara", "sekretaris", "ketua", "kasir", "pengelola", "manajer", "admin", "petugas", "pengurus", "wakil ketua", "ttd"];

    public static string Body(string text)
    {
        if (text.TrimStart().StartsWith('/')) return text;
        // Every message passes here: each pattern runs only when the mark it needs is in the text.
        if (text.Contains('(')) text = Restated().Replace(text, "");
        if (!text.Contains('\n')) return OneLine(text);
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(lines.Length);
        foreach (var raw in lines)
            if (Line(raw) is { Length: > 0 } line) kept.Add(line);
        return kept.Count == 0 ? text.Trim() : string.Join(", ", kept.Select(l => l.TrimEnd(',', '.', ';', ':')));
    }

    /// <summary>
    /// One line keeps everything but the letter's opening and closing ("Dengan hormat, bersama ini kami laporkan …. Demikian
    /// untuk dicatat.") and a forwarding mark before a colon; a line is never dropped whole.
    /// </summary>
    private static string OneLine(string text)
    {
        // "jual telur 1 kilo ... ini betul kah?", "(kilo deng kg sama saja kah?)": a new user checking the form, after the entry
        if (MayCheck(text) && Checking().Replace(text, "").Trim() is { Length: > 0 } entry && entry.Split(' ').Length >= 2) text = entry;
        if (text.Contains(':') && Forwarded().Match(text.Trim()) is { Success: true } forwarded && forwarded.Groups["message"].Value.Length > 0)
            return Message(forwarded);
        var body = Opening().Replace(text.Trim(), "");
        if (body.Contains('.') || body.Contains('!')) body = Closing().Replace(body, "");
        body = body.Trim();
        return body.Length > 0 ? body : text;
    }

    /// <summary>What a line says about the entry, or null when it only frames it.</summary>
    private static string? Line(string raw)
    {
        var line = ForwardedPrefix.Strip(raw.Trim('*', '_', ' ')).Trim();
        // "Diteruskan dari Bu Sekar (kasir), 13.20 WIB: "minyak 2 liter payu"": after the forwarding mark, the message
        if (Forwarded().Match(line) is { Success: true } forwarded)
            return forwarded.Groups["message"].Value.Length > 0 ? Message(forwarded) : null;
        // "Pak Harun (Kasir), 16.30:" says who and when; "Laporan penjualan s.d. pukul 12.00 WIB:" also says what
        if ((Stamp().IsMatch(line) && !ForwardedPrefix.SaysWhatHappened(line)) || Formula().IsMatch(line) || (Greeting().IsMatch(line) && line.Split(' ').Length <= 4)
            || Signatures.Contains(line.ToLowerInvariant().TrimEnd(',', '.', ':'))) return null;
        if (OwnName().IsMatch(line)) return null;
        line = Bullet().Replace(Opening().Replace(line, ""), "");
        if (Field().Match(line) is { Success: true } field)
        {
            var name = field.Groups["name"].Value.ToLowerInvariant().Trim();
            var value = field.Groups["value"].Value.Trim();
            if (FramingFields.Contains(name)) return null;
            if (SupplierFields.Contains(name)) return "dari agen";
            if (ItemFields.Contains(name)) return value;
            if (CountFields.Contains(name)) return "stok fisik " + value;
            if (name.StartsWith("harga", StringComparison.Ordinal))
                return PerUnit().Match(name) is { Success: true } per ? $"harga {value} per {per.Groups["unit"].Value}" : "harga " + value;
            if (name is "status") return value.Split(',')[0];
        }
        // A receipt's footer: "TUNAI 52.500", "Kembali 0" repeat or change the amount, they are not the price.
        if (Footer().IsMatch(line)) return null;
        line = Dates().Replace(line, "").Trim();
        return Title(Unquoted(line));
    }

    /// <summary>A title line names the kind of paper: a sales slip, a supplier's invoice or note, a stock take.</summary>
    private static string Title(string line) => line.ToLowerInvariant() switch
    {
        "struk" or "struk penjualan" or "nota penjualan" => "terjual",
        "nota pembelian" or "salinan nota" or "nota" => "nota",
        "hasil stock opname" or "hasil stok opname" or "stock opname" or "laporan stok opname" => "stok opname",
        var lower when lower.StartsWith("faktur", StringComparison.Ordinal) => "nota",
        _ => line,
    };

    private static readonly string[] CheckWords = ["betul", "benar", "bener", "salah", "sudah", "udah", "ok", "su "];

    /// <summary>A question mark and a word of checking (or a bracketed question): only then is <see cref="Checking"/> run.</summary>
    private static bool MayCheck(string text) =>
        text.Contains('?') && (text.Contains('(') || CheckWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>What was forwarded; a header that says what happened ("[Diteruskan] Sdh dikirim ya bu: …") is part of it.</summary>
    private static string Message(Match forwarded) =>
        ForwardedPrefix.SaysWhatHappened(forwarded.Groups["header"].Value)
            ? $"{forwarded.Groups["header"].Value.Trim()}, {Unquoted(forwarded.Groups["message"].Value)}"
            : Unquoted(forwarded.Groups["message"].Value);

    private static string Unquoted(string text) => text.Trim().Trim('"', '“', '”', '\'').Trim();

    /// <summary>"(lima kilogram)", "(delapan puluh tujuh ribu lima ratus rupiah)", "(enam)": a number restated in words.</summary>
    [GeneratedRegex(@"\s*\((?:(?:se|nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|seratus|ratus|seribu|ribu|juta|setengah|seperempat|koma|kilogram|kilo|gram|liter|karung|dus|rupiah|sak)\s*)+\)", RegexOptions.IgnoreCase)]
    private static partial Regex Restated();

    [GeneratedRegex(@"^\[?(?:pesan\s+)?(?:diteruskan|forwarded|forward|fwd)\b\]?(?<header>[^:""]*):?\s*(?<message>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarded();

    /// <summary>"Pak Harun (Kasir Shift Sore), 16.30:": who wrote the next line, and when.</summary>
    [GeneratedRegex(@"^[^:""]{1,60}?,?\s*\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit))?\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();

    /// <summary>A letter's framing line: its greeting, its closing, the sign-off.</summary>
    [GeneratedRegex(@"^(?:dengan hormat|hormat kami|demikian|wassalam|atas perhatian)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Formula();

    /// <summary>A short line of thanks or greeting ("Terima kasih", "Assalamualaikum Pak"): framing when it is all the line says.</summary>
    [GeneratedRegex(@"^(?:terima ?kasih|makasih|salam|assalamu|selamat (?:pagi|siang|sore|malam)|mohon (?:maaf|izin))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    /// <summary>"… . Demikian untuk dicatat.", "… . Terima kasih.": the closing sentence of a one-line report.</summary>
    [GeneratedRegex(@"(?<=[.!])\s*(?:demikian|terima ?kasih|atas perhatian|hormat kami)\b[^.!?]*[.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    /// <summary>"Bersama ini kami laporkan", "Berikut", "Mohon izin melaporkan": the opening of a report, before the entry.</summary>
    [GeneratedRegex(@"^(?:dengan hormat,?\s*)?(?:bersama ini\s+)?(?:kami|saya)?\s*(?:laporkan|melaporkan|sampaikan|menyampaikan)\s*,?\s*|^berikut(?:\s+ini)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>"hari Senin, 16 Juni 2025", "30/6/2025", "12-06-2025", "s.d. pukul 12.00 WIB": when, not how much.</summary>
    [GeneratedRegex(@"(?:\b(?:s\.?d\.?\s*)?(?:pukul|jam)\s*\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit)\b)?)|(?:\bhari\s+(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu),?\s*)|(?:\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|agt|sep|okt|nov|des)[a-z]*\.?\s+\d{4}\b)|(?:\b\d{1,2}[/\-]\d{1,2}[/\-]\d{2,4}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Dates();

    /// <summary>"Kopdes Merah Putih Kel. Kranggan": the cooperative's own name heading a receipt.</summary>
    [GeneratedRegex(@"^(?:kopdes|koperasi|kdmp|kdkmp|kkmp)\b[^0-9]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnName();

    [GeneratedRegex(@"^[-•*·]\s*|^\d{1,2}[.)]\s+(?=\D)")]
    private static partial Regex Bullet();

    /// <summary>"Tgl: 12-06-2025", "Harga/karung: 300.000", "Jumlah fisik: 143 kg": a form's field and its value.</summary>
    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z /]{0,24}?)\s*:\s*(?<value>.+)$")]
    private static partial Regex Field();

    /// <summary>"… sa tulis begini sudah kah?", "… ini betul kah?", "(kilo deng kg sama saja kah?)": asking whether it was written right.</summary>
    [GeneratedRegex(@"\s*\([^()]*\?\)|[\s,.…]*(?:\.\.\.\s*)?(?:(?:sa|saya|sy|aku|beta|ulun)\s+)?(?:(?:tulis|nulis|ketik|catat)\s+)?(?:(?:begini|gini|kayak gini|seperti ini|ini)\s+)?(?:(?:sudah|udah|su|sdh)\s+)?(?:betul|benar|bener|salah|trada salah|tidak salah|sonde salah|ok|oke|sudah|udah|su)\s*(?:kah|to|ya|gak|nggak|ga|kan|ka)?\s*\?+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Checking();

    [GeneratedRegex(@"(?:/|\bper\s+)(?<unit>[a-z]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"^(?:tunai|cash|kembali|kembalian|dibayar|bayar)\b[^a-z]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();
}
