using KKMP.Bot.Ledger.Documents;
using LiteDB;

namespace KKMP.Bot.Tests.Telegram;

/// <summary>
/// Works around a race outside this feature: LedgerDb opens LiteDatabase with the shared
/// BsonMapper.Global, and LiteDB publishes an entity map before filling it, so two hosts starting
/// at once in one test process can see "Member KoperasiId not found on BsonMapper". Building every
/// document map once, before any host starts, removes the window. (Proper fix, reported to the
/// ledger owner: give each LiteDatabase its own `new BsonMapper()` in LedgerDb.Open.)
/// </summary>
internal static class LiteDbMapperWarmup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        foreach (var type in typeof(ItemDoc).Assembly.GetTypes().Where(t => t.Namespace == typeof(ItemDoc).Namespace && t is { IsClass: true, IsAbstract: false } && t.GetConstructor(Type.EmptyTypes) is not null))
            BsonMapper.Global.ToDocument(type, Activator.CreateInstance(type)!);
        return true;
    });

    public static void EnsureDone() => _ = Done.Value;
}
