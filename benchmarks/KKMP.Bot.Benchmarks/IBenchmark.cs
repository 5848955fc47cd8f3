namespace KKMP.Bot.Benchmarks;

/// <summary>
/// One benchmark: a named program that measures something and prints its numbers.
/// Every implementation in this assembly is found by reflection, so adding one touches no other file.
/// </summary>
public interface IBenchmark
{
    /// <summary>Short name used on the command line, e.g. "ledger".</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
