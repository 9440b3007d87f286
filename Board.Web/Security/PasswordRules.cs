using Board.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Board.Web.Security;

/// <summary>
/// Checks a new password with ASP.NET Core Identity's own password validator and rules (<see cref="PasswordOptions"/>),
/// and says what is wrong in plain words. The rules follow the NCSC's advice: length, not a mix of symbols that people
/// then write down: at least 10 characters, with at least 5 different ones.
/// </summary>
public sealed class PasswordRules
{
    public static readonly PasswordOptions Options = new()
    {
        RequiredLength = 10,
        RequiredUniqueChars = 5,
        RequireDigit = false,
        RequireLowercase = false,
        RequireUppercase = false,
        RequireNonAlphanumeric = false,
    };

    /// <summary>The rules, said before anyone types, so nobody has to guess them.</summary>
    public static string Explained =>
        $"Use at least {Options.RequiredLength} letters, numbers or other characters, with at least {Options.RequiredUniqueChars} different ones. " +
        "Three or four words you will remember make a good password, like \"purple tea river bus\".";

    private readonly UserManager<Account> _manager;
    private readonly PasswordValidator<Account> _validator = new();

    public PasswordRules(IServiceProvider services)
    {
        var identity = new IdentityOptions { Password = Options };
        _manager = new UserManager<Account>(new NoStore(), Microsoft.Extensions.Options.Options.Create(identity), new PasswordHasher<Account>(),
            [], [_validator], new UpperInvariantLookupNormalizer(), new IdentityErrorDescriber(), services,
            services.GetRequiredService<ILogger<UserManager<Account>>>());
    }

    /// <summary>Null when the password is good enough; otherwise every problem, in plain words, in one sentence each.</summary>
    public async Task<string?> ProblemAsync(string password, string? email)
    {
        if (email is { Length: > 0 } && string.Equals(password.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase))
            return "Your password must not be your email address. Choose something only you know.";
        var result = await _validator.ValidateAsync(_manager, new Account(), password);
        if (result.Succeeded)
            return null;
        return string.Join(" ", result.Errors.Select(e => e.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => $"Your password must be at least {Options.RequiredLength} characters long.",
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => $"Your password must have at least {Options.RequiredUniqueChars} different characters in it.",
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Your password must have a number in it, like 7.",
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Your password must have a small letter in it, like a.",
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Your password must have a capital letter in it, like A.",
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Your password must have a sign in it, like ! or #.",
            _ => "Choose a different password.",
        }).Distinct());
    }

    /// <summary>The validator needs a UserManager but only reads its options; it never touches the store.</summary>
    private sealed class NoStore : IUserStore<Account>
    {
        public void Dispose()
        {
        }

        public Task<string> GetUserIdAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetUserNameAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetUserNameAsync(Account user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetNormalizedUserNameAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetNormalizedUserNameAsync(Account user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> CreateAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> UpdateAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> DeleteAsync(Account user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<Account?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<Account?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
