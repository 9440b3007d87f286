using System.Net;
using System.Text.RegularExpressions;
using Dapper;

namespace Board.Tests.Web;

/// <summary>
/// Issue 17 on the pages with their own easy read rows (the item details and the plan's progress): each row's words
/// come before its picture in the page, so a screen reader reads them first (CSS shows the picture at the left), and
/// the picture's alternative text says what it stands for in that row. The published minutes are checked in
/// <c>MinutesWorkflowTests</c>.
/// </summary>
[TestFixture]
public sealed class WordsBeforePictureTests
{
    private static readonly Regex Row = new("<div class=\"app-easy-read-row\">(.*?)</div>\\s*(?:<img[^>]*>\\s*)?</div>", RegexOptions.Singleline);

    [Test]
    public async Task ProgressPage_EachChaptersWords_ComeBeforeItsPicture_WhichNamesTheChapter()
    {
        using var factory = new BoardAppFactory();
        var ids = await DemoIds.LoadAsync(factory.Database);
        var page = WebUtility.HtmlDecode(await factory.NewClient().GetStringAsync($"/boards/{ids.Riverside}/plan/progress"));

        var rows = RowsOf(page);
        Assert.That(rows, Has.Count.EqualTo(3), "one row for each of the demo plan's chapters");
        AssertWordsFirst(rows);
        foreach (var chapter in new[] { "The Right Support", "Good Health", "Getting Out and About" })
            Assert.That(rows.Single(r => r.Contains($">{chapter}</h2>", StringComparison.Ordinal)), Does.Match($"alt=\"[^\"]+: {chapter}\""),
                "the picture's words name the chapter");
    }

    [Test]
    public async Task ItemDetails_TheSummaryComesBeforeThePicture_WhichNamesTheItem()
    {
        using var factory = new BoardAppFactory();
        var ids = await DemoIds.LoadAsync(factory.Database);
        long meetingId;
        string title;
        await using (var connection = await factory.Database.OpenAsync())
        {
            meetingId = await connection.ExecuteScalarAsync<long>("SELECT meeting_id FROM agenda_items WHERE id = @id", new { id = ids.RiversideItem });
            title = await connection.ExecuteScalarAsync<string>("SELECT title FROM agenda_items WHERE id = @id", new { id = ids.RiversideItem }) ?? "";
        }
        using var coordinator = await factory.SignedInClientAsync("coordinator@riverside.example");
        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync($"/boards/{ids.Riverside}/manage/meetings/{meetingId}/items/{ids.RiversideItem}"));

        var rows = RowsOf(page);
        Assert.That(rows, Has.Count.EqualTo(1));
        AssertWordsFirst(rows);
        Assert.That(rows[0], Does.Contain($": {title}\""), "the picture's words name the item");
    }

    private static List<string> RowsOf(string page) => Row.Matches(page).Select(m => m.Value).ToList();

    private static void AssertWordsFirst(IEnumerable<string> rows)
    {
        foreach (var row in rows)
        {
            Assert.That(row, Does.Contain("<img"), "every row has its picture");
            Assert.That(row.IndexOf("app-easy-read-row__text", StringComparison.Ordinal), Is.LessThan(row.IndexOf("<img", StringComparison.Ordinal)),
                "words before the picture");
        }
    }
}
