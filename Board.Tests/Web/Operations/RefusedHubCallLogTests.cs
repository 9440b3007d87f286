using System.Collections.Concurrent;
using Board.Tests.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Board.Tests.Web.Operations;

/// <summary>A refused hub call is one line in the log, never a stack trace (issue 11: 2,000 refusals wrote 2 MB).</summary>
[TestFixture]
public sealed class RefusedHubCallLogTests
{
    [Test]
    public async Task RefusedCalls_LogOneLineEach_WithNoException()
    {
        var log = new CaptureLog();
        await using var live = await LiveMeeting.StartAsync(factory =>
        {
            factory.Settings["Logging:LogLevel:Default"] = "Information";
            factory.ExtraServices.Add(services => services.AddSingleton<ILoggerProvider>(log));
        });
        await using var hub = await live.ConnectAsync("carer@riverside.example");
        log.Entries.Clear();

        for (var call = 0; call < 50; call++)
            Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeetingSyncStub>("JoinMeeting", 999_999L));
        await Task.Delay(200);

        var refusals = log.Entries.Where(e => e.Message.Contains("refused", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusals, Has.Count.EqualTo(50));
            Assert.That(log.Entries.Where(e => e.Exception is not null).Select(e => $"{e.Category}: {e.Message}"), Is.Empty);
        }
    }

    private sealed record MeetingSyncStub;

    private sealed record Entry(string Category, string Message, Exception? Exception);

    private sealed class CaptureLog : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CaptureLog log, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                log.Entries.Enqueue(new Entry(category, formatter(state, exception), exception));
        }
    }
}
