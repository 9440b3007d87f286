using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Pictures;
using Board.Web.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Bench;

/// <summary>
/// The coordinator's part: writes a For/Against/Abstain question, then opens and closes it through
/// <see cref="PollControl"/>, the logic the Polls page and the co-chairs' page share (result, close, broadcast).
/// </summary>
internal static class Coordinator
{
    public static async Task<Poll> CreateAndOpenAsync(IServiceProvider services, GeneratedBoard board, string question)
    {
        var polls = services.GetRequiredService<PollStore>();
        var roll = (await services.GetRequiredService<VotingRoll>().LoadAsync(board.BoardId, board.MeetingId))!;
        var pollId = await polls.CreateAsync(board.BoardId, board.CoordinatorId, new NewPoll(board.MeetingId, null, question,
            services.GetRequiredService<PictureSet>().All[0].Key, BallotSecrecy.Open, roll.Constitution.Majority, null, 0,
            PollRules.DefaultOptions), services.GetRequiredService<TimeProvider>().GetUtcNow());
        var step = await services.GetRequiredService<PollControl>().OpenAsync(board.BoardId, board.MeetingId, pollId);
        return step.Done ? (await polls.GetAsync(board.BoardId, pollId))! : throw new InvalidOperationException(step.Message);
    }

    /// <summary>Nobody holds the casting vote here, so a tie falls, as it does when that co-chair is not at the meeting.</summary>
    public static async Task<string> CloseAsync(IServiceProvider services, GeneratedBoard board, Poll poll)
    {
        var step = await services.GetRequiredService<PollControl>().CloseAsync(board.BoardId, board.MeetingId, poll.Id);
        return step.Done ? step.Message : throw new InvalidOperationException(step.Message);
    }
}
