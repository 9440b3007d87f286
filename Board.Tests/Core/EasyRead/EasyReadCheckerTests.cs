using Board.Core.EasyRead;

namespace Board.Tests.Core.EasyRead;

public sealed class EasyReadCheckerTests
{
    private static readonly GlossaryTerm[] NoGlossary = [];

    private static readonly GlossaryTerm[] Glossary =
    [
        new("commissioning", "Choosing and paying for services"),
        new("ICB", "Integrated Care Board. The NHS group that plans health services."),
        new("direct payment", "Money from the council to pay for your own support."),
        new("advocate", "Someone who helps you speak up."),
        new("authority", "A group that runs things, like the council."),
        new("care plan", "A list of the help you get."),
        new("S.E.N.", "Special educational needs."),
    ];

    private static IEnumerable<(AdviceKind Kind, string Excerpt)> Summary(IEnumerable<EasyReadAdvice> advice) =>
        advice.Select(a => (a.Kind, a.Excerpt));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\r\n\t\n")]
    [TestCase("- \n* \n...")]
    public void Check_NoWords_GivesNoAdvice(string? text)
    {
        Assert.That(EasyReadChecker.Check(text, Glossary), Is.Empty);
    }

    [TestCase("We want more buses at night.")]
    [TestCase("The council made the plan.")]
    [TestCase("I am happy.")]
    [TestCase("The cost is 2.5 million pounds.")]
    [TestCase("Is everything OK?")]
    [TestCase("We watched TV at the day centre.")]
    [TestCase("Read part II of the plan.")]
    [TestCase("Chapter IV tells you about money.")]
    [TestCase("The meeting starts at 2 PM on Monday.")]
    [TestCase("We met Councillor Fitzgerald-Montgomery at Northamptonshire County Hall.")]
    [TestCase("Everyone can come to the meeting together.")]
    public void Check_PlainSentence_GivesNoAdvice(string text)
    {
        Assert.That(EasyReadChecker.Check(text, NoGlossary), Is.Empty);
    }

    // "The Integrated Care Board will be commissioning..." is exactly 15 words: at the limit, not over it.
    [TestCase("The Integrated Care Board will be commissioning new respite services across the borough from April.", 0)]
    [TestCase("We will meet at the town hall on Monday to talk about the new bus plan.", 16)]
    [TestCase("The cost is 2.5 million pounds and we will talk about it at the next meeting in May.", 18)]
    [TestCase("Bring something to show who you are, e.g. a bus pass or a letter from your doctor or the council.", 20)]
    [TestCase("Bring something to show who you are, i.e. a bus pass or a letter from your doctor or the council.", 20)]
    [TestCase("Dr. Patel and Mr. Jones will come to the meeting at the town hall next week to talk to us.", 20)]
    [TestCase("The bus comes at 10 a.m. on Monday and takes us to the day centre in the town.", 18)]
    [TestCase("We met. It was good! Can you come? Yes. Bring a friend... We will have tea and cake.", 0)]
    [TestCase("We will meet at the town hall\nWe will talk about the new bus plan", 0)]
    [TestCase("We will meet at the town hall\r\n\r\nWe will talk about the new bus plan", 0)]
    [TestCase("1. We will meet at the town hall on Monday to talk about the bus plan.", 0)]
    [TestCase("We went to the bus station at 10 a.m. The bus was late and we had to wait a long time.", 0)]
    public void Check_SentenceLength_CountsWordsInEachSentence(string text, int expectedWordsInLongSentence)
    {
        var longSentences = EasyReadChecker.Check(text, Glossary).Where(a => a.Kind == AdviceKind.LongSentence).ToList();

        if (expectedWordsInLongSentence == 0)
        {
            Assert.That(longSentences, Is.Empty);
            return;
        }
        using (Assert.EnterMultipleScope())
        {
            Assert.That(longSentences, Has.Count.EqualTo(1));
            Assert.That(longSentences[0].Excerpt, Is.EqualTo(text));
            Assert.That(longSentences[0].Message, Is.EqualTo(
                $"This sentence has {expectedWordsInLongSentence} words. Try to use 15 words or fewer, or split it in two."));
        }
    }

