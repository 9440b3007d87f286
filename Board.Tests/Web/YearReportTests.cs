using System.Net;
using Board.Tests.Documents;
using Dapper;

namespace Board.Tests.Web;

/// <summary>The board's year in easy read, web page and PDF, for everyone: public-safe, the ladder only where it may be seen.</summary>
[TestFixture]
public sealed class YearReportTests : BoardWebTest
{
    private int _year;

    [SetUp]
    public async Task SetUpAsync()
    {
        await using var connection = await Factory.Database.OpenAsync();
        await connection.ExecuteAsync("UPDATE boards SET ladder_public = @no", new { no = false });
        _year = (await ScalarAsync<DateTime>("SELECT MIN(starts_at) FROM meetings WHERE board_id = @b", new { b = Ids.Riverside })).Year;
    }

    [Test]
    public async Task ThePage_ForThePublic_HasTheYear_WithoutTheUnpublishedLadder()
    {
        var html = await Factory.NewClient().GetStringAsync($"/boards/{Ids.Riverside}/year/{_year}");

        Assert.That(html, Does.Contain("Meetings and who came").And.Contain("What the board decided").And.Contain("You said, we did").And.Contain("Buses at night"));
        Assert.That(html, Does.Not.Contain("<h2 class=\"govuk-heading-l\">How we worked together</h2>"));
        Assert.That(html, Does.Not.Contain("Paying people for their time"), "no payments on this branch: no figure");
    }

    [Test]
    public async Task ThePage_ForAMember_OrOncePublished_HasTheLadder()
    {
        using var rep = await Factory.SignedInClientAsync("rep@riverside.example");
        Assert.That(await rep.GetStringAsync($"/boards/{Ids.Riverside}/year/{_year}"), Does.Contain("<h2 class=\"govuk-heading-l\">How we worked together</h2>"));

        await using (var connection = await Factory.Database.OpenAsync())
            await connection.ExecuteAsync("UPDATE boards SET ladder_public = @yes WHERE id = @b", new { yes = true, b = Ids.Riverside });

        Assert.That(await Factory.NewClient().GetStringAsync($"/boards/{Ids.Riverside}/year/{_year}"), Does.Contain("<h2 class=\"govuk-heading-l\">How we worked together</h2>"));
    }

    [Test]
    public async Task ThePdf_IsTheSameReport_AndNamesNobody()
    {
        var response = await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/year/{_year}/report.pdf");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar, Does.EndWith($"-year-{_year}-easy-read.pdf"));
        using var reading = new PdfReading(await response.Content.ReadAsByteArrayAsync());
        Assert.That(reading.Document.Information.Title, Does.Contain($"the board's year in easy read, {_year}"));
        Assert.That(reading.Find("Meetings and who came"), Is.Not.Null);
        await using var connection = await Factory.Database.OpenAsync();
        foreach (var name in await connection.QueryAsync<string>("SELECT name FROM people WHERE board_id = @b", new { b = Ids.Riverside }))
            Assert.That(reading.Find(name), Is.Null, $"{name} is not named in the public report");
    }

    [TestCase("1999")]
    [TestCase("99999")]
    public async Task AYearOutOfRange_IsNotFound(string year) =>
        Assert.That((await Factory.NewClient().GetAsync($"/boards/{Ids.Riverside}/year/{year}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

    [Test]
    public async Task NoSuchBoard_IsNotFound() =>
        Assert.That((await Factory.NewClient().GetAsync($"/boards/999999/year/{_year}/report.pdf")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
}
