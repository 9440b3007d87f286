using Board.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.SignalR;

namespace Board.Web.Infrastructure;

public static class WebServiceCollectionExtensions
{
    /// <summary>Razor Pages, cookie sign-in, board-scoped policies and persisted data-protection keys.</summary>
    public static IServiceCollection AddBoardWeb(this IServiceCollection services, StorageOptions storage)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(storage);
        services.AddSingleton(provider => PublicAddress.From(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<Meetings.AttachmentFiles>();
        services.AddSingleton<Payments.ClaimViewers>();
        services.AddSingleton<Payments.ReceiptFiles>();
        services.AddSingleton<Meetings.CoChairQuestionNotices>();
        services.AddSingleton<Meetings.StagedFiles>();
        services.AddSingleton(provider => Pictures.PictureSet.Load(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddBoardClocks();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Manage", Policies.BoardCoordinator);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Administrator);
        }).AddMvcOptions(options => PlainBindingMessages.Apply(options.ModelBindingMessageProvider));
        services.AddAntiforgery(options => options.Cookie.Name = "pb.antiforgery");

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "pb.signin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.AccessDeniedPath = "/access-denied";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
                options.Events.OnSigningIn = Sessions.OnSigningInAsync;
                options.Events.OnSigningOut = Sessions.OnSigningOutAsync;
            });
        services.AddAuthorization(options => options.AddBoardPolicies());
        services.AddSingleton<IAuthorizationHandler, BoardRoleHandler>();
        services.AddSingleton<IAuthorizationHandler, BoardCoChairHandler>();
        services.AddScoped<PasswordSignIn>();
        services.AddBoardAccounts();
        services.AddSingleton<TrustedDevices>();
        services.AddSingleton<TrustedDeviceTries>();
        services.AddTransient<Demo.DemoMeetings>();
        services.AddTransient<Demo.DemoPapers>();
        services.AddTransient<Demo.DemoPlan>();
        services.AddTransient<Demo.DemoMinutes>();
        services.AddSingleton<Meetings.AgendaViews>();
        services.AddSingleton<Ladder.LadderViews>();
        services.AddSingleton<Meetings.GroupNotices>();
        services.AddSignalR(options => options.AddFilter<Hubs.HubGuard>());
        services.AddLogging(logging => logging.AddFilter(Hubs.HubGuard.FrameworkDispatcherCategory, LogLevel.None));
        services.AddSingleton<Voting.VotingRoll>();
        services.AddSingleton<Voting.IRollChanges, Voting.NoOtherServers>();
        services.AddSingleton<Voting.PollViews>();
        services.AddSingleton<Voting.BallotBox>();
        services.AddSingleton<Voting.PollEligibility>();
        services.AddSingleton<Voting.PendingBallots>();
        // In memory for one server; AddBoardScaleOut puts them in Redis when several servers share the work.
        services.AddSingleton<Voting.IPendingBallots>(provider => provider.GetRequiredService<Voting.PendingBallots>());
        services.AddSingleton<Voting.RepConfirmations>();
        services.AddSingleton<Voting.MeetingSyncBuilder>();
        services.AddSingleton<Voting.PollControl>();
        services.AddSingleton<Meetings.MeetingDayNews>();
        services.AddSingleton<Pages.Manage.Meetings.ConsoleLoader>();
        services.AddSingleton<Voting.ProgressBroadcaster>();
        services.AddSingleton<Documents.DocumentFactsLoader>();
        services.AddSingleton<Documents.HardWordExplanations>();
        services.AddSingleton<Documents.MinutesNotices>();
        services.AddSingleton<Documents.DocumentJobs>();
        services.AddTransient<Documents.DocumentRenderJob>();
        services.AddHostedService(provider => provider.GetRequiredService<Voting.ProgressBroadcaster>());
        services.AddScoped<Pages.Manage.Memberships.MembershipForm>();

        // Keys kept, so a restart does not sign everyone out or spoil forms in flight: on disk beside the SQLite
        // database, or in the PostgreSQL database, which every server of a scaled-out site reads (ADR-016). One
        // application name, so every server unprotects what another protected.
        var keys = services.AddDataProtection().SetApplicationName("PartnershipBoard");
        if (storage.IsSqlite)
            keys.PersistKeysToFileSystem(new DirectoryInfo(storage.KeysFolder));
        else
        {
            services.AddSingleton<Board.Data.Database.DataProtectionKeyStore>();
            services.AddSingleton<ScaleOut.DatabaseKeyRepository>();
            services.AddOptions<KeyManagementOptions>()
                .Configure<ScaleOut.DatabaseKeyRepository>((options, repository) => options.XmlRepository = repository);
        }
        return services;
    }
}
