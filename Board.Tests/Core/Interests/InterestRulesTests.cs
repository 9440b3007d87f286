using Board.Core.Interests;
using Board.Core.Meetings;

namespace Board.Tests.Core.Interests;

[TestFixture]
public sealed class InterestRulesTests
{
    [TestCase(null, true)]
    [TestCase(InterestAction.StayAndSpeak, true)]
    [TestCase(InterestAction.LeaveForItem, false)]
    [TestCase(InterestAction.NotVote, false)]
    public void MayVote_OnlyWithoutADeclarationOrWhenStaying(InterestAction? declared, bool mayVote)
    {
        var right = InterestRules.MayVote(declared);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(right.MayVote, Is.EqualTo(mayVote));
            Assert.That(right.Reason, mayVote ? Is.Null : Does.Contain("cannot vote on this one"));
        }
    }

    [Test]
    public void ActionsWithoutVote_AreLeaveAndNotVote() =>
        Assert.That(InterestRules.ActionsWithoutVote, Is.EquivalentTo(new[] { "LeaveForItem", "NotVote" }));

    [TestCase("JobAndMoney", InterestKind.JobAndMoney)]
    [TestCase("Other", InterestKind.Other)]
    [TestCase("jobandmoney", null)]
    [TestCase("0", null)]
    [TestCase("3", null)]
    [TestCase("JobAndMoney,Other", null)]
    [TestCase("Bribes", null)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void Parse_AcceptsOnlyANamedKind(string? text, InterestKind? expected) =>
        Assert.That(InterestRules.Parse<InterestKind>(text), Is.EqualTo(expected));

    [TestCase("JobAndMoney", "NotVote", "I work for the day centre.", new string[0])]
    [TestCase("Nonsense", "NotVote", "I work for the day centre.", new[] { "Kind" })]
    [TestCase("Groups", "Run", "I run the club.", new[] { "Action" })]
    [TestCase("Groups", "LeaveForItem", "   ", new[] { "Description" })]
    [TestCase("Groups", "LeaveForItem", null, new[] { "Description" })]
    [TestCase(null, null, null, new[] { "Kind", "Description", "Action" })]
    public void ValidateDeclaration_NamesEachBadField(string? kind, string? action, string? description, string[] fields) =>
        Assert.That(InterestRules.ValidateDeclaration(kind, action, description).Select(e => e.Field), Is.EqualTo(fields));

    [TestCase(300, true)]
    [TestCase(301, false)]
    public void ValidateEntry_LimitsTheDescription(int length, bool valid) =>
        Assert.That(InterestRules.ValidateEntry("Other", new string('a', length), null, null), valid ? Is.Empty : Is.Not.Empty);

    [TestCase("2026-01-01", "2025-12-31", false)]
    [TestCase("2026-01-01", "2026-01-01", true)]
    [TestCase(null, "2026-01-01", true)]
    public void ValidateEntry_EndIsNotBeforeStart(string? from, string? to, bool valid) =>
        Assert.That(InterestRules.ValidateEntry("Other", "A job", from is null ? null : DateOnly.Parse(from), DateOnly.Parse(to!)), valid ? Is.Empty : Is.Not.Empty);

    [TestCase(false, MeetingState.Live, true, "could not find")]
    [TestCase(true, MeetingState.Closed, true, "has finished")]
    [TestCase(true, MeetingState.Live, false, "Only members")]
    [TestCase(true, MeetingState.Live, true, null)]
    [TestCase(true, MeetingState.AgendaPublished, true, null)]
    [TestCase(true, MeetingState.Scheduled, true, null)]
    public void ProblemDeclaring_RefusesOtherBoardsClosedMeetingsAndNonMembers(bool found, MeetingState state, bool member, string? problem) =>
        Assert.That(InterestRules.ProblemDeclaring(found, state, member), problem is null ? Is.Null : Does.Contain(problem));

    [TestCase(11, 0, "11 can vote.")]
    [TestCase(11, 1, "11 can vote. 1 person said they have an interest and will not vote.")]
    [TestCase(9, 3, "9 can vote. 3 people said they have an interest and will not vote.")]
    public void EligibleText_SaysWhoWillNotVote(int canVote, int declared, string expected) =>
        Assert.That(InterestRules.EligibleText(canVote, declared), Is.EqualTo(expected));

    [TestCase(null, "2026-06-01", null, true)]
    [TestCase("2026-01-10", "2026-06-01", null, false)]
    [TestCase("2025-06-01", "2026-06-01", null, true)]
    [TestCase("2025-06-02", "2026-06-01", null, false)]
    [TestCase("2026-01-10", "2026-06-01", "2026-05-01", true)]
    [TestCase("2026-01-10", "2026-06-01", "2025-05-01", false)]
    [TestCase("2026-01-10", "2026-06-01", "2026-07-01", false)]
    public void ReviewDue_YearlyAndWhenATermStarts(string? reviewed, string today, string? termStarted, bool due) =>
        Assert.That(InterestRules.ReviewDue(reviewed is null ? null : DateOnly.Parse(reviewed), DateOnly.Parse(today),
            termStarted is null ? null : DateOnly.Parse(termStarted)), Is.EqualTo(due));

    [TestCase(null, "2026-06-01", "2026-05-20", "2026-05-20")]
    [TestCase(null, "2026-06-01", null, "2026-06-01")]
    [TestCase("2025-05-01", "2026-06-01", "2024-01-01", "2026-05-01")]
    [TestCase("2026-01-10", "2026-06-01", "2026-05-01", "2026-05-01")]
    [TestCase("2026-01-10", "2026-06-01", "2025-05-01", null)]
    public void ReviewDueSince_NamesTheDayItFellDue(string? reviewed, string today, string? termStarted, string? expected) =>
        Assert.That(InterestRules.ReviewDueSince(reviewed is null ? null : DateOnly.Parse(reviewed), DateOnly.Parse(today),
            termStarted is null ? null : DateOnly.Parse(termStarted)), Is.EqualTo(expected is null ? (DateOnly?)null : DateOnly.Parse(expected)));
}
