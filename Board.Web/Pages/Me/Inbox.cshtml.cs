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

    /// <summary>The body is plain text, one sentence a line; each line becomes a paragraph.</summary>
    public static IEnumerable<string> Lines(Notification message) =>
        message.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
