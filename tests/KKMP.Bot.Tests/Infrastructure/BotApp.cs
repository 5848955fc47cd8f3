using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Infrastructure;

/// <summary>
/// The real host on real Kestrel (127.0.0.1, a free port) with its own temporary data folder.
/// Each test builds its own; settings are applied with UseSetting so that code reading
/// configuration while the builder runs (before Build) sees them.
/// </summary>
/// <param name="time">The clock the whole host reads (a FakeTimeProvider to move time); the system clock when null.</param>
public sealed class BotApp(IDictionary<string, string?>? settings = null, TimeProvider? time = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("kkmp-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Ledger:Path", Path.Combine(DataDirectory, "kkmp.db"));
        // The bot speaking first (reminders at 17.00 on the real clock) would add messages to other tests' chats; push tests turn it on.
        builder.UseSetting("Push:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        // Registered after the host's own TryAdd(TimeProvider.System), so this one is what every service gets.
        if (time is not null) builder.ConfigureTestServices(services => services.AddSingleton(time));
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>Starts the server if needed and returns its address (http://127.0.0.1:port/).</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>An HttpClient that talks to Kestrel over the loopback network, not an in-memory handler.</summary>
    public HttpClient CreateNetworkClient() => new() { BaseAddress = BaseAddress };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            TryDelete(DataDirectory);
    }

    private static void TryDelete(string directory)
    {
        try { Directory.Delete(directory, recursive: true); }
        catch (IOException) { /* a file still held open by a late finaliser: leave it to the OS temp cleanup */ }
    }
}
