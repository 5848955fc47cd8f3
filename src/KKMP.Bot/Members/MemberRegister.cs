using KKMP.Bot.Commands.Parsing;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Members;

/// <summary>The member a reference names, or why none is taken (unknown, left, or several fit: <see cref="Candidates"/>).</summary>
public sealed record MemberLookup(MemberDoc? Member, string? Problem, IReadOnlyList<MemberDoc> Candidates)
{
    public static MemberLookup Of(MemberDoc member) => new(member, null, []);
    public static MemberLookup Refused(string problem) => new(null, problem, []);
}

/// <summary>The member register of each cooperative: add, look up, mark as left, link to a chat user.</summary>
public sealed class MemberRegister(LedgerDb db, TimeProvider clock)
{
    /// <summary>Every member of a cooperative, by number.</summary>
    public IReadOnlyList<MemberDoc> All(string koperasiId) =>
        db.Members.Find(Query.EQ(nameof(MemberDoc.KoperasiId), koperasiId)).OrderBy(m => m.Number).ToList();

    public MemberDoc? Find(string koperasiId, int number) => db.Members.FindById(MemberDoc.IdOf(koperasiId, number));

    /// <summary>The member a chat user is linked to, or null.</summary>
    public MemberDoc? LinkedTo(string koperasiId, string channel, string userId) =>
        db.Members.FindOne(m => m.KoperasiId == koperasiId && m.LinkedUser == LinkOf(channel, userId));

    public static string LinkOf(string channel, string userId) => UserDoc.KeyOf(channel, userId);

    /// <summary>Adds a member; the number is the next free one when not given. Rejected when the number is taken.</summary>
    public WriteResult Add(WriteOrigin origin, string name, int? number, Func<MemberDoc, string> describe) =>
        db.Write(origin, () =>
        {
            var existing = All(origin.KoperasiId);
            var chosen = number ?? (existing.Count == 0 ? 1 : existing.Max(m => m.Number) + 1);
            if (existing.FirstOrDefault(m => m.Number == chosen) is { } taken)
                return WriteResult.Rejected(
                    $"Nomor anggota {taken.Code} sudah dipakai oleh {taken.Name}. Pilih nomor lain atau biarkan kosong agar dibuat otomatis: /anggota tambah \"{name}\"");
            var member = new MemberDoc
            {
                Id = MemberDoc.IdOf(origin.KoperasiId, chosen), KoperasiId = origin.KoperasiId, Number = chosen, Name = name,
                JoinedTicks = clock.GetUtcNow().UtcTicks,
            };
            db.Members.Insert(member);
            return WriteResult.Recorded(describe(member));
        });

    /// <summary>Marks a member as left; the record stays.</summary>
    public WriteResult Leave(WriteOrigin origin, int number, string reason, Func<MemberDoc, string> describe) =>
        db.Write(origin, () =>
        {
            if (Find(origin.KoperasiId, number) is not { } member) return WriteResult.Rejected(Unknown(number));
            if (member.HasLeft) return WriteResult.Rejected($"Anggota {member.Code} ({member.Name}) sudah tercatat keluar.");
            member.LeftTicks = clock.GetUtcNow().UtcTicks;
            member.LeaveReason = reason;
            db.Members.Update(member);
            return WriteResult.Recorded(describe(member));
        });

    /// <summary>Links a chat user to a member (redeeming an /undang anggota code); a user is linked to one member at most.</summary>
    internal static void LinkIn(LedgerDb db, string koperasiId, int number, string link)
    {
        foreach (var other in db.Members.Find(m => m.KoperasiId == koperasiId && m.LinkedUser == link))
        {
            other.LinkedUser = null;
            db.Members.Update(other);
        }
        var member = db.Members.FindById(MemberDoc.IdOf(koperasiId, number)) ?? throw new InvalidOperationException($"No member {number} in {koperasiId}.");
        member.LinkedUser = link;
        db.Members.Update(member);
    }

    /// <summary>
    /// The member meant by a number or a name. A name matches an active member when each typed word is one of the
    /// member's name words or the start of one (3 letters or more); several matches are a question, never a pick.
    /// </summary>
    public MemberLookup Resolve(string koperasiId, MemberRef wanted, string example)
    {
        if (wanted.Number is { } number)
            return Find(koperasiId, number) switch
            {
                null => MemberLookup.Refused(Unknown(number)),
                { HasLeft: true } left => MemberLookup.Refused(Left(left)),
                var member => MemberLookup.Of(member),
            };
        var typed = Words(wanted.Name!);
        var all = All(koperasiId).Where(m => Matches(typed, Words(m.Name))).ToList();
        var active = all.Where(m => !m.HasLeft).ToList();
        return active.Count switch
        {
            1 => MemberLookup.Of(active[0]),
            > 1 => new MemberLookup(null,
                $"Ada {active.Count} anggota yang cocok dengan \"{wanted.Name}\": " +
                string.Join(", ", active.Take(5).Select(m => $"{m.Code} {m.Name}")) + (active.Count > 5 ? ", …" : "") +
                ". Belum dicatat. Kirim ulang dengan nomor anggotanya, contoh: " + example, active),
            _ when all.Count == 1 => MemberLookup.Refused(Left(all[0])),
            _ => MemberLookup.Refused(
                $"Tidak ada anggota aktif bernama \"{wanted.Name}\". Belum dicatat. Tulis nomor anggotanya (lihat /anggota), contoh: {example}"),
        };
    }

    /// <summary>Whether a typed name matches nobody in the register, active or left ("pace guru" said of a customer).</summary>
    public bool NamesNobody(string koperasiId, string name)
    {
        var typed = Words(name);
        return !All(koperasiId).Any(m => Matches(typed, Words(m.Name)));
    }

    private static string Left(MemberDoc member) =>
        $"Tidak dicatat: anggota {member.Code} ({member.Name}) sudah keluar. Catat tanpa \"untuk\" sebagai penjualan bukan anggota, contoh: /jual gula 2 kg";

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Split([' ', '.', ',', '-', '\''], StringSplitOptions.RemoveEmptyEntries);

    private static bool Matches(string[] typed, string[] name) =>
        typed.Length > 0 && typed.All(t => name.Any(n => n == t || (t.Length >= 3 && n.StartsWith(t, StringComparison.Ordinal))));

    /// <summary>What a user linked to no member is told when asking for their own savings or SHU.</summary>
    public const string NotLinked =
        "Akun Anda belum terhubung ke data anggota. Minta pengurus membuat kode (/undang anggota 0012), lalu kirim /gabung KODE.";

    public static string Unknown(int number) =>
        $"Anggota nomor {MemberDoc.FormatNumber(number)} tidak ada. Lihat daftarnya dengan /anggota, atau tambahkan: /anggota tambah \"Painem\"";
}
