namespace Board.Web.Security;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>Invitations, resets, password rules and server-side sessions (issue 11).</summary>
    public static IServiceCollection AddBoardAccounts(this IServiceCollection services)
    {
        services.AddSingleton<PasswordRules>();
        services.AddSingleton<AccountLinkIssuer>();
        services.AddSingleton<AccountMail>();
        services.AddTransient<Jobs.ResetLinkJob>();
        return services;
    }
}
