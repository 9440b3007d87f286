using System.Net;
using System.Text;
using Board.Core.Meetings;
using Board.Core.Payments;
using Board.Data.Meetings;
using Board.Data.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace Board.Tests.Web.Payments;

/// <summary>Claims through the pages: the whole journey, bad input that changes nothing, and who may see what.</summary>
[TestFixture]
public sealed class PaymentsWebTests : BoardWebTest
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 1, 2, 3];
    private static readonly byte[] Program = [0x4D, 0x5A, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    private HttpClient _rep = null!;
    private HttpClient _supporter = null!;
    private HttpClient _coordinator = null!;
    private long _lastMeeting;
    private long _otherRep;
    private long _carer;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _rep = await Factory.SignedInClientAsync("rep@riverside.example");
        _supporter = await Factory.SignedInClientAsync("supporter@riverside.example");
        _coordinator = await Factory.SignedInClientAsync("coordinator@riverside.example");
        _lastMeeting = await ScalarAsync<long>("SELECT MIN(id) FROM meetings WHERE board_id = @id AND state = 'Closed'", new { id = Ids.Riverside });
        _otherRep = await ScalarAsync<long>(
            """
            SELECT MIN(rep_id) FROM supporter_links WHERE rep_id <> @rep
              AND supporter_id = (SELECT person_id FROM accounts WHERE user_name = 'supporter@riverside.example')
            """, new { rep = Ids.RiversideRep });
        _carer = await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = 'carer@riverside.example'");
        var involvement = Factory.Services.GetRequiredService<InvolvementStore>();
        Assert.That(await involvement.AddRateAsync(Ids.Riverside, new RateDraft(RateKind.Meeting, 3000, new DateOnly(2000, 4, 1), null)), Is.Empty);
        Assert.That(await involvement.AddRateAsync(Ids.Riverside, new RateDraft(RateKind.PerHour, 1250, new DateOnly(2000, 4, 1), null)), Is.Empty);
        var attendance = Factory.Services.GetRequiredService<AttendanceStore>();
        foreach (var person in new[] { Ids.RiversideRep, _otherRep })
            await attendance.MarkAsync(_lastMeeting, person, AttendanceMark.InRoom, new DateTime(2026, 1, 1, 10, 0, 0));
        // The demo minutes mark most members in the room; this carer sent apologies.
        await attendance.MarkAsync(_lastMeeting, _carer, AttendanceMark.Apologies, new DateTime(2026, 1, 1, 10, 0, 0));
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _rep.Dispose();
        _supporter.Dispose();
        _coordinator.Dispose();
    }

    private string ClaimPath(long person) => $"/boards/{Ids.Riverside}/payments/people/{person}/meetings/{_lastMeeting}/claim";

    private static async Task<HttpResponseMessage> PostClaimAsync(HttpClient client, string path, IDictionary<string, string> fields, (string Name, byte[] Bytes)? file = null)
    {
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, path);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        if (file is { } f)
            form.Add(new ByteArrayContent(f.Bytes), "Receipts", f.Name);
        return await client.PostAsync(path, form);
    }

    [Test]
    public async Task Journey_RepClaimsWithAReceipt_CoordinatorQueries_RepAnswers_CoordinatorApprovesAndPays_ExportIsGuarded()
    {
        var claimPage = await _rep.GetStringAsync(ClaimPath(Ids.RiversideRep));
        Assert.That(claimPage, Does.Contain("Claim for a meeting").And.Contain("Send the claim"));

        var sent = await PostClaimAsync(_rep, ClaimPath(Ids.RiversideRep),
            new Dictionary<string, string> { ["Input.TimeKind"] = "Meeting", ["Input.Travel"] = "4.50" }, ("bus-ticket.png", Png));
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var claimId = await ScalarAsync<long>("SELECT id FROM involvement_claims WHERE person_id = @id", new { id = Ids.RiversideRep });

        var second = await PostClaimAsync(_rep, ClaimPath(Ids.RiversideRep), new Dictionary<string, string> { ["Input.TimeKind"] = "Meeting", ["Input.Travel"] = "99" });
        Assert.That(await second.Content.ReadAsStringAsync(), Does.Contain("already claimed for this meeting"));
        Assert.That(await ScalarAsync<long>("SELECT travel_pence FROM involvement_claims WHERE id = @claimId", new { claimId }), Is.EqualTo(450));

        var review = $"/boards/{Ids.Riverside}/claims/{claimId}";
        var noReason = await BoardAppFactory.PostFormAsync(_coordinator, review, new Dictionary<string, string> { ["SeenVersion"] = "1", ["Reason"] = " " }, "Query");
        await AssertShowsAsync(noReason, "Say why, in plain words");
        var query = await BoardAppFactory.PostFormAsync(_coordinator, review,
            new Dictionary<string, string> { ["SeenVersion"] = "1", ["Reason"] = "Please say which bus you took." }, "Query");
        Assert.That(query.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _rep.GetStringAsync($"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}"), Does.Contain("Please say which bus you took."));
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE person_id = @id AND subject = 'A question about your claim'", new { id = Ids.RiversideRep }),
            Is.EqualTo(1));

        var amended = await PostClaimAsync(_rep, ClaimPath(Ids.RiversideRep), new Dictionary<string, string>
        {
            ["SeenVersion"] = "2",
            ["Input.TimeKind"] = "Meeting",
            ["Input.Travel"] = "4.50",
            ["Input.Answer"] = "The number 12 bus.",
        });
        Assert.That(amended.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var approve = await BoardAppFactory.PostFormAsync(_coordinator, review, new Dictionary<string, string> { ["SeenVersion"] = "3" }, "Approve");
        Assert.That(approve.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var badPay = await BoardAppFactory.PostFormAsync(_coordinator, review,
            new Dictionary<string, string> { ["Payment.Amount"] = "-1", ["Payment.PaidOn"] = "1/6/2026", ["Payment.Method"] = "BACS", ["Payment.Reference"] = "R1" }, "Pay");
        await AssertShowsAsync(badPay, "cannot be less than");
        var pay = await BoardAppFactory.PostFormAsync(_coordinator, review,
            new Dictionary<string, string> { ["Payment.Amount"] = "34.50", ["Payment.PaidOn"] = "1/6/2026", ["Payment.Method"] = "BACS", ["Payment.Reference"] = "R1" }, "Pay");
        Assert.That(pay.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var meetingYear = (await Factory.Services.GetRequiredService<ClaimStore>().GetAsync(Ids.Riverside, claimId))!.MeetingStartsAt;
        Assert.That(await _rep.GetStringAsync($"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}"),
            Does.Contain($"href=\"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}/statement/{meetingYear.Year}.pdf\""), "the person's page links their statement");

        await using (var connection = await Factory.Database.OpenAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "UPDATE people SET name = '=HYPERLINK(\"http://x\")' WHERE id = @id", new { id = Ids.RiversideRep });
        var csv = await _coordinator.GetAsync($"/boards/{Ids.Riverside}/claims?handler=Csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(text, Does.StartWith("\uFEFFclaim_id,person,meeting_date"));
            Assert.That(text, Does.Contain("'=HYPERLINK"), "a formula is escaped");
            Assert.That(text, Does.Contain(",Paid,PaidToMe,30.00,0.00,,0.00,4.50,0.00,34.50,2026-06-01,BACS,R1"));
            var totals = await Factory.Services.GetRequiredService<InvolvementStore>().YearTotalsAsync(Ids.Riverside, 2026);
            Assert.That((totals.TimePence, totals.TravelPence, totals.ClaimsPaid), Is.EqualTo((3000L, 450L, 1)));
            var receipt = await ScalarAsync<long>("SELECT id FROM claim_receipts WHERE claim_id = @claimId", new { claimId });
            var file = await _supporter.GetAsync($"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}/claims/{claimId}/receipts/{receipt}");
            Assert.That(file.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"), "the linked supporter sees the receipt");
        });
    }

    [TestCase("Meeting", "-2", "", null, "cannot be less than")]
    [TestCase("Meeting", "5000", "", null, "or less. Check the amount")]
    [TestCase("Meeting", "4.555", "", null, "no more than 2 numbers")]
    [TestCase("PerHour", "", "", null, "Enter the hours you spent")]
    [TestCase("", "", "", null, "Choose what you are claiming for")]
    [TestCase("Meeting", "", "ten", null, "in pounds and pence")]
    [TestCase("Meeting", "3", "", "receipt.jpg", "is not a PDF or a picture")]
    public async Task Claim_BadInput_SaysWhatIsWrongAndSavesNothing(string kind, string travel, string carer, string? file, string message)
    {
        var fields = new Dictionary<string, string> { ["Input.TimeKind"] = kind, ["Input.Travel"] = travel, ["Input.Carer"] = carer, ["Input.Hours"] = "" };
        var response = await PostClaimAsync(_supporter, ClaimPath(_otherRep), fields, file is null ? null : (file, Program));

        await AssertShowsAsync(response, message);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM involvement_claims WHERE person_id = @id", new { id = _otherRep }), Is.Zero);
    }

    [Test]
    public async Task Claim_ForAMeetingTheyDidNotAttend_IsRefused()
    {
        using var carer = await Factory.SignedInClientAsync("carer@riverside.example");
        var page = await carer.GetStringAsync(ClaimPath(_carer));
        var post = await PostClaimAsync(carer, ClaimPath(_carer), new Dictionary<string, string> { ["Input.TimeKind"] = "Meeting" });

        Assert.Multiple(async () =>
        {
            Assert.That(page, Does.Contain("You were not at this meeting"));
            Assert.That(await post.Content.ReadAsStringAsync(), Does.Contain("You were not at this meeting"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM involvement_claims WHERE person_id = @id", new { id = _carer }), Is.Zero);
        });
    }

    [TestCase("2001-04-01", "", "40", "overlaps")]
    [TestCase("2030-04-01", "2030-03-01", "40", "The last day must be the same as or after the first day")]
    [TestCase("2030-04-01", "", "-40", "cannot be less than")]
    [TestCase("2030-04-01", "", "100000", "or less. Check the amount")]
    [TestCase("not a day", "", "40", "Enter the first day the rate applies")]
    public async Task Rate_BadPeriodOrAmount_IsRefusedAndNothingAdded(string from, string to, string amount, string message)
    {
        var before = await CountAsync("involvement_rates");
        var response = await BoardAppFactory.PostFormAsync(_coordinator, $"/boards/{Ids.Riverside}/manage/payments", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Meeting",
            ["Input.Amount"] = amount,
            ["Input.From"] = from,
            ["Input.To"] = to,
        }, "AddRate");

        await AssertShowsAsync(response, message);
        Assert.That(await CountAsync("involvement_rates"), Is.EqualTo(before));
    }

    [TestCase("Vouchers", "", "", "This board does not give vouchers")]
    [TestCase("LowerAmount", "-3", "", "cannot be less than")]
    [TestCase("ToCharity", "", "", "Enter the name of the charity")]
    [TestCase("", "", "", "Choose how you want to be paid")]
    public async Task Choice_BadInput_IsRefusedAndTheChoiceStays(string choice, string lower, string charity, string message)
    {
        var response = await BoardAppFactory.PostFormAsync(_supporter, $"/boards/{Ids.Riverside}/payments/people/{_otherRep}/choice",
            new Dictionary<string, string> { ["Input.Choice"] = choice, ["Input.LowerAmount"] = lower, ["Input.Charity"] = charity });

        await AssertShowsAsync(response, message);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM payment_choices WHERE person_id = @id", new { id = _otherRep }), Is.Zero);
    }

    [Test]
    public async Task Choice_BySupporter_IsSavedAndShowsTheBenefitsReminder()
    {
        var path = $"/boards/{Ids.Riverside}/payments/people/{_otherRep}/choice";
        Assert.That(await _supporter.GetStringAsync(path), Does.Contain("not earnings").And.Contain("Citizens Advice"));
        var response = await BoardAppFactory.PostFormAsync(_supporter, path, new Dictionary<string, string> { ["Input.Choice"] = "Declined" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT choice FROM payment_choices WHERE person_id = @id", new { id = _otherRep }), Is.EqualTo("Declined"));
        await using var connection = await Factory.Database.OpenAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, "DELETE FROM payment_choices WHERE person_id = @id", new { id = _otherRep });
    }

    private string StatementPath(int year) => $"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}/statement/{year}.pdf";

    // The person, their linked supporter, the board's coordinator (an approver) and the administrator get the statement.
    [TestCase("rep@riverside.example")]
    [TestCase("supporter@riverside.example")]
    [TestCase("coordinator@riverside.example")]
    [TestCase("admin@riverside.example")]
    public async Task Statement_ForThoseWhoMaySeeTheClaims_IsAPrivatePdf(string user)
    {
        using var client = await Factory.SignedInClientAsync(user);
        var response = await client.GetAsync(StatementPath(2026));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), user);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True, "a person's money is never kept by a cache");
    }

    [Test]
    public async Task Statement_ForAYearOutOfRange_IsNotFound() =>
        Assert.That((await _rep.GetAsync(StatementPath(1900))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

    [TestCase("partner@riverside.example")]
    [TestCase("carer@riverside.example")]
    [TestCase("councillor@riverside.example")]
    [TestCase("coordinator@hillside.example")]
    public async Task AnotherPersonsClaims_AreRefused(string user)
    {
        using var client = await Factory.SignedInClientAsync(user);
        foreach (var path in new[]
                 {
                     $"/boards/{Ids.Riverside}/payments/people/{Ids.RiversideRep}", $"/boards/{Ids.Riverside}/claims",
                     $"/boards/{Ids.Riverside}/claims?handler=Csv", ClaimPath(Ids.RiversideRep), StatementPath(2026),
                 })
        {
            var response = await client.GetAsync(path);
            Assert.That((response.StatusCode, response.Headers.Location?.OriginalString.Split('?')[0]),
                Is.EqualTo((HttpStatusCode.Redirect, "/access-denied")).Or.EqualTo((HttpStatusCode.Redirect, "http://localhost/access-denied")), $"{user} {path}");
        }
    }
}
