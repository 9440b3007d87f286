using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Manage.People;

/// <summary>
/// How a person signs in: a printed QR card (for Reps above all) and/or a password they choose themselves from a link
/// emailed to them. The coordinator never types or learns anyone's password.
/// </summary>
public sealed class SignInModel(PersonStore people, SignInCardStore cards, AccountStore accounts, PersonArchiveStore archive,
    BoardStore boards, AccountLinkIssuer issuer, AccountMail mail, TimeProvider clock) : ManagePageModel(clock)
{
    [FromRoute] public long PersonId { get; set; }
    public Person Person { get; private set; } = null!;
    public DateTimeOffset? CardIssuedAt { get; private set; }
    public string? UserName { get; private set; }
    public bool EmailIsOn => mail.IsOn;
    /// <summary>Why this coordinator may not change this person's sign-in (another coordinator's), or null.</summary>
    public string? NotYours => SignInAuthority.ProblemManaging(Person.Role, User.IsInRole(Roles.Admin));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueCardAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (NotYours is { } notYours)
        {
            ModelState.AddModelError("SendLink", notYours);
            return Page();
        }
        var token = CardTokens.NewToken();
        await cards.IssueAsync(PersonId, CardTokens.Hash(token), Now);
        // The token is shown once, on the print page; only its hash is kept.
        // Tied to the person, so the new card is shown only on that person's card page.
        TempData["CardToken"] = $"{PersonId}:{token}";
        return Redirect(ManagePath($"/people/{PersonId}/card"));
    }

    public async Task<IActionResult> OnPostRevokeCardAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (NotYours is { } notYours)
        {
            ModelState.AddModelError("SendLink", notYours);
            return Page();
        }
        var stopped = await cards.RevokeAsync(PersonId, Now);
        Saved = stopped > 0 ? $"{Person.Name}'s sign-in card has been stopped. It will not work any more." : $"{Person.Name} had no card that works.";
        return Redirect(ManagePath($"/people/{PersonId}/sign-in"));
    }

    /// <summary>An invitation (no password yet) or a reset link (they have one), to the person's own email address.</summary>
    public async Task<IActionResult> OnPostSendLinkAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (NotYours is { } notYours)
        {
            ModelState.AddModelError("SendLink", notYours);
            return Page();
        }
        if (!mail.IsOn)
            ModelState.AddModelError("SendLink", "Email is not set up on this site, so no link can be sent. Make them a sign-in card instead");
        else if (Person.Email is not { Length: > 0 } email)
            ModelState.AddModelError("SendLink", $"Add {Person.Name}'s email address first, under Change their details");
        else if (UserName is null && await archive.EmailInUseAsync(email, PersonId))
            ModelState.AddModelError("SendLink", $"Someone else already uses {email}. Change {Person.Name}'s email address first");
        if (!ModelState.IsValid)
            return Page();
        var purpose = UserName is null ? LinkPurpose.Invitation : LinkPurpose.Reset;
        var link = await issuer.IssueAsync(PersonId, purpose);
        // A reset goes to the address the person signs in with: the contact address is the coordinator's to edit, and a
        // link sent there would let whoever edits it take the account over.
        if (!await mail.SendLinkAsync(UserName ?? Person.Email!, Person.Name, purpose, link, (await boards.GetAsync(BoardId))?.Name))
        {
            ModelState.AddModelError("SendLink", "The email could not be sent just now. Try again later, or make them a sign-in card");
            return Page();
        }
        Saved = $"We have emailed {Person.Name} a link to choose {(purpose == LinkPurpose.Invitation ? "their" : "a new")} password. It works once, for {AccountLinks.PlainLifetime(purpose)}.";
        return Redirect(ManagePath($"/people/{PersonId}/sign-in"));
    }

    private async Task<bool> LoadAsync()
    {
        if (await people.GetAsync(BoardId, PersonId) is not { } person || await archive.IsArchivedAsync(PersonId))
            return false;
        Person = person;
        CardIssuedAt = await cards.ActiveCardIssuedAtAsync(PersonId);
        UserName = await accounts.UserNameOfAsync(PersonId);
        return true;
    }
}
