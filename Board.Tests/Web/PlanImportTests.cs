using System.Net;
using System.Text;
using Dapper;

namespace Board.Tests.Web;

/// <summary>CSV import through the coordinator's plan page: every bad row reported with its line, nothing imported unless all are good.</summary>
[TestFixture]
public sealed class PlanImportTests
{
    private BoardAppFactory _factory = null!;
    private HttpClient _coordinator = null!;
    private DemoIds _ids = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new BoardAppFactory();
        _ids = await DemoIds.LoadAsync(_factory.Database);
        _coordinator = await _factory.SignedInClientAsync("coordinator@riverside.example");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _coordinator.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task BadFile_ReportsEveryBadRowWithItsLine_AndImportsNothing()
    {
        var before = await CountAsync();
        var csv = """
            chapter,what,what_easy_read,owner,due_date
            Good Health,Check every GP surgery is accessible,Doctors' surgeries will be easy to get into,Riverside Community Health Trust,2027-03-31
            Good Health,Train reception staff,Staff will learn to help,Acme Ltd,2027-03-31
            No Such Chapter,Something,Something easy,Riverside Community Health Trust,31/02/2027
            """;
        var response = await ImportAsync(csv, "actions.csv");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("Nothing was imported."));
            Assert.That(html, Does.Contain("Line 3:").And.Contain("Acme Ltd"));
            Assert.That(html, Does.Contain("Line 4:"));
            Assert.That(await CountAsync(), Is.EqualTo(before));
        }
    }

    [Test]
    public async Task NotACsvFile_IsRefusedInPlainWords()
    {
        var before = await CountAsync();
        var response = await ImportAsync("PK\u0003\u0004\0\0binary", "actions.csv");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("This file is not a CSV file."));
        Assert.That(await CountAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task GoodFile_ImportsEveryRow_AndTheExportHasThem()
    {
        var before = await CountAsync();
        var csv = "chapter,what,what_easy_read,owner,due_date\r\n"
                  + "Good Health,\"Review waiting times, and publish them\",We will check how long people wait,Riverside Community Health Trust,1 June 2027\r\n"
                  + "the right support,Train support workers,Support workers will learn,Riverside Council Adult Social Care,30/09/2027\r\n";
        var response = await ImportAsync(csv, "actions.csv");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await CountAsync(), Is.EqualTo(before + 2));
        var export = await _coordinator.GetStringAsync($"/boards/{_ids.Riverside}/manage/plan?handler=Csv");
        Assert.That(export, Does.Contain("\"Review waiting times, and publish them\"").And.Contain("2027-09-30"));
    }

    private async Task<HttpResponseMessage> ImportAsync(string csv, string fileName)
    {
        var path = $"/boards/{_ids.Riverside}/manage/plan";
        var token = await BoardAppFactory.AntiforgeryTokenAsync(_coordinator, path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "CsvFile", fileName },
        };
        return await _coordinator.PostAsync($"{path}?handler=Import", form);
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _factory.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM plan_actions");
    }
}
