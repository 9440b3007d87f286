using Board.Core.Meetings;

namespace Board.Tests.Core.Meetings;

public sealed class CheckInTests
{
    private const string Code = "0123456789abcdef0123456789abcdef";

    [Test]
    public void Problem_WhenLiveMemberAndRightCode_IsNone() =>
        Assert.That(CheckIn.Problem(Code, Code, MeetingState.Live, isMember: true), Is.Null);

    [TestCase(null, Code)]
    [TestCase(Code, null)]
    [TestCase(Code, "0123456789abcdef0123456789abcdee")]
    [TestCase(Code, "")]
    public void Problem_WhenTheCodeIsWrongOrMissing_SaysSo(string? stored, string? given) =>
        Assert.That(CheckIn.Problem(stored, given, MeetingState.Live, isMember: true), Is.EqualTo(CheckIn.WrongCode));

    [TestCase(MeetingState.AgendaPublished)]
    [TestCase(MeetingState.Closed)]
    public void Problem_WhenTheMeetingIsNotLive_SaysSo(MeetingState state) =>
        Assert.That(CheckIn.Problem(Code, Code, state, isMember: true), Is.EqualTo(CheckIn.NotLive));

    [Test]
    public void Problem_WhenNotAMember_SaysSo() =>
        Assert.That(CheckIn.Problem(Code, Code, MeetingState.Live, isMember: false), Is.EqualTo(CheckIn.NotMember));
}
