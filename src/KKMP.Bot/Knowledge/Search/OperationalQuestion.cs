using System.Text.RegularExpressions;
using KKMP.Bot.Knowledge.Analysis;

namespace KKMP.Bot.Knowledge.Search;

/// <summary>
/// Questions about running the shop or reaching someone (opening hours, contact, address, the office's wifi
/// password, today's market price, a personal bank loan, social media) are not regulation questions even when they share
/// words with one ("buka" is not the UU's "Pembukaan"). The same goes for another institution's service
/// asked about without the cooperative in it (a bank's interest rate or KUR for one's own shop, BPJS, land
/// certificates, vehicle tax, the minimum wage, fertiliser prices, when the village fund is paid out): the
/// knowledge base shares words with them ("bunga", "pajak", "dana desa", "HET") but never answers them.
/// The search declines them, so the bot gives an honest reply instead of citing an article.
/// </summary>
public static partial class OperationalQuestion
{
    public static bool Matches(string question)
    {
        var text = ChatNormalizer.Normalize(question);
        // "simpanan sukarela bisa diambil kapan aja kyk tabungan bank?": what a thing is likened to is not what is asked about.
        var subject = Likeness().Replace(text, " ");
        var asked = QuestionFrame.AskedText(text);
        return Hours().IsMatch(text) || Contact().IsMatch(text) || Access().IsMatch(text) || TodaysPrice().IsMatch(text) && !ReferencePrice().IsMatch(text)
            || (PersonalLoan().IsMatch(subject) || OtherService().IsMatch(subject) || OtherBody().IsMatch(subject)
                || CivilRecords().IsMatch(text) || VillageOffice().IsMatch(text) || PersonalTax().IsMatch(text) || OwnBusiness().IsMatch(text)) && !Cooperative().IsMatch(subject)
            || Elsewhere().IsMatch(text) && !PledgesCooperativeProperty(text) || SocialMedia().IsMatch(text) && !Socialization().IsMatch(text) && !Disclosure().IsMatch(text) || Cooking().IsMatch(text)
            || Weather().IsMatch(asked) || OtherLaw().IsMatch(text) || LoanTerms().IsMatch(text) || Advice().IsMatch(text) || Market().IsMatch(text) || Fittings().IsMatch(text) && !CitesTheLaw().IsMatch(text)
            || MinimumWage().IsMatch(text) || VillageFundPayout().IsMatch(text) || Files().IsMatch(text) || FertiliserPrice().IsMatch(text) || Devices().IsMatch(asked) || SocialAid().IsMatch(text) && !JoiningTheCooperative().IsMatch(text)
            || FamilyLaw().IsMatch(text) || LocalPerson().IsMatch(text) || ProductAdvice().IsMatch(asked) || Appearance().IsMatch(asked) || Songs().IsMatch(asked);
    }

    /// <summary>
    /// Marriage and divorce ("mau cerai, simpanan koperasi sy termasuk harta gono-gini?"): how a couple's property is split is family
    /// law, even when the property is a member's savings; the cooperative's texts only say who may take savings out. So is how an
    /// estate is shared ("simpanan almarhum jatuh ke siapa menurut hukum waris?"); the heir who may continue a membership ("ahli
    /// waris", UU 25/1992's explanation of Pasal 19) stays a cooperative question.
    /// </summary>
    [GeneratedRegex(@"\b(cerai|bercerai|perceraian|diceraikan|gono gini|gono-gini|harta bersama|talak|hak asuh|nafkah|hukum waris|pembagian waris|bagi waris|harta warisan|faraid|faraidh)\b")]
    private static partial Regex FamilyLaw();

    /// <summary>
    /// Who holds an office in one's own cooperative now ("siapa bendahara kopdes kami skrg? lupa namanya"): the cooperative's own
    /// records know, no regulation does. "siapa yg berhak jd bendahara?" asks the rule and has no "now" nor a forgotten name.
    /// </summary>
    [GeneratedRegex(@"\bsiapa (nama )?(ketua|wakil ketua|bendahara|sekretaris|manajer|pengawas|pengurus|pengelola|kasir)\b[^?.!,]{0,40}\b(sekarang|saat ini)\b\s*(ya|sih|pak|bu|ini)?\s*([?.!]|$)"
        + @"|\blupa nama\w*\b.{0,40}\b(ketua|bendahara|sekretaris|manajer|pengawas|kasir)\b")]
    private static partial Regex LocalPerson();

