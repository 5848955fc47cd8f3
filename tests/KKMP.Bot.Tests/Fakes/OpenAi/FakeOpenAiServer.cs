using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Tests.Fakes.OpenAi;

/// <summary>
/// A local OpenAI-compatible server on 127.0.0.1 (real Kestrel): POST /v1/chat/completions (and
/// Azure OpenAI's /openai/deployments/{name}/chat/completions) answers
/// from a script, as JSON or as SSE when the request asks to stream. Every request is recorded.
/// When the script runs out, <see cref="WhenScriptEmpty"/> answers (a 500 unless set).
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>Base URL for the connector, ending in /v1 as Semantic Kernel needs.</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The server root, as an Azure OpenAI resource URL would be given.</summary>
    public Uri Root => new(Endpoint.GetLeftPart(UriPartial.Authority) + "/");

    public ScriptedReply WhenScriptEmpty { get; set; } = ScriptedReply.Error(HttpStatusCode.InternalServerError);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new FakeOpenAiServer(builder.Build());
        server._app.MapPost("/v1/chat/completions", server.HandleAsync);
        server._app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await server._app.StartAsync();
        server.Endpoint = new Uri(server._app.Urls.First().Replace("localhost", "127.0.0.1") + "/v1");
        return server;
    }

    /// <summary>Queues replies, answered in order, one per request.</summary>
    public FakeOpenAiServer Script(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!;
        var request = new RecordedRequest(body) { Path = context.Request.Path.Value ?? "" };
        _requests.Enqueue(request);
        var reply = _script.TryDequeue(out var next) ? next : WhenScriptEmpty;

        try { await Task.Delay(reply.Delay, context.RequestAborted); }
        catch (OperationCanceledException) { return; } // the client gave up: nothing to answer

        if (reply is RawReply raw)
        {
            context.Response.StatusCode = (int)raw.Status;
            context.Response.ContentType = raw.ContentType;
            await context.Response.WriteAsync(raw.Body);
            return;
        }
        if (reply is ErrorReply error)
        {
            context.Response.StatusCode = (int)error.Status;
            await context.Response.WriteAsJsonAsync(new { error = new { message = $"scripted {(int)error.Status}", type = "server_error" } });
            return;
        }
        await ChatCompletionWriter.WriteAsync(context.Response, request, reply, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
