using Telegram.Bot.Types;

namespace KKMP.Bot.Channels.Telegram;

/// <summary>The command menu Telegram shows when the user types "/": set with setMyCommands on start.</summary>
public static class BotCommands
{
    public static readonly IReadOnlyList<BotCommand> Menu =
    [
        new("harga", "Cek harga barang, mis. /harga beras"),
        new("stok", "Lihat stok atau catat stok opname: /stok beras 50 kg"),
        new("jual", "Catat penjualan: /jual gula 2 kg"),
        new("masuk", "Catat barang masuk: /masuk minyak 48 liter @14.500"),
        new("setharga", "Atur harga jual: /setharga beras 12.500"),
        new("barang", "Daftar dan kelola barang"),
        new("rekap", "Rekap penjualan hari ini atau kemarin"),
        new("batal", "Batalkan catatan terakhir Anda"),
        new("undang", "Buat kode undangan: /undang pengelola, atau /undang grup untuk menghubungkan grup"),
        new("gabung", "Gabung ke koperasi (atau hubungkan grup) dengan kode: /gabung KODE"),
        new("bantuan", "Cara memakai bot ini"),
        new("mulai", "Mulai"),
    ];
}