    /// <summary>
    /// Which product to buy ("aplikasi kasir yg bagus apa?", "printer struk merk apa?"): a recommendation, not a rule, even for the
    /// gerai. Read from the asked clauses: "aplikasi kasir kami yg bagus itu dipakai pengelola. pengelola hrs anggota?" asks the rule.
    /// </summary>
    [GeneratedRegex(@"\b(aplikasi|app|apk|software|hp|printer|komputer|laptop|timbangan|mesin kasir|cctv|kulkas|freezer)\b.{0,40}\b(yang bagus|bagus apa|paling bagus|terbaik|rekomendasi|rekomen|merk apa|merek apa|enaknya)\b"
        + @"|\b(rekomendasi|rekomen|saran)\b.{0,20}\b(aplikasi|app|hp|printer|komputer|laptop|timbangan|merk|merek)\b")]
    private static partial Regex ProductAdvice();

    /// <summary>
    /// A likeness and what follows it in its clause ("kyk tabungan bank", "sama kayak koperasi"): the thing compared with, not the
    /// subject. A bank named only as a likeness does not make a question about savings a bank's; a cooperative named only as a
    /// likeness does not make "syarat bikin BUMDes gmn, sama kyk koperasi gk?" a cooperative's.
    /// </summary>
    [GeneratedRegex(@"\b(kyk|kayak|kek|seperti|mirip|ibarat|layaknya|bagaikan)\b[^.,;!?]{0,40}")]
    private static partial Regex Likeness();

    /// <summary>
    /// Another kind of body ("syarat bikin BUMDes", "pendirian PT", "yayasan"): its own founding and rules are another law's. Asked
    /// with the cooperative or its officers in it ("BUMDes boleh jadi anggota kopdes?", "kopdes kerja sama dgn PT", "calon pengawas
    /// pernah dipenjara krn dana BUMDes. boleh jd pengawas?") it is a cooperative question.
    /// </summary>
    [GeneratedRegex(@"\b(bumdes|bumdesa|bum desa|badan usaha milik desa|pt|cv|perseroan|yayasan|firma|ormas|lsm)\b")]
    private static partial Regex OtherBody();

    /// <summary>
    /// Civil records ("cara bikin akta kelahiran", "KTP hilang ngurusnya gmn?"): the population office's, and "akta" would otherwise
    /// reach the cooperative's deed of establishment. A KTP asked about for membership ("KTP desa sebelah bisa jd anggota?") stays.
    /// </summary>
    [GeneratedRegex(@"\b(akta|akte) (kelahiran|lahir|kematian|nikah|perkawinan|cerai)\b|\b(skck|paspor|buku nikah|surat pindah)\b"
        + @"|\b(bikin|buat|membuat|mengurus|urus|perpanjang\w*|cetak|ganti|hilang|rusak)\b.{0,15}\b(ktp|ektp|kk|kartu keluarga|sim)\b"
        + @"|\b(ktp|ektp|kk|kartu keluarga|sim)\b.{0,15}\b(hilang|rusak|habis|kedaluwarsa|kadaluarsa|mati)\b")]
    private static partial Regex CivilRecords();

    /// <summary>
    /// The village head's own office ("masa jabatan kades brp taun?", "gaji perangkat desa"): the village law's, while the Juklak
    /// names the kades only in the kopdes ("kades otomatis ketua pengawas kopdes?"), which names the cooperative.
    /// </summary>
    [GeneratedRegex(@"\b(pilkades|pemilihan kepala desa)\b"
        + @"|\b(kades|kepala desa|lurah|perangkat desa|sekdes|bpd)\b.{0,30}\b(dipilih|pemilihan|menjabat|masa jabatan|gaji\w*|siltap|tunjangan|pensiun)\b"
        + @"|\b(masa jabatan|gaji|siltap|tunjangan|pemilihan)\b.{0,20}\b(kades|kepala desa|lurah|perangkat desa|sekdes|bpd)\b")]
    private static partial Regex VillageOffice();

    /// <summary>
    /// Apps and devices that fail ("aplikasi simkopdes error pas login", "printer kasir macet"): technical support, whatever
    /// system it is; the Juklak names the cooperative's systems but says nothing about fixing them. Read from the asked clauses:
    /// "printer gerai macet lg, nanti sy urus. yg mau sy tanya: standar akuntansinya apa?" tells of the printer and asks the rule.
    /// </summary>
    [GeneratedRegex(@"\b(aplikasi|aplikasinya|app|apk|akun|akunnya|login|komputer|laptop|printer|hp)\b.{0,30}\b(error|eror|erorr|gagal|macet|crash|hang|lemot|rusak|reset|tidak bisa (dibuka|dipakai|login|masuk))\b")]
    private static partial Regex Devices();

