using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Playwright;

namespace Board.Tests.Browser;

/// <summary>
/// Issue 13's journeys on a phone, from the home page, counting every tap: a supporter sends an item with a picture
/// and a file after checking the words (nothing typed or chosen is lost); a carer asks about an action they follow,
/// the owner organisation's partner answers, and the carer reads the answer.
/// </summary>
[TestFixture]
public sealed class SupporterAndCarerTests
{
    private static readonly byte[] Letter = "%PDF-1.4\n%a letter from the hospital\n"u8.ToArray();

    [Test]
    public async Task Supporter_ChecksTheWords_PicksAPictureBySearch_AttachesAFile_AndSends_LosingNothing()
    {
        // A meeting of its own asking for items, so other tests moving the demo's meetings on cannot take it away.
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        var meetingId = await Data.Meetings.MeetingData.MeetingAsync(BrowserSession.App.Database, ids.Riverside, DateTime.Today.AddDays(30).AddHours(10),
            title: "Meeting asking for items");
        var supporter = new Taps(await PhoneAsync());
        var page = supporter.Page;
        await SignInFromHomeAsync(supporter, "supporter@riverside.example");
        await supporter.TapAsync(page.Locator($"a[href='/boards/{ids.Riverside}/meetings/{meetingId}/items/new']"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Send an item to the board" })).ToBeVisibleAsync();

        // The picture grid is closed: the whole form fits in well under 1,500 px on a 390 px phone.
        var formHeight = await page.Locator("main form").EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        Assert.That(formHeight, Is.LessThan(1500), "the form's height on a phone with the picture grid closed");
        TestContext.Out.WriteLine($"Send an item form at 390 px: {formHeight:0} px tall");
        Assert.That(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), Is.True);
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByLabel("A short title").FillAsync("Hospital letters");
        await page.GetByLabel("What is it about? (easy read)").FillAsync("Hospital letters are hard to read. The commissioning framework necessitates multidisciplinary consideration.");
        await page.GetByLabel("The details").FillAsync("Members get letters they cannot read.");
        await supporter.TapAsync(page.GetByLabel("Decide something"));

        // The picture: open the grid, find it by a word, tap it; the grid closes and shows the choice beside the button.
        await supporter.TapAsync(page.GetByText("Choose a picture", new() { Exact = true }));
        await page.GetByLabel("Find a picture by a word").FillAsync("bus");
        await Assertions.Expect(page.Locator(".app-picture-choices .govuk-radios__item:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("1 picture matches.")).ToBeVisibleAsync();
        await supporter.TapAsync(page.GetByLabel("A bus"));
        await Assertions.Expect(page.Locator(".app-picture-picker__chosen")).ToContainTextAsync("Chosen: A bus");
        await Assertions.Expect(page.GetByLabel("A bus")).Not.ToBeVisibleAsync();

        // The file (choosing it is one tap on the file button).
        await page.GetByLabel("Attach files (optional)").SetInputFilesAsync(new FilePayload { Name = "letter.pdf", MimeType = "application/pdf", Buffer = Letter });
        supporter.Count++;

        // "Check the words", right after the text it checks: the advice appears next to the text, in place.
        await page.EvaluateAsync("() => { window.appNotReloaded = true }");
        var check = page.GetByRole(AriaRole.Button, new() { Name = "Check the words" });
        var textBox = await page.GetByLabel("What is it about? (easy read)").BoundingBoxAsync();
        var checkBox = await check.BoundingBoxAsync();
        Assert.That(checkBox!.Y, Is.GreaterThan(textBox!.Y).And.LessThan(textBox.Y + textBox.Height + 120), "the button sits right after the text");
        await supporter.TapAsync(check);
        var advice = page.Locator("#easy-read-advice");
        await Assertions.Expect(advice.GetByRole(AriaRole.Heading, new() { Name = "Easy read advice" })).ToBeVisibleAsync();
        // Boxes are measured where the page is now (the tap may have scrolled it).
        textBox = await page.GetByLabel("What is it about? (easy read)").BoundingBoxAsync();
        var adviceBox = await advice.BoundingBoxAsync();
        Assert.That(adviceBox!.Y - (textBox!.Y + textBox.Height), Is.InRange(0, 150), "the advice is next to the text");
        Assert.That(await page.EvaluateAsync<bool>("() => window.appNotReloaded === true"), Is.True, "the page did not reload");
        await Assertions.Expect(check).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("A short title")).ToHaveValueAsync("Hospital letters");
        await Assertions.Expect(page.GetByLabel("The details")).ToHaveValueAsync("Members get letters they cannot read.");
        await Assertions.Expect(page.GetByLabel("Decide something")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("A bus")).ToBeCheckedAsync();
        Assert.That(await page.EvaluateAsync<int>("() => document.getElementById('Files').files.length"), Is.EqualTo(1), "the chosen file is still chosen");
        await Axe.AssertNoViolationsAsync(page);

        // The advice is advice: take the hard words out and send.
        await page.GetByLabel("What is it about? (easy read)").FillAsync("Hospital letters are hard to read.");
        await supporter.TapAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send the item" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("\"Hospital letters\" has been sent.");
        Assert.That(supporter.Count, Is.EqualTo(10), "taps from the home page to the item sent");

        await using var connection = await BrowserSession.App.Database.OpenAsync();
        var item = await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM agenda_items WHERE title = 'Hospital letters'");
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT picture FROM agenda_items WHERE id = @item", new { item }), Is.EqualTo("transport"));
        Assert.That(await connection.ExecuteScalarAsync<string>("SELECT file_name FROM agenda_attachments WHERE item_id = @item", new { item }), Is.EqualTo("letter.pdf"));
    }

    [Test]
    public async Task Carer_AsksAboutAFollowedAction_ThePartnerAnswers_AndTheCarerReadsTheAnswer()
    {
        var ids = await Web.DemoIds.LoadAsync(BrowserSession.App.Database);
        await using (var connection = await BrowserSession.App.Database.OpenAsync())
            await connection.ExecuteAsync(
                "INSERT OR IGNORE INTO plan_follows (person_id, action_id) SELECT person_id, @action FROM accounts WHERE user_name = 'carer@riverside.example'",
                new { action = ids.RiversideAction });
        const string question = "Will the letters come in large print too?";
        const string answer = "Yes. Ask the clinic and they will send large print.";

        // The carer: from the home page to the question sent.
        var carer = new Taps(await PhoneAsync());
        await SignInFromHomeAsync(carer, "carer@riverside.example");
        var following = carer.Page.Locator("section[aria-labelledby=following-heading]");
        await carer.TapAsync(following.Locator($"a[href$='/plan/actions/{ids.RiversideAction}']"));
        await Assertions.Expect(carer.Page.GetByRole(AriaRole.Heading, new() { Name = "Questions and comments" })).ToBeVisibleAsync();
        await Assertions.Expect(carer.Page.GetByLabel("A question", new() { Exact = true })).ToBeCheckedAsync();
        await carer.Page.GetByLabel("What do you want to ask or say?").FillAsync(question);
        await carer.TapAsync(carer.Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }));
        await Assertions.Expect(carer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your question is sent.");
        var asked = carer.Page.Locator("li.app-question").Filter(new() { HasText = question });
        await Assertions.Expect(asked).ToContainTextAsync("Waiting for an answer from");
        Assert.That(carer.Count, Is.EqualTo(5), "taps from the home page to the question sent");
        await Axe.AssertNoViolationsAsync(carer.Page);

        // The owner organisation's partner: told in their messages, answers beside the question.
        var partner = new Taps(await PhoneAsync());
        await SignInFromHomeAsync(partner, "partner@riverside.example");
        await partner.TapAsync(partner.Page.GetByRole(AriaRole.Link, new() { Name = "Read my new messages" }));
        var message = partner.Page.Locator("article.app-message").Filter(new() { HasText = question });
        await partner.TapAsync(message.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See the plan action") }));
        var open = partner.Page.Locator("li.app-question").Filter(new() { HasText = question });
        await open.GetByLabel("Your answer").FillAsync(answer);
        await partner.TapAsync(open.GetByRole(AriaRole.Button, new() { Name = "Post the answer" }));
        await Assertions.Expect(partner.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your answer is posted.");
        Assert.That(partner.Count, Is.EqualTo(6), "taps from the home page to the answer posted");
        var answered = partner.Page.Locator("li.app-question").Filter(new() { HasText = question });
        await Assertions.Expect(answered.Locator(".app-question__answer")).ToContainTextAsync(answer);
        await Assertions.Expect(answered.Locator(".app-question__answer")).ToContainTextAsync("Answer from");
        await Axe.AssertNoViolationsAsync(partner.Page);

        // The carer, from the home page again: the answer is in their messages.
        carer.Count = 0;
        await carer.Page.GotoAsync("/");
        await carer.TapAsync(carer.Page.GetByRole(AriaRole.Link, new() { Name = "Read my new messages" }));
        var told = carer.Page.Locator("article.app-message").Filter(new() { HasText = answer });
        await Assertions.Expect(told).ToBeVisibleAsync();
        await Assertions.Expect(told).ToContainTextAsync("An answer about an action");
        Assert.That(carer.Count, Is.EqualTo(1), "taps from home to the answer");
        await carer.TapAsync(told.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See the plan action") }));
        await Assertions.Expect(carer.Page.Locator("li.app-question").Filter(new() { HasText = question }).Locator(".app-question__answer")).ToContainTextAsync(answer);
    }

    private static async Task<IPage> PhoneAsync()
    {
        var context = await BrowserSession.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BrowserSession.BaseUrl,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            HasTouch = true,
            IsMobile = true,
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Home page, menu, sign in: three taps to My board.</summary>
    private static async Task SignInFromHomeAsync(Taps person, string email)
    {
        await person.Page.GotoAsync("/");
        await person.TapAsync(person.Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }));
        await person.TapAsync(person.Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        await person.Page.GetByLabel("Email address").FillAsync(email);
        await person.Page.GetByLabel("Password").FillAsync(Web.BoardAppFactory.Password);
        await person.TapAsync(person.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }));
        await Assertions.Expect(person.Page.GetByRole(AriaRole.Heading, new() { Name = "My board", Level = 1 })).ToBeVisibleAsync();
    }

    private sealed class Taps(IPage page)
    {
        public IPage Page { get; } = page;
        public int Count { get; set; }

        public async Task TapAsync(ILocator target)
        {
            await target.TapAsync();
            Count++;
        }
    }
}
