using Board.Core.Composition;

namespace Board.Tests.Core.Composition;

public sealed class RoleChangeRulesTests
{
    private static readonly Constitution Standard = Constitutions.Standard();
    private const long PersonId = 1;

    // seat held (null = none), term ends, links (s = supports someone, r = is supported), new role → problem text or null
    [TestCase("rep", "2028-03-31", "", Role.Partner, "holds a Rep seat")]
    [TestCase("rep", "2026-05-31", "", Role.Partner, null)]
    [TestCase("rep", "2028-03-31", "", Role.Rep, null)]
    [TestCase(null, null, "r", Role.FamilyCarer, "has supporters linked to them as a Rep")]
    [TestCase(null, null, "", Role.FamilyCarer, null)]
    [TestCase("carer", "2028-03-31", "", Role.Partner, null)]
    public void Problem_ForARep(string? seat, string? termEnds, string links, Role newRole, string? expected)
    {
        var rep = A.Person(PersonId, Role.Rep, "Sam");
        var held = seat is null ? [] : new[] { A.Membership(5).ForPerson(PersonId).InSeat(seat).To(Dates.ParseOrNull(termEnds)).Build() };

        var problem = RoleChangeRules.Problem(rep, newRole, Standard, held, Links(links), Dates.AsOf);

        Assert.That(problem, expected is null ? Is.Null : Does.Contain(expected).And.StartWith("Sam "));
    }

    [TestCase(Role.Partner, "is linked as a supporter of a Rep")]
    [TestCase(Role.Supporter, null)]
    public void Problem_ForASupporterWithALink(Role newRole, string? expected)
    {
        var supporter = A.Person(PersonId, Role.Supporter, "Pat");

        var problem = RoleChangeRules.Problem(supporter, newRole, Standard, [], Links("s"), Dates.AsOf);

        Assert.That(problem, expected is null ? Is.Null : Does.Contain(expected));
    }

    private static SupporterLink[] Links(string kinds) => kinds.Select((kind, i) => kind == 's'
        ? new SupporterLink(i + 1, PersonId, 100 + i)
        : new SupporterLink(i + 1, 100 + i, PersonId)).ToArray();
}
