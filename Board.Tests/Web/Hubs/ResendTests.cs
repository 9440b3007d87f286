using Board.Core.Voting;
using Board.Web.Hubs;
using Board.Web.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Hubs;

/// <summary>
/// A ballot's key is answered "counted" only to the person who sent it or for whom it was sent. Anyone else who
/// holds it (seen over a shoulder, from a log) gets exactly the answer a made-up key would get.
/// </summary>
[TestFixture]
public sealed class ResendTests
{
    private const string Rep = "rep@riverside.example";
    private const string Carer = "carer@riverside.example";
    private const string Supporter = "supporter@riverside.example";

    /// <param name="castBy">Who cast the first ballot, for the Rep: the Rep on their device, or their supporter (told in person).</param>
    /// <param name="resender">Who sends the key again after close.</param>
    /// <param name="forRep">Whether the resend names the Rep as the voter (onBehalfOf); otherwise the resender votes as themselves.</param>
    [TestCase(BallotSecrecy.Secret, Rep, Rep, false, true)]
    [TestCase(BallotSecrecy.Open, Rep, Rep, false, true)]
    [TestCase(BallotSecrecy.Secret, Rep, Carer, false, false)]
    [TestCase(BallotSecrecy.Secret, Rep, Carer, true, false)]
    [TestCase(BallotSecrecy.Open, Rep, Carer, true, false)]
    [TestCase(BallotSecrecy.Secret, Rep, Supporter, true, false)]
    [TestCase(BallotSecrecy.Open, Rep, Supporter, true, false)]
    [TestCase(BallotSecrecy.Secret, Supporter, Supporter, true, true)]
    [TestCase(BallotSecrecy.Open, Supporter, Supporter, true, true)]
    [TestCase(BallotSecrecy.Secret, Supporter, Rep, false, true)]
    [TestCase(BallotSecrecy.Open, Supporter, Rep, false, true)]
    [TestCase(BallotSecrecy.Secret, Supporter, Carer, true, false)]
    [TestCase(BallotSecrecy.Open, Supporter, Carer, false, false)]
    public async Task AKeyResentAfterClose_IsAnsweredOnlyToItsOwner(BallotSecrecy secrecy, string castBy, string resender, bool forRep, bool owner)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var services = meeting.Factory.Services;
        var box = services.GetRequiredService<BallotBox>();
        var poll = await meeting.OpenPollAsync(secrecy);
        var repId = await meeting.PersonIdAsync(Rep);
        var key = Guid.NewGuid().ToString();
        var forOption = poll.Options[0].Id;
        var first = castBy == Rep
            ? await box.CastAsync(meeting.Ids.Riverside, meeting.MeetingId, repId, poll.Id, forOption, key, null)
            : await box.CastToldInPersonAsync(meeting.Ids.Riverside, meeting.MeetingId, await meeting.PersonIdAsync(Supporter), poll.Id, forOption, key, repId);
        Assert.That(first.Committed, Is.True, first.Message);
        await meeting.ClosePollAsync(poll);

        var resenderId = await meeting.PersonIdAsync(resender);
        long? onBehalfOf = forRep ? repId : null;
        var resent = await box.CastAsync(meeting.Ids.Riverside, meeting.MeetingId, resenderId, poll.Id, forOption, key, onBehalfOf);
        var madeUp = await box.CastAsync(meeting.Ids.Riverside, meeting.MeetingId, resenderId, poll.Id, forOption, Guid.NewGuid().ToString(), onBehalfOf);

        if (owner)
            Assert.That(resent, Is.EqualTo(new BallotAck(true, "Your vote is counted.", poll.Id, null)));
        else
            Assert.That(resent, Is.EqualTo(madeUp), "the same answer as a made-up key: nothing about the key or the ballot");
    }

    /// <summary>While the poll is open, another person's key never changes or confirms the owner's ballot.</summary>
    [TestCase(BallotSecrecy.Secret)]
    [TestCase(BallotSecrecy.Open)]
    public async Task AnotherPersonsKey_WhileOpen_IsNotTheirBallot(BallotSecrecy secrecy)
    {
        await using var meeting = await LiveMeeting.StartAsync();
        var box = meeting.Factory.Services.GetRequiredService<BallotBox>();
        var poll = await meeting.OpenPollAsync(secrecy);
        var repId = await meeting.PersonIdAsync(Rep);
        var key = Guid.NewGuid().ToString();
        await box.CastAsync(meeting.Ids.Riverside, meeting.MeetingId, repId, poll.Id, poll.Options[0].Id, key, null);

        var bySupporter = await box.CastAsync(meeting.Ids.Riverside, meeting.MeetingId, await meeting.PersonIdAsync(Supporter), poll.Id, poll.Options[1].Id, key, repId);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bySupporter.Message, Is.Not.EqualTo("Your vote is counted."));
            Assert.That(bySupporter.Message, Does.Not.Contain("already"));
            if (secrecy == BallotSecrecy.Open)
                Assert.That(await meeting.ScalarAsync<long>("SELECT option_id FROM open_ballots WHERE poll_id = @Id", poll), Is.EqualTo(poll.Options[0].Id));
        }
    }
}