    /// <summary>
    /// A person's own taxes ("pajak pribadi", "NPWP pribadi sy"): the module covers the cooperative's, not the asker's. "koperasi itu
    /// wajib pajak orang pribadi atau badan?" names the cooperative and is the module's.
    /// </summary>
    [GeneratedRegex(@"\b(pajak|pph|npwp)\b.{0,25}\b(pribadi|orang pribadi|perorangan)\b")]
    private static partial Regex PersonalTax();

    /// <summary>The asker's own business ("NIB buat usaha pribadi", "warung sendiri"): the cooperative's rules are not a trader's.</summary>
    [GeneratedRegex(@"\b(usaha|warung|toko|dagang\w*|bisnis|jualan)\b.{0,10}\b(pribadi|sendiri)\b")]
    private static partial Regex OwnBusiness();

    /// <summary>
    /// The price of fertiliser ("HET pupuk urea subsidi brp?"), even for a kopdes that sells it: the reference price list holds
    /// no fertiliser, and the Juklak names fertiliser only as a trade a kopdes may take up (KBLI).
    /// </summary>
    [GeneratedRegex(@"\b(het|hap|harga|eceran)\b.{0,30}\bpupuk\b|\bpupuk\b.{0,40}\b(het|hap|harga|eceran|berapa)\b")]
    private static partial Regex FertiliserPrice();

    /// <summary>
    /// A social aid programme ("cara daftar PKH", "BLT cair kapan"): registration, eligibility and pay-outs are the social
    /// ministry's, even when told the kopdes is involved. The Inpres only asks that its recipients be drawn in as members and
    /// their products marketed through the kopdes, so those questions stay.
    /// </summary>
    [GeneratedRegex(@"\b(pkh|bpnt|blt|bansos|bantuan sosial|bantuan langsung tunai|program keluarga harapan|prakerja|kip|kis)\b")]
    private static partial Regex SocialAid();

    [GeneratedRegex(@"\b(anggota|keanggotaan|promosi|pemasaran|produk\w*)\b")]
    private static partial Regex JoiningTheCooperative();

    /// <summary>
    /// The minimum wage ("gaji manajer gerai hrs sesuai UMK?"): the wage rules and the regional figure are labour law,
    /// even for the kopdes' own staff. "UMK" said with pay or a region; alone it may be the UU's "UMK-M" (small business).
    /// </summary>
    [GeneratedRegex(@"\b(gaji|upah|honor|digaji|membayar|pegawai|karyawan|kasir|manajer)\w*\b.{0,40}\b(umr|umk|ump)\b|\b(umr|umk|ump)\b.{0,40}\b(gaji|upah|honor|berapa|kabupaten|kab|kota|provinsi|20\d\d)\b")]
    private static partial Regex MinimumWage();

    /// <summary>
    /// Where to get a file ("template excel laporan RAT bisa didownload dimana?"): spreadsheets and downloads are a chore;
    /// the knowledge base quotes the rules (and the Juklak's model deeds), it hands out no files or links.
    /// </summary>
    [GeneratedRegex(@"\b(download|didownload|downloadnya|unduh|diunduh|unduhan|excel|spreadsheet|xlsx|xls)\b")]
    private static partial Regex Files();

    /// <summary>
    /// The weather ("besok hujan ga? mau rapat di lapangan"): no regulation forecasts it, whatever meeting is planned. Read from
    /// the asked clauses only: "hujan deres jadi ga kuorum. rapat kedua kuorumnya brp?" tells of the rain and asks about the quorum.
    /// </summary>
    [GeneratedRegex(@"\b(hujan|cuaca|gerimis|mendung)\w*|\b(prakiraan|bmkg)\b")]
    private static partial Regex Weather();

