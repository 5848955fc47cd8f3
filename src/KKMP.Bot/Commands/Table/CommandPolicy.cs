using KKMP.Bot.Conversation;

namespace KKMP.Bot.Commands.Table;

/// <summary>The refusals the dispatcher gives, read from a command's declaration (one place, so tests can walk the matrix).</summary>
public static class CommandPolicy
{
    public const string NoCooperative = "Anda belum terdaftar di koperasi mana pun. Minta kode undangan ke pengurus, lalu kirim: /gabung KODE";

    public const string Undeclared = "Perintah ini belum bisa dijalankan. Ketik /bantuan untuk daftar perintah.";

    public const string HowToRecord =
        "Hanya pengelola dan pengurus koperasi yang bisa mencatat. Untuk menjadi pengelola, minta kode undangan ke pengurus koperasi Anda, lalu kirim: /gabung KODE";

    /// <summary>Why this role may not run the command in this kind of chat, or null when it may.</summary>
    public static string? Refusal(CommandDeclaration declaration, Role role, ChatKinds chat)
    {
        if (!declaration.Roles.Contains(role))
        {
            var refusal = $"Perintah {declaration.Word} hanya untuk {string.Join(", ", declaration.Roles.Select(Permissions.Name))}. " +
                          $"Anda terdaftar sebagai {Permissions.Name(role)}.";
            return declaration.Records && role == Role.Anggota
                ? $"{refusal} {HowToRecord}"
                : $"{refusal} Lihat yang bisa Anda pakai: /bantuan";
        }
        if (!declaration.Chats.HasFlag(chat))
            return $"Perintah {declaration.Word} hanya bisa dipakai {Where(declaration.Chats)}.";
        return null;
    }

    public static bool Allows(CommandDeclaration declaration, Role role, ChatKinds chat) => Refusal(declaration, role, chat) is null;

    private static string Where(ChatKinds chats) => chats switch
    {
        ChatKinds.Private => "di chat pribadi dengan bot (kode undangan jangan terlihat orang lain di grup)",
        ChatKinds.Private | ChatKinds.LinkedGroup => "di chat pribadi dengan bot atau di grup yang terhubung ke koperasi",
        _ => "di chat pribadi dengan bot",
    };
}
