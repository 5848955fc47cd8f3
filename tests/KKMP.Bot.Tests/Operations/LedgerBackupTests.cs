using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;
using KKMP.Bot.Operations;
using KKMP.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KKMP.Bot.Tests.Operations;

public class LedgerBackupTests
{
    [Fact]
    public async Task A_backup_taken_while_sales_are_written_is_a_consistent_ledger()
    {
        var directory = Directory.CreateTempSubdirectory("kkmp-backup-").FullName;
        try
        {
            using var db = LedgerDb.Open(Path.Combine(directory, "kkmp.db"));
            var catalog = new Catalog(db);
            new CooperativeDirectory(db).Upsert(new CooperativeDoc { Id = "kop-a", Name = "A" });
            var item = new ItemDoc { Name = "Beras", BaseUnit = "kg" };
            catalog.AddItem(new WriteOrigin("kop-a", "t", "c", "u", "add", "raw"), item, i => i.Name, i => i.Name);
            var stock = new StockBook(db, catalog);
            void Receive(int n) => stock.Append(new WriteOrigin("kop-a", "t", "c", "u", $"m{n}", "raw"), item.Id,
                _ => new MovementPlan.Append(new MovementDoc { Kind = MovementKind.Received, Delta = 1 }, (_, _) => "ok"));
            for (var n = 0; n < 500; n++) Receive(n);
            LedgerCheckpoint.Take(db);

            using var stop = new CancellationTokenSource();
            var writer = Task.Run(() => { for (var n = 500; !stop.IsCancellationRequested; n++) Receive(n); });
            var result = LedgerBackup.Write(db, Path.Combine(directory, "copy", "backup.db"));
            await stop.CancelAsync();
            await writer;

            using var copy = LedgerDb.Open(result.Path);
            var report = LedgerCheck.Run(copy);
            Assert.True(report.Healthy, report.Text());
            var copied = copy.Movements.Count();
            Assert.InRange(copied, 500, db.Movements.Count());
            Assert.Equal(copied, copy.StockLevels.Of(item.Id)); // stock from checkpoint + later movements = every copied movement
            Assert.False(File.Exists(result.Path + ".partial"));
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task The_running_host_backs_up_for_the_verb_only_with_its_token_over_loopback()
    {
        using var app = new BotApp();
        using var client = app.CreateNetworkClient();
        var handshakeFile = Path.Combine(app.DataDirectory, OperationsApi.HandshakeFileName);
        var handshake = JsonSerializer.Deserialize<OperationsApi.Handshake>(await File.ReadAllTextAsync(handshakeFile))!;
        var target = Path.Combine(app.DataDirectory, "backups", "b.db");

        var withoutToken = await client.PostAsJsonAsync("/ops/backup", new OperationsApi.BackupRequest(target));
        client.DefaultRequestHeaders.Add(OperationsApi.TokenHeader, (handshake.Token[0] == '0' ? "1" : "0") + handshake.Token[1..]);
        var wrongToken = await client.PostAsJsonAsync("/ops/backup", new OperationsApi.BackupRequest(target));
        client.DefaultRequestHeaders.Remove(OperationsApi.TokenHeader);
        client.DefaultRequestHeaders.Add(OperationsApi.TokenHeader, handshake.Token);
        var backup = await client.PostAsJsonAsync("/ops/backup", new OperationsApi.BackupRequest(target));
        var check = await client.PostAsync("/ops/check", null);

        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, backup.StatusCode);
        Assert.Contains("backup written", await backup.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        Assert.Contains("no problems found", await check.Content.ReadAsStringAsync());
        Assert.Equal(app.BaseAddress.ToString().TrimEnd('/'), handshake.Url);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(handshakeFile));
        using var copy = LedgerDb.Open(target);
        Assert.Equal(app.Services.GetRequiredService<LedgerDb>().Movements.Count(), copy.Movements.Count());
        Assert.NotNull(new CooperativeDirectory(copy).Get(DemoSeed.KoperasiId));
    }
}
