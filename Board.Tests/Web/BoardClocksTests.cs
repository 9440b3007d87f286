using Board.Data.Boards;
using Board.Tests.Data;
using Board.Web.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Board.Tests.Web;

/// <summary>Each board's clock: its own zone, else the site's; an unknown zone falls back and is logged once.</summary>
public sealed class BoardClocksTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private TestDatabase _db = null!;
    private BoardStore _boards = null!;
    private FakeTimeProvider _time = null!;
    private CountingLog _log = null!;
    private BoardClocks _clocks = null!;

    [SetUp]
    public void SetUp()
    {
        _db = TestDatabase.Create();
        _boards = new BoardStore(_db.Database);
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        _log = new CountingLog();
        _clocks = new BoardClocks(_time, _boards, _log, London);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private async Task<long> BoardAsync(string? zone)
    {
        var id = await _boards.CreateAsync("Board " + Guid.NewGuid().ToString("N")[..6], "Area", "About", _time.GetUtcNow());
        await _boards.SetTimeZoneAsync(id, zone);
        return id;
    }

    [Test]
    public async Task ForBoard_OwnZone_GivesItsOwnToday()
    {
        var auckland = await BoardAsync("Pacific/Auckland");

        var clock = await _clocks.ForBoardAsync(auckland);

        Assert.That(clock.Zone.Id, Is.EqualTo("Pacific/Auckland"));
        Assert.That(clock.Today, Is.EqualTo(new DateOnly(2026, 12, 3)), "01:00 on the 3rd in Auckland");
        Assert.That(_clocks.Site.Today, Is.EqualTo(new DateOnly(2026, 12, 2)));
    }

    [Test]
    public async Task ForBoard_NoZone_OrNoSuchBoard_UsesTheSite()
    {
        var plain = await BoardAsync(null);

        Assert.That((await _clocks.ForBoardAsync(plain)).Zone, Is.EqualTo(London));
        Assert.That((await _clocks.ForBoardAsync(999_999)).Zone, Is.EqualTo(London));
        Assert.That(_log.Warnings, Is.Zero);
    }

    [Test]
    public async Task ForBoard_UnknownZone_FallsBackToTheSite_AndLogsOnce()
    {
        var first = await BoardAsync("Mars/Olympus_Mons");
        var second = await BoardAsync("Mars/Olympus_Mons");

        var clock = await _clocks.ForBoardAsync(first);
        _clocks.Forget(first);
        await _clocks.ForBoardAsync(first);
        await _clocks.ForBoardAsync(second);

        Assert.That(clock.Zone, Is.EqualTo(London));
        Assert.That(_log.Warnings, Is.EqualTo(1));
    }

    [Test]
    public async Task ForBoard_KeepsTheZoneAMinute_UnlessForgotten()
    {
        var board = await BoardAsync("Pacific/Auckland");
        await _clocks.ForBoardAsync(board);

        await _boards.SetTimeZoneAsync(board, "Europe/London");
        Assert.That((await _clocks.ForBoardAsync(board)).Zone.Id, Is.EqualTo("Pacific/Auckland"), "kept for a minute");
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.That((await _clocks.ForBoardAsync(board)).Zone, Is.EqualTo(London), "read again after a minute");

        await _boards.SetTimeZoneAsync(board, "Pacific/Auckland");
        _clocks.Forget(board);
        Assert.That((await _clocks.ForBoardAsync(board)).Zone.Id, Is.EqualTo("Pacific/Auckland"), "read again when forgotten");
    }

    private sealed class CountingLog : ILogger<BoardClocks>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
                Warnings++;
        }
    }
}
