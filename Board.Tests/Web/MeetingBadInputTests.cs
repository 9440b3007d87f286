using System.Net;

namespace Board.Tests.Web;

/// <summary>Bad input to the meetings pages gets a clear message in plain words and changes nothing.</summary>
[TestFixture]
public sealed class MeetingBadInputTests : BoardWebTest
{
    private HttpClient _coordinator = null!;
    private HttpClient _supporter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        _supporter = await Factory.SignedInClientAsync("supporter@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _coordinator.Dispose();
        _supporter.Dispose();
    }

    [Test]
    public async Task PlanMeeting_DeadlineAfterTheMeeting_SaysSoAndPlansNothing()
    {
        var before = await CountAsync("meetings");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{Ids.Riverside}/manage/meetings", new Dictionary<string, string>
        {
            ["Input.Title"] = "Board meeting",
            ["Input.Date"] = "10 March 2031",
            ["Input.StartTime"] = "10:30am",
            ["Input.EndTime"] = "1pm",
            ["Input.Venue"] = "Civic Centre",
            ["Input.DeadlineDate"] = "2031-03-12",
            ["Input.DeadlineTime"] = "5pm",
        });
        await AssertShowsAsync(response, "The deadline for items must be before the meeting.");
        Assert.That(await CountAsync("meetings"), Is.EqualTo(before));
    }

    [Test]
    public async Task PlanMeeting_TimeThatIsNotATime_SaysHowToWriteIt()
    {
        var before = await CountAsync("meetings");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{Ids.Riverside}/manage/meetings", new Dictionary<string, string>
        {
            ["Input.Title"] = "Board meeting",
            ["Input.Date"] = "2031-03-10",
            ["Input.StartTime"] = "half ten",
            ["Input.EndTime"] = "13:00",
            ["Input.Venue"] = "Civic Centre",
            ["Input.DeadlineDate"] = "2031-03-01",
            ["Input.DeadlineTime"] = "17:00",
        });
        await AssertShowsAsync(response, "Enter the start time like 10:30 or 10:30am");
        Assert.That(await CountAsync("meetings"), Is.EqualTo(before));
    }

    [Test]
    public async Task RaiseItem_AttachmentThatIsNotWhatItSays_IsRefusedAndNothingIsSaved()
    {
        var before = await CountAsync("agenda_items");
        var papersBefore = await CountAsync("agenda_attachments");
        var program = "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0"u8.ToArray(); // a Windows program, named as a PDF
        var response = await RaiseAsync(_supporter, Ids.RiversideMeeting, Ids.RiversideGroup, ("report.pdf", program));
        await AssertShowsAsync(response, "\u0022report.pdf\u0022 is not a PDF or a picture".Replace("\"", "&quot;"));
        Assert.That(await CountAsync("agenda_items"), Is.EqualTo(before));
        Assert.That(await CountAsync("agenda_attachments"), Is.EqualTo(papersBefore));
    }

    [Test]
    public async Task RaiseItem_ForAGroupTheSupporterDoesNotSupport_IsRefused()
    {
        var before = await CountAsync("agenda_items");
        var otherGroup = await ScalarAsync<long>("SELECT MAX(id) FROM self_advocacy_groups WHERE board_id = @id", new { id = Ids.Riverside });
        var response = await RaiseAsync(_supporter, Ids.RiversideMeeting, otherGroup);
        await AssertShowsAsync(response, "Choose a group you support");
        Assert.That(await CountAsync("agenda_items"), Is.EqualTo(before));
    }

    [Test]
    public async Task RaiseItem_ForAnotherBoardsMeeting_IsNotFoundAndNothingIsSaved()
    {
        var before = await CountAsync("agenda_items");
        var response = await RaiseAsync(_supporter, Ids.HillsideMeeting, Ids.RiversideGroup, tokenFrom: Ids.RiversideMeeting);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CountAsync("agenda_items"), Is.EqualTo(before));
    }

    [Test]
    public async Task DeclineItem_WithNoReason_SaysSoAndTheItemIsUnchanged()
    {
        var itemId = await ScalarAsync<long>("SELECT MIN(id) FROM agenda_items WHERE meeting_id = @id AND state = 'Proposed'", new { id = Ids.RiversideMeeting });
        var path = $"/boards/{Ids.Riverside}/manage/meetings/{Ids.RiversideMeeting}/items/{itemId}";
        var response = await BoardAppFactory.PostFormAsync(_coordinator, path, new Dictionary<string, string> { ["Reason"] = "  " }, handler: "Decline");
        await AssertShowsAsync(response, "Write the reason the item is not accepted. The group will read it.");
        Assert.That(await ScalarAsync<string>("SELECT state FROM agenda_items WHERE id = @itemId", new { itemId }), Is.EqualTo("Proposed"));
    }

    [Test]
    public async Task Attendance_OfAFinishedMeeting_CannotBeRewritten()
    {
        var closed = await ScalarAsync<long>("SELECT MIN(id) FROM meetings WHERE board_id = @id AND state = 'Closed'", new { id = Ids.Riverside });
        var path = $"/boards/{Ids.Riverside}/manage/meetings/{closed}/attendance";
        var before = await ScalarAsync<string?>("SELECT mark FROM attendance WHERE meeting_id = @closed AND person_id = @rep", new { closed, rep = Ids.RiversideRep });
        var rows = await CountAsync("attendance");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, path,
            new Dictionary<string, string> { ["personId"] = Ids.RiversideRep.ToString(), ["mark"] = "Online" }, handler: "Mark");
        await AssertShowsAsync(response, "Who is here can only be marked on the day");
        Assert.That(await CountAsync("attendance"), Is.EqualTo(rows));
        Assert.That(await ScalarAsync<string?>("SELECT mark FROM attendance WHERE meeting_id = @closed AND person_id = @rep", new { closed, rep = Ids.RiversideRep }),
            Is.EqualTo(before));
    }

    [Test]
    public async Task ManageMeeting_OfAnotherBoard_IsNotFound()
    {
        var response = await _coordinator.GetAsync($"/boards/{Ids.Riverside}/manage/meetings/{Ids.HillsideMeeting}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Page not found"));
    }

    private async Task<HttpResponseMessage> RaiseAsync(HttpClient client, long meetingId, long groupId, (string Name, byte[] Bytes)? file = null, long? tokenFrom = null)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, $"/boards/{Ids.Riverside}/meetings/{tokenFrom ?? meetingId}/items/new");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(groupId.ToString()), "Input.GroupId" },
            { new StringContent("Buses at night"), "Input.Title" },
            { new StringContent("We want buses later at night."), "Input.EasyReadSummary" },
            { new StringContent("The last bus is at 7pm."), "Input.Details" },
            { new StringContent("Decide"), "Input.Ask" },
            { new StringContent("transport"), "Input.Picture" },
        };
        if (file is { } f)
            form.Add(new ByteArrayContent(f.Bytes), "Files", f.Name);
        return await client.PostAsync($"/boards/{Ids.Riverside}/meetings/{meetingId}/items/new", form);
    }



}
