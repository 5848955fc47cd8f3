using KKMP.Bot.Ledger;
using LiteDB;

namespace KKMP.Bot.Tests.WebChat;

/// <summary>
/// The web chat tests run one at a time (each starts a host, some a browser: 2 shared cores), and
/// before the first one the LiteDB entity mappers are built once on one thread. LiteDB 5.0.21 builds
/// BsonMapper.Global's mappers lazily and not thread-safely (litedb-org/LiteDB#2536): two hosts
/// opening their ledgers at once can fail with "Member … not found on BsonMapper". Reported to the
/// ledger's owner; this only keeps these tests from tripping over it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebChatCollection : ICollectionFixture<LiteDbMappersWarmedUp>
{
    public const string Name = "WebChat";
}

public sealed class LiteDbMappersWarmedUp
{
    public LiteDbMappersWarmedUp()
    {
        using var db = new LedgerDb(new LiteDatabase(new MemoryStream()));
        foreach (var property in typeof(LedgerDb).GetProperties()
                     .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ILiteCollection<>)))
            property.GetValue(db); // GetCollection<T> builds T's mapper
        DemoSeed.Run(db);
    }
}
