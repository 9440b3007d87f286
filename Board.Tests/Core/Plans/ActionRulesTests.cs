using Board.Core.Composition;
using Board.Core.Plans;
using static Board.Tests.Core.Plans.TestPlans;

namespace Board.Tests.Core.Plans;

public sealed class ActionRulesTests
{
    private const string Happened = "We opened two new day services.";
    private const string HappenedEasyRead = "We opened 2 new places to go in the day.";

    [TestCase(ActionStatus.NotStarted, ActionStatus.NotStarted)]
    [TestCase(ActionStatus.NotStarted, ActionStatus.OnTrack)]
    [TestCase(ActionStatus.NotStarted, ActionStatus.Done)]
    [TestCase(ActionStatus.OnTrack, ActionStatus.OnTrack)]
    [TestCase(ActionStatus.OnTrack, ActionStatus.AtRisk)]
    [TestCase(ActionStatus.AtRisk, ActionStatus.OffTrack)]
    [TestCase(ActionStatus.OffTrack, ActionStatus.OnTrack)]
    [TestCase(ActionStatus.OffTrack, ActionStatus.Done)]
    [TestCase(ActionStatus.Done, ActionStatus.Done)]
    [TestCase(ActionStatus.Done, ActionStatus.OnTrack)]
    [TestCase(ActionStatus.Done, ActionStatus.AtRisk)]
    [TestCase(ActionStatus.Done, ActionStatus.OffTrack)]
    public void ValidateUpdate_AllowedTransition_HasNoErrors(ActionStatus from, ActionStatus to)
    {
        var errors = ActionRules.ValidateUpdate(Action(status: from), to, Happened, HappenedEasyRead, null);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(ActionStatus.OnTrack)]
    [TestCase(ActionStatus.AtRisk)]
    [TestCase(ActionStatus.OffTrack)]
    [TestCase(ActionStatus.Done)]
    public void ValidateUpdate_BackToNotStartedOnceStarted_IsRefused(ActionStatus from)
    {
        var errors = ActionRules.ValidateUpdate(Action(status: from), ActionStatus.NotStarted, Happened, HappenedEasyRead, null);

        Assert.That(errors, Is.EqualTo(new[] { new RuleError("NewStatus", "An action that has started cannot go back to not started.") }));
    }

    [Test]
    public void ValidateUpdate_StatusNotInTheList_AsksToChoose()
    {
        var errors = ActionRules.ValidateUpdate(Action(), (ActionStatus)99, Happened, HappenedEasyRead, null);

        Assert.That(errors.Select(e => (e.Field, e.Message)), Is.EqualTo(new[] { ("NewStatus", "Choose a status from the list.") }));
    }

    [TestCase(null, "Enter what happened.")]
    [TestCase("   ", "Enter what happened.")]
    [TestCase(2001, "What happened must be 2000 characters or fewer.")]
    public void ValidateUpdate_WhatHappenedMissingOrTooLong_SaysWhatToDo(object? text, string expected)
    {
        var errors = ActionRules.ValidateUpdate(Action(), ActionStatus.OnTrack, TextOf(text), HappenedEasyRead, null);

        Assert.That(errors.Select(e => (e.Field, e.Message)), Is.EqualTo(new[] { ("WhatHappened", expected) }));
    }

    [TestCase(null, "Enter what happened in easy read.")]
    [TestCase("", "Enter what happened in easy read.")]
    [TestCase(1001, "The easy-read text must be 1000 characters or fewer.")]
    public void ValidateUpdate_EasyReadMissingOrTooLong_SaysWhatToDo(object? text, string expected)
    {
        var errors = ActionRules.ValidateUpdate(Action(), ActionStatus.OnTrack, Happened, TextOf(text), null);

        Assert.That(errors.Select(e => (e.Field, e.Message)), Is.EqualTo(new[] { ("WhatHappenedEasyRead", expected) }));
    }

