namespace KKMP.Bot.Commands.Parsing;

/// <summary>
/// Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
/// neighbours). Hand-written because it is a few lines and no pinned package offers it; three
/// rolling rows on the stack keep matching a catalogue allocation-free.
/// </summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];        // row i-2
        var previous = rows[width..(2 * width)]; // row i-1
        var current = rows[(2 * width)..];  // row i
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, before[j - 2] + 1);
                current[j] = best;
            }
            // Rotate: the oldest row becomes the next current row.
            var oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}
