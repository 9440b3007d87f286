using Board.Core.Accounts;
using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.People;
using Board.Web.Security;
using Hangfire;

namespace Board.Web.Jobs;

/// <summary>
/// Sends a reset link when someone asks on "Forgot your password?". A job, so the page answers at once and the same
/// way for every address (see ForgotPasswordModel). The argument is only the typed address; the link is made here.
/// </summary>
public sealed class ResetLinkJob(AccountStore accounts, PersonStore people, PersonArchiveStore archive, BoardStore boards,
    AccountLinkIssuer issuer, AccountMail mail, ILogger<ResetLinkJob> logger)
{
    // A lost email is asked for again by the person; retrying could send several links, each stopping the last.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string email)
    {
        if (await accounts.FindAsync(email) is not { } account || await archive.IsArchivedAsync(account.PersonId)
            || await people.GetSelfAsync(account.PersonId) is not { } person)
            return; // nothing to send, and nothing to tell: see the class summary
        var link = await issuer.IssueAsync(person.Id, LinkPurpose.Reset);
        var board = person.BoardId is { } boardId ? (await boards.GetAsync(boardId))?.Name : null;
        if (!await mail.SendLinkAsync(account.UserName, person.Name, LinkPurpose.Reset, link, board))
            logger.LogWarning("The reset link for person {PersonId} could not be emailed", person.Id);
    }
}
