using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class MeetingRulesTests
{
    private static MeetingDraft Draft(string startsAt, string endsAt, string deadline) =>
        TestMeetings.Draft() with
        {
            StartsAt = TestMeetings.At(startsAt),
            EndsAt = TestMeetings.At(endsAt),
            ItemsDeadline = TestMeetings.At(deadline),
        };

    [Test]
    public void Validate_GoodDraft_HasNoErrors()
    {
        var errors = MeetingRules.Validate(TestMeetings.Draft(), TestMeetings.Now);

        Assert.That(errors, Is.Empty);
    }

    // Now is 2026-11-01 10:00. Each row breaks one rule and names the one field that should complain.
    [TestCase("2026-10-31 17:00", "2026-10-31 19:00", "2026-10-20 17:00", "StartsAt", TestName = "Validate_MeetingInThePast_IsRefused")]
    [TestCase("2026-11-01 10:00", "2026-11-01 12:00", "2026-10-30 10:00", "StartsAt", TestName = "Validate_MeetingStartingNow_IsRefused")]
    [TestCase("2026-12-01 17:00", "2026-12-01 16:00", "2026-11-24 17:00", "EndsAt", TestName = "Validate_EndBeforeStart_IsRefused")]
    [TestCase("2026-12-01 17:00", "2026-12-01 17:00", "2026-11-24 17:00", "EndsAt", TestName = "Validate_EndAtStart_IsRefused")]
    [TestCase("2026-12-01 09:00", "2026-12-01 17:01", "2026-11-24 17:00", "EndsAt", TestName = "Validate_LongerThanEightHours_IsRefused")]
    [TestCase("2026-12-01 17:00", "2026-12-01 19:00", "2026-12-02 09:00", "ItemsDeadline", TestName = "Validate_DeadlineAfterMeeting_IsRefused")]
    [TestCase("2026-12-01 17:00", "2026-12-01 19:00", "2026-12-01 17:00", "ItemsDeadline", TestName = "Validate_DeadlineAtStart_IsRefused")]
    [TestCase("2026-12-01 17:00", "2026-12-01 19:00", "2026-11-30 17:01", "ItemsDeadline", TestName = "Validate_DeadlineLessThanADayBefore_IsRefused")]
    public void Validate_OneRuleBroken_NamesThatField(string startsAt, string endsAt, string deadline, string expectedField)
    {
        var errors = MeetingRules.Validate(Draft(startsAt, endsAt, deadline), TestMeetings.Now);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { expectedField }));
    }

    [TestCase("2026-12-01 09:00", "2026-12-01 17:00", "2026-11-24 17:00", TestName = "Validate_ExactlyEightHours_IsAllowed")]
    [TestCase("2026-12-01 17:00", "2026-12-01 19:00", "2026-11-30 17:00", TestName = "Validate_DeadlineExactlyADayBefore_IsAllowed")]
    [TestCase("2026-11-01 10:01", "2026-11-01 11:00", "2026-10-31 10:00", TestName = "Validate_MeetingAMinuteFromNow_IsAllowed")]
    public void Validate_OnTheLimit_IsAllowed(string startsAt, string endsAt, string deadline)
    {
        var errors = MeetingRules.Validate(Draft(startsAt, endsAt, deadline), TestMeetings.Now);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Validate_EndBeforeStart_SaysSoWithoutAlsoCountingHours()
    {
        var errors = MeetingRules.Validate(Draft("2026-12-01 17:00", "2026-12-01 08:00", "2026-11-24 17:00"), TestMeetings.Now);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("EndsAt", "The meeting must end after it starts.") }));
    }

    [Test]
    public void Validate_DeadlineLessThanADayBefore_ExplainsWhy()
    {
        var errors = MeetingRules.Validate(Draft("2026-12-01 17:00", "2026-12-01 19:00", "2026-12-01 09:00"), TestMeetings.Now);

        Assert.That(errors.Single().Message, Does.Contain("at least a day before the meeting"));
    }

    [Test]
    public void Validate_EverythingWrong_ReportsEachField()
    {
        var errors = MeetingRules.Validate(
            Draft("2026-10-01 17:00", "2026-10-01 16:00", "2026-10-02 17:00") with { OnlineLink = "http://meet.example.org/board" },
            TestMeetings.Now);

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "StartsAt", "EndsAt", "ItemsDeadline", "OnlineLink" }));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("https://meet.example.org/board-december")]
    [TestCase("HTTPS://teams.example.com/l/meetup-join/19%3ameeting?context=abc")]
    public void Validate_NoLinkOrHttpsLink_IsAllowed(string? link)
    {
        var errors = MeetingRules.Validate(TestMeetings.Draft() with { OnlineLink = link }, TestMeetings.Now);

        Assert.That(errors, Is.Empty);
    }

    [TestCase("http://meet.example.org/board")]
    [TestCase("meet.example.org/board")]
    [TestCase("ftp://meet.example.org/board")]
    [TestCase("javascript:alert(1)")]
    [TestCase("/meetings/1")]
    [TestCase("   ")]
    public void Validate_LinkThatIsNotHttps_IsRefused(string link)
    {
        var errors = MeetingRules.Validate(TestMeetings.Draft() with { OnlineLink = link }, TestMeetings.Now);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("OnlineLink", "The online link must start with https://") }));
    }
}
