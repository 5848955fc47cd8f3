using System.Net;
using KKMP.Bot.Tests.Infrastructure;

namespace KKMP.Bot.Tests.Hosting;

public class HealthTests
{
    [Fact]
    public async Task Healthz_answers_healthy_over_kestrel()
    {
        using var app = new BotApp();
        using var client = app.CreateNetworkClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
    }
}
