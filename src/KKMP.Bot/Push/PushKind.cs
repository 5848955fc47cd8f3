using KKMP.Bot.Conversation;

namespace KKMP.Bot.Push;

/// <summary>What the bot may say first. The word is what /pengingat mati|hidup takes.</summary>
public enum PushKind { Posting, LowStock, DailyClose, Weekly, PriceFlag, SimpananDue }

/// <summary>Each kind's word, who gets it by default and how /pengingat describes it (Indonesian).</summary>
public sealed record PushKindInfo(PushKind Kind, string Word, IReadOnlyList<Role> Roles, string Describes)
{
    public static readonly IReadOnlyList<PushKindInfo> All =
    [
        new(PushKind.Posting, "catat", [Role.Pengelola], "pengingat mencatat (jika hari ini belum ada catatan)"),
        new(PushKind.LowStock, "stok", [Role.Pengelola, Role.Pengurus], "stok di bawah minimum"),
        new(PushKind.DailyClose, "tutup", [Role.Pengurus], "rekap tutup hari pukul 20.00 (jika ada penjualan)"),
        new(PushKind.Weekly, "mingguan", [Role.Pengurus, Role.Pengawas], "ringkasan mingguan Senin pukul 07.00"),
        new(PushKind.PriceFlag, "het", [Role.Pengawas], "harga dicatat di atas harga eceran tertinggi (HET)"),
        new(PushKind.SimpananDue, "simpanan", [Role.Anggota], "simpanan wajib jatuh tempo dan belum dibayar"),
    ];

    public static PushKindInfo Of(PushKind kind) => All.First(k => k.Kind == kind);

    public static PushKindInfo? Find(string word) => All.FirstOrDefault(k => k.Word.Equals(word, StringComparison.OrdinalIgnoreCase));
}
