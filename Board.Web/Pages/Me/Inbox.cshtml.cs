using Board.Core.Text;
using Board.Data.Notifications;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Me;

/// <summary>The signed-in person's messages (reminders and news). The person comes from the sign-in, never the address.</summary>
public sealed class InboxModel(NotificationStore notifications, BoardClock clock) : PageModel
{
    [TempData] public string? Saved { get; set; }
    public IReadOnlyList<Notification> Messages { get; private set; } = [];
    public bool AnyUnread => Messages.Any(m => !m.IsRead);

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.PersonId() is not { } personId)
            return NotFound();
        Messages = await notifications.InboxAsync(personId);
        return Page();
    }

    public async Task<IActionResult> OnPostMarkReadAsync()
    {
        if (User.PersonId() is not { } personId)
            return NotFound();
        await notifications.MarkAllReadAsync(personId, clock.UtcNow);
        Saved = "All your messages are marked as read.";
        return RedirectToPage();
    }

    /// <summary>When it came, in the board's local time and the way people say it.</summary>
    public string SentOn(Notification message) =>
        PlainDates.DateAndTime(TimeZoneInfo.ConvertTime(message.CreatedAt, clock.Zone).DateTime);

    /// <summary>A link's words say what it opens (never just "Open"), from the kind of page it leads to.</summary>
    public static string LinkText(string link) => link switch
    {
        _ when link.EndsWith("/vote", StringComparison.Ordinal) => "Go to the vote",
        _ when link.Contains("/minutes/check", StringComparison.Ordinal) => "Check the easy read minutes",
        _ when link.Contains("/minutes/sign-off", StringComparison.Ordinal) => "Read and sign off the minutes",
        _ when link.Contains("/minutes", StringComparison.Ordinal) => "Read the minutes",
        _ when link.Contains("/easy-read", StringComparison.Ordinal) => "Read the easy read agenda",
        _ when link.Contains("/approve", StringComparison.Ordinal) => "Read and approve the agenda",
        _ when link.Contains("/items/new", StringComparison.Ordinal) => "Send an item",
        _ when link.Contains("/answer", StringComparison.Ordinal) => "Give the group's answer",
        _ when link.Contains("/groups/", StringComparison.Ordinal) => "See the group's items",
        _ when link.Contains("/plan/actions/", StringComparison.Ordinal) => "See the plan action",
        _ when link.Contains("/plan", StringComparison.Ordinal) => "See the plan",
        _ when link.Contains("/meetings/", StringComparison.Ordinal) => "See the meeting",
        _ => "See more",
    };

    /// <summary>The body is plain text, one sentence a line; each line becomes a paragraph.</summary>
    public static IEnumerable<string> Lines(Notification message) =>
        message.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
