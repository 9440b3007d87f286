using Board.Core.Interests;
using Board.Data.Interests;
using Board.Data.Memberships;
using Board.Data.Supporters;
using Board.Web.Infrastructure;
using Board.Web.Pictures;
using Board.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Interests;

/// <summary>
/// A member's register of interests, kept by them, or by a supporter for a Rep they support (<c>?person=</c>). The
/// person always comes from the sign-in or a supporter link, so nobody can change someone else's register.
/// </summary>
[Authorize(Policy = Policies.BoardMember)]
public sealed class RegisterModel(InterestStore register, MemberQueries members, SupporterLinkStore links, PictureSet pictures, BoardClock clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [FromQuery(Name = "person")] public long? PersonId { get; set; }
    [BindProperty] public InterestInput Input { get; set; } = new();
    public long? Whose { get; private set; }
    public string WhoseName { get; private set; } = "";
    public bool ForSomeoneElse { get; private set; }
    public IReadOnlyList<InterestEntry> Entries { get; private set; } = [];
    public DateOnly? ReviewedOn { get; private set; }
    public bool ReviewDue { get; private set; }
    public PictureSet Pictures => pictures;

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        if (await LoadAsync() is not { } person)
            return Page();
        var from = InterestForm.Date(Input.From, "Input.From", ModelState);
        var to = InterestForm.Date(Input.To, "Input.To", ModelState);
        InterestForm.AddErrors(ModelState, InterestRules.ValidateEntry(Input.Kind, Input.Description, from, to));
        if (!ModelState.IsValid)
            return Page();
        await register.AddAsync(BoardId, person, InterestRules.Parse<InterestKind>(Input.Kind)!.Value, Input.Description!, from, to, User.PersonIdOrThrow(), clock.UtcNow);
        TempData["Saved"] = "Thank you. It is in the register.";
        return Redirect(Self(person));
    }

    public async Task<IActionResult> OnPostRemoveAsync(long entryId)
    {
        if (await LoadAsync() is not { } person)
            return Page();
        if (!await register.RemoveAsync(BoardId, person, entryId, User.PersonIdOrThrow(), clock.UtcNow))
            return NotFound();
        TempData["Saved"] = "It is taken out of the register.";
        return Redirect(Self(person));
    }

    public async Task<IActionResult> OnPostReviewedAsync()
    {
        if (await LoadAsync() is not { } person)
            return Page();
        await register.MarkReviewedAsync(BoardId, person, clock.Today, User.PersonIdOrThrow());
        TempData["Saved"] = "Thank you for checking your register.";
        return Redirect(Self(person));
    }

    private string Self(long person) => person == User.PersonIdOrThrow() ? $"/boards/{BoardId}/interests" : $"/boards/{BoardId}/interests?person={person}";

    /// <summary>Whose register this is, or null (with nothing to show) when the caller is not a member and supports nobody asked for.</summary>
    private async Task<long?> LoadAsync()
    {
        var me = User.PersonIdOrThrow();
        var current = (await members.CurrentAsync(BoardId, clock.Today)).DistinctBy(m => m.PersonId).ToDictionary(m => m.PersonId, m => m.PersonName);
        var person = PersonId ?? me;
        if (person != me && !await links.ExistsAsync(me, person))
            return null;
        if (!current.TryGetValue(person, out var name))
            return null;
        Whose = person;
        WhoseName = name;
        ForSomeoneElse = person != me;
        Entries = await register.ForPersonAsync(BoardId, person);
        ReviewedOn = await register.ReviewedOnAsync(BoardId, person);
        var termStarted = (await members.CurrentAsync(BoardId, clock.Today)).Where(m => m.PersonId == person).Max(m => (DateOnly?)m.TermFrom);
        ReviewDue = InterestRules.ReviewDue(ReviewedOn, clock.Today, termStarted);
        return person;
    }
}
