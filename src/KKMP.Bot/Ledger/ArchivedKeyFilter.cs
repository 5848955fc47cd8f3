namespace KKMP.Bot.Ledger;

/// <summary>
/// A Bloom filter over the archived message-key hashes, of fixed size (4 MiB, whatever the history):
/// "no" is certain, so a new message (the usual case) costs no archive read; "maybe" is checked in the
/// archive. With 2,000,000 archived keys about 1 in 500 new messages needs that read; the rate rises
/// slowly with history, the memory does not. Saved with each checkpoint, loaded when the ledger opens.
/// Only the checkpoint adds to it (under its lock); a reader racing an add may miss a bit being set,
/// for a key that is still in memory until that checkpoint has committed.
/// </summary>
internal sealed class ArchivedKeyFilter
{
    private const int Bits = 1 << 25;
    private const int Probes = 4;
    private readonly byte[] _bits;

    public ArchivedKeyFilter(byte[]? saved = null) =>
        _bits = saved is { Length: Bits / 8 } ? saved : new byte[Bits / 8];

    public void Add(ulong hash)
    {
        foreach (var bit in Positions(hash)) _bits[bit >> 3] |= (byte)(1 << (bit & 7));
    }

    public bool MightContain(ulong hash)
    {
        foreach (var bit in Positions(hash))
            if ((_bits[bit >> 3] & (1 << (bit & 7))) == 0) return false;
        return true;
    }

    /// <summary>A copy to store (the checkpoint writes it inside its transaction).</summary>
    public byte[] ToBytes() => (byte[])_bits.Clone();

    /// <summary>Double hashing from the two halves of the 64-bit key hash.</summary>
    private static IEnumerable<int> Positions(ulong hash)
    {
        var (a, b) = ((uint)hash, (uint)(hash >> 32) | 1);
        for (uint i = 0; i < Probes; i++) yield return (int)((a + i * b) & (Bits - 1));
    }
}
