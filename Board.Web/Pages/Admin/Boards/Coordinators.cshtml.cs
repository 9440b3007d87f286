using System.ComponentModel.DataAnnotations;
using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.Boards;
using Board.Data.People;
using Board.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Board.Web.Pages.Admin.Boards;

/// <summary>
/// Appoint a board's coordinators (each is invited to choose their own password) and remove them (archived: what
/// they did is kept, their sign-ins end). With email off, the invitation link is shown here once, to pass on.
/// </summary>
public sealed class CoordinatorsModel(BoardStore boards, PersonStore people, PersonArchiveStore archive, AccountLinkIssuer issuer,
    AccountMail mail, Infrastructure.BoardClock boardClock, TimeProvider clock) : PageModel
{
    [FromRoute] public long BoardId { get; set; }
    [BindProperty] public AppointInput Input { get; set; } = new();
    [BindProperty] public long? PersonId { get; set; }
    [TempData] public string? Saved { get; set; }
    [TempData] public string? OneTimeLink { get; set; }
    public BoardAdminRow Board { get; private set; } = null!;
    public IReadOnlyList<AccountSummary> Coordinators { get; private set; } = [];

    public sealed class AppointInput
    {
        [Required(ErrorMessage = "Enter the coordinator's full name")]
        [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter the coordinator's email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@council.gov.uk")]
        [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
        public string Email { get; set; } = "";

        [StringLength(100, ErrorMessage = "The organisation must be 100 characters or fewer")]
        public string? Organisation { get; set; }
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAppointAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        var email = Input.Email.Trim();
        if (ModelState.IsValid && await archive.EmailInUseAsync(email))
            ModelState.AddModelError("Input.Email", "Someone already uses this email address. Use another one");
        if (!ModelState.IsValid)
            return Page();
        var personId = await people.CreateAsync(BoardId, Input.Name.Trim(), Role.Coordinator,
            string.IsNullOrWhiteSpace(Input.Organisation) ? null : Input.Organisation.Trim(), email, clock.GetUtcNow());
        var link = await issuer.IssueAsync(personId, LinkPurpose.Invitation);
        if (await mail.SendLinkAsync(email, Input.Name.Trim(), LinkPurpose.Invitation, link, Board.Name))
            Saved = $"{Input.Name.Trim()} is now a coordinator of {Board.Name}. We have emailed them an invitation to choose their password.";
        else
        {
            // No email (or it failed): the administrator passes the link on. It is shown once and never stored.
            Saved = $"{Input.Name.Trim()} is now a coordinator of {Board.Name}. Email is not working, so give them this link to choose their password. It works once, for {AccountLinks.PlainLifetime(LinkPurpose.Invitation)}.";
            OneTimeLink = link.Url;
        }
        return Redirect($"/admin/boards/{BoardId}/coordinators");
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (Coordinators.FirstOrDefault(c => c.PersonId == PersonId) is not { } coordinator)
        {
            ModelState.AddModelError(nameof(PersonId), "Choose one of the board's coordinators");
            return Page();
        }
        await archive.ArchiveAsync(BoardId, coordinator.PersonId, clock.GetUtcNow(), boardClock.Today);
        Saved = $"{coordinator.Name} is no longer a coordinator. They cannot sign in any more; what they did is kept.";
        return Redirect($"/admin/boards/{BoardId}/coordinators");
    }

    private async Task<bool> LoadAsync()
    {
        if (await boards.GetForAdminAsync(BoardId) is not { } board)
            return false;
        Board = board;
        Coordinators = await archive.CoordinatorsAsync(BoardId);
        return true;
    }
}
