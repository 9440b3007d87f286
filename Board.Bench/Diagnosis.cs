using System.Diagnostics;
using Board.Core.Voting;
using Board.Data.Accounts;
using Board.Data.Boards;
using Board.Data.Meetings;
using Board.Data.Memberships;
using Board.Data.People;
using Board.Data.Voting;
using Board.Web.Security;
using Board.Web.Voting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench;

/// <summary>Mean cost of each step of CastBallot, measured one call at a time (no contention), in milliseconds.</summary>
/// <param name="RollLoad">VotingRoll.LoadAsync as a whole; the three reads below are parts of it, the rest is the Core rules.</param>
internal sealed record BallotCost(
    double SignInCheck, double MeetingCheck, double PollRead, double RollLoad, double FreshRollLoad, double Memberships, double Attendance, double Constitution,
    double BallotTransaction)
{
    public double Total => SignInCheck + MeetingCheck + PollRead + RollLoad + BallotTransaction;

    public double Rules => FreshRollLoad - MeetingCheck - Memberships - Attendance - Constitution;
}

/// <summary>The same calls, <see cref="Diagnosis.Parallel"/> at a time, as the hub makes them when ballots arrive together.</summary>
internal sealed record ContendedCost(double RollLoadsPerSecond, double TransactionsPerSecond, double TransactionP99);

/// <summary>
/// Where one ballot's time goes: the reads MeetingHub.CastBallot and BallotBox.CastAsync make, then the ballot's write
/// transaction, each timed alone through the app's own services, on a second poll opened after the measured one closed
/// and the clients left.
/// </summary>
internal static class Diagnosis
{
    public const int Parallel = 16;
    private const int Samples = 50;
    private const int ContendedSamples = 400;

    public static async Task<(BallotCost Alone, ContendedCost Together)> MeasureAsync(IServiceProvider services, GeneratedBoard board)
    {
        var meetings = services.GetRequiredService<MeetingStore>();
        var polls = services.GetRequiredService<PollStore>();
        var rolls = services.GetRequiredService<VotingRoll>();
        var ballots = services.GetRequiredService<BallotStore>();
        var poll = await Coordinator.CreateAndOpenAsync(services, board, "Diagnosis: where does a ballot's time go?");
        var count = Math.Min(Samples, board.Voters.Count);

        var people = services.GetRequiredService<PersonStore>();
        var cards = services.GetRequiredService<SignInCardStore>();
        var voter = (await people.GetSelfAsync(board.Voters[0].PersonId))!;
        var user = BoardClaims.For(voter, CookieAuthenticationDefaults.AuthenticationScheme, await cards.ActiveCardIdAsync(voter.Id));
        var signInCheck = await MeanMsAsync(count, _ => SessionCheck.IsStillValidAsync(user, people, cards));
        var meetingCheck = await MeanMsAsync(count, _ => meetings.GetAsync(board.BoardId, board.MeetingId));
        var pollRead = await MeanMsAsync(count, _ => polls.GetAsync(board.BoardId, poll.Id));
        var rollLoad = await MeanMsAsync(count, _ => rolls.LoadAsync(board.BoardId, board.MeetingId));
        var freshRollLoad = await MeanMsAsync(count, _ => rolls.LoadFreshAsync(board.BoardId, board.MeetingId));
        var memberships = await MeanMsAsync(count, _ => services.GetRequiredService<MembershipStore>().ListAsync(board.BoardId));
        var attendance = await MeanMsAsync(count, _ => services.GetRequiredService<AttendanceStore>().ForMeetingAsync(board.MeetingId));
        var constitution = await MeanMsAsync(count, _ => services.GetRequiredService<ConstitutionStore>().LoadAsync(board.BoardId));
        var now = services.GetRequiredService<TimeProvider>();
        var eligible = board.Voters.Select(v => v.PersonId).ToList();
        var transaction = await MeanMsAsync(count, i => ballots.CastAsync(poll,
            new BallotPaper(board.Voters[i].PersonId, poll.Options[i % poll.Options.Count].Id, CastBy.Member, null, Guid.NewGuid().ToString("N")),
            eligible, now.GetUtcNow()));

        var contended = Math.Min(ContendedSamples, board.Voters.Count - count);
        var (rollRate, _) = await TogetherAsync(contended, _ => rolls.LoadFreshAsync(board.BoardId, board.MeetingId));
        var (transactionRate, transactionP99) = await TogetherAsync(contended, i => ballots.CastAsync(poll,
            new BallotPaper(board.Voters[count + i].PersonId, poll.Options[i % poll.Options.Count].Id, CastBy.Member, null, Guid.NewGuid().ToString("N")),
            eligible, now.GetUtcNow()));
        await Coordinator.CloseAsync(services, board, poll);
        return (new BallotCost(signInCheck, meetingCheck, pollRead, rollLoad, freshRollLoad, memberships, attendance, constitution, transaction),
            new ContendedCost(rollRate, transactionRate, transactionP99));
    }

    private static async Task<(double PerSecond, double P99)> TogetherAsync<T>(int count, Func<int, Task<T>> call)
    {
        if (count <= 0)
            return (double.NaN, double.NaN);
        var latencies = new double[count];
        var start = Stopwatch.GetTimestamp();
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (i, _) =>
            {
                var sent = Stopwatch.GetTimestamp();
                await call(i);
                latencies[i] = Stats.Ms(Stopwatch.GetTimestamp() - sent);
            });
        var seconds = Stats.Ms(Stopwatch.GetTimestamp() - start) / 1000;
        return (count / seconds, Stats.Percentile(latencies.Order().ToArray(), 99));
    }

    private static async Task<double> MeanMsAsync<T>(int count, Func<int, Task<T>> call)
    {
        await call(0);
        var start = Stopwatch.GetTimestamp();
        for (var i = 1; i <= count; i++)
            await call(i % count);
        return Stats.Ms(Stopwatch.GetTimestamp() - start) / count;
    }
}
