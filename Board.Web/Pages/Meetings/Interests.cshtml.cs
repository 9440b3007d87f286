using Board.Core.Interests;
using Board.Core.Meetings;
using Board.Core.Voting;
using Board.Data.Interests;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.Supporters;
using Board.Data.Voting;
using Board.Web.Hubs;
using Board.Web.Pages.Interests;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Pages.Meetings;

/// <summary>
/// The meeting's declarations step, for a member: tap an item, say what the interest is and what you will do. A
/// supporter can declare for a Rep they support. The store checks again (board, open meeting, member, not voted yet)
/// holding the write lock, so what this page checks first is only for the plain message next to the field.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class InterestsModel(MeetingStore meetings, AgendaItemStore items, DeclarationStore declarations, MemberQueries members,
    SupporterLinkStore links, PollStore polls, PictureSet pictures, IHubContext<MeetingHub, IMeetingClient> hub, TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromRoute] public long MeetingId { get; set; }
    [FromQuery(Name = "item")] public long? ItemId { get; set; }
    [BindProperty] public DeclarationInput Input { get; set; } = new();
    public Meeting Meeting { get; private set; } = null!;
    public IReadOnlyList<AgendaItem> Items { get; private set; } = [];
    public AgendaItem? Chosen { get; private set; }
    public IReadOnlyList<Declaration> Declared { get; private set; } = [];

    /// <summary>Whom this person can declare for: themselves if a member, and the Reps they support who are members.</summary>
    public IReadOnlyList<(long PersonId, string Name)> ForWhom { get; private set; } = [];
    public string? Problem { get; private set; }
    public PictureSet Pictures => pictures;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (ItemId is { } id && Chosen is null)
            Problem = InterestRules.ProblemDeclaring(itemFound: false, Meeting.State, isMember: true);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ItemId = Input.ItemId;
        if (!await LoadAsync())
            return NotFound();
        var me = User.PersonIdOrThrow();
        var person = Input.PersonId ?? ForWhom.FirstOrDefault().PersonId;
        if (ForWhom.Count == 0)
            Problem = InterestRules.ProblemDeclaring(itemFound: true, Meeting.State, isMember: false);
        else if (ForWhom.All(f => f.PersonId != person))
            ModelState.AddModelError("Input.PersonId", "You can only declare an interest for yourself, or for a Rep you support.");
        if (Chosen is null)
            ModelState.AddModelError("Input.ItemId", "Choose an item on this meeting's agenda.");
        InterestForm.AddErrors(ModelState, InterestRules.ValidateDeclaration(Input.Kind, Input.Action, Input.Description));
        if (Problem is not null || !ModelState.IsValid)
            return Page();

        var action = InterestRules.Parse<InterestAction>(Input.Action)!.Value;
        Problem = await declarations.DeclareAsync(BoardId,
            new NewDeclaration(Chosen!.Id, person, InterestRules.Parse<InterestKind>(Input.Kind)!.Value, Input.Description!, action, me, InRoom: false), clock.GetUtcNow());
        if (Problem is not null)
            return Page();
        await TellAnOpenPollAsync(Chosen.Id, person, action);
        TempData["Declared"] = InterestRules.MayVote(action).MayVote
            ? "Thank you. Your interest is written down. You can still vote on this item."
            : "Thank you. Your interest is written down. You will not vote on this item.";
        return Redirect($"/boards/{BoardId}/meetings/{MeetingId}/interests?item={Chosen.Id}");
    }

    /// <summary>A declaration made while the item's poll is open: the member's vote screen says at once that they cannot vote on it.</summary>
    private async Task TellAnOpenPollAsync(long itemId, long personId, InterestAction action)
    {
        if (InterestRules.MayVote(action).MayVote)
            return;
        if ((await polls.ForMeetingAsync(MeetingId)).FirstOrDefault(p => p.State == PollState.Open && p.AgendaItemId == itemId) is { } open)
            await hub.Clients.Group(MeetingHub.PersonGroupOf(personId)).NoVoteHere(new NoVoteNotice(open.Id, InterestRules.CannotVoteMessage));
    }

    private async Task<bool> LoadAsync()
    {
        if (await meetings.GetAsync(BoardId, MeetingId) is not { } meeting)
            return false;
        Meeting = meeting;
        Items = [.. (await items.ForMeetingAsync(MeetingId)).Where(i => i.BoardId == BoardId && i.State == AgendaItemState.Accepted).OrderBy(i => i.Position)];
        Chosen = Items.FirstOrDefault(i => i.Id == ItemId);
        var me = User.PersonIdOrThrow();
        var current = (await members.CurrentAsync(BoardId, DateOnly.FromDateTime(meeting.StartsAt))).DistinctBy(m => m.PersonId).ToDictionary(m => m.PersonId, m => m.PersonName);
        var supported = (await links.ListAsync(BoardId)).Where(l => l.SupporterId == me).Select(l => l.RepId);
        ForWhom = [.. new[] { me }.Concat(supported).Where(current.ContainsKey).Distinct().Select(id => (id, current[id]))];
        var mine = ForWhom.Select(f => f.PersonId).ToHashSet();
        Declared = [.. (await declarations.ForMeetingAsync(BoardId, MeetingId)).Where(d => mine.Contains(d.PersonId))];
        return true;
    }
}
