using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KKMP.Bot.Tests.Infrastructure;

/// <summary>
/// The built host (src/KKMP.Bot's own build output) run as a child process, so a test can do to it
/// what a power cut or the OOM killer does: <see cref="Kill"/> sends SIGKILL, no shutdown code runs.
/// Output is drained (a full pipe would block the host) and kept for failure messages.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the host with <paramref name="environment"/> (Section__Key = value) in <paramref name="workingDirectory"/>.</summary>
    public static HostProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(BotDll());
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // "Now listening on", see ListeningAsync
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new HostProcess(Process.Start(start)!);
    }

    /// <summary>Completes when Kestrel says it listens (the host's hosted services have started before it).</summary>
    public Task ListeningAsync(TimeSpan timeout) => _listening.Task.WaitAsync(timeout);

    public bool HasExited => _process.HasExited;

    /// <summary>What the host wrote so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>SIGKILL, then waits until the process is gone (its file handles released).</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromMinutes(1));
    }

    /// <summary>A loopback port free at the moment of asking (the host binds it a moment later).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host's own build output (it has the runtimeconfig the test folder's copy may lack).</summary>
    public static string BotDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "KKMP.Bot.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "KKMP.Bot.runtimeconfig.json"))) return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0/
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KKMP.Bot.sln"))) root = Directory.GetParent(root)!.FullName;
        return Path.Combine(root, "src", "KKMP.Bot", "bin", configuration, "net10.0", "KKMP.Bot.dll");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        if (line.Contains("Now listening on", StringComparison.Ordinal)) _listening.TrySetResult();
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
