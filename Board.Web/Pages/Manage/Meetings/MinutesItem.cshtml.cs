using Board.Core.Minutes;
using Board.Data.Minutes;
using Board.Data.Voting;
using Board.Web.Pictures;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The coordinator writes one item's minutes: the standard note, the easy read note with the checker's advice, the
/// actions and the picture. The votes on the item come from their results and the Reps' marks are shown beside.
/// </summary>
[RequestSizeLimit(4 * 1024 * 1024)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Board.Web.Infrastructure.RateLimits.Uploads)]
public sealed class MinutesItemModel(MinutesStore minutes, PollStore polls, PictureSet pictures, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public long ItemId { get; set; }

    [BindProperty] public NotesInput Input { get; set; } = new();

    /// <summary>The board's own picture for this item, instead of one from the set (optional).</summary>
    [BindProperty] public IFormFile? OwnPicture { get; set; }
    [BindProperty] public string? OwnPictureAlt { get; set; }
    [BindProperty] public bool RemoveOwnPicture { get; set; }

    public MinutesDraft Draft { get; private set; } = null!;
    public MinutesItem Item { get; private set; } = null!;
    public IReadOnlyList<MarkRow> Marks { get; private set; } = [];
    public IReadOnlyList<(string Question, string? Result)> Votes { get; private set; } = [];
    public IReadOnlyList<Picture> Pictures => pictures.All;

    /// <summary>Why the notes could not be saved at all (the minutes were published meanwhile).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Input = new NotesInput
        {
            StandardNote = Item.StandardNote,
            EasyReadNote = Item.EasyReadNote,
            Actions = string.Join("\n", Item.Actions),
            Picture = Item.Picture,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        if (MinutesRules.CanEdit(Draft.State) is { } refusal)
        {
            // The form is not shown for published minutes, so this is said at the top, not beside a field.
            Problem = refusal;
            return Page();
        }
        foreach (var (field, message) in MinutesRules.ValidateNotes(Input.StandardNote, Input.EasyReadNote, Input.Actions))
            ModelState.AddModelError($"Input.{field}", message);
        if (!pictures.Contains(Input.Picture))
            ModelState.AddModelError("Input.Picture", "Choose a picture from the list.");
        var ownPicture = await OwnPictureChangeAsync();
        if (!ModelState.IsValid)
            return Page();
        var actions = string.Join("\n", MinutesRules.SplitActions(Input.Actions));
        if (!await minutes.SaveItemAsync(BoardId, MeetingId, ItemId, Input.StandardNote!.Trim(), Input.EasyReadNote!.Trim(), actions, Input.Picture!, ownPicture))
        {
            Problem = "These minutes are published. They cannot be changed.";
            return Page();
        }
        Saved = $"The notes for \"{Item.Title}\" are saved.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/minutes/items/{ItemId}"));
    }

    /// <summary>What to do with the item's own picture; a bad upload adds its plain message and changes nothing.</summary>
    private async Task<OwnPictureChange> OwnPictureChangeAsync()
    {
        if (OwnPicture is null)
            return RemoveOwnPicture ? new OwnPictureChange.Remove() : new OwnPictureChange.Keep();
        await using var stream = OwnPicture.OpenReadStream();
        var start = new byte[OwnPictures.HeaderBytesNeeded];
        var read = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false);
        var problems = OwnPictures.Check(OwnPicture.Length, start.AsSpan(0, read), OwnPictureAlt);
        foreach (var (field, message) in problems)
            ModelState.AddModelError(field, message);
        if (problems.Count > 0)
            return new OwnPictureChange.Keep();
        var content = new byte[OwnPicture.Length];
        start.AsSpan(0, read).CopyTo(content);
        await stream.ReadExactlyAsync(content.AsMemory(read));
        if (!Documents.Pdf.EmbeddablePictures.CanEmbed(content))
        {
            ModelState.AddModelError("OwnPicture", "This picture cannot go into the PDF. Save it as a JPEG photo and choose it again.");
            return new OwnPictureChange.Keep();
        }
        var type = Core.Files.FileKinds.ContentType(Core.Files.FileKinds.Detect(start));
        return new OwnPictureChange.Replace(content, type, OwnPictureAlt!.Trim());
    }

    private async Task<bool> LoadAsync()
    {
        if (await minutes.GetAsync(BoardId, MeetingId) is not { } draft || draft.Items.FirstOrDefault(i => i.AgendaItemId == ItemId) is not { } item)
            return false;
        Draft = draft;
        Item = item;
        Marks = (await minutes.MarksAsync(MeetingId)).Where(m => m.AgendaItemId == ItemId).ToList();
        var itemPolls = (await polls.ForMeetingAsync(MeetingId)).Where(p => p.AgendaItemId == ItemId).ToList();
        var votes = new List<(string, string?)>();
        foreach (var poll in itemPolls)
            votes.Add((poll.Question, await polls.ResultTextAsync(poll.Id)));
        Votes = votes;
        return true;
    }

    public sealed class NotesInput
    {
        public string? StandardNote { get; set; }
        public string? EasyReadNote { get; set; }
        public string? Actions { get; set; }
        public string? Picture { get; set; }
    }
}
