using System.Net;
using System.Text.Json;
using KKMP.Bot.Hosting.Health;
using KKMP.Bot.Ledger;
using KKMP.Bot.Tests.Infrastructure;
using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Moq;

namespace KKMP.Bot.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_healthy_over_kestrel_without_running_checks()
    {
        using var app = new BotApp();
        using var client = app.CreateNetworkClient();

        var response = await client.GetAsync("/healthz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(0, body.GetProperty("checks").GetArrayLength());
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
    }

    [Fact]
    public async Task Ready_names_each_check_with_its_reason()
    {
        using var app = new BotApp();
        using var client = app.CreateNetworkClient();

        var response = await client.GetAsync("/healthz/ready");
        var checks = Checks(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["knowledge", "ledger"], checks.Keys.Order());
        Assert.Equal(("Healthy", "a probe write committed"), checks["ledger"]);
        Assert.Equal("Healthy", checks["knowledge"].Status);
        Assert.Matches(@"^\d+ passages from \d+ documents$", checks["knowledge"].Reason);
    }

    [Fact]
    public async Task Ready_fails_with_a_reason_when_the_configured_redis_does_not_answer()
    {
        var port = FreePort();
        using var app = new BotApp(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"127.0.0.1:{port}" });
        using var client = app.CreateNetworkClient();

        var response = await client.GetAsync("/healthz/ready");
        var checks = Checks(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", checks["redis"].Status);
        Assert.NotEmpty(checks["redis"].Reason);
        Assert.Equal("Healthy", checks["ledger"].Status);
    }

    [Fact]
    public async Task The_ledger_check_reports_a_failing_disk_and_then_refuses_writes_until_a_restart()
    {
        var failing = false;
        var log = new Mock<MemoryStream> { CallBase = true };
        log.Setup(s => s.Write(It.IsAny<byte[]>(), It.IsAny<int>(), It.IsAny<int>()))
            .Callback(() => { if (failing) throw new IOException("disk full (injected)"); })
            .CallBase();
        using var db = new LedgerDb(new LiteDatabase(new MemoryStream(), new BsonMapper(), log.Object));
        var check = new LedgerWritableCheck(db);
        var healthy = await check.CheckHealthAsync(new HealthCheckContext());

        failing = true;
        var failed = await check.CheckHealthAsync(new HealthCheckContext());
        failing = false; // the disk is back, but this process's view of the file is not to be trusted until a restart
        var faulted = await check.CheckHealthAsync(new HealthCheckContext());
        GC.Collect();
        GC.WaitForPendingFinalizers(); // the failed transaction's finalizer must not throw (it would end the test host)
        Assert.Throws<LedgerFaultedException>(() => db.Write(new WriteOrigin("k", "t", "c", "u", "m", "raw"), () => WriteResult.Recorded("x")));

        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(HealthStatus.Unhealthy, failed.Status);
        Assert.Contains("disk full", failed.Description);
        Assert.Equal(HealthStatus.Unhealthy, faulted.Status);
        Assert.Contains("writes are refused until a restart", faulted.Description);
    }

    private static Dictionary<string, (string Status, string Reason)> Checks(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!, c => (c.GetProperty("status").GetString()!, c.GetProperty("reason").GetString()!));

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
