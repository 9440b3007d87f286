namespace Board.Core.Composition;

/// <summary>What a person does in the app. Whether they vote is decided by the seat they hold, never by role.</summary>
public enum Role
{
    Rep,
    FamilyCarer,
    Supporter,
    Coordinator,
    Partner,
    Admin,
}

public static class Roles
{
    public const string Rep = nameof(Role.Rep);
    public const string FamilyCarer = nameof(Role.FamilyCarer);
    public const string Supporter = nameof(Role.Supporter);
    public const string Coordinator = nameof(Role.Coordinator);
    public const string Partner = nameof(Role.Partner);
    public const string Admin = nameof(Role.Admin);

    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    public static string PlainName(Role role) => role switch
    {
        Role.Rep => "Rep (elected by a self-advocacy group)",
        Role.FamilyCarer => "Family carer member",
        Role.Supporter => "Advocacy supporter",
        Role.Coordinator => "Council coordinator",
        Role.Partner => "Partner organisation",
        Role.Admin => "Administrator",
    };
}
