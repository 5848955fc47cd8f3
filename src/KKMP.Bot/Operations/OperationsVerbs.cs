using System.Net.Http.Json;
using System.Text.Json;
using KKMP.Bot.Ledger;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Operations;

/// <summary>
/// `-- backup PATH` and `-- check [PATH]`. With the host running (its handshake file answers), the
/// host does the work on its own open ledger; otherwise the file is opened here.
/// Exit codes: 0 fine, 1 problems found or the work failed, 2 wrong arguments.
/// </summary>
public static class OperationsVerbs
{
    public static bool IsRequested(string[] args) => args is ["backup", ..] or ["check", ..];

    /// <summary>The verb's words are not host configuration (a path would be read as a key); logs only warnings, on stderr.</summary>
    public static string[] HostArgs(string[] args) => IsRequested(args)
        ? ["--Logging:Console:LogToStandardErrorThreshold=Trace", "--Logging:LogLevel:Default=Warning"]
        : args;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var ledgerPath = app.Services.GetRequiredService<IOptions<LedgerOptions>>().Value.Path;
        switch (args)
        {
            case ["backup", var target]:
                if (await AskRunningHostAsync(ledgerPath, "backup", new OperationsApi.BackupRequest(Path.GetFullPath(target))) is { } remote)
                    return Print(remote);
                if (ledgerPath == ":memory:" || !File.Exists(ledgerPath))
                    return Print((false, $"Tidak ada buku besar untuk dicadangkan: {ledgerPath}\nNo ledger to back up: {ledgerPath}"));
                using (var db = LedgerDb.Open(ledgerPath))
                    return Print((true, OperationsApi.BackupText(LedgerBackup.Write(db, target))));
            case ["check"]:
                return await AskRunningHostAsync(ledgerPath, "check", null) is { } answer ? Print(answer) : Print(CheckFile(ledgerPath));
            case ["check", var file]:
                return Print(CheckFile(file)); // e.g. a backup before restoring it
            default:
                await Console.Error.WriteLineAsync("Pemakaian / usage: backup PATH | check [PATH]");
                return 2;
        }
    }

    private static (bool Ok, string Text) CheckFile(string path)
    {
        if (path != ":memory:" && !File.Exists(path))
            return (false, $"Berkas tidak ada: {path}\nFile not found: {path}");
        try
        {
            using var db = LedgerDb.Open(path);
            var report = LedgerCheck.Run(db);
            return (report.Healthy, report.Text());
        }
        catch (Exception e) when (e is LiteDB.LiteException or InvalidDataException or IOException)
        {
            return (false, $"Berkas buku besar tidak bisa dibuka: {e.Message}\nThe ledger file does not open: {e.Message}");
        }
    }

    /// <summary>The running host's answer, or null when no host answers for this ledger.</summary>
    private static async Task<(bool Ok, string Text)?> AskRunningHostAsync(string ledgerPath, string operation, object? body)
    {
        if (OperationsApi.HandshakePath(ledgerPath) is not { } handshakePath || !File.Exists(handshakePath)) return null;
        var handshake = JsonSerializer.Deserialize<OperationsApi.Handshake>(await File.ReadAllTextAsync(handshakePath));
        if (handshake is null) return null;
        using var client = new HttpClient { BaseAddress = new Uri(handshake.Url), Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.Add(OperationsApi.TokenHeader, handshake.Token);
        try
        {
            using var response = await client.PostAsJsonAsync($"/ops/{operation}", body ?? new { });
            return (response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException)
        {
            return null; // a handshake left by a host that was killed: nobody holds the file
        }
    }

    private static int Print((bool Ok, string Text) result)
    {
        Console.WriteLine(result.Text);
        return result.Ok ? 0 : 1;
    }
}
