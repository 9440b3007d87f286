using Board.Core.Accounts;

namespace Board.Tests.Core.Accounts;

public sealed class BoardDetailsRulesTests
{
    private static readonly string[] Zones = ["Europe/London"];

    [TestCase("", "Name", "Enter the board's name")]
    [TestCase("   ", "Name", "Enter the board's name")]
    public void Check_EmptyName_AsksForIt(string name, string field, string message)
    {
        var errors = BoardDetailsRules.Check(new BoardDetails(name, "Riverside", "", null), Zones);

        Assert.That(errors, Is.EquivalentTo(new[] { new Board.Core.Composition.RuleError(field, message) }));
    }

    [TestCase(120, 0)]
    [TestCase(121, 1)]
    public void Check_Name_AtMost120Characters(int length, int expectedErrors)
    {
        var errors = BoardDetailsRules.Check(new BoardDetails(new string('a', length), "Riverside", "", null), Zones);

        Assert.That(errors, Has.Count.EqualTo(expectedErrors));
    }

    [Test]
    public void Check_EveryProblem_AtOnce()
    {
        var errors = BoardDetailsRules.Check(new BoardDetails("", "", new string('a', 2001), "Mars/Olympus"), Zones);

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "Name", "Area", "About", "TimeZone" }));
    }

    [Test]
    public void StandardConstitution_HasTheVotingSeatsOfTheDesign()
    {
        var constitution = BoardDetailsRules.StandardConstitution();

        Assert.That(constitution.SeatTypes.Where(s => s.Votes).Sum(s => s.Seats), Is.EqualTo(15));
    }
}
