using KKMP.Bot.Channels.Terminal;
using KKMP.Bot.Conversation;
using Microsoft.Extensions.Configuration;

namespace KKMP.Bot.Tests.Terminal;

public class TerminalFilesTests
{
    [Fact]
    public void Files_go_to_an_exports_folder_beside_the_ledger_unless_configured_and_never_overwrite()
    {
        var root = Directory.CreateTempSubdirectory("kkmp-exports-").FullName;
        try
        {
            var beside = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Ledger:Path"] = Path.Combine(root, "data", "kkmp.db") }).Build();
            var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Terminal:ExportsPath"] = Path.Combine(root, "keluar") }).Build();
            Assert.Equal(Path.Combine(root, "data", "exports"), TerminalFiles.Folder(beside));
            Assert.Equal(Path.Combine(root, "keluar"), TerminalFiles.Folder(configured));

            var folder = TerminalFiles.Folder(beside);
            var first = TerminalFiles.Write(folder, new Attachment("laporan.xlsx", "application/octet-stream", [1, 2, 3]));
            var second = TerminalFiles.Write(folder, new Attachment("../laporan.xlsx", "application/octet-stream", [4]));

            Assert.Equal(Path.Combine(folder, "laporan.xlsx"), first);
            Assert.Equal(Path.Combine(folder, "laporan-2.xlsx"), second);
            Assert.Equal([1, 2, 3], File.ReadAllBytes(first));
            Assert.Equal([4], File.ReadAllBytes(second));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
