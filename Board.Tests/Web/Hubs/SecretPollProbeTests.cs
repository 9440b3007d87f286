using Board.Core.Voting;
using Board.Data.Voting;
using Board.Web.Hubs;
using Board.Web.Voting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// A hostile coordinator (who sees who has voted) and a hostile member against a secret poll: try to close after
/// every ballot, count hands between tries, read every page. Two runs whose only difference is one voter's choice
/// must look the same in every message, page and refusal until the poll is closed for good.
/// </summary>
[TestFixture]
public sealed class SecretPollProbeTests
{
    private const string Coordinator = "coordinator@riverside.example";

    private static IEnumerable<TestCaseData> ChoicePairs()
    {
        var meanings = new[] { OptionMeaning.For, OptionMeaning.Against, OptionMeaning.Abstain };
        foreach (var hands in new[] { 0, 1 })
            foreach (var a in meanings)
                foreach (var b in meanings.Where(m => m > a))
                    yield return new TestCaseData(a, b, hands).SetName($"Carer chooses {a} or {b}, {hands} hands");
    }

    [TestCaseSource(nameof(ChoicePairs))]
    public async Task BeforeClose_NothingObservableDependsOnAChoice(OptionMeaning carerChoice, OptionMeaning otherChoice, int hands)
    {
        var first = await ObserveAsync(carerChoice, hands);
        var second = await ObserveAsync(otherChoice, hands);

        Assert.That(first, Has.Count.GreaterThan(10));
        for (var i = 0; i < first.Count; i++)
            Assert.That(second[i], Is.EqualTo(first[i]), $"observation {i} differs");
    }

    /// <summary>Every count of two secret ballots, ties included, with the casting-vote co-chair in the room: Close closes.</summary>
    [TestCase(OptionMeaning.For, OptionMeaning.Against)]
    [TestCase(OptionMeaning.Against, OptionMeaning.For)]
    [TestCase(OptionMeaning.Abstain, OptionMeaning.Abstain)]
    [TestCase(OptionMeaning.For, OptionMeaning.For)]
    [TestCase(OptionMeaning.For, OptionMeaning.Abstain)]
    [TestCase(OptionMeaning.Against, OptionMeaning.Abstain)]
    public async Task Close_AlwaysCloses_WhateverTheCount(OptionMeaning rep, OptionMeaning carer)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        await meeting.EveryVoterHereAsync(); // quorate, so a tie really waits for the casting vote
        var poll = await meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var repHub = await meeting.ConnectAsync("rep@riverside.example");
        await using var carerHub = await meeting.ConnectAsync("carer@riverside.example");
        await LiveMeeting.CastAsync(repHub, meeting.MeetingId, poll, rep);
        await LiveMeeting.CastAsync(carerHub, meeting.MeetingId, poll, carer);

