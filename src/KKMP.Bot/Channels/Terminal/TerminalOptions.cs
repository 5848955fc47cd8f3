using KKMP.Bot.Conversation;

namespace KKMP.Bot.Channels.Terminal;

/// <summary>
/// Flags of the `chat` verb: --user ID, --role ROLE, --koperasi ID, --sesi ID. Line N of a session is
/// message "SESI-N": running the same input again with the same --sesi (say, after the machine went
/// down halfway through a day's list) records each line once; without --sesi every run is new.
/// </summary>
public sealed record TerminalOptions(string UserId, Role Role, string? KoperasiId, string? SessionId = null)
{
    public const string Usage = "Pemakaian: chat [--user ID] [--role anggota|pengawas|pengelola|pengurus|pembina|admin] [--koperasi ID] [--sesi ID]";

    public static bool TryParse(string[] flags, out TerminalOptions options, out string error)
    {
        options = new TerminalOptions("operator", Role.Anggota, null);
        error = "";
        for (var i = 0; i < flags.Length; i++)
        {
            var value = i + 1 < flags.Length ? flags[i + 1] : null;
            switch (flags[i])
            {
                case "--user" when !string.IsNullOrWhiteSpace(value):
                    options = options with { UserId = value.Trim() };
                    break;
                case "--role" when Enum.TryParse<Role>(value, ignoreCase: true, out var role) && Enum.IsDefined(role) && !int.TryParse(value, out _):
                    options = options with { Role = role };
                    break;
                case "--koperasi" when !string.IsNullOrWhiteSpace(value):
                    options = options with { KoperasiId = value.Trim() };
                    break;
                case "--sesi" when !string.IsNullOrWhiteSpace(value):
                    options = options with { SessionId = value.Trim() };
                    break;
                default:
                    error = $"Argumen tidak dikenal atau tanpa nilai: {flags[i]}. {Usage}";
                    return false;
            }
            i++;
        }
        return true;
    }
}
