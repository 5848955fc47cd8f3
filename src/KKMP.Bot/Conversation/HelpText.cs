using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Conversation;

/// <summary>The greeting and the command list, showing only what this user's role may do.</summary>
public static class HelpText
{
    private sealed record Entry(string Example, string Description, Role[] Roles);

    private static readonly Role[] All = Enum.GetValues<Role>();
    private static readonly Role[] Readers = [Role.Pengawas, Role.Pengelola, Role.Pengurus, Role.Pembina, Role.Admin];
    private static readonly Role[] Writers = [Role.Pengelola, Role.Pengurus, Role.Admin];
    private static readonly Role[] Board = [Role.Pengurus, Role.Admin];

    private static readonly Entry[] Entries =
    [
        new("/harga", "daftar harga", All),
        new("/harga beras", "harga satu barang (atau tanya: \"harga beras berapa?\")", All),
        new("/gabung AB3DE7FG", "bergabung dengan kode undangan", All),
        new("/stok", "daftar stok", Readers),
        new("/rekap", "rekap penjualan hari ini (/rekap kemarin, /rekap 20/11)", Readers),
        new("/barang", "daftar barang, alias dan kemasan", Readers),
        new("/stok beras 50 kg", "catat hasil hitung stok (opname)", Writers),
        new("/masuk beras 100 kg @11.500", "catat barang masuk (harga beli opsional)", Writers),
        new("/jual gula 2,5 kg", "catat penjualan (harga berlaku, atau @harga)", Writers),
        new("/setharga beras 12.500", "ubah harga jual per satuan", Writers),
        new("/batal", "batalkan catatan Anda yang terakhir", Writers),
        new("/barang tambah \"Minyak Goreng\" liter", "tambah barang", Board),
        new("/barang alias \"minyak goreng\" migor", "tambah nama lain", Board),
        new("/barang kemasan beras karung 25", "1 karung beras = 25 kg", Board),
        new("/barang minimum beras 20", "batas stok menipis", Board),
        new("/undang pengelola", "buat kode undangan sekali pakai", Board),
        new("/undang grup", "kode untuk menghubungkan grup Telegram (kirim /gabung KODE di grup itu)", Board),
        new("/koperasi tambah kkmp-sukamaju \"KKMP Sukamaju\" \"Sukamaju\" \"Kota Mojokerto\" WIB", "daftarkan koperasi baru", [Role.Admin]),
    ];

    public static string For(Asker asker, CooperativeDoc? cooperative, bool greeting)
    {
        var intro = greeting
            ? $"Selamat datang di KKMP.Bot{(cooperative is null ? "" : $" — {cooperative.Name}")}. Anda terdaftar sebagai {Permissions.Name(asker.Role)}."
            : $"Perintah untuk {Permissions.Name(asker.Role)}{(cooperative is null ? "" : $" di {cooperative.Name}")}:";
        var demo = cooperative?.IsDemo == true ? "\n(Ini koperasi DEMO: data contoh, bukan harga sungguhan.)" : "";
        var lines = Entries.Where(e => e.Roles.Contains(asker.Role)).Select(e => $"• {e.Example} — {e.Description}");
        return $"{intro}{demo}\n{string.Join('\n', lines)}\nPertanyaan tentang aturan koperasi boleh ditulis biasa, misalnya: kapan RAT harus diadakan?";
    }
}
