using System.Text.Json;
using Board.Core.Documents;
using Board.Core.Minutes;
using Board.Core.Voting;

namespace Board.Tests.Core.Documents;

/// <summary>Every vote of the meeting is in its minutes: votes on no item go under "Other votes", in both documents.</summary>
public sealed class OtherVotesTests
{
    private static readonly StandardPictures Pictures = new(
        new DocumentPicture("document", "A document"), new DocumentPicture("calendar", "A calendar"), new DocumentPicture("building", "A building"),
        new DocumentPicture("people", "A group of people"), new DocumentPicture("sorry", "A person saying sorry"), new DocumentPicture("checklist", "A list"));

    private static readonly MeetingFacts November = new("Riverside Partnership Board", new DateTime(2026, 11, 12, 17, 0, 0),
        new DateTime(2026, 11, 12, 19, 30, 0), "Town Hall", null, JoinOnline: false);

    private static VoteFacts OrderVote => new("Should we take item 3 first?", new DocumentPicture("vote", "A vote"),
        [new("✔", "For", VoteMeaning.For, 7), new("✖", "Against", VoteMeaning.Against, 2)], "Yes. We took item 3 first.", "Agreed.");

    private static MinutesFacts Facts(IReadOnlyList<VoteFacts>? other) =>
        new(November, [new("Rita Rep", "Rep")], [], [], null, [], null, null, other, MinutesFacts.CurrentRecordVersion);

    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData((Func<MinutesFacts, DocumentContent>)(f => MinutesDocuments.EasyRead(f, Pictures))).SetName("easy read");
        yield return new TestCaseData((Func<MinutesFacts, DocumentContent>)(f => MinutesDocuments.Standard(f, Pictures))).SetName("standard");
    }

    [TestCaseSource(nameof(Documents))]
    public void AVoteOnNoItem_IsUnderOtherVotes(Func<MinutesFacts, DocumentContent> render)
    {
        var content = render(Facts([OrderVote]));

        var section = content.Sections.Single(s => s.Heading == "Other votes");
        Assert.That(JsonSerializer.Serialize(section.Blocks.Cast<object>()), Does.Contain("Should we take item 3 first?"));
    }

    [TestCaseSource(nameof(Documents))]
    public void NoOtherVotes_NoSection(Func<MinutesFacts, DocumentContent> render)
    {
        Assert.That(render(Facts(null)).Sections.Select(s => s.Heading), Has.No.Member("Other votes"));
        Assert.That(render(Facts([])).Sections.Select(s => s.Heading), Has.No.Member("Other votes"));
    }

    /// <summary>A record published before "Other votes" existed (record version 1: no such property) still reads and renders.</summary>
    [TestCaseSource(nameof(Documents))]
    public void ARecordPublishedBeforeOtherVotes_StillRenders(Func<MinutesFacts, DocumentContent> render)
    {
        const string version1 =
            """
            {"Meeting":{"BoardName":"Riverside Partnership Board","StartsAt":"2026-11-12T17:00:00","EndsAt":"2026-11-12T19:30:00","Venue":"Town Hall","AccessNotes":null,"JoinOnline":false},
             "Present":[{"Name":"Rita Rep","Role":"Rep"}],"Apologies":[],"Items":[],"NextMeeting":null,"HardWords":[],"AuditRecord":null,"OwnPictures":null}
            """;

        var facts = JsonSerializer.Deserialize<MinutesFacts>(version1)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(facts.OtherVotes, Is.Null);
            Assert.That(facts.RecordVersion, Is.Null);
            Assert.That(render(facts).Sections.Select(s => s.Heading), Has.No.Member("Other votes"));
        }
    }

    [Test]
    public void ARecordWithOtherVotes_RoundTrips()
    {
        var json = JsonSerializer.Serialize(Facts([OrderVote]));
        var back = JsonSerializer.Deserialize<MinutesFacts>(json)!;

        Assert.That((back.RecordVersion, back.OtherVotes!.Single().Question), Is.EqualTo(((int?)2, "Should we take item 3 first?")));
    }

    [TestCase(PollState.Draft, false, "was never opened")]
    [TestCase(PollState.Open, false, "is still open")]
    [TestCase(PollState.Closed, true, "waiting for the co-chair's casting vote")]
    [TestCase(PollState.Closed, false, null)]
    [TestCase(PollState.Published, false, null)]
    public void Warnings_NameEveryVoteTheMinutesCannotDecide(PollState state, bool waiting, string? expected)
    {
        var warnings = MinutesVotes.Warnings([new MeetingVote("Later buses?", state, waiting)]);

        Assert.That(warnings, expected is null ? Is.Empty : Has.One.Contains(expected).And.One.Contains("Later buses?"));
    }
}
