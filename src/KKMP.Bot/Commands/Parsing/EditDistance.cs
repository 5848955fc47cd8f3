namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
/// neighbours). Hand-written because it is a few lines and no pinned package offers it; three
/// rolling rows on the stack keep matching a catalogue allocation-free. The one edit distance of the
/// bot: item names, command words and the knowledge search's typo correction all use it.
/// </summary>
public static class EditDistance
{
    /// <param name="limit">Stop as soon as the distance must exceed this and return <paramref name="limit"/> + 1 (for scans over a vocabulary).</param>
    public static int Between(string a, string b, int limit = int.MaxValue - 1)
    {
        if (a.Length == 0) return Math.Min(b.Length, limit + 1);
        if (b.Length == 0) return Math.Min(a.Length, limit + 1);
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];        // row i-2
        var previous = rows[width..(2 * width)]; // row i-1
        var current = rows[(2 * width)..];  // row i
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, before[j - 2] + 1);
                current[j] = best;
                rowMin = Math.Min(rowMin, best);
            }
            // No later row can be smaller than this row's minimum (the swap looks back two rows, but costs one more).
            if (rowMin > limit) return limit + 1;
            // Rotate: the oldest row becomes the next current row.
            var oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return Math.Min(previous[b.Length], limit + 1);
    }
}
