using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.Database;
using Board.Data.Glossary;
using Board.Data.Groups;
using Board.Data.Meetings;
using Board.Data.Notifications;
using Board.Data.Memberships;
using Board.Data.People;
using Board.Data.Plans;
using Board.Data.Supporters;
using Board.Data.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the SQLite store at <paramref name="databasePath"/> and the stores and queries for each feature.</summary>
    public static IServiceCollection AddBoardData(this IServiceCollection services, string databasePath) =>
        services.AddBoardData(new BoardDatabase(databasePath));

    /// <summary>Registers <paramref name="database"/> (SQLite or PostgreSQL) and the stores and queries for each feature.</summary>
    public static IServiceCollection AddBoardData(this IServiceCollection services, BoardDatabase database)
    {
        DapperSetup.RegisterTypeHandlers();
        services.AddSingleton(database);
        services.AddSingleton<BoardStore>();
        services.AddSingleton<ConstitutionStore>();
        services.AddSingleton<PersonStore>();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<MembershipStore>();
        services.AddSingleton<MemberQueries>();
        services.AddSingleton<SupporterLinkStore>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<SignInCardStore>();
        services.AddSingleton<AccountLinkStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<PersonArchiveStore>();
        services.AddSingleton<MeetingStore>();
        services.AddSingleton<MyBoardQueries>();
        services.AddSingleton<AgendaItemStore>();
        services.AddSingleton<AttendanceStore>();
        services.AddSingleton<MeetingDayStore>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<CoChairQuestionStore>();
        services.AddSingleton<StagedUploadStore>();
        services.AddSingleton<GlossaryStore>();
        services.AddSingleton<NotificationStore>();
        services.AddSingleton<PollStore>();
        services.AddSingleton<BallotStore>();
        services.AddSingleton<Interests.DeclarationStore>();
        services.AddSingleton<Interests.InterestStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<FollowStore>();
        services.AddSingleton<ActionQuestionStore>();
        services.AddSingleton<Ladder.LadderStore>();
        services.AddSingleton<Minutes.MinutesStore>();
        services.AddSingleton<Documents.DocumentStore>();
        services.AddSingleton<Documents.DocumentPartStore>();
        services.AddSingleton<Payments.InvolvementStore>();
        services.AddSingleton<Payments.ClaimStore>();
        return services;
    }
}
