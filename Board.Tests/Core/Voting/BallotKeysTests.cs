using Board.Core.Voting;

namespace Board.Tests.Core.Voting;

public sealed class BallotKeysTests
{
    [TestCase("0f8e2a4c-5b1d-4e8a-9c3f-2d7b6a1e0c9d", true)]
    [TestCase("a1b2c3d4e5f60718293a4b5c6d7e8f90", true)]
    [TestCase("room:5b1d4e8a9c3f", true)]
    [TestCase("key-1", true)]
    [TestCase("", false)]
    [TestCase("   ", false)]
    [TestCase(null, false)]
    [TestCase("bad\u0000key", false)]
    [TestCase("tab\tkey", false)]
    [TestCase("line\nkey", false)]
    [TestCase("ünicode", false)]
    [TestCase("emoji-\U0001F600", false)]
    public void IsWellFormed(string? key, bool expected) => Assert.That(BallotKeys.IsWellFormed(key), Is.EqualTo(expected));

    [Test]
    public void IsWellFormed_AtMostAHundredCharacters()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(BallotKeys.IsWellFormed(new string('a', 100)), Is.True);
            Assert.That(BallotKeys.IsWellFormed(new string('a', 101)), Is.False);
        }
    }
}
