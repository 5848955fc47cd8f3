// Benchmarks print their numbers; they are not part of the test run.
// Usage: dotnet run -c Release --project benchmarks/KKMP.Bot.Benchmarks -- [name ...]
Console.WriteLine("KKMP.Bot benchmarks: none registered yet.");
