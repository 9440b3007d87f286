using Board.Core.Composition;

namespace Board.Core.Plans;

/// <summary>Who may post updates on an action: its owner organisation's partners, and the coordinator. Followers only read.</summary>
public static class Ownership
{
    public static bool CanPostUpdate(Role role, string? organisation, PlanAction action) => role switch
    {
        Role.Coordinator => true,
        Role.Partner => organisation is { Length: > 0 } && string.Equals(organisation.Trim(), action.Owner.Trim(), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
