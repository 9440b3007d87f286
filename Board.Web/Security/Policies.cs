using Board.Core.Composition;
using Microsoft.AspNetCore.Authorization;

namespace Board.Web.Security;

public static class Policies
{
    /// <summary>The coordinator of the board named in the address (or an administrator). Groups of pages use it by folder.</summary>
    public const string BoardCoordinator = nameof(BoardCoordinator);

    public static void AddBoardPolicies(this AuthorizationOptions options)
    {
        // Every page needs a signed-in user unless it says [AllowAnonymous], so a new page cannot slip in public.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(BoardCoordinator, policy => policy
            .RequireAuthenticatedUser()
            .AddRequirements(new BoardCoordinatorRequirement()));
    }
}

public sealed class BoardCoordinatorRequirement : IAuthorizationRequirement;

/// <summary>
/// Reads the board id from the route and allows only that board's coordinator. Checked on every request,
/// because a coordinator of one board must never reach another board's pages by changing the address.
/// </summary>
public sealed class BoardCoordinatorHandler : AuthorizationHandler<BoardCoordinatorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardCoordinatorRequirement requirement)
    {
        if (context.User.IsInRole(Roles.Admin))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }
        if (context.Resource is HttpContext http
            && context.User.IsInRole(Roles.Coordinator)
            && long.TryParse(http.GetRouteValue("boardId") as string, out var routeBoardId)
            && context.User.BoardIdOf() == routeBoardId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
