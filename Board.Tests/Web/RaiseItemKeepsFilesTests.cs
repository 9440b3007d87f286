using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;

namespace Board.Tests.Web;

/// <summary>
/// "Send an item" without JavaScript: "Check the words" posts the form back, and everything comes back with it,
/// the chosen files included (kept by token for the person who chose them), so nobody chooses them twice.
/// </summary>
[TestFixture]
public sealed partial class RaiseItemKeepsFilesTests : BoardWebTest
{
    private static readonly byte[] Pdf = "%PDF-1.4\n%keep me\n"u8.ToArray();
    private HttpClient _supporter = null!;
    private HttpClient _coordinator = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _supporter = await Factory.SignedInClientAsync("supporter@riverside.example");
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _supporter.Dispose();
        _coordinator.Dispose();
    }

    private string FormPath => $"/boards/{Ids.Riverside}/meetings/{Ids.RiversideMeeting}/items/new";

    [Test]
    public async Task CheckTheWords_KeepsWhatWasTypedChosenAndAttached_AndSendingAttachesTheKeptFile()
    {
        var check = await PostAsync(_supporter, "Check", title: "Letters we cannot read", file: ("letter.pdf", Pdf));
        var html = await check.Content.ReadAsStringAsync();

        Assert.That(check.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Files kept"));
        Assert.That(html, Does.Contain("letter.pdf"));
        Assert.That(html, Does.Contain("value=\"Letters we cannot read\""));
        Assert.That(html, Does.Match("value=\"transport\"\\s+checked"), "the chosen picture stays chosen");
        Assert.That(html, Does.Contain("Chosen: <strong>A bus</strong>"), "the chosen picture shows beside the button");
        Assert.That(html, Does.Contain("Easy read"), "the advice is shown");
        Assert.That(html, Does.Not.Contain("choose them again."), "nobody is asked to choose the files again");
        var token = KeptToken(html);

        var before = await CountAsync("agenda_attachments");
        var send = await PostAsync(_supporter, null, title: "Letters we cannot read", kept: [token]);

        Assert.That(send.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await send.Content.ReadAsStringAsync());
        Assert.That(await CountAsync("agenda_attachments"), Is.EqualTo(before + 1));
        var item = await ScalarAsync<long>("SELECT MAX(id) FROM agenda_items WHERE title = 'Letters we cannot read'");
        Assert.That(await ScalarAsync<string>("SELECT file_name FROM agenda_attachments WHERE item_id = @item", new { item }), Is.EqualTo("letter.pdf"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @token", new { token }), Is.Zero, "a sent file is no longer kept");
    }

    [Test]
    public async Task Remove_ForgetsTheKeptFile_AndKeepsTheRest()
    {
        var first = KeptToken(await (await PostAsync(_supporter, "Check", file: ("one.pdf", Pdf))).Content.ReadAsStringAsync());

        var html = await (await PostAsync(_supporter, "Check", kept: [first], remove: first)).Content.ReadAsStringAsync();

        Assert.That(html, Does.Not.Contain("one.pdf"));
        Assert.That(html, Does.Contain("value=\"Buses at night\""));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @first", new { first }), Is.Zero);
    }

    [Test]
    public async Task AKeptFile_IsOnlyForThePersonWhoChoseIt()
    {
        var token = KeptToken(await (await PostAsync(_supporter, "Check", file: ("private.pdf", Pdf))).Content.ReadAsStringAsync());

        var html = await (await PostAsync(_coordinator, "Check", kept: [token])).Content.ReadAsStringAsync();

        Assert.That(html, Does.Not.Contain("private.pdf"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @token", new { token }), Is.EqualTo(1), "still kept for its owner");
    }

    [Test]
    public async Task AKeptFile_RunsOutAfterTwoHours()
    {
        var token = KeptToken(await (await PostAsync(_supporter, "Check", file: ("old.pdf", Pdf))).Content.ReadAsStringAsync());
        await ScalarAsync<long>("UPDATE staged_uploads SET staged_at = '2020-01-01T00:00:00.0000000+00:00' WHERE token = @token RETURNING 0", new { token });

        var html = await (await PostAsync(_supporter, "Check", kept: [token])).Content.ReadAsStringAsync();

        Assert.That(html, Does.Not.Contain("old.pdf"));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @token", new { token }), Is.Zero, "run-out files are removed");
    }

    [Test]
    public async Task KeptAndNewFiles_TogetherMayNotPassTheLimit()
    {
        var html = await (await PostAsync(_supporter, "Check", file: ("a.pdf", Pdf))).Content.ReadAsStringAsync();
        var token = KeptToken(html);
        var before = await CountAsync("staged_uploads");

        var again = await PostAsync(_supporter, "Check", kept: [token], files: [("b.pdf", Pdf), ("c.pdf", Pdf), ("d.pdf", Pdf)]);

        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("You can attach up to 3 files. 1 file is kept already: remove one first."));
        Assert.That(await CountAsync("staged_uploads"), Is.EqualTo(before));
    }

    [Test]
    public async Task Advice_ReturnsTheCheckersAdviceForTheText()
    {
        var response = await BoardAppFactory.PostFormAsync(_supporter, FormPath,
            new Dictionary<string, string> { ["Input.EasyReadSummary"] = "The commissioning framework necessitates consideration of multidisciplinary provision." },
            handler: "Advice");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("Easy read advice"));
        Assert.That(html, Does.Not.Contain("<html"), "only the advice, to show beside the text");
    }

    [Test]
    public async Task APostBackWithoutTheTokens_ReplacesTheEarlierFiles_SoPostingAgainCannotFillTheDisk()
    {
        var first = KeptToken(await (await PostAsync(_supporter, "Check", file: ("first.pdf", Pdf))).Content.ReadAsStringAsync());
        var stored = await ScalarAsync<string>("SELECT stored_name FROM staged_uploads WHERE token = @first", new { first });
        var storage = Factory.Services.GetRequiredService<Board.Web.Infrastructure.StorageOptions>();

        var second = KeptToken(await (await PostAsync(_supporter, "Check", file: ("second.pdf", Pdf))).Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @first", new { first }), Is.Zero);
            Assert.That(File.Exists(Path.Combine(storage.AttachmentsFolder, stored)), Is.False, "its stored file is deleted too");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM staged_uploads WHERE token = @second", new { second }), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Advice_OnTextLongerThanTheFieldSaves_IsAPlainMessage_NotAChecking()
    {
        var response = await BoardAppFactory.PostFormAsync(_supporter, FormPath,
            new Dictionary<string, string> { ["Input.EasyReadSummary"] = string.Concat(Enumerable.Repeat("Words are here. ", 20_000)) },
            handler: "Advice");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("This is too long to check. It has 320,000 characters: it must be 600 or fewer."));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string? handler, string title = "Buses at night",
        (string Name, byte[] Bytes)? file = null, IReadOnlyList<string>? kept = null, string? remove = null,
        IReadOnlyList<(string Name, byte[] Bytes)>? files = null)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, FormPath);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(Ids.RiversideGroup.ToString()), "Input.GroupId" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("We want buses later at night."), "Input.EasyReadSummary" },
            { new StringContent("The last bus is at 7pm."), "Input.Details" },
            { new StringContent("Decide"), "Input.Ask" },
            { new StringContent("transport"), "Input.Picture" },
        };
        foreach (var k in kept ?? [])
            form.Add(new StringContent(k), "Kept");
        if (remove is not null)
            form.Add(new StringContent(remove), "Remove");
        foreach (var f in (files ?? []).Concat(file is { } one ? [one] : []))
            form.Add(new ByteArrayContent(f.Bytes), "Files", f.Name);
        return await client.PostAsync(handler is null ? FormPath : $"{FormPath}?handler={handler}", form);
    }

    private static string KeptToken(string html)
    {
        var match = KeptInput().Match(html);
        Assert.That(match.Success, Is.True, "a kept file's token is in the form");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"Kept\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeptInput();
}
