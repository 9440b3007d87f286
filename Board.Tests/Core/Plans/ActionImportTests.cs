using Board.Core.Plans;

namespace Board.Tests.Core.Plans;

/// <summary>The coordinator's CSV of actions: all or nothing, problems in plain words with the line they are on.</summary>
public sealed class ActionImportTests
{
    private const string Header = "chapter,what,what_easy_read,owner,due_date";
    private static readonly string[] ChapterTitles = ["The Right Support", "Good Homes"];
    private static readonly string[] Owners = ["Riverside NHS Trust", "Speak Up Advocacy", "Council Housing"];

    private static ImportResult Parse(params string[] lines) =>
        ActionImport.Parse(string.Join("\r\n", lines), ChapterTitles, Owners);

    [Test]
    public void Parse_GoodFile_ReadsEveryRowWithTheBoardsSpelling()
    {
        var result = Parse(
            Header,
            "The Right Support,Open two day services,We will open 2 day services.,Riverside NHS Trust,2027-03-31",
            " good homes ,Build ten flats,We will build 10 flats.,council housing,5/6/2027",
            "Good Homes,Find shared homes,We will find homes to share.,Speak Up Advocacy,1 December 2026",
            "");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.True);
            Assert.That(result.Problems, Is.Empty);
            Assert.That(result.Rows, Is.EqualTo(new[]
            {
                new ImportRow(2, "The Right Support", "Open two day services", "We will open 2 day services.", "Riverside NHS Trust", new(2027, 3, 31)),
                new ImportRow(3, "Good Homes", "Build ten flats", "We will build 10 flats.", "Council Housing", new(2027, 6, 5)),
                new ImportRow(4, "Good Homes", "Find shared homes", "We will find homes to share.", "Speak Up Advocacy", new(2026, 12, 1)),
            }));
        }
    }

    [Test]
    public void Parse_ColumnsInAnotherOrderAndCase_AreReadByName()
    {
        var result = Parse(
            "Due_Date, OWNER ,What,What_Easy_Read,Chapter",
            "31/03/2027,Speak Up Advocacy,Train staff,We will train staff.,Good Homes");

        Assert.That(result.Rows.Single(), Is.EqualTo(
            new ImportRow(2, "Good Homes", "Train staff", "We will train staff.", "Speak Up Advocacy", new(2027, 3, 31))));
    }

    [Test]
    public void Parse_QuotedFieldsWithCommasQuotesAndLineBreaks_LinesCountFromWhereEachRecordStarts()
    {
        var csv = "\uFEFF" + Header + "\n"
            + "Good Homes,\"Homes, not hospitals\",\"We will say \"\"no\"\" to hospitals.\nPeople will live at home.\",Council Housing,2027-01-31\n"
            + "Good Homes,Second,\"Line one\r\nline two\r\nline three\",Council Housing,2027-02-28\n"
            + "Good Homes,Third,We will do it.,Acme,2027-02-28\n";

        var bad = ActionImport.Parse(csv, ChapterTitles, Owners);
        var good = ActionImport.Parse(csv.Replace("Acme", "Council Housing", StringComparison.Ordinal), ChapterTitles, Owners);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bad.Problems.Select(p => p.Line), Is.EqualTo(new[] { 7 }));
            Assert.That(good.Rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 4, 7 }));
            Assert.That(good.Rows[0].What, Is.EqualTo("Homes, not hospitals"));
            Assert.That(good.Rows[0].WhatEasyRead, Is.EqualTo("We will say \"no\" to hospitals.\nPeople will live at home."));
            Assert.That(good.Rows[1].WhatEasyRead, Is.EqualTo("Line one\nline two\nline three"));
        }
    }

    [TestCase("2027-03-31", "2027-03-31")]
    [TestCase("31/03/2027", "2027-03-31")]
    [TestCase("1/4/2027", "2027-04-01")]
    [TestCase("31 March 2027", "2027-03-31")]
    [TestCase("31 march 2027", "2027-03-31")]
    [TestCase("1 Sept 2027", "2027-09-01")]
    public void Parse_DueDateFormats_AreRead(string text, string expected)
    {
        var result = Parse(Header, $"Good Homes,Build,We will build.,Council Housing,\"{text}\"");

        Assert.That(result.Rows.Single().DueDate, Is.EqualTo(Dates.Parse(expected)));
    }

    [TestCase("31/02/2027", "Line 2: the due date \"31/02/2027\" is not a real date. Write it like 31/03/2027.")]
    [TestCase("2027-13-01", "Line 2: the due date \"2027-13-01\" is not a real date. Write it like 31/03/2027.")]
    [TestCase("next March", "Line 2: we cannot read the due date \"next March\". Write it like 31/03/2027.")]
    [TestCase("03/31/2027", "Line 2: the due date \"03/31/2027\" is not a real date. Write it like 31/03/2027.")]
    [TestCase("", "Line 2: the due date is empty. Write it like 31/03/2027.")]
    public void Parse_BadDueDate_SaysHowToWriteIt(string text, string expected)
    {
        var result = Parse(Header, $"Good Homes,Build,We will build.,Council Housing,{text}");

        Assert.That(result.Problems, Is.EqualTo(new[] { new ImportProblem(2, expected) }));
    }

    [TestCase("Good Homes,Build,We will build.,Acme,2027-01-31",
        "Line 3: \"Acme\" is not an owner the board knows. Add the organisation first, or fix the spelling.")]
    [TestCase("Right Support,Build,We will build.,Council Housing,2027-01-31",
        "Line 3: \"Right Support\" is not a chapter of the plan. Use a chapter title from the plan, or fix the spelling.")]
    [TestCase(",Build,We will build.,Council Housing,2027-01-31",
        "Line 3: the chapter is empty. Write the title of a chapter of the plan.")]
    [TestCase("Good Homes, ,We will build.,Council Housing,2027-01-31",
        "Line 3: \"what\" is empty. Write what will happen.")]
    [TestCase("Good Homes,Build,\"\",Council Housing,2027-01-31",
        "Line 3: \"what_easy_read\" is empty. Write what will happen in easy read.")]
    [TestCase("Good Homes,Build,We will build.,,2027-01-31",
        "Line 3: the owner is empty. Write the organisation that will do it.")]
    [TestCase("Good Homes,Build,We will build.,Council Housing",
        "Line 3: this line has 4 columns, but it needs 5. Check for a missing comma.")]
    [TestCase("Good Homes,Build, faster,We will build.,Council Housing,2027-01-31",
        "Line 3: this line has 6 columns, but it needs 5. If some text has a comma in it, put quote marks around that text.")]
    [TestCase("Good Homes,Build flats,We will build.,Council Housing,2027-01-31",
        "Line 3: this action is already on line 2, in the same chapter. Delete one of them.")]
    [TestCase("GOOD HOMES,  build   FLATS ,Again.,Speak Up Advocacy,2027-05-31",
        "Line 3: this action is already on line 2, in the same chapter. Delete one of them.")]
    [TestCase("Good Homes,\"Build,We will build.,Council Housing,2027-01-31",
        "Line 3: a quote mark \" is opened but not closed. Put a \" at the end of the text.")]
    public void Parse_OneBadRow_IsReportedWithItsLineAndNothingIsImported(string row, string expected)
    {
        var result = Parse(Header, "Good Homes,Build flats,We will build flats.,Council Housing,2027-01-31", row);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Problems, Is.EqualTo(new[] { new ImportProblem(3, expected) }));
            Assert.That(result.IsValid, Is.False);
            Assert.That(result.Rows, Is.Empty);
        }
    }

    [Test]
    public void Parse_SameWhatInAnotherChapter_IsNotADuplicate()
    {
        var result = Parse(Header,
            "Good Homes,Listen to Reps,We will listen.,Council Housing,2027-01-31",
            "The Right Support,Listen to Reps,We will listen.,Council Housing,2027-01-31");

        Assert.That(result.Rows, Has.Count.EqualTo(2));
    }

    [Test]
    public void Parse_SeveralBadRows_ReportsEveryProblemInLineOrder()
    {
        var result = Parse(Header,
            "Good Homes,Build,We will build.,Acme,31/02/2027",
            "",
            "Nowhere,Plan,We will plan.,Council Housing,2027-01-31",
            "Good Homes,Fine,This one is fine.,Council Housing,2027-01-31");

        Assert.That(result.Problems.Select(p => p.Line), Is.EqualTo(new[] { 2, 2, 4 }));
    }

    [TestCase("")]
    [TestCase("   \r\n\r\n")]
    public void Parse_EmptyFile_SaysWhatLineOneNeeds(string csv)
    {
        var result = ActionImport.Parse(csv, ChapterTitles, Owners);

        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            new ImportProblem(1, "The file is empty. Line 1 must name the columns: chapter, what, what_easy_read, owner, due_date."),
        }));
    }

    [Test]
    public void Parse_HeaderOnly_SaysThereAreNoActions()
    {
        var result = Parse(Header, "");

        Assert.That(result.Problems, Is.EqualTo(new[]
        {
            new ImportProblem(2, "Line 2: there are no actions in the file. Put one action on each line after the column names."),
        }));
    }

    [TestCase("chapter,what,what_easy_read,due_date",
        "Line 1: the column \"owner\" is missing. Line 1 must name the columns: chapter, what, what_easy_read, owner, due_date.")]
    [TestCase("chapter,what,what_easy_read,owner,due_date,notes",
        "Line 1: \"notes\" is not a column we know. Use only these columns: chapter, what, what_easy_read, owner, due_date.")]
    [TestCase("chapter,what,what_easy_read,owner,due date",
        "Line 1: \"due date\" is not a column we know. Use only these columns: chapter, what, what_easy_read, owner, due_date.")]
    [TestCase("chapter,what,What,what_easy_read,owner,due_date",
        "Line 1: the column \"what\" is there twice. Delete one of them.")]
    public void Parse_WrongHeader_IsReportedOnLineOne(string header, string expected)
    {
        var result = Parse(header, "Good Homes,Build,We will build.,Council Housing,2027-01-31");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Problems, Does.Contain(new ImportProblem(1, expected)));
            Assert.That(result.Problems.Select(p => p.Line), Has.All.EqualTo(1));
        }
    }
}
