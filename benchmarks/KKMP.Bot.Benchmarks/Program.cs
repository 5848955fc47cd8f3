using KKMP.Bot.Benchmarks;

// Benchmarks print their numbers; they are not part of the test run.
// Usage: dotnet run -c Release --project benchmarks/KKMP.Bot.Benchmarks -- [name ...]
var all = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name)
    .ToList();

var chosen = args.Length == 0 ? all : all.Where(b => args.Contains(b.Name, StringComparer.OrdinalIgnoreCase)).ToList();
if (chosen.Count == 0)
{
    Console.WriteLine("Unknown benchmark. Available:");
    foreach (var b in all) Console.WriteLine($"  {b.Name,-12} {b.Description}");
    return 1;
}

foreach (var benchmark in chosen)
{
    Console.WriteLine($"== {benchmark.Name}: {benchmark.Description}");
    await benchmark.RunAsync(CancellationToken.None);
    Console.WriteLine();
}
return 0;
