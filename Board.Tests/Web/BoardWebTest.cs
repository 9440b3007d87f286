using System.Net;
using Dapper;

namespace Board.Tests.Web;

/// <summary>
/// Base for web tests that share one app (real SQLite file, real migrations, demo boards) per fixture, with the
/// helpers they all need: reading the store, and checking that a form came back with its plain-words message.
/// </summary>
public abstract class BoardWebTest
{
    protected BoardAppFactory Factory { get; private set; } = null!;
    protected DemoIds Ids { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBoardAsync()
    {
        Factory = new BoardAppFactory();
        Ids = await DemoIds.LoadAsync(Factory.Database);
    }

    [OneTimeTearDown]
    public void StopBoard() => Factory.Dispose();

    protected async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await Factory.Database.OpenAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, args))!;
    }

    protected Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    /// <summary>The form is shown again, with the GOV.UK error summary and this message (as HTML-encoded on the page).</summary>
    protected static async Task<string> AssertShowsAsync(HttpResponseMessage response, string message)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the form should be shown again");
        Assert.That(html, Does.Contain("There is a problem"));
        Assert.That(html, Does.Contain(message));
        return html;
    }
}
