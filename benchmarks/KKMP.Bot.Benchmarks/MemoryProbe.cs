namespace KKMP.Bot.Benchmarks;

/// <summary>
/// The memory one operation costs, apart from what the process already held: bytes it allocated
/// (<see cref="GC.GetTotalAllocatedBytes"/>, garbage included), the managed heap's peak above the heap before it
/// (sampled every millisecond on another thread, so a GC-free spike between samples can be missed by at most
/// 1 ms of allocation), and the resident set's peak above what it was before (Linux VmHWM, reset through
/// /proc/self/clear_refs so an earlier peak, e.g. generating the data, is not counted).
/// Working-set growth includes the runtime keeping freed GC segments and JIT'd code, so it is reported apart.
/// </summary>
public sealed record MemoryProbe(long Allocated, long ManagedPeakExtra, long ManagedHeldExtra, long ResidentBefore, long ResidentPeak, long ResidentAfter)
{
    public static (T Result, MemoryProbe Memory) Measure<T>(Func<T> run)
    {
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var residentBefore = Resident("VmRSS");
        ResetResidentPeak();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long managedPeak = heapBefore;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(1)) managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
        }) { IsBackground = true };
        sampler.Start();
        var result = run();
        managedPeak = Math.Max(managedPeak, GC.GetTotalMemory(forceFullCollection: false));
        done.Set();
        sampler.Join();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var residentPeak = Resident("VmHWM");
        GC.KeepAlive(result);
        var heldAfter = GC.GetTotalMemory(forceFullCollection: true);
        return (result, new MemoryProbe(allocated, managedPeak - heapBefore, heldAfter - heapBefore, residentBefore, residentPeak, Resident("VmRSS")));
    }

    public override string ToString() =>
        $"allocated {Mib(Allocated)} MiB, managed heap peak +{Mib(ManagedPeakExtra)} MiB (held after, result kept: +{Mib(ManagedHeldExtra)} MiB), " +
        $"resident {Mib(ResidentBefore)} → peak {Mib(ResidentPeak)} (+{Mib(ResidentPeak - ResidentBefore)}) → {Mib(ResidentAfter)} MiB";

    private static string Mib(long bytes) => (bytes / 1024.0 / 1024).ToString("F1");

    /// <summary>Writing 5 to clear_refs resets VmHWM to the current resident set (Linux 4.0+); elsewhere the peak is the process's.</summary>
    private static void ResetResidentPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A field of /proc/self/status in bytes (VmRSS now, VmHWM the peak); the working set where there is no /proc.</summary>
    private static long Resident(string field)
    {
        if (!File.Exists("/proc/self/status")) return Environment.WorkingSet;
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) * 1024;
    }
}
