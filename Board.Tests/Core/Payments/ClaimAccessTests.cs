using Board.Core.Composition;
using Board.Core.Payments;

namespace Board.Tests.Core.Payments;

public sealed class ClaimAccessTests
{
    private const long Riverside = 1;
    private const long Rep = 10;

    private static ClaimViewer Viewer(string who) => who switch
    {
        "the rep" => new(Rep, Role.Rep, Riverside, false, []),
        "their supporter" => new(20, Role.Supporter, Riverside, false, [Rep]),
        "another supporter" => new(21, Role.Supporter, Riverside, false, [11]),
        "another rep" => new(11, Role.Rep, Riverside, false, []),
        "a carer" => new(12, Role.FamilyCarer, Riverside, false, []),
        "a partner" => new(30, Role.Partner, Riverside, false, []),
        "a named approver" => new(31, Role.Partner, Riverside, true, []),
        "the coordinator" => new(40, Role.Coordinator, Riverside, false, []),
        "another board's coordinator" => new(41, Role.Coordinator, 2, false, []),
        "another board's named approver" => new(42, Role.Partner, 2, true, []),
        "the administrator" => new(50, Role.Admin, null, false, []),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    [TestCase("the rep", true, true, false)]
    [TestCase("their supporter", true, true, false)]
    [TestCase("another supporter", false, false, false)]
    [TestCase("another rep", false, false, false)]
    [TestCase("a carer", false, false, false)]
    [TestCase("a partner", false, false, false)]
    [TestCase("a named approver", true, false, true)]
    [TestCase("the coordinator", true, false, true)]
    [TestCase("another board's coordinator", false, false, false)]
    [TestCase("another board's named approver", false, false, false)]
    [TestCase("the administrator", true, false, true)]
    public void TheRepsClaims_AreForThemTheirSupporterTheApproversAndTheAdministratorOnly(string who, bool see, bool claim, bool decide)
    {
        var viewer = Viewer(who);
        Assert.That((ClaimAccess.CanSee(viewer, Riverside, Rep), ClaimAccess.CanClaimFor(viewer, Riverside, Rep, Role.Rep),
            ClaimAccess.CanDecide(viewer, Riverside, Rep)), Is.EqualTo((see, claim, decide)));
    }

    [Test]
    public void CanDecide_OwnClaim_IsRefused() =>
        Assert.That(ClaimAccess.CanDecide(new ClaimViewer(12, Role.FamilyCarer, Riverside, true, []), Riverside, 12), Is.False);

    [TestCase(Role.Rep, true)]
    [TestCase(Role.FamilyCarer, true)]
    [TestCase(Role.Partner, false)]
    [TestCase(Role.Supporter, false)]
    public void CanClaimFor_OnlyRepsAndCarersClaim(Role role, bool expected) =>
        Assert.That(ClaimAccess.CanClaimFor(new ClaimViewer(5, role, Riverside, false, []), Riverside, 5, role), Is.EqualTo(expected));
}
