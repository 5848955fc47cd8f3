using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KKMP.Bot.Tests.Hosting;

/// <summary>
/// What the console would print: every entry the host's configured filters let through (appsettings.json
/// levels apply to every provider), with its exception written out the way the console logger writes it.
/// </summary>
public sealed class PrintedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, LogLevel Level, string Text)> _entries = new();

    public IReadOnlyList<(string Category, LogLevel Level, string Text)> Entries => [.. _entries];

    public int Lines(LogLevel atLeast) => Entries.Where(e => e.Level >= atLeast).Sum(e => e.Text.Split('\n').Length);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<(string, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue((category, logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
    }
}
