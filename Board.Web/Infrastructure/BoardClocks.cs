using System.Collections.Concurrent;
using Board.Core.Accounts;
using Board.Data.Boards;
using Board.Web.Security;

namespace Board.Web.Infrastructure;

/// <summary>
/// Each board's clock, in the board's own time zone (boards.time_zone), else the site's (Board:TimeZone). Zones are
/// kept for a minute, so a page costs no extra query; the admin's edit form forgets a board's at once.
/// </summary>
public sealed class BoardClocks(TimeProvider time, BoardStore boards, ILogger<BoardClocks> logger, TimeZoneInfo siteZone)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<long, (BoardClock Clock, DateTimeOffset Until)> _kept = new();
    private readonly ConcurrentDictionary<string, bool> _warned = new();

    /// <summary>The site's clock, for what belongs to no board (a person's inbox across boards, the email queue).</summary>
    public BoardClock Site { get; } = new(time, siteZone);

    public async Task<BoardClock> ForBoardAsync(long boardId)
    {
        var now = time.GetUtcNow();
        if (_kept.TryGetValue(boardId, out var kept) && kept.Until > now)
            return kept.Clock;
        // A board that does not exist reads the site's time; it is not kept, so guessed ids fill nothing.
        if (await boards.GetForAdminAsync(boardId) is not { } board)
            return Site;
        var clock = For(board.TimeZone);
        _kept[boardId] = (clock, now + KeepFor);
        return clock;
    }

    /// <summary>After an administrator changes a board's zone, so its pages use the new one straight away.</summary>
    public void Forget(long boardId) => _kept.TryRemove(boardId, out _);

    private BoardClock For(string? zoneId)
    {
        var (chosen, unknown) = BoardZones.Choose(zoneId, Site.Zone.Id, id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _));
        if (unknown && _warned.TryAdd(zoneId!, true))
            logger.LogWarning("This server does not know the time zone {Zone}; boards set to it use the site's, {Site}", zoneId, Site.Zone.Id);
        return chosen == Site.Zone.Id ? Site : new BoardClock(time, TimeZoneInfo.FindSystemTimeZoneById(chosen));
    }
}

/// <summary>The board clock for this request, found from the route's boardId or the person's board before the page runs (see UseBoardClocks).</summary>
public sealed class RequestBoardClock
{
    public BoardClock? Clock { get; set; }
}

public static class BoardClockExtensions
{
    /// <summary>
    /// Pages and views take a <see cref="BoardClock"/>: per request it is the route's board's (after routing and
    /// sign-in, so the boardId is known), else the signed-in person's board's, else the site's.
    /// Work with no request (jobs, hubs) asks <see cref="BoardClocks"/> by board.
    /// </summary>
    public static IServiceCollection AddBoardClocks(this IServiceCollection services)
    {
        services.AddSingleton(provider => new BoardClocks(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<BoardStore>(),
            provider.GetRequiredService<ILogger<BoardClocks>>(),
            TimeZoneInfo.FindSystemTimeZoneById(provider.GetRequiredService<IConfiguration>()["Board:TimeZone"] ?? "Europe/London")));
        services.AddScoped<RequestBoardClock>();
        services.AddScoped(provider => provider.GetRequiredService<RequestBoardClock>().Clock ?? provider.GetRequiredService<BoardClocks>().Site);
        return services;
    }

    public static IApplicationBuilder UseBoardClocks(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The route's board (a board's pages, its calendar); else the signed-in person's own ("My board", messages).
        var boardId = context.Request.RouteValues.TryGetValue("boardId", out var value) && long.TryParse(value?.ToString(), out var routeBoardId)
            ? routeBoardId
            : context.User.BoardIdOf();
        if (boardId is not null)
            context.RequestServices.GetRequiredService<RequestBoardClock>().Clock =
                await context.RequestServices.GetRequiredService<BoardClocks>().ForBoardAsync(boardId.Value);
        await next();
    });
}