    /// <summary>
    /// Another law: a bill and its passage ("RUU perkoperasian udh disahkan DPR?"), a prison sentence ("korupsi dipenjara brp
    /// taun?", the criminal code's), a tax rate ("PPh final 0,5%", "PPN sembako brp persen?"). The knowledge base holds the cooperative regulations in
    /// force; "pernah dipenjara, boleh jadi pengawas?" asks about them and still reaches them.
    /// </summary>
    [GeneratedRegex(@"\bruu\b|\bdpr\b|\brancangan undang|\brevisi (uu|undang)"
        + @"|\b(dipenjara|penjara|dibui|kurungan|dihukum)\b.{0,30}\bberapa\b|\bberapa (tahun|lama)\b.{0,20}\b(penjara|dipenjara|dibui|kurungan|dihukum)\b|\bancaman (hukuman|pidana|penjara)\b"
        + @"|\b(uu|undang undang) (p2sk|desa|tipikor|ite|ketenagakerjaan|perlindungan konsumen|pangan|bumn|perbankan|perpajakan|hpp)\b|\bkuhp\b|\bojk\b|\bpph final\b|\btarif (pajak|pph|ppn)\b|\b(pajak|pph|ppn)\b.{0,40}\bberapa persen\b|\bberapa persen\b.{0,20}\b(pajak|pph|ppn)\b")]
    private static partial Regex OtherLaw();

    /// <summary>
    /// "pengurus mau gadein BPKB motor koperasi, boleh?": whether the cooperative may pledge its property is PP 9/1995's rule
    /// (a KSP or USP "tidak dapat … menggadaikan harta kekayaannya"), even when the property is named by its papers.
    /// </summary>
    private static bool PledgesCooperativeProperty(string text) => Pledge().IsMatch(text) && Cooperative().IsMatch(text);

    [GeneratedRegex(@"\b(di|meng|menge|nge)?(gadai|gade)\w*|\bhipotek\w*|\b(dijaminkan|dijaminin|agunan)\b")]
    private static partial Regex Pledge();

    /// <summary>
    /// A lender's terms and pay-out ("bunga KUR brp persen?", "plafon pinjaman Himbara maksimal brp?", "kapan pencairan pinjaman
    /// himbara?"): set and paid by the bank under the KUR rules, even for a kopdes.
    /// </summary>
    [GeneratedRegex(@"\b(bunga|suku bunga|plafon\w*|plafond|tenor|agunan|pencairan|cair\w*|dicairkan)\b.{0,25}\b(kur|himbara)\b|\b(kur|himbara)\b.{0,40}\b(bunga|persen|plafon\w*|plafond|tenor|agunan|pencairan|cair\w*|dicairkan)\b")]
    private static partial Regex LoanTerms();

    /// <summary>
    /// Which lender to choose for one's own needs ("mending pinjol atau koperasi?", "enaknya pinjam ke kopdes atau ke bank?"):
    /// advice, not a rule. So is the term that suits one's own loan ("sebaiknya ambil tenor brp lama biar gk berat?").
    /// </summary>
    [GeneratedRegex(@"\b(mending|mendingan|enakan|enaknya|bagusan|lebih baik|lebih untung)\b.{0,40}\b(pinjol|leasing|rentenir|bank)\b|\b(pinjol|leasing|rentenir)\b.{0,30}\batau\b"
        + @"|\b(sebaiknya|baiknya|enaknya|idealnya|mending|mendingan)\b.{0,30}\b(tenor|cicilan|cicil|dicicil|nyicil)\b")]
    private static partial Regex Advice();

    /// <summary>
    /// What the market pays or charges ("gaji manajer standarnya brp?", "biaya notaris brp rupiah biasanya?", "notaris minta 5 jt,
    /// wajar gak?"): the regulations say who sets pay and who bears a cost, never its going rate nor whether a fee is fair.
    /// </summary>
    [GeneratedRegex(@"\b(gaji|upah|honor|bayaran)\w*\b.{0,40}\b(standar\w*|umumnya|rata rata|pasaran|layak\w*)\b"
        + @"|\b(biaya|ongkos|tarif|honor|gaji|upah|imbalan)\w*\b.{0,100}\b(wajar|pantas)\b"
        + @"|\b(biaya|ongkos|tarif|imbalan|sewa)\w*\b.{0,60}\b(biasanya|umumnya|rata rata|pasaran|kisaran|standarnya)\b")]
    private static partial Regex Market();

    /// <summary>
    /// When the village fund is paid out ("dana desa tahap 2 cair kapan? buat modal kopdes", "tgl brp"): the village's and the finance ministry's
    /// calendar, even when the money is meant for the kopdes; whether the fund may be the kopdes' capital stays a cooperative question.
    /// </summary>
    [GeneratedRegex(@"^(?=.*\b(kapan|tanggal berapa|bulan apa)\b)(?=.*\b(cair\w*|pencairan|dicairkan|tahap)\b).*\bdana desa\b", RegexOptions.Singleline)]
    private static partial Regex VillageFundPayout();