        var step = await meeting.Factory.Services.GetRequiredService<PollControl>().CloseAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(step.Done, Is.True, step.Message);
            Assert.That(step.Message, Does.StartWith("The vote is closed."));
            Assert.That(await meeting.ScalarAsync<string>("SELECT state FROM polls WHERE id = @Id", poll), Is.EqualTo("Closed"));
        }
    }

    [TestCase(OptionMeaning.For, "Passed")]
    [TestCase(OptionMeaning.Against, "NotPassed")]
    public async Task ATieClosed_IsSettledByTheCastingVote_Openly_Once(OptionMeaning casting, string outcome)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        await meeting.EveryVoterHereAsync();
        var poll = await meeting.OpenPollAsync(BallotSecrecy.Secret);
        await using var repHub = await meeting.ConnectAsync("rep@riverside.example");
        await using var carerHub = await meeting.ConnectAsync("carer@riverside.example");
        await LiveMeeting.CastAsync(repHub, meeting.MeetingId, poll, OptionMeaning.For);
        await LiveMeeting.CastAsync(carerHub, meeting.MeetingId, poll, OptionMeaning.Against);
        var control = meeting.Factory.Services.GetRequiredService<PollControl>();
        var repId = await meeting.PersonIdAsync("rep@riverside.example");
        var carerId = await meeting.PersonIdAsync("carer@riverside.example");
        Assert.That((await control.CloseAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id)).Message, Does.Contain("It is a tie."));

        var byCarer = await control.GiveCastingVoteAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id, carerId, "Carer", casting);
        var byRep = await control.GiveCastingVoteAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id, repId, "Rep", casting);
        var again = await control.GiveCastingVoteAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id, repId, "Rep", casting);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byCarer.Done, Is.False, "only the co-chair with the casting vote");
            Assert.That(byRep.Done, Is.True, byRep.Message);
            Assert.That(again.Done, Is.False, "given once");
            Assert.That(await meeting.ScalarAsync<string>("SELECT result_outcome FROM polls WHERE id = @Id", poll), Is.EqualTo(outcome));
            Assert.That(await meeting.ScalarAsync<string>("SELECT details FROM audit_log WHERE kind = 'casting-vote'"), Does.StartWith("Rep gave the casting vote."));
        }
    }

    /// <summary>
    /// Everything the coordinator, the co-chairs and the members can see or be told while the poll is open, in order:
    /// answers to ballots, refused closes (the poll must stay open an hour), the hands, the pages and the resync.
    /// </summary>
    private static async Task<List<string>> ObserveAsync(OptionMeaning carerChoice, int hands)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var poll = await meeting.OpenPollAsync(BallotSecrecy.Secret, minimumOpenSeconds: 3600);
        var services = meeting.Factory.Services;
        var control = services.GetRequiredService<PollControl>();
        var rolls = services.GetRequiredService<VotingRoll>();
        var seen = new List<string>();
        var progress = new List<string>();
        await using var repHub = await meeting.ConnectAsync("rep@riverside.example");
        await using var carerHub = await meeting.ConnectAsync("carer@riverside.example");
        await using var coordinatorHub = await meeting.ConnectAsync(Coordinator);
        coordinatorHub.On<ProgressView>(nameof(IMeetingClient.VoteProgress), p => { lock (progress) progress.Add(p.ToString()); });
        await coordinatorHub.InvokeAsync<MeetingSync>("JoinMeeting", meeting.MeetingId);
        var board = $"/boards/{meeting.Ids.Riverside}";

        async Task Probe()
        {
            var closing = await control.CloseAsync(meeting.Ids.Riverside, meeting.MeetingId, poll.Id);
            seen.Add($"close: {closing.Done} {System.Text.RegularExpressions.Regex.Replace(closing.Message, "Wait .*", "Wait")}");
            var roll = (await rolls.LoadFreshAsync(meeting.Ids.Riverside, meeting.MeetingId))!;
            var handsProblem = await services.GetRequiredService<PollStore>().RecordRoomCountsAsync(meeting.Ids.Riverside, poll.Id,
                new Dictionary<long, int> { [poll.Options[0].Id] = hands }, roll.EligibleIds, meeting.Ids.RiversidePerson, DateTimeOffset.UtcNow);
            seen.Add($"hands: {handsProblem}");
            seen.Add(await meeting.PageAsync(Coordinator, $"{board}/manage/meetings/{meeting.MeetingId}/polls"));
            seen.Add(await meeting.PageAsync("rep@riverside.example", $"{board}/meetings/{meeting.MeetingId}/chair"));
            seen.Add(await meeting.PageAsync("rep@riverside.example", $"{board}/meetings/{meeting.MeetingId}/projector"));
            var sync = await coordinatorHub.InvokeAsync<MeetingSync>("JoinMeeting", meeting.MeetingId);
            seen.Add(System.Text.Json.JsonSerializer.Serialize(sync));
            seen.Add(System.Text.Json.JsonSerializer.Serialize(await carerHub.InvokeAsync<MeetingSync>("JoinMeeting", meeting.MeetingId)));
        }

        await Probe();
        seen.Add((await LiveMeeting.CastAsync(repHub, meeting.MeetingId, poll, OptionMeaning.For)).ToString());
        await Probe();
        seen.Add((await LiveMeeting.CastAsync(carerHub, meeting.MeetingId, poll, carerChoice)).ToString());
        await Probe();
        // The hostile member: a second ballot, a resend with a new key, another choice.
        seen.Add((await LiveMeeting.CastAsync(carerHub, meeting.MeetingId, poll, OptionMeaning.For)).ToString());
        seen.Add((await LiveMeeting.CastAsync(carerHub, meeting.MeetingId, poll, OptionMeaning.Against)).ToString());
        await Probe();
        await Task.Delay(600); // let the coalesced progress go out; how often it goes out depends on timing, not choices
        lock (progress)
            seen.Add(progress.LastOrDefault() ?? "");
        return seen;
    }
}
