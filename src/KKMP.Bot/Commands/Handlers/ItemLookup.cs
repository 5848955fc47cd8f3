using System.Diagnostics.CodeAnalysis;
using KKMP.Bot.Conversation;
using KKMP.Bot.Ledger;
using KKMP.Bot.Ledger.Documents;

namespace KKMP.Bot.Commands.Handlers;

/// <summary>
/// Resolves a typed item name for a handler, or builds the reply that says why not: an unknown item
/// gets the closest one or how to add it; an ambiguous one gets a question with the full corrected
/// commands as suggested replies, never a guess.
/// </summary>
/// <remarks>
/// The item comes from the cached catalogue: names, units, packing and price are current (every
/// catalogue write refreshes it) but <see cref="ItemDoc.Stock"/> may be stale. Stock decisions are
/// made on the item a <see cref="MovementPlan"/> receives under the lock.
/// </remarks>
public sealed class ItemLookup(ItemResolver resolver)
{
    /// <param name="closeOnly">Suggest an unknown item's nearest name only when it is close ("beras merah" → beras), not merely nearest ("emas" → beras).</param>
    /// <param name="unknown">The reply when nothing is suggested; null: "not in the list, or add it".</param>
    public bool TryResolve(CommandContext context, string typed, [NotNullWhen(true)] out ItemDoc? item, [NotNullWhen(false)] out Reply? reply,
        bool closeOnly = false, Func<Reply>? unknown = null)
    {
        item = null;
        reply = null;
        switch (resolver.Resolve(context.KoperasiId, typed))
        {
            case ItemResolution.Found(var found):
                item = found;
                return true;
            case ItemResolution.Ambiguous(var candidates):
                var names = candidates.Select(c => c.Name.ToLowerInvariant()).ToList();
                reply = Reply.Of($"\"{typed}\" bisa berarti {string.Join(" atau ", names)}. Yang mana?",
                    [.. candidates.Select(c => context.WithItem(typed, c.Name))]);
                return false;
            case ItemResolution.NotFound(var closest) notFound when closest is not null && (notFound.IsClose || !closeOnly):
                reply = Reply.Of($"Barang \"{typed}\" tidak ada di daftar. Maksudnya {closest.Name.ToLowerInvariant()}?",
                    context.WithItem(typed, closest.Name));
                return false;
            default:
                reply = unknown?.Invoke() ?? new Reply($"Barang \"{typed}\" tidak ada di daftar koperasi ini. Lihat daftar dengan /harga, " +
                                  $"atau pengurus menambahkannya: /barang tambah \"{typed}\" kg");
                return false;
        }
    }
}
