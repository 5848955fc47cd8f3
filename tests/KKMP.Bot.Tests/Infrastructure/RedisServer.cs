using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KKMP.Bot.Tests.Infrastructure;

/// <summary>
/// A real redis-server (installed by scripts/install-test-deps.sh) as a child process on a free
/// 127.0.0.1 port, without persistence. Started by <see cref="StartAsync"/>, killed on dispose
/// (or earlier by <see cref="Stop"/>, to test an outage).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>For ConnectionStrings:Redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start: run scripts/install-test-deps.sh");
        process.OutputDataReceived += (_, _) => { }; // drain its log so it never blocks on a full pipe
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new RedisServer(process, port);
        await server.WaitUntilReadyAsync();
        return server;
    }

    /// <summary>Kills the server now (an outage); dispose is still safe afterwards.</summary>
    public void Stop()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
    }

    /// <summary>Sends a raw command (e.g. "DBSIZE") and returns Redis' reply line.</summary>
    public async Task<string> CommandAsync(string command)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer);
        return Encoding.ASCII.GetString(buffer, 0, read).Trim();
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}");
            try
            {
                if (await CommandAsync("PING") == "+PONG") return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline) { }
            await Task.Delay(50);
            if (DateTime.UtcNow > deadline) throw new TimeoutException("redis-server did not answer PING within 10 s");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }
}
