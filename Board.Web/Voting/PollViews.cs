using Board.Core.Voting;
using Board.Web.Hubs;
using Board.Web.Pictures;

namespace Board.Web.Voting;

/// <summary>Turns polls and results into the messages clients receive.</summary>
public sealed class PollViews(PictureSet pictures)
{
    public PollView View(Poll poll)
    {
        var picture = pictures.Find(poll.Picture);
        return new PollView(poll.Id, poll.Question, picture?.Url ?? "", picture?.Label ?? "", poll.Secrecy == BallotSecrecy.Secret,
            poll.Options.Select(o => new OptionView(o.Id, o.Label, o.Symbol, o.Meaning.ToString())).ToList());
    }

    public OpenVoteView OpenVote(long boardId, long meetingId, string meetingTitle, long pollId, string question, string picture)
    {
        var found = pictures.Find(picture);
        return new OpenVoteView(meetingId, pollId, question, found?.Url ?? "", found?.Label ?? "", meetingTitle, $"/boards/{boardId}/meetings/{meetingId}/vote");
    }

    public static ResultView Result(Poll poll, PollResult result) =>
        new(poll.Id, poll.Question, result.Headline, result.Explanation, Counts(result.Counts));

    public static IReadOnlyList<CountView> Counts(IEnumerable<OptionCount> counts) =>
        counts.Select(c => new CountView(c.Option.Label, c.Option.Symbol, c.Option.Meaning.ToString(), c.Votes)).ToList();
}
