using Board.Core.Composition;
using Board.Core.Minutes;
using Board.Data.Meetings;
using Board.Data.Minutes;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// A Rep checks the draft easy read minutes, one item at a time: "I understand this" or "This is hard", with a
/// comment if they want. The coordinator sees the marks and changes the words.
/// </summary>
[Authorize(Policy = Policies.BoardRep)]
public sealed class CheckMinutesModel(MinutesStore minutes, MeetingStore meetings, PictureSet pictures, TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }

    [BindProperty] public long ItemId { get; set; }
    [BindProperty] public string? Mark { get; set; }
    [BindProperty] public string? Comment { get; set; }

    /// <summary>The revision of the item's words the Rep read, so a mark is never saved against newer words.</summary>
    [BindProperty] public int Revision { get; set; }

    public Core.Meetings.Meeting Meeting { get; private set; } = null!;
    public MinutesDraft Draft { get; private set; } = null!;
    public IReadOnlyDictionary<long, MarkRow> MyMarks { get; private set; } = new Dictionary<long, MarkRow>();
    public string? Problem { get; private set; }
    [TempData] public string? Saved { get; set; }

    /// <summary>The picture beside an item, as the published minutes will show it: the board's own, or one from the set.</summary>
    public (string Url, string Alt) PictureOf(MinutesItem item) => item.HasOwnPicture
        ? (Documents.DocumentLinks.OwnPictureUrl(BoardId, MeetingId, item.AgendaItemId), item.OwnPictureAlt!)
        : pictures.Find(item.Picture) is { } picture ? (picture.Url, picture.Label) : ("", "");

    public async Task<IActionResult> OnGetAsync()
    {
        // Administrators pass the board policies, but this page is a Rep's own check.
        if (!User.IsInRole(Roles.Rep))
            return Forbid();
        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!User.IsInRole(Roles.Rep))
            return Forbid();
        if (!await LoadAsync() || Draft.Items.All(i => i.AgendaItemId != ItemId))
            return NotFound();
        Problem = MinutesRules.CanMark(Draft.State);
        foreach (var (field, message) in Problem is null ? MinutesRules.ValidateMark(Mark, Comment) : [])
            ModelState.AddModelError($"{field}-{ItemId}", message);
        if (Problem is not null || !ModelState.IsValid)
            return Page();
        if (Draft.Items.First(i => i.AgendaItemId == ItemId).Revision != Revision)
        {
            Problem = "The words changed while you were reading. Please read them again.";
            return Page();
        }
        if (!await minutes.MarkAsync(BoardId, MeetingId, ItemId, User.PersonIdOrThrow(), Enum.Parse<RepMark>(Mark!), Comment?.Trim() ?? "", clock.GetUtcNow(), Revision))
        {
            Problem = "The words changed while you were reading, or the minutes were published. Please read them again.";
            return Page();
        }
        Saved = "Thank you. Your answer is saved.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/minutes/check#item-{ItemId}");
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting || await minutes.GetAsync(BoardId, MeetingId) is not { } draft)
            return false;
        Meeting = meeting;
        Draft = draft;
        var me = User.PersonIdOrThrow();
        MyMarks = (await minutes.MarksAsync(MeetingId)).Where(m => m.PersonId == me).ToDictionary(m => m.AgendaItemId);
        return true;
    }
}
