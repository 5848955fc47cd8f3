using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KKMP.Bot.Ledger;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace KKMP.Bot.Operations;

/// <summary>
/// Lets `-- backup` and `-- check` reach a running host, which holds the one LiteDatabase of the file
/// (a second instance would read around its write-ahead log). Only from this machine: the request must
/// come over loopback and carry the token the host writes, readable only by its own user, into
/// <see cref="HandshakeFileName"/> beside the ledger. A reverse proxy on the same machine cannot know the token.
/// </summary>
public static class OperationsApi
{
    public const string HandshakeFileName = "kkmp-ops.json";
    public const string TokenHeader = "X-KKMP-Ops-Token";

    public sealed record Handshake(string Url, string Token);
    public sealed record BackupRequest(string Path);

    public static string? HandshakePath(string ledgerPath) =>
        ledgerPath == ":memory:" ? null : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(ledgerPath))!, HandshakeFileName);

    public static WebApplication MapOperations(this WebApplication app)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var group = app.MapGroup("/ops").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var given = Encoding.UTF8.GetBytes(http.Request.Headers[TokenHeader].ToString());
            var local = http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);
            return local && CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token))
                ? await next(context)
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });
        group.MapPost("/backup", (BackupRequest request, LedgerDb db) =>
        {
            var result = LedgerBackup.Write(db, request.Path);
            return Results.Text(BackupText(result));
        });
        group.MapPost("/check", (LedgerDb db) =>
        {
            var report = LedgerCheck.Run(db);
            return Results.Text(report.Text(), statusCode: report.Healthy ? 200 : 409);
        });

        var handshake = HandshakePath(app.Services.GetRequiredService<IOptions<LedgerOptions>>().Value.Path);
        if (handshake is null) return app;
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            if (addresses.FirstOrDefault(a => a.StartsWith("http:", StringComparison.OrdinalIgnoreCase)) is not { } address) return;
            File.WriteAllText(handshake, JsonSerializer.Serialize(new Handshake(Loopback(address), token)));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(handshake, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        });
        app.Lifetime.ApplicationStopped.Register(() => File.Delete(handshake));
        return app;
    }

    public static string BackupText(LedgerBackup.Result result) =>
        $"Cadangan tersimpan / backup written: {result.Path} ({result.Documents:N0} dokumen/documents, " +
        $"{result.Bytes / 1024.0 / 1024:F1} MiB, {result.Took.TotalSeconds:F1} s).";

    /// <summary>"http://0.0.0.0:8080" or "http://[::]:8080" → "http://127.0.0.1:8080": where this machine reaches the host.</summary>
    private static string Loopback(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "localhost") uri.Host = "127.0.0.1";
        return uri.Uri.ToString().TrimEnd('/');
    }
}