    /// <summary>
    /// "buat spanduk RAT mau kutip 'rapat anggota pemegang kekuasaan tertinggi', itu Pasal 26 kan?": a fitting named as where a rule
    /// will be quoted asks which article says it.
    /// </summary>
    [GeneratedRegex(@"\bpasal \d+|\b(kutip|mengutip|dikutip|kutipan)\b")]
    private static partial Regex CitesTheLaw();

    /// <summary>
    /// The shop's fittings and their sizes ("ukuran plang nama brp meter?", "seragam pengurus"): no regulation in the knowledge
    /// base sets them. "seragam" after "biar", "agar", "supaya" ("hashtag resminya apa biar seragam?") is "uniform", not clothing.
    /// </summary>
    [GeneratedRegex(@"\b(plang|papan nama|spanduk|baliho|neon box)\b|(?<!\b(biar|agar|supaya|spy|jadi|jd|lebih|harus|hrs|mesti|tetap) )\bseragam\b|\bberapa (meter|cm|centimeter|senti)\b")]
    private static partial Regex Fittings();

    /// <summary>
    /// How the shop or office looks ("gerai enaknya dicat warna apa?", "hiasan gerai buat 17an", "cara bikin logo kopdes"): paint,
    /// colour, decoration and a logo's design are the board's taste; the knowledge base never uses these words. Read from the asked clauses: "gerai baru dicat kemarin. pengurus
    /// boleh digaji?" tells of the paint and asks the rule.
    /// </summary>
    [GeneratedRegex(@"\b(cat|dicat|dicet|ngecat|ngecet|mengecat|pengecatan|warna\w*|hiasan\w*|dihias|menghias|dekorasi\w*|dekor|didekor|interior|wallpaper|gorden|lampu hias|logo\w*|desain\w*)\b")]
    private static partial Regex Appearance();

    /// <summary>
    /// Songs and their words ("lirik mars koperasi", "lagu buat pembukaan RAT"): no regulation in the knowledge base holds them. Read
    /// from the asked clauses: "abis nyanyi mars koperasi, RAT mulai. kuorumnya brp?" tells of the song and asks the rule.
    /// </summary>
    [GeneratedRegex(@"\b(lirik\w*|lagu\w*|mars|hymne|himne|jingle|yel yel|yel-yel|nyanyi\w*|dinyanyikan|menyanyikan|not angka|chord)\b")]
    private static partial Regex Songs();

    [GeneratedRegex(@"\b(buka|tutup|libur)\b.{0,20}\b(jam|pukul|hari ini|besok|nanti|minggu|senin|selasa|rabu|kamis|jumat|sabtu|lebaran|tanggal merah)\b|\bjam (buka|tutup|operasional|kerja|berapa)\b")]
    private static partial Regex Hours();

    [GeneratedRegex(@"\b(nomor|no|nmr|kontak)\b.{0,12}\b(hp|wa|whatsapp|telepon|telpon|telp|ponsel)\b|\b(alamat|lokasi)\b.{0,40}\b(kantor|dinas|toko|gerai|rumah)\b|\bdimana\b.{0,20}\bkantor\b|\bkantor\b.{0,30}\b(dimana|di mana|terdekat)\b")]
    private static partial Regex Contact();

    /// <summary>The office's passwords and devices ("password wifi kantor koperasi"): a chore, whatever office it is.</summary>
    [GeneratedRegex(@"\b(password|passwordnya|kata sandi|sandi wifi|wifi|wi-fi|hotspot)\b")]
    private static partial Regex Access();

    [GeneratedRegex(@"\bharga\b.{0,40}\b(hari ini|sekarang|skrg|pasar|minggu ini)\b")]
    private static partial Regex TodaysPrice();

    [GeneratedRegex(@"\b(het|hap|acuan|resmi|eceran tertinggi|tertinggi|minyakita|beras|gula|lpg|gas)\b")]
    private static partial Regex ReferencePrice();

    [GeneratedRegex(@"\b(saya|kami)\b.{0,30}\b(pinjam|meminjam|kredit|cicil|nyicil)\b.{0,40}\b(bank|bri|bni|bca|mandiri|btn|leasing|pinjol)\b|\b(kredit|cicilan)\b.{0,20}\b(motor|mobil|rumah|hp)\b")]
    private static partial Regex PersonalLoan();

