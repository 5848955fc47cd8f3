namespace KKMP.Bot.Knowledge.Analysis;

/// <summary>
/// Groups of words and phrases that mean the same thing in cooperative regulation: abbreviations
/// ("RAT"), everyday words for legal terms ("bikin" for "membentuk", "online" for "daring"), and
/// legal variants of one idea ("minimal" / "paling sedikit" / "sekurang-kurangnya").
/// A question matching any phrase of a group is searched with every phrase of the group.
/// </summary>
public static class DomainSynonyms
{
    public static readonly IReadOnlyList<string[]> Groups =
    [
        ["rat", "rapat anggota tahunan", "rapat anggota"],
        ["ralb", "rapat anggota luar biasa"],
        ["shu", "sisa hasil usaha"],
        ["ad", "anggaran dasar"],
        ["art", "anggaran rumah tangga"],
        ["manajer", "pengelola", "direksi"],
        ["online", "daring", "virtual"],
        ["offline", "luring", "tatap muka"],
        ["bikin", "dirikan", "mendirikan", "membentuk", "pendirian", "pembentukan"],
        ["pendiri", "pembentuk"],
        ["minimal", "paling sedikit", "sekurang-kurangnya"],
        ["maksimal", "paling lama", "paling banyak", "batas maksimum"],
        ["kopdes", "kdmp", "kdkmp", "kkmp", "kopkel", "koperasi desa merah putih", "koperasi kelurahan merah putih"],
        ["usp", "unit simpan pinjam"],
        ["ksp", "koperasi simpan pinjam"],
        ["musdesus", "musyawarah desa khusus"],
        ["kades", "kepala desa"],
        ["bunga", "imbalan", "jasa pinjaman", "jasa simpanan"],
        ["nasabah", "penyimpan"],
        ["voting", "pemungutan suara", "suara terbanyak"],
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
        ["bubar", "pembubaran", "dibubarkan"],
        ["npak", "notaris", "notaris pembuat akta koperasi"],
        ["elektronik", "digital"],
        ["toko", "gerai"],
        ["sembako", "sembilan bahan pokok"],
        ["duit", "uang", "dana"],
        ["gaji", "insentif"],
        ["lapor", "laporan"],
        ["menjalankan", "melaksanakan", "dilaksanakan", "menyelenggarakan"],
        ["target", "sasaran"],
        ["diadakan", "mengadakan", "dilakukan", "diselenggarakan"],
        ["isi", "isinya", "memuat"],
        ["umkm", "umk m", "usaha mikro kecil dan menengah"],
        ["pakai", "memakai", "menggunakan"],
        ["punya", "mempunyai", "memiliki"],
        ["keluar", "berhenti", "diakhiri", "mengakhiri", "pemberhentian"],
        ["setahun", "satu tahun", "tahunan"],
        ["dipindahkan", "dipindahtangankan", "dialihkan"],
    ];
}
