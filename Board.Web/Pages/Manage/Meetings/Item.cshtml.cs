using Board.Core.Meetings;
using Board.Data.Meetings;
using Board.Web.Meetings;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.Meetings;

/// <summary>
/// The coordinator decides about one item: accept it (place, time, presenter), move it to a named later meeting, or
/// not accept it with a reason the group will read. After the meeting, the outcome is written here.
/// </summary>
public sealed class ItemModel(AgendaViews views, AgendaItemStore items, MeetingStore meetings, GroupNotices notices,
    Board.Data.Plans.PlanStore plans, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long MeetingId { get; set; }
    [FromRoute] public long ItemId { get; set; }

    [BindProperty] public AcceptInput Accept { get; set; } = new();
    [BindProperty] public long? LaterMeetingId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? OutcomeEasyRead { get; set; }

    public AgendaView View { get; private set; } = null!;
    public AgendaItem Item { get; private set; } = null!;
    public IReadOnlyList<Meeting> LaterMeetings { get; private set; } = [];
    public IReadOnlyList<AgendaItemEvent> History { get; private set; } = [];
    public IReadOnlyList<Core.Plans.PlanAction> PlanActions { get; private set; } = [];
    [BindProperty] public List<long> LinkedActionIds { get; set; } = [];

    /// <summary>Brings plan actions to this item, so the board reviews them when it comes to the item.</summary>
    public async Task<IActionResult> OnPostLinkAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        await plans.LinkActionsAsync(BoardId, ItemId, LinkedActionIds);
        Saved = LinkedActionIds.Count == 0 ? "No plan actions are linked to this item." : "The plan actions are linked. The board will review them with this item.";
        return Redirect(ManagePath($"/meetings/{MeetingId}/items/{ItemId}"));
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        Accept = new AcceptInput { Position = View.Accepted.Count() + 1, Minutes = 15, Presenter = View.RaisedBy(Item) };
        Outcome = Item.Outcome;
        OutcomeEasyRead = Item.OutcomeEasyRead;
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        var acceptance = new Acceptance(Accept.Position ?? 0, Accept.Minutes ?? 0, Accept.Presenter ?? "");
        if (!AddErrors(AgendaRules.ValidateAcceptance(Item, View.Meeting, acceptance), "Accept"))
            return Page();
        if (!await items.AcceptAsync(Item, acceptance, User.PersonIdOrThrow(), Now))
            return ChangedByOthers();
        await notices.AcceptedAsync(Item, View.Meeting);
        Saved = $"\"{Item.Title}\" is on the agenda as item {acceptance.Position}.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    public async Task<IActionResult> OnPostDeferAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        var later = LaterMeetingId is { } id ? await meetings.GetAsync(BoardId, id) : null;
        if (!AddErrors(AgendaRules.ValidateDeferral(Item, View.Meeting, later), null))
            return Page();
        if (!await items.DeferAsync(Item, later!, User.PersonIdOrThrow(), Now))
            return ChangedByOthers();
        await notices.DeferredAsync(Item, later!);
        Saved = $"\"{Item.Title}\" has moved to the meeting on {Core.Text.PlainDates.Date(later!.StartsAt)}.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    public async Task<IActionResult> OnPostDeclineAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        if (!AddErrors(AgendaRules.ValidateDecline(Item, View.Meeting, Reason), null))
            return Page();
        if (!await items.DeclineAsync(Item, Reason!, User.PersonIdOrThrow(), Now))
            return ChangedByOthers();
        await notices.DeclinedAsync(Item, Reason!);
        Saved = $"\"{Item.Title}\" was not accepted. The group has been told why.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    public async Task<IActionResult> OnPostOutcomeAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        ModelState.Clear();
        if (!AddErrors(AgendaRules.ValidateOutcome(Item, View.Meeting, Outcome, OutcomeEasyRead), null))
            return Page();
        if (!await items.WriteOutcomeAsync(Item, Outcome!, OutcomeEasyRead!, User.PersonIdOrThrow(), Now))
            return ChangedByOthers();
        await notices.OutcomeAsync(Item, OutcomeEasyRead!);
        Saved = $"What the board did about \"{Item.Title}\" is saved, and the group has been told.";
        return Redirect(ManagePath($"/meetings/{MeetingId}"));
    }

    private bool AddErrors(IReadOnlyList<Core.Composition.RuleError> errors, string? prefix)
    {
        foreach (var error in errors)
            ModelState.AddModelError(prefix is null || error.Field == "Decision" ? error.Field : $"{prefix}.{error.Field}", error.Message);
        return errors.Count == 0;
    }

    private IActionResult ChangedByOthers()
    {
        ModelState.AddModelError("Decision", "Someone else changed this item just now. Check it and try again.");
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await views.LoadAsync(BoardId, MeetingId) is not { } view || view.Items.FirstOrDefault(i => i.Id == ItemId) is not { } item)
            return false;
        View = view;
        Item = item;
        LaterMeetings = (await meetings.ListAsync(BoardId))
            .Where(m => m.StartsAt > view.Meeting.StartsAt && MeetingLifecycle.AgendaCanChange(m.State)).ToList();
        History = await items.HistoryAsync(ItemId);
        PlanActions = await plans.ActionsAsync(BoardId);
        if (Request.Method == HttpMethods.Get)
            LinkedActionIds = (await plans.ActionsForItemAsync(ItemId)).ToList();
        return true;
    }

    public sealed class AcceptInput
    {
        public int? Position { get; set; }
        public int? Minutes { get; set; }
        public string? Presenter { get; set; }
    }
}
