namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Groups of words and phrases that mean the same thing in cooperative regulation: abbreviations
/// ("RAT"), everyday words for legal terms ("bikin" for "membentuk", "online" for "daring"), and
/// legal variants of one idea ("minimal" / "paling sedikit" / "sekurang-kurangnya").
/// A question matching any phrase of a group is searched with every phrase of the group.
/// </summary>
public static class DomainSynonyms
{
    /// <summary>Family ties as the rules on officers' relatives name them, and the kin words people use for them.</summary>
    public static readonly string[] FamilyTies =
    [
        "keluarga", "ipar", "istri", "suami", "mertua", "menantu", "saudara kandung", "keluarga semenda", "keluarga sedarah", "hubungan keluarga",
        "kakak", "adik", "kakak adik", "kakak adik kandung", "adik kandung", "kakak kandung", "kakak beradik", "bersaudara", "saudara", "sepupu", "keponakan", "ponakan",
    ];

    public static readonly IReadOnlyList<string[]> Groups =
    [
        ["rat", "rapat anggota tahunan", "rapat tahunan", "rapat anggota"],
        // "rapat anggota darurat": the members' meeting named with its urgency after it is the extraordinary one too.
        ["ralb", "rapat anggota luar biasa", "rapat luar biasa", "rapat dadakan", "rapat mendadak", "rapat darurat",
         "rapat anggota darurat", "rapat anggota dadakan", "rapat anggota mendadak"],
        ["shu", "sisa hasil usaha"],
        ["ad", "anggaran dasar"],
        ["art", "anggaran rumah tangga"],
        ["manajer", "pengelola", "direksi"],
        ["online", "daring", "virtual", "zoom", "video call", "lewat hp"],
        ["offline", "luring", "tatap muka", "ketemu langsung"],
        ["bikin", "dirikan", "mendirikan", "membentuk", "pendirian", "pembentukan"],
        ["pendiri", "pembentuk"],
        ["minimal", "paling sedikit", "sekurang-kurangnya"],
        ["maksimal", "paling lama", "paling banyak", "batas maksimum"],
        // "plafon anggota cuma 10jt": a loan's ceiling is the regulation's "batas maksimum pemberian pinjaman".
        ["plafon", "plafond", "batas maksimum"],
        ["kopdes", "kdmp", "kdkmp", "kkmp", "kopkel", "koperasi desa merah putih", "koperasi kelurahan merah putih"],
        ["usp", "unit simpan pinjam"],
        ["ksp", "koperasi simpan pinjam"],
        ["musdesus", "musyawarah desa khusus"],
        ["ktp", "kartu tanda penduduk"],
        // Not "lurah": the analyzer reads "Kelurahan" (in every "Koperasi Desa/Kelurahan Merah Putih") as "lurah" too.
        ["kades", "kepala desa", "pimpinan desa", "perangkat desa", "sekdes", "carik"],
        ["bunga", "imbalan", "jasa pinjaman", "jasa simpanan"],
        ["nasabah", "penyimpan"],
        ["voting", "pemungutan suara", "suara terbanyak"],
        // The English slogan for the cooperative's equal vote ("setiap anggota mempunyai hak satu suara").
        ["one man one vote", "satu orang satu suara", "hak satu suara"],
        ["merger", "penggabungan", "amalgamasi"],
        ["dps", "dewan pengawas syariah"],
        ["uu", "undang-undang"],
        ["pp", "peraturan pemerintah"],
        ["juklak", "petunjuk pelaksanaan"],
        ["inpres", "instruksi presiden"],
        ["ciptaker", "cipta kerja", "omnibus"],
        ["iuran", "simpanan wajib"],
        ["periode", "masa jabatan", "masa bakti"],
        ["untung", "keuntungan", "sisa hasil usaha"],
        ["bubar", "pembubaran", "dibubarkan", "membubarkan", "tutup koperasi", "tutup koperasinya", "menutup koperasi"],
        ["npak", "notaris", "notaris pembuat akta koperasi"],
        ["elektronik", "digital"],
        ["toko", "gerai"],
        ["sembako", "sembilan bahan pokok"],
        ["duit", "uang", "dana"],
        ["gaji", "insentif", "honor", "honorarium", "upah", "digaji", "bayaran"],
        ["lapor", "laporan"],
        ["menjalankan", "melaksanakan", "dilaksanakan", "menyelenggarakan"],
        ["target", "sasaran"],
        ["diadakan", "mengadakan", "dilakukan", "diselenggarakan"],
        ["isi", "isinya", "memuat"],
        ["umkm", "umk m", "usaha mikro kecil dan menengah"],
        ["pakai", "memakai", "menggunakan"],
        ["punya", "mempunyai", "memiliki"],
        ["keluar", "berhenti", "diakhiri", "mengakhiri", "pemberhentian", "mengundurkan diri", "resign", "berhenti atas permintaan sendiri"],
        // Everyday words for legal ideas (the and VOICE.md's examples, written against the regulations' wording).
        ["ditendang", "dikeluarkan", "dipecat", "memecat", "pecat", "dicopot", "mencopot", "copot", "diberhentikan", "memberhentikan"],
        ["bagi untung", "bagi hasil", "bagi-bagi untung", "pembagian keuntungan", "pembagian sisa hasil usaha", "pembagian shu"],
        ["dipakai pribadi", "keperluan pribadi", "penyalahgunaan", "menggelapkan", "korupsi", "kesengajaan", "menanggung kerugian"],
        // Two legal kinds of outside capital: "modal dari luar" means either, but "modal penyertaan" (listed first here, and a
        // phrase takes the first group it is in) is only itself and the investor's words for it, never a loan.
        ["modal penyertaan", "investor", "investasi", "menanam modal", "menanamkan modal", "tanam modal"],
        ["modal dari luar", "modal pinjaman", "modal penyertaan"],
        ["orang luar", "warga umum", "masyarakat umum", "non anggota", "nonanggota", "bukan anggota", "pihak luar", "pihak ketiga"],
        ["diaudit", "audit", "akuntan publik"],
        // "siapa yg didahulukan?": who comes first is what the regulations say with "mengutamakan" and "memprioritaskan".
        ["didahulukan", "diutamakan", "mengutamakan", "diprioritaskan", "memprioritaskan", "prioritas"],
        ["ngutang", "berutang", "meminjam uang"],
        ["dikembalikan", "pengembalian", "diambil kembali", "diambil balik", "ambil balik", "ditarik kembali", "balik"],
        FamilyTies,
        ["nyalon", "mencalonkan", "dipilih kembali"],
        ["periksa", "memeriksa", "meneliti", "mengecek", "cek", "dicek"],
        ["rahasia", "merahasiakan", "kerahasiaan", "membocorkan", "dibocorkan", "bocor", "menyebarkan", "disebarkan", "disebar", "nyebarin",
         "diumbar", "mengumbar", "dibeberkan", "menceritakan", "diceritakan", "cerita2"],
        // "ada batas waktunya?": a time limit, which the regulations state as "paling lama" too ("paling lama 3 (tiga) bulan").
        ["deadline", "batas waktu", "paling lambat", "selambat lambatnya", "paling lama"],
        ["telat", "paling lambat"],
        // "brp lama sblm RAT?" asks for a time limit, which the regulations state as "paling lambat" as often as "paling lama".
        ["berapa lama", "lambat"],
        ["berapa lama paling lambat", "berapa lama paling lama", "paling lambat", "paling lama", "selambat lambatnya"],
        ["het", "harga eceran tertinggi"],
        ["hap", "harga acuan penjualan", "harga acuan"],
        ["harga resmi", "harga eceran tertinggi", "harga acuan"],
        ["gas melon", "lpg 3 kg", "lpg"],
        ["migor", "minyak goreng"],
        ["gulpas", "gula pasir", "gula"],
        ["dana desa", "apbdes", "anggaran pendapatan dan belanja desa"],
        ["modal dari desa", "apbdes", "dana desa"],
        ["laporan keuangan", "pembukuan", "neraca"],
        ["setahun", "satu tahun", "tahunan"],
        // Everyday words for legal ideas, round 3: each group written from the regulation's own wording.
        ["menteri keuangan", "menkeu"],
        ["pmk", "peraturan menteri keuangan"],
        ["permendes", "peraturan menteri desa"],
        ["permendagri", "peraturan menteri dalam negeri"],
        ["permenkop", "permenkop ukm", "peraturan menteri koperasi"],
        ["keppres", "kepres", "keputusan presiden"],
        ["menteri koperasi", "menkop"],
        ["menteri desa", "mendes"],
        ["menteri dalam negeri", "mendagri"],
        ["menteri pertanian", "mentan"],
        ["menteri bumn", "kementerian bumn"],
        ["hadir", "datang", "dtg", "kehadiran", "menghadiri"],
        ["tanda tangan", "tandatangan", "menandatangani", "ditandatangani", "penandatanganan"],
        ["titip suara", "menitipkan suara", "nitip suara", "titip suaranya", "nitip suaranya", "menitipkan suaranya", "diwakilkan", "mewakilkan",
         // the same idea with the vote first ("suaranya boleh dititip ke sy?")
         "suaranya dititip", "suara dititip", "suaranya dititipkan", "suara dititipkan", "suaranya diwakilkan", "suaranya diwakili",
         // a written proxy is the same idea ("nitip surat kuasa ke istrinya buat voting")
         "surat kuasa"],
        ["bangkrut", "pailit", "gulung tikar"],
        ["mati suri", "tidak aktif", "vakum", "menghidupkan kembali", "revitalisasi"],
        // Not yet a member is a non-member too: the law lets a cooperative serve "masyarakat yang bukan anggota" (UU 25/1992 Pasal 43).
        ["belum jadi anggota", "belum menjadi anggota", "belum anggota", "calon anggota", "bukan anggota"],
        ["dipisah", "dipisahkan", "terpisah", "dicampur", "campur", "mencampur", "dicampuradukkan", "disatukan"],
        ["mengerti keuangan", "paham keuangan", "ahli keuangan", "keahlian di bidang keuangan"],
        ["penjamin", "jaminan", "menjamin", "penjaminan"],
        ["bendahara", "anggota pengurus"],
        ["sekretaris", "anggota pengurus"],
        ["likuidasi", "likuidator", "penyelesai", "penyelesaian pembubaran"],
        ["harta pribadi", "kekayaan pribadi", "menanggung kerugian"],
        ["jatah", "bagian", "insentif"],
        ["tanpa rapat", "tanpa kumpul", "secara tertulis"],
        // Round 5: chat words for the legal wording, each checked against the passages that use the legal word.
        // The stemmer reads "menentukan" as "entu" but "ditentukan" as "tentu" (a root's t drops after "men-"): the two
        // spellings must meet. Not every such verb: "menurut" would meet "turut" and "menetapkan" every "tetap".
        ["menentukan", "ditentukan"],
        // Two syllables are too short for the stemmer to strip "ber-": "berhak" stays apart from "hak".
        ["hak", "berhak"],
        ["menunjuk", "ditunjuk", "penunjukan"],
        ["menanggung", "ditanggung", "tanggungan"],
        ["gadai", "digadai", "digadaikan", "menggadaikan", "agunan", "diagunkan", "mengagunkan", "dijaminkan", "menjaminkan", "dijaminin", "menghipotekkan"],
        ["nombok", "tekor", "merugi", "rugi", "kerugian", "defisit"],
        ["nunggak", "menunggak", "tunggakan", "tidak membayar", "belum membayar"],
        ["berhalangan", "berhalangan hadir", "tidak hadir", "tidak bisa hadir", "tidak bisa datang", "absen"],
        // One idea, not "anggota" + "luar" + "biasa" ("luar" alone means outsiders, as in "orang luar").
        ["anggota luar biasa", "alb", "anggota tidak tetap"],
        ["tanggung jawab", "bertanggung jawab", "tanggungjawab", "bertanggungjawab"],
        ["kreditor", "kreditur", "supplier", "pemasok", "penagih", "yang punya tagihan"],
        ["dipenjara", "penjara", "narapidana", "napi", "dihukum", "tindak pidana"],
        ["wna", "warga negara asing", "orang asing", "bukan warga negara"],
        ["ngomong", "berbicara", "bicara"],
        ["pelanggan", "pembeli", "konsumen", "pengguna jasa"],
        ["izin", "ijin", "persetujuan", "disetujui", "restu"],
        ["pajak", "perpajakan", "wajib pajak", "pph", "ppn"],
        // Round 8: adding a line of business is what the regulations call widening it ("memperluas usahanya di bidang simpan pinjam").
        ["menambah usaha", "nambah usaha", "tambah usaha", "memperluas usaha", "memperluas usahanya", "perluasan usaha"],
        // Round 9: becoming a member is one idea ("Persyaratan untuk diterima menjadi anggota"); read as "jadi" + "anggota" apart,
        // "jadi" matched every "… menjadi Koperasi Desa/Kelurahan Merah Putih" of the Juklak's chapters.
        ["jadi anggota", "menjadi anggota", "masuk anggota", "masuk jadi anggota", "diterima menjadi anggota", "beranggotakan"],
        // Round 10: "ganti isi AD" is what the law calls changing it ("Perubahan Anggaran Dasar"); the law's own "ganti" is only "ganti
        // rugi". Listed under the chat word and a form officers seldom type, so "ubah" questions are not widened to "ganti". Not "menanggung
        // kerugian" for "wajib ganti?": that legal phrase made "cara ganti oli motor" a legal question.
        ["ganti", "diubah"],
        // The Inpres instructs "Para Bupati/Wali Kota"; officers say the office or its government ("pemkot", "pak wali").
        ["bupati", "wali kota", "walikota", "pak wali", "pemkot", "pemkab", "pemerintah kota", "pemerintah kabupaten", "pemerintah kabupaten kota", "bupati wali kota"],
        ["dipindahkan", "dipindahtangankan", "dialihkan", "mengalihkan", "dioper", "dioperkan", "diwariskan"],
        // Round 11: contesting one's expulsion is what the model AD calls the member's right to defend himself before the
        // members' meeting ("diberi hak untuk membela diri dalam Rapat Anggota"); officers say they appeal or object to it.
        ["banding", "naik banding", "mengajukan banding", "membela diri", "pembelaan diri", "menyanggah", "sanggah", "sanggahan"],
    ];
}