    [Test]
    public void Check_LongSentenceAmongShortOnes_QuotesOnlyThatSentenceTrimmed()
    {
        const string Long = "We will meet at the town hall on Monday to talk about the new bus plan.";

        var advice = EasyReadChecker.Check($"We met.   {Long}  It was good.", NoGlossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.LongSentence, Long) }));
    }

    [Test]
    public void Check_LongBulletLine_QuotesTheLineWithoutItsBullet()
    {
        const string Line = "We will meet at the town hall on Monday to talk about the new bus plan.";

        var advice = EasyReadChecker.Check($"Things to do:\n- {Line}\n- Buy tea.\n• Book the room", NoGlossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.LongSentence, Line) }));
    }

    [TestCase("Speak to your GP or the NHS.", new[] { "GP", "NHS" })]
    [TestCase("The CQC checks care homes.", new[] { "CQC" })]
    [TestCase("Ask the S.E.N. team for help.", new[] { "S.E.N." })]
    [TestCase("Most GPs are open on Saturday.", new[] { "GPs" })]
    [TestCase("Go to A&E now.", new[] { "A&E" })]
    [TestCase("The LD team and the ICB's plan.", new[] { "LD", "ICB" })]
    [TestCase("We had COVID-19 last year.", new[] { "COVID" })]
    [TestCase("NHS staff came.", new[] { "NHS" })]
    [TestCase("I think the Board and the Council are right.", new string[0])]
    [TestCase("Is it OK to watch TV?", new string[0])]
    [TestCase("Read part II and part XIV.", new string[0])]
    [TestCase("PLEASE COME TO THE MEETING.", new string[0])]
    public void Check_Acronyms_AreFound(string text, string[] expected)
    {
        var advice = EasyReadChecker.Check(text, NoGlossary);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(advice.Where(a => a.Kind == AdviceKind.Acronym).Select(a => a.Excerpt), Is.EqualTo(expected));
            Assert.That(advice.Where(a => a.Kind != AdviceKind.Acronym), Is.Empty);
        }
    }

    [Test]
    public void Check_Acronym_SaysWriteItInFull()
    {
        var advice = EasyReadChecker.Check("Call the NHS.", NoGlossary);

        Assert.That(advice.Single().Message, Is.EqualTo("\"NHS\" is an acronym. Write the words in full, or explain it."));
    }

    [Test]
    public void Check_AcronymUsedTwice_IsReportedOnce()
    {
        var advice = EasyReadChecker.Check("Call the NHS. The NHS can help. Ask your GP or GPs.", NoGlossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.Acronym, "NHS"), (AdviceKind.Acronym, "GP") }));
    }

    [Test]
    public void Check_GlossaryWord_IsReportedWithItsExplanation()
    {
        var advice = EasyReadChecker.Check("We are commissioning new services.", Glossary);

        Assert.That(advice, Is.EqualTo(new[]
        {
            new EasyReadAdvice(AdviceKind.GlossaryWord, "commissioning",
                "\"commissioning\" is a hard word. You could explain it: Choosing and paying for services."),
        }));
    }

    [TestCase("Some people get direct payments.", "direct payments")]
    [TestCase("Advocates can help you.", "Advocates")]
    [TestCase("The local authorities will meet.", "authorities")]
    [TestCase("Ask for your Care Plan.", "Care Plan")]
    [TestCase("We talked to the ICBs.", "ICBs")]
    [TestCase("Ask your advocate's friend.", "advocate")]
    [TestCase("The ICB’s plan.", "ICB")]
    [TestCase("Ask the SEN team.", "SEN")]
    public void Check_GlossaryWord_IsFoundInAnyCaseAndPlural(string text, string expectedExcerpt)
    {
        var advice = EasyReadChecker.Check(text, Glossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.GlossaryWord, expectedExcerpt) }));
    }

    [Test]
    public void Check_GlossaryAcronym_IsReportedOnceAsGlossaryWordNotAsAcronym()
    {
        var advice = EasyReadChecker.Check("The ICB pays for it. Speak to the ICB.\nThe ICB met today.", Glossary);

        Assert.That(advice, Is.EqualTo(new[]
        {
            new EasyReadAdvice(AdviceKind.GlossaryWord, "ICB",
                "\"ICB\" is a hard word. You could explain it: Integrated Care Board. The NHS group that plans health services."),
        }));
    }

    [Test]
    public void Check_GlossaryWordThatIsAlsoLong_IsNotReportedAsLongWord()
    {
        var advice = EasyReadChecker.Check("They are commissioning. Commissioning takes time.", Glossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.GlossaryWord, "commissioning") }));
    }

    [Test]
    public void Check_GlossaryWordInsideLongerWord_IsNotFound()
    {
        var advice = EasyReadChecker.Check("The ICBX team met.", Glossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.Acronym, "ICBX") }));
    }

    [Test]
    public void Check_GlossaryExplanationWithoutFullStop_GetsOne()
    {
        var advice = EasyReadChecker.Check("Talk to an advocate.", [new GlossaryTerm("advocate", "  Someone who helps you  ")]);

        Assert.That(advice.Single().Message, Is.EqualTo("\"advocate\" is a hard word. You could explain it: Someone who helps you."));
    }

    [TestCase("accessibility")]
    [TestCase("commissioning")]
    [TestCase("information")]
    [TestCase("unfortunately")]
    [TestCase("community")]
    [TestCase("strengthening")]
    [TestCase("representatives")]
    [TestCase("prioritised")]
    [TestCase("material")]
    [TestCase("individual")]
    public void Check_LongWord_IsReported(string word)
    {
        var advice = EasyReadChecker.Check($"We talked about {word} today.", NoGlossary);

        Assert.That(advice, Is.EqualTo(new[]
        {
            new EasyReadAdvice(AdviceKind.LongWord, word, $"\"{word}\" is a long word. Is there a shorter one?"),
        }));
    }

    [TestCase("management")]
    [TestCase("completely")]
    [TestCase("everyone")]
    [TestCase("everything")]
    [TestCase("sometimes")]
    [TestCase("together")]
    [TestCase("services")]
    [TestCase("respite")]
    [TestCase("changes")]
    [TestCase("table")]
    [TestCase("person-centred")]
    [TestCase("special")]
    [TestCase("actual")]
    [TestCase("language")]
    [TestCase("media")]
    [TestCase("usually")]
    [TestCase("everybody")]
    public void Check_ShortEnoughWord_IsNotReported(string word)
    {
        Assert.That(EasyReadChecker.Check($"We talked about {word} today.", NoGlossary), Is.Empty);
    }

    [Test]
    public void Check_LongWordAtStartOfSentence_IsReported()
    {
        var advice = EasyReadChecker.Check("Accessibility matters to us.", NoGlossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.LongWord, "Accessibility") }));
    }

    [Test]
    public void Check_LongWordUsedTwice_IsReportedOnce()
    {
        var advice = EasyReadChecker.Check("We want accessibility. The accessibility plan is good.", NoGlossary);

        Assert.That(Summary(advice), Is.EqualTo(new[] { (AdviceKind.LongWord, "accessibility") }));
    }

    [TestCase("The plan was agreed by the board.", true)]
    [TestCase("The plan was made by the council.", true)]
    [TestCase("The letters were sent last week.", true)]
    [TestCase("The money has been spent.", true)]
    [TestCase("The room is being used.", true)]
    [TestCase("The report was not written by us.", true)]
    [TestCase("The form was quickly checked.", true)]
    [TestCase("The group is run by Reps.", true)]
    [TestCase("The vote wasn't held.", true)]
    [TestCase("Help is needed.", true)]
    [TestCase("The ICB’s plan isn’t being changed.", true)]
    [TestCase("The meeting is at 10 a.m. The room is booked.", true)]
    [TestCase("The council made the plan.", false)]
    [TestCase("I am happy.", false)]
    [TestCase("I am interested in art.", false)]
    [TestCase("We are worried about the buses.", false)]
    [TestCase("We were excited.", false)]
    [TestCase("I am disabled.", false)]
    [TestCase("The group is called Speak Up.", false)]
    [TestCase("The meeting is at the library.", false)]
    [TestCase("The cost is 2.5 million pounds.", false)]
    [TestCase("We need more buses.", false)]
    [TestCase("They will be helping us.", false)]
    public void Check_Passive_IsFoundWhereItCanTell(string text, bool expectedPassive)
    {
        var passive = EasyReadChecker.Check(text, NoGlossary).Where(a => a.Kind == AdviceKind.Passive);

        Assert.That(passive.Any(), Is.EqualTo(expectedPassive));
    }

    [Test]
    public void Check_PassiveSentence_QuotesTheSentenceOnce()
    {
        var advice = EasyReadChecker.Check("We met. The plan was made and the money was spent.", NoGlossary);

        Assert.That(advice, Is.EqualTo(new[]
        {
            new EasyReadAdvice(AdviceKind.Passive, "The plan was made and the money was spent.",
                "This sentence may be passive. Say who does it: \"The council made the plan\", not \"The plan was made\"."),
        }));
    }

    [Test]
    public void Check_MixedText_GivesAdviceInTextOrderWithSentenceAdviceFirst()
    {
        const string First = "The ICB plan was agreed by the board and the NHS with lots of help from the whole accessibility group.";
        const string Second = "Speak to your GP.";

        var advice = EasyReadChecker.Check($"{First}\n\n{Second}", Glossary);

        Assert.That(Summary(advice), Is.EqualTo(new[]
        {
            (AdviceKind.LongSentence, First),
            (AdviceKind.Passive, First),
            (AdviceKind.GlossaryWord, "ICB"),
            (AdviceKind.Acronym, "NHS"),
            (AdviceKind.LongWord, "accessibility"),
            (AdviceKind.Acronym, "GP"),
        }));
    }

    [Test]
    public void Check_EmptyGlossaryTerm_IsIgnored()
    {
        var advice = EasyReadChecker.Check("We met the team.", [new GlossaryTerm("  ", "Nothing.")]);

        Assert.That(advice, Is.Empty);
    }

    [Test]
    public void Check_NullGlossary_Throws()
    {
        Assert.That(() => EasyReadChecker.Check("Hello.", null!), Throws.ArgumentNullException);
    }
}
