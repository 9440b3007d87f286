using Board.Core.Composition;

namespace Board.Core.Payments;

/// <summary>Who is asking: their board, role, whether the coordinator named them an approver, and the Reps they support.</summary>
public sealed record ClaimViewer(long PersonId, Role Role, long? BoardId, bool IsNamedApprover, IReadOnlyCollection<long> Supports);

/// <summary>
/// Claims are the most private data in the app (they show money and benefits choices). Only the person, their linked
/// supporter, the board's approvers and the site administrator may see them: never other members, partners, or
/// another board's coordinator.
/// </summary>
public static class ClaimAccess
{
    /// <summary>The coordinator and the people they named approve claims on their board; the administrator on every board.</summary>
    public static bool IsApprover(ClaimViewer viewer, long boardId) =>
        viewer.Role == Role.Admin || (viewer.BoardId == boardId && (viewer.Role == Role.Coordinator || viewer.IsNamedApprover));

    /// <summary>The person themselves or a supporter linked to them, on their own board.</summary>
    public static bool ActsFor(ClaimViewer viewer, long boardId, long personId) =>
        viewer.BoardId == boardId && (viewer.PersonId == personId || viewer.Supports.Contains(personId));

    public static bool CanSee(ClaimViewer viewer, long boardId, long personId) =>
        IsApprover(viewer, boardId) || ActsFor(viewer, boardId, personId);

    /// <summary>Reps and family carers are paid for involvement; they claim themselves or with their supporter.</summary>
    public static bool CanClaimFor(ClaimViewer viewer, long boardId, long personId, Role personRole) =>
        personRole is Role.Rep or Role.FamilyCarer && ActsFor(viewer, boardId, personId);

    /// <summary>An approver decides, but never on their own claim.</summary>
    public static bool CanDecide(ClaimViewer viewer, long boardId, long personId) =>
        IsApprover(viewer, boardId) && viewer.PersonId != personId;
}
