using Microsoft.Playwright;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>
/// Debian's headless Chromium driven by Microsoft.Playwright (its NuGet ships the driver; nothing
/// is downloaded). One browser per test class; each test opens its own context (own cookies).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium not found: run scripts/install-test-deps.sh (apt-get install chromium).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>artifacts/webchat/ at the repository root (git-ignored), for screenshots.</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KKMP.Bot.sln")))
            directory = directory.Parent;
        var folder = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", "webchat");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