    [Test]
    public void ValidateUpdate_TextsAtTheLimit_AreAccepted()
    {
        var errors = ActionRules.ValidateUpdate(Action(), ActionStatus.OnTrack, new string('a', 2000), new string('b', 1000), null);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(null, true)]
    [TestCase("", true)]
    [TestCase("https://example.org/report.pdf", true)]
    [TestCase("http://council.example/plan?id=3", true)]
    [TestCase(" https://example.org/report ", true)]
    [TestCase("example.org/report", false)]
    [TestCase("ftp://example.org/report", false)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("/files/report.pdf", false)]
    [TestCase("https://", false)]
    public void ValidateUpdate_EvidenceLink_MustBeAWebAddressIfGiven(string? link, bool ok)
    {
        var errors = ActionRules.ValidateUpdate(Action(), ActionStatus.OnTrack, Happened, HappenedEasyRead, link);

        Assert.That(errors.Any(e => e.Field == "EvidenceLink"), Is.EqualTo(!ok));
    }

    [Test]
    public void ValidateUpdate_EverythingWrong_ReportsEachField()
    {
        var errors = ActionRules.ValidateUpdate(Action(status: ActionStatus.AtRisk), ActionStatus.NotStarted, null, null, "not a link");

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "WhatHappened", "WhatHappenedEasyRead", "EvidenceLink", "NewStatus" }));
    }

    [Test]
    public void ValidateAction_Complete_HasNoErrors()
    {
        var errors = ActionRules.ValidateAction("Open two day services", "We will open 2 day services.", "Riverside NHS Trust", Due, chapterExists: true);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void ValidateAction_NothingFilledIn_SaysWhatToEnter()
    {
        var errors = ActionRules.ValidateAction(" ", null, "", null, chapterExists: false);

        Assert.That(errors.Select(e => (e.Field, e.Message)), Is.EqualTo(new[]
        {
            ("ChapterId", "Choose a chapter of the plan."),
            ("What", "Enter what will happen."),
            ("WhatEasyRead", "Enter what will happen in easy read."),
            ("Owner", "Enter the organisation that will do this."),
            ("DueDate", "Enter the due date, like 31 March 2027"),
        }));
    }

    [TestCase("What", ActionRules.MaxWhatLength)]
    [TestCase("WhatEasyRead", ActionRules.MaxWhatEasyReadLength)]
    [TestCase("Owner", ActionRules.MaxOwnerLength)]
    public void ValidateAction_TextOverItsLimit_IsTooLong(string field, int max)
    {
        string Value(string name, string fine) => name == field ? new string('x', max + 1) : fine;

        var errors = ActionRules.ValidateAction(Value("What", "a"), Value("WhatEasyRead", "b"), Value("Owner", "c"), Due, true);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { field }));
            Assert.That(errors.Single().Message, Does.EndWith($"must be {max} characters or fewer."));
        }
    }

    [TestCase(ActionStatus.OnTrack, "2026-11-19", false)]
    [TestCase(ActionStatus.OnTrack, "2026-11-20", false)]
    [TestCase(ActionStatus.OnTrack, "2026-11-21", true)]
    [TestCase(ActionStatus.NotStarted, "2026-12-25", true)]
    [TestCase(ActionStatus.OffTrack, "2026-11-21", true)]
    [TestCase(ActionStatus.Done, "2026-11-21", false)]
    [TestCase(ActionStatus.Done, "2027-06-01", false)]
    public void IsOverdue_OnAGivenDay_OnlyWhenNotDoneAndPastTheDueDate(ActionStatus status, string today, bool expected)
    {
        Assert.That(ActionRules.IsOverdue(Action(status: status), Dates.Parse(today)), Is.EqualTo(expected));
    }

    [TestCase(ActionStatus.NotStarted, "Not started")]
    [TestCase(ActionStatus.OnTrack, "On track")]
    [TestCase(ActionStatus.AtRisk, "At risk")]
    [TestCase(ActionStatus.OffTrack, "Off track")]
    [TestCase(ActionStatus.Done, "Done")]
    public void Describe_EachStatus_InPlainWords(ActionStatus status, string expected)
    {
        Assert.That(ActionRules.Describe(status), Is.EqualTo(expected));
    }

    private static string? TextOf(object? value) => value is int length ? new string('a', length) : (string?)value;
}
