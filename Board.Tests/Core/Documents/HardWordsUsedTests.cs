using Board.Core.EasyRead;

namespace Board.Tests.Core.Documents;

/// <summary>The glossary words a text uses, matched as whole words, for the documents' hard words pages.</summary>
public sealed class HardWordsUsedTests
{
    // EasyReadChecker.HardWordsUsed

    private static readonly GlossaryTerm Pa = new("PA", "Personal assistant. Someone paid to help you.");
    private static readonly GlossaryTerm Icb = new("ICB", "The NHS group that plans health services.");
    private static readonly GlossaryTerm DirectPayment = new("direct payment", "Money from the council to pay for your own support.");
    private static readonly GlossaryTerm Advocate = new("advocate", "Someone who helps you speak up.");
    private static readonly GlossaryTerm Authority = new("authority", "A group that runs things, like the council.");
    private static readonly GlossaryTerm Sen = new("S.E.N.", "Special educational needs.");

    private static readonly GlossaryTerm[] Glossary = [Pa, Icb, DirectPayment, Advocate, Authority, Sen];

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   \n ")]
    public void HardWordsUsed_NoText_IsEmpty(string? text)
    {
        Assert.That(EasyReadChecker.HardWordsUsed(text, Glossary), Is.Empty);
    }

    [TestCase("Read the papers before the meeting.")]
    [TestCase("We went to the park and paid.")]
    [TestCase("The ICBX team met.")]
    [TestCase("An advocacy group came.")]
    [TestCase("We made a payment directly.")]
    public void HardWordsUsed_WordsInsideOtherWords_AreNotFound(string text)
    {
        Assert.That(EasyReadChecker.HardWordsUsed(text, Glossary), Is.Empty);
    }

    [TestCase("My PA came with me.", "PA")]
    [TestCase("Our PAs came with us.", "PA")]
    [TestCase("The ICB's plan is new.", "ICB")]
    [TestCase("The ICB’s plan is new.", "ICB")]
    [TestCase("We talked to the ICBs.", "ICB")]
    [TestCase("Some people get direct payments.", "direct payment")]
    [TestCase("Some people get Direct Payments.", "direct payment")]
    [TestCase("Advocates can help you.", "advocate")]
    [TestCase("Ask your advocate's friend.", "advocate")]
    [TestCase("The local authorities will meet.", "authority")]
    [TestCase("Ask the SEN team.", "S.E.N.")]
    [TestCase("Ask the S.E.N. team.", "S.E.N.")]
    public void HardWordsUsed_FindsAnyCasePluralOrPossessive(string text, string expectedWord)
    {
        Assert.That(EasyReadChecker.HardWordsUsed(text, Glossary).Select(t => t.Word), Is.EqualTo(new[] { expectedWord }));
    }

    [Test]
    public void HardWordsUsed_SeveralWords_InOrderOfFirstUse_EachOnce()
    {
        const string Text = "Your advocate can talk to the ICB. The ICB pays for direct payments.\nAsk your advocate. Your PA can help.";

        var used = EasyReadChecker.HardWordsUsed(Text, Glossary);

        Assert.That(used, Is.EqualTo(new[] { Advocate, Icb, DirectPayment, Pa }));
    }

    [Test]
    public void HardWordsUsed_ReturnsTheGlossaryTermsThemselves()
    {
        var used = EasyReadChecker.HardWordsUsed("Talk to the authorities.", Glossary);

        Assert.That(used.Single(), Is.SameAs(Authority));
    }

    [Test]
    public void HardWordsUsed_EmptyGlossary_IsEmpty()
    {
        Assert.That(EasyReadChecker.HardWordsUsed("Your advocate can talk to the ICB.", []), Is.Empty);
    }

    [Test]
    public void HardWordsUsed_NullGlossary_Throws()
    {
        Assert.That(() => EasyReadChecker.HardWordsUsed("Hello.", null!), Throws.ArgumentNullException);
    }
}
