using System.Net.Mail;
using Board.Core.Accounts;
using Board.Core.Composition;
using Board.Data.Database;
using Board.Data.People;
using Board.Web.Security;

namespace Board.Web.Commands;

/// <summary>
/// <c>admin create --email … --name …</c>: the first run in Production. Brings the database up to date, adds an
/// administrator with no password, and prints a one-time link for them to choose one. No default password exists.
/// </summary>
public static class AdminCommand
{
    public const string Usage = "Usage: dotnet Board.Web.dll admin create --email name@council.gov.uk --name \"Your Name\"";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter output)
    {
        if (args is not ["create", ..])
        {
            await output.WriteLineAsync(Usage);
            return 64;
        }
        var email = BoardCommands.Option(args, "email")?.Trim();
        var name = BoardCommands.Option(args, "name")?.Trim();
        if (string.IsNullOrEmpty(email) || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            await output.WriteLineAsync("Give the administrator's email address, like --email name@council.gov.uk.");
            await output.WriteLineAsync(Usage);
            return 64;
        }
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            await output.WriteLineAsync("Give the administrator's name (100 characters at most), like --name \"Sam Jones\".");
            return 64;
        }
        return await CreateAsync(app.Services, app.Logger, email, name, output);
    }

    public static async Task<int> CreateAsync(IServiceProvider services, ILogger logger, string email, string name, TextWriter output)
    {
        IssuedLink link;
        try
        {
            // Resolved first: without PublicBaseUrl (outside Development) there is no address to put in the link.
            var issuer = services.GetRequiredService<AccountLinkIssuer>();
            Migrator.Upgrade(services.GetRequiredService<BoardDatabase>(), logger);
            var archive = services.GetRequiredService<PersonArchiveStore>();
            if (await archive.EmailInUseAsync(email))
            {
                await output.WriteLineAsync($"Someone already uses {email}. Choose another address, or ask them to use \"Forgot your password?\".");
                return 1;
            }
            var personId = await services.GetRequiredService<PersonStore>().CreateAsync(null, name, Role.Admin, null, email,
                services.GetRequiredService<TimeProvider>().GetUtcNow());
            link = await issuer.IssueAsync(personId, LinkPurpose.Invitation);
        }
        catch (InvalidOperationException ex)
        {
            await output.WriteLineAsync($"The administrator was not added: {ex.Message}");
            return 1;
        }
        await output.WriteLineAsync($"Added the administrator {name} <{email}>. They have no password yet.");
        await output.WriteLineAsync($"Give them this link to choose their password. It works once, for {AccountLinks.PlainLifetime(LinkPurpose.Invitation)}:");
        await output.WriteLineAsync(link.Url);
        return 0;
    }
}
