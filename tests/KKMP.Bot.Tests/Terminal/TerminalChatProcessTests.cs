using System.Diagnostics;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.Terminal;

/// <summary>Runs the real `chat` verb as a separate process, feeds it stdin and reads stdout.</summary>
public class TerminalChatProcessTests
{
    [Fact]
    public async Task Piped_commands_get_their_replies_on_stdout_and_the_chat_exits_at_end_of_input()
    {
        using var data = new TempDirectory();

        var run = await ChatAsync(data.Path, ["--role", "pengelola"], "/harga\n/stok beras 50 kg\n/jual beras 2,5 kg\n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("• Beras: Rp12.500/kg", run.Stdout);
        Assert.Contains("Tercatat: stok beras dihitung 50 kg (sebelumnya 100 kg, selisih -50 kg). Stok sekarang 50 kg.", run.Stdout);
        Assert.Contains("Tercatat: jual beras 2,5 kg × Rp12.500 = Rp31.250. Sisa stok 47,5 kg.", run.Stdout);
        Assert.DoesNotContain("info:", run.Stdout);
    }

    [Fact]
    public async Task The_ledger_file_keeps_entries_between_runs_and_roles_come_from_the_flags()
    {
        using var data = new TempDirectory();

        await ChatAsync(data.Path, ["--role", "pengelola", "--user", "kasir"], "/jual gula 2 kg\n");
        var member = await ChatAsync(data.Path, ["--user", "tamu"], "/jual gula 1 kg\n");
        var board = await ChatAsync(data.Path, ["--role", "pengurus", "--user", "ketua"], "/stok\n");

        Assert.Contains("Perintah /jual hanya untuk", member.Stdout);
        Assert.Contains("• Gula Pasir: 48 kg", board.Stdout);
    }

    [Fact]
    public async Task Running_the_same_input_again_with_the_same_session_records_each_line_once()
    {
        using var data = new TempDirectory();
        string[] session = ["--role", "pengelola", "--sesi", "stok-senin"];

        var first = await ChatAsync(data.Path, session, "/masuk beras 5 kg\n");
        var retry = await ChatAsync(data.Path, session, "/masuk beras 5 kg\n"); // e.g. after the machine went down mid-list
        var other = await ChatAsync(data.Path, ["--role", "pengelola", "--sesi", "stok-selasa"], "/masuk beras 5 kg\n/stok\n");

        Assert.Contains("Tercatat: masuk beras 5 kg", first.Stdout);
        Assert.Contains("sudah tercatat", retry.Stdout);
        Assert.Contains("Beras: 110 kg", other.Stdout); // 100 kg of demo stock + 5 + 5: the retry added nothing
    }

    [Fact]
    public async Task An_unknown_role_flag_is_refused_with_usage_on_stderr()
    {
        using var data = new TempDirectory();

        var run = await ChatAsync(data.Path, ["--role", "raja"], "/harga\n");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Pemakaian: chat", run.Stderr);
        Assert.Equal("", run.Stdout.Trim());
    }

    [Fact]
    public async Task A_chart_is_written_beside_the_ledger_and_its_path_printed()
    {
        using var data = new TempDirectory();

        var run = await ChatAsync(data.Path, ["--role", "pengelola"], "/jual beras 2 kg\n/grafik penjualan hari ini\n");

        var printed = run.Stdout.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("📎 "))[2..].Trim();
        Assert.Equal(System.IO.Path.Combine(data.Path, "exports"), System.IO.Path.GetDirectoryName(printed));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(printed)[..4]);
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr);

    private static async Task<Run> ChatAsync(string dataDirectory, string[] flags, string input)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        start.ArgumentList.Add(HostProcess.BotDll());
        start.ArgumentList.Add("chat");
        foreach (var flag in flags) start.ArgumentList.Add(flag);
        start.Environment["Ledger__Path"] = System.IO.Path.Combine(dataDirectory, "kkmp.db");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Run(process.ExitCode, await stdout, await stderr);
    }

    private sealed class TempDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("kkmp-chat-").FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
