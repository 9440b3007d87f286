using System.Net;
using System.Net.Http.Headers;

namespace Board.Tests.Web.Accounts;

/// <summary>The administrator's pages: boards archived and brought back, logos checked by their bytes, coordinators removed.</summary>
[TestFixture]
public sealed class AdminPagesTests : BoardWebTest
{
    private static readonly byte[] Png =
        Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Test]
    public async Task ArchiveBoard_LeavesTheListUntilBroughtBack()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var edit = $"/admin/boards/{Ids.Hillside}/edit";

        var archived = await BoardAppFactory.PostFormAsync(admin, edit, new Dictionary<string, string> { ["Confirm"] = "true" }, handler: "Archive");
        var homeWhileArchived = await Factory.NewClient().GetStringAsync("/");
        var restored = await BoardAppFactory.PostFormAsync(admin, edit, new Dictionary<string, string>(), handler: "Restore");

        Assert.That(archived.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(homeWhileArchived, Does.Not.Contain("Hillside Learning Disability Partnership Board"));
        Assert.That(await admin.GetStringAsync("/admin"), Does.Contain("Hillside Learning Disability Partnership Board"));
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await Factory.NewClient().GetStringAsync("/"), Does.Contain("Hillside Learning Disability Partnership Board"));
    }

    [Test]
    public async Task ArchiveBoard_WithoutTheTick_ChangesNothing()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");

        var response = await BoardAppFactory.PostFormAsync(admin, $"/admin/boards/{Ids.Riverside}/edit", new Dictionary<string, string>(), handler: "Archive");

        await AssertShowsAsync(response, "Tick the box");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM boards WHERE archived_at IS NOT NULL"), Is.Zero);
    }

    [Test]
    public async Task Logo_APictureIsKeptAndServed_AProgramRenamedIsRefused()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var edit = $"/admin/boards/{Ids.Riverside}/edit";

        var refused = await UploadAsync(admin, edit, "MZ this is a program"u8.ToArray(), "logo.png");
        await AssertShowsAsync(refused, "The logo must be a PNG or JPEG picture");
        Assert.That((await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/logo")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var saved = await UploadAsync(admin, edit, Png, "logo.png");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var logo = await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/logo");
        Assert.That(logo.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(await logo.Content.ReadAsByteArrayAsync(), Is.EqualTo(Png));
    }

    [Test]
    public async Task Logo_IsShownOnTheBoardsPageAndItsAgendas_WithTheBoardsNameAsAltText()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var meetingId = await ScalarAsync<long>("SELECT id FROM meetings WHERE board_id = @Id ORDER BY id LIMIT 1", new { Id = Ids.Hillside });
        var pages = new[] { $"/boards/{Ids.Hillside}", $"/boards/{Ids.Hillside}/meetings/{meetingId}" };
        var img = $"<img class=\"app-board-logo\" src=\"/boards/{Ids.Hillside}/logo\" alt=\"Hillside Learning Disability Partnership Board\">";
        foreach (var page in pages)
            Assert.That(await Factory.NewClient().GetStringAsync(page), Does.Not.Contain("app-board-logo"), page);

        var saved = await UploadAsync(admin, $"/admin/boards/{Ids.Hillside}/edit", Png, "logo.png");

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        foreach (var page in pages)
            Assert.That(await Factory.NewClient().GetStringAsync(page), Does.Contain(img), page);
    }

    [Test]
    public async Task RemoveCoordinator_EndsTheirSignIns()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        using var hillside = await Factory.SignedInClientAsync("coordinator@hillside.example");
        var coordinatorId = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'coordinator@hillside.example'");

        var removed = await BoardAppFactory.PostFormAsync(admin, $"/admin/boards/{Ids.Hillside}/coordinators",
            new Dictionary<string, string> { ["PersonId"] = coordinatorId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, handler: "Remove");

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await hillside.GetAsync($"/boards/{Ids.Hillside}/manage")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await admin.GetStringAsync($"/admin/boards/{Ids.Hillside}/coordinators"), Does.Contain("The board has no coordinator yet"));
    }

    [Test]
    public async Task AppointCoordinator_WithEmailOff_ShowsTheOneTimeLinkOnce()
    {
        using var admin = await Factory.SignedInClientAsync("admin@riverside.example");
        var page = $"/admin/boards/{Ids.Riverside}/coordinators";

        var appointed = await BoardAppFactory.PostFormAsync(admin, page, new Dictionary<string, string>
        {
            ["Input.Name"] = "New Coordinator",
            ["Input.Email"] = "new.coordinator@riverside.example",
        }, handler: "Appoint");

        Assert.That(appointed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await admin.GetStringAsync(page), Does.Contain("http://localhost:5080/set-password/"));
        Assert.That(await admin.GetStringAsync(page), Does.Not.Contain("/set-password/"), "shown once, never stored");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string path, byte[] bytes, string fileName)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, path);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Logo", fileName);
        return await client.PostAsync($"{path}?handler=Logo", form);
    }
}
