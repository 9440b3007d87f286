using Board.Core.Composition;

namespace Board.Core.Accounts;

/// <summary>
/// Who may change how someone signs in. A coordinator looks after the board's members, but another coordinator's (or
/// an administrator's) sign-in belongs to the site's administrator: otherwise one coordinator could point a colleague's
/// email at their own address, send a reset link and take the account over, or archive them.
/// </summary>
public static class SignInAuthority
{
    public const string OnlyTheAdministrator =
        "Only the site's administrator can change how a coordinator signs in, or archive them.";

    /// <summary>Null when the change is allowed; otherwise the reason, in plain words.</summary>
    public static string? ProblemManaging(Role target, bool actorIsAdministrator) =>
        actorIsAdministrator || target is not (Role.Coordinator or Role.Admin) ? null : OnlyTheAdministrator;
}
