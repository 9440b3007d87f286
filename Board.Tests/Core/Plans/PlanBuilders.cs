using Board.Core.Plans;

namespace Board.Tests.Core.Plans;

/// <summary>
/// A plan with two chapters and actions due on Friday 20 November 2026. Updates are posted at fixed times in UTC;
/// tests never read the clock.
/// </summary>
internal static class TestPlans
{
    public const long PlanId = 1;
    public const long RightSupport = 10;
    public const long GoodHomes = 20;
    public static readonly DateOnly Due = new(2026, 11, 20);

    public static Chapter Chapter(long id, string title, int position) =>
        new(id, PlanId, title, $"{title} in easy read", $"{id}.png", position);

    public static IReadOnlyList<Chapter> Chapters() =>
    [
        Chapter(GoodHomes, "Good Homes", 2),
        Chapter(RightSupport, "The Right Support", 1),
    ];

    public static PlanAction Action(
        long id = 12,
        ActionStatus status = ActionStatus.OnTrack,
        long chapterId = RightSupport,
        string owner = "Riverside NHS Trust",
        DateOnly? due = null) =>
        new(id, chapterId, $"Action {id}", $"We will do thing {id}.", owner, null, due ?? Due, status);

    public static ActionUpdate Update(long id, long actionId, string postedAt, ActionStatus newStatus = ActionStatus.OnTrack) =>
        new(id, actionId, 5, At(postedAt), $"Update {id}", $"Update {id} in easy read.", null, newStatus);

    /// <summary>[TestCase] cannot hold a DateTimeOffset, so rows carry "yyyy-MM-dd HH:mm" UTC text.</summary>
    public static DateTimeOffset At(string utc) =>
        new(Dates.Parse(utc[..10]).ToDateTime(TimeOnly.Parse(utc[11..], System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.Zero);
}
