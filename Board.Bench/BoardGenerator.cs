using Board.Core.Composition;
using Board.Core.Meetings;
using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.People;
using Board.Web.Demo;
using Board.Web.Infrastructure;
using Board.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench;

/// <summary>A voting member and the token printed on their sign-in card (only its hash is stored).</summary>
internal sealed record Voter(long PersonId, string CardToken);

internal sealed record GeneratedBoard(long BoardId, long MeetingId, long CoordinatorId, IReadOnlyList<Voter> Voters);

/// <summary>
/// A board with one Rep seat per voter, all of them present at a live meeting, written through the app's own stores,
/// so the rows are exactly what the app writes (one transaction per call, as in use).
/// </summary>
internal static class BoardGenerator
{
    public static async Task<GeneratedBoard> GenerateAsync(IServiceProvider services, int voters)
    {
        var boards = services.GetRequiredService<BoardStore>();
        var people = services.GetRequiredService<PersonStore>();
        var memberships = services.GetRequiredService<MembershipStore>();
        var meetings = services.GetRequiredService<MeetingStore>();
        var attendance = services.GetRequiredService<AttendanceStore>();
        var cards = services.GetRequiredService<SignInCardStore>();
        var clock = services.GetRequiredService<BoardClock>();
        var now = clock.UtcNow;
        var today = clock.Today;

        var boardId = await boards.CreateAsync("Bench Partnership Board", "Bench", "A large board for the live-vote benchmark.", now);
        // A small quorum: the benchmark is about ballots, not about who turned up.
        await services.GetRequiredService<ConstitutionStore>().SaveAsync(boardId,
            DemoBoards.StandardConstitution(repSeats: voters, carerSeats: 0, minimumVoting: 3, minimumReps: 1));
        var coordinatorId = await people.CreateAsync(boardId, "Bench Coordinator", Role.Coordinator, "Bench Council", null, now);

        var day = clock.LocalNow.Date;
        var meetingId = await meetings.CreateAsync(boardId, new MeetingDraft(
            "Bench meeting", day.AddHours(10), day.AddHours(13), "Bench Room", null, null, day.AddDays(-10)));
        foreach (var (from, to) in new[] { (MeetingState.Scheduled, MeetingState.CallingForItems),
                     (MeetingState.CallingForItems, MeetingState.AgendaPublished), (MeetingState.AgendaPublished, MeetingState.Live) })
            await meetings.MoveAsync(boardId, meetingId, from, to, now);

        var generated = new List<Voter>(voters);
        for (var i = 0; i < voters; i++)
        {
            var personId = await people.CreateAsync(boardId, $"Bench Rep {i + 1}", Role.Rep, null, null, now);
            await memberships.CreateAsync(new Membership(0, boardId, personId, "rep", today.AddYears(-1), today.AddYears(1), false, null));
            await attendance.MarkAsync(meetingId, personId, AttendanceMark.InRoom, clock.LocalNow);
            var token = CardTokens.NewToken();
            await cards.IssueAsync(personId, CardTokens.Hash(token), now);
            generated.Add(new Voter(personId, token));
        }
        return new GeneratedBoard(boardId, meetingId, coordinatorId, generated);
    }
}
