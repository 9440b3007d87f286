using Board.Core.Composition;
using Board.Data.Memberships;
using Board.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace Board.Web.Security;

/// <summary>
/// Board-scoped policies. Each reads the board id from the address and allows only people of that board, so
/// nobody reaches another board's pages by changing the address. Administrators pass the role-based ones.
/// </summary>
public static class Policies
{
    /// <summary>The coordinator of the board in the address. Groups of pages use it by folder.</summary>
    public const string BoardCoordinator = nameof(BoardCoordinator);

    /// <summary>Anyone signed in who belongs to the board in the address (any role).</summary>
    public const string BoardMember = nameof(BoardMember);

    /// <summary>A supporter or the coordinator of the board in the address: they raise items for groups.</summary>
    public const string BoardSupporter = nameof(BoardSupporter);

    /// <summary>A Rep of the board in the address: they check that the easy read minutes are easy to understand.</summary>
    public const string BoardRep = nameof(BoardRep);

    /// <summary>A current co-chair of the board in the address, from their membership, not their role.</summary>
    public const string BoardCoChair = nameof(BoardCoChair);

    /// <summary>A site administrator: creates boards and appoints their coordinators (the /admin pages).</summary>
    public const string Administrator = nameof(Administrator);

    public static void AddBoardPolicies(this AuthorizationOptions options)
    {
        // Every page needs a signed-in user unless it says [AllowAnonymous], so a new page cannot slip in public.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(BoardCoordinator, policy => policy.RequireAuthenticatedUser().AddRequirements(new BoardRoleRequirement([Roles.Coordinator])));
        options.AddPolicy(BoardSupporter, policy => policy.RequireAuthenticatedUser()
            .AddRequirements(new BoardRoleRequirement([Roles.Supporter, Roles.Coordinator])));
        options.AddPolicy(BoardMember, policy => policy.RequireAuthenticatedUser().AddRequirements(new BoardRoleRequirement(Roles.All.Select(r => r.ToString()).ToArray())));
        options.AddPolicy(BoardRep, policy => policy.RequireAuthenticatedUser().AddRequirements(new BoardRoleRequirement([Roles.Rep])));
        options.AddPolicy(Administrator, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(BoardCoChair, policy => policy.RequireAuthenticatedUser().AddRequirements(new BoardCoChairRequirement()));
    }

    /// <summary>The board id in the address of the request being authorized, if any.</summary>
    public static long? RouteBoardId(object? resource) =>
        resource is HttpContext http && long.TryParse(http.GetRouteValue("boardId") as string, out var id) ? id : null;
}

public sealed record BoardRoleRequirement(IReadOnlyCollection<string> Roles) : IAuthorizationRequirement;

public sealed class BoardCoChairRequirement : IAuthorizationRequirement;

/// <summary>Allows a person whose role is listed and whose board is the one in the address; administrators always.</summary>
public sealed class BoardRoleHandler : AuthorizationHandler<BoardRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardRoleRequirement requirement)
    {
        var sameBoard = Policies.RouteBoardId(context.Resource) is { } boardId && context.User.BoardIdOf() == boardId;
        if (context.User.IsInRole(Roles.Admin) || (sameBoard && requirement.Roles.Any(context.User.IsInRole)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>Co-chairs are members with the co-chair flag on a seat whose term includes today; checked in the store each time.</summary>
public sealed class BoardCoChairHandler(MemberQueries members, BoardClocks clocks) : AuthorizationHandler<BoardCoChairRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BoardCoChairRequirement requirement)
    {
        if (Policies.RouteBoardId(context.Resource) is not { } boardId || context.User.BoardIdOf() != boardId || context.User.PersonId() is not { } personId)
            return;
        var current = await members.CurrentAsync(boardId, (await clocks.ForBoardAsync(boardId)).Today);
        if (current.Any(m => m.PersonId == personId && m.IsCoChair))
            context.Succeed(requirement);
    }
}
