using Board.Core.Composition;
using Board.Core.Voting;
using Board.Data.Accounts;
using Board.Data.Voting;
using Board.Web.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Browser;

/// <summary>Questions in a live meeting, written and opened or closed as the coordinator's page does it (through PollControl).</summary>
internal static class LivePolls
{
    public static async Task<long> OpenAsync(long meetingId, string question, BallotSecrecy secrecy = BallotSecrecy.Open)
    {
        var pollId = await WriteAsync(meetingId, question, secrecy);
        await OpenWrittenAsync(meetingId, pollId);
        return pollId;
    }

    /// <summary>Writes a draft question (the coordinator's "Add a vote"), not yet open.</summary>
    public static async Task<long> WriteAsync(long meetingId, string question, BallotSecrecy secrecy = BallotSecrecy.Open)
    {
        var services = BrowserSession.App.Services;
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var coordinator = await services.GetRequiredService<AccountStore>().FindAsync("coordinator@riverside.example");
        return await services.GetRequiredService<PollStore>().CreateAsync(ids.Riverside, coordinator!.PersonId,
            new NewPoll(meetingId, null, question, "vote", secrecy, MajorityRule.SimpleMajorityOfVotesCast, null, 0, PollRules.DefaultOptions),
            DateTimeOffset.UtcNow);
    }

    /// <summary>Opens a written question (the coordinator's "Open the vote").</summary>
    public static async Task OpenWrittenAsync(long meetingId, long pollId)
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var step = await BrowserSession.App.Services.GetRequiredService<PollControl>().OpenAsync(ids.Riverside, meetingId, pollId);
        Assert.That(step.Done, Is.True, step.Message);
    }

    public static async Task CloseAsync(long meetingId, long pollId)
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var step = await BrowserSession.App.Services.GetRequiredService<PollControl>().CloseAsync(ids.Riverside, meetingId, pollId);
        Assert.That(step.Done, Is.True, step.Message);
    }
}
