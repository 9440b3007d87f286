using Board.Core.Accounts;
using Board.Core.Composition;

namespace Board.Tests.Core.Accounts;

[TestFixture]
public sealed class SignInAuthorityTests
{
    [TestCase(Role.Rep, false, true)]
    [TestCase(Role.FamilyCarer, false, true)]
    [TestCase(Role.Supporter, false, true)]
    [TestCase(Role.Partner, false, true)]
    [TestCase(Role.Coordinator, false, false)]
    [TestCase(Role.Admin, false, false)]
    [TestCase(Role.Coordinator, true, true)]
    [TestCase(Role.Admin, true, true)]
    [TestCase(Role.Rep, true, true)]
    public void ProblemManaging_OnlyTheAdministratorChangesACoordinatorsSignIn(Role target, bool actorIsAdministrator, bool allowed) =>
        Assert.That(SignInAuthority.ProblemManaging(target, actorIsAdministrator) is null, Is.EqualTo(allowed));
}
