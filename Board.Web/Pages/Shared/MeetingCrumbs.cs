namespace Board.Web.Pages.Shared;

/// <summary>A link in the GOV.UK breadcrumbs after "Manage the board".</summary>
public sealed record Crumb(string Href, string Text);

/// <summary>
/// Every coordinator page of a meeting links back to the meeting, and the meeting back to Meetings (issue 13). A page
/// puts these in ViewData["Crumbs"]; the manage layout draws them in its one breadcrumbs list.
/// </summary>
public static class MeetingCrumbs
{
    public const string Key = "Crumbs";

    public static IReadOnlyList<Crumb> For(object? boardId, long meetingId = 0, string? meetingName = null) => meetingId == 0
        ? [new($"/boards/{boardId}/manage/meetings", "Meetings")]
        : [new($"/boards/{boardId}/manage/meetings", "Meetings"),
           new($"/boards/{boardId}/manage/meetings/{meetingId}", string.IsNullOrEmpty(meetingName) ? "The meeting" : meetingName)];
}