    /// <summary>Banking products (named with a bank) and public services the cooperative's regulations never cover.</summary>
    [GeneratedRegex(@"\b(suku bunga|bunga|kpr|kur|kta|deposito|tabungan|rekening|kredit)\b.{0,30}\b(bank|bri|bni|bca|mandiri|btn|bsi|himbara)\b"
        + @"|\b(bank|bri|bni|bca|btn|bsi|himbara)\b.{0,30}\b(suku bunga|bunga|kpr|kur|kta|deposito)\b"
        + @"|\b(kpr|bpjs|jkn|bpn|ptsl|samsat|stnk|bpkb|umr|umk|ump|pbb|pupuk)\b|\bsertifikat (tanah|rumah|hak)\b|\bbalik nama\b|\b(upah|gaji) minimum\b"
        + @"|\bpajak (motor|mobil|kendaraan|bumi)\b|\bdana desa\b.{0,30}\b(cair\w*|pencairan|tahap)\b|\b(cair\w*|pencairan)\b.{0,30}\bdana desa\b"
        // Lenders outside the cooperative ("pinjem di pinjol buat nutup simpanan wajib"): borrowing from them is personal finance.
        + @"|\b(pinjol|pinjaman online|rentenir|lintah darat|bank keliling|bank emok)\b")]
    private static partial Regex OtherService();

    /// <summary>
    /// Procedures another institution or law governs, even for the cooperative's own staff, shop or land: social security
    /// (BPJS), vehicle papers, tax and fines, payment QR codes, insurance, halal certification, product permits (P-IRT, BPOM) and
    /// trademarks (DJKI), the ITE law, a land or inheritance dispute.
    /// The knowledge base says nothing about them, and words like "pajak", "gerai" or "pengadilan" would otherwise cite it.
    /// </summary>
    [GeneratedRegex(@"\b(bpjs|jkn|samsat|stnk|bpkb|tilang|qris|asuransi|djki|haki|hki|hak cipta|paten|merek dagang|pirt|p irt|bpom|izin edar)\b|\b(sertifikat|sertifikasi|label|logo) halal\b|\buu ite\b|\bpajak (motor|mobil|kendaraan)\b|\bsengketa\b")]
    private static partial Regex Elsewhere();

    /// <summary>
    /// The cooperative, its officers, or its shop ("modal kerja gerai bisa dari KUR?" asks about the kopdes' own funding); so does
    /// its deed or legal personality ("akta udh disahkan, abis itu NPWP, rekening bank, NIB urutannya gmn?": the steps after the
    /// deed are the cooperative's, though the bank is named).
    /// </summary>
    [GeneratedRegex(@"\b(koperasi|kopdes|kdmp|kdkmp|kkmp|kopkel|ksp|usp|anggota|pengurus|pengawas|gerai|badan hukum|npak|akta pendirian)\b|\bakta\b(?! (kelahiran|lahir|kematian|nikah|perkawinan|cerai)).{0,20}\b(disahkan|pengesahan|sah)\b")]
    private static partial Regex Cooperative();

    /// <summary>Recipes and cooking ("resep nasi goreng buat dijual di gerai"): the shop's trade, not its rules.</summary>
    [GeneratedRegex(@"\b(resep|resepnya|memasak|masak|bumbu|bumbunya)\b")]
    private static partial Regex Cooking();

    [GeneratedRegex(@"\b(caption|instagram|ig|tiktok|facebook|fb|status wa|postingan|konten|shopee|tokopedia|lazada|bukalapak|marketplace|gofood|grabfood|shopeefood)\b")]
    private static partial Regex SocialMedia();

    /// <summary>
    /// "hasil pemeriksaan pengawas mau sy posting di FB desa, aman?": putting the cooperative's own records before the public is a
    /// question of the secrecy the law asks of them, not a social-media chore.
    /// </summary>
    [GeneratedRegex(@"\b(hasil pemeriksaan|hasil pengawasan|data anggota|simpanan|tabungan|pinjaman|rahasia\w*)\b")]
    private static partial Regex Disclosure();

    /// <summary>
    /// The Juklak's own rules for promoting a kopdes (hashtags, accounts) are a guideline question, not a shop chore. It also says the
    /// formation's results are "disebarluaskan dan dipublikasikan secara terbuka melalui media informasi", so announcing a musdesus or the cooperative's decisions there ("boleh diumumin lewat FB desa?") asks that rule.
    /// </summary>
    [GeneratedRegex(@"\b(sosialisasi|hashtag|tagar|publikasi|dipublikasikan|mempublikasikan|disebarluaskan|diumumkan|mengumumkan|pengumuman)\b")]
    private static partial Regex Socialization();
}
