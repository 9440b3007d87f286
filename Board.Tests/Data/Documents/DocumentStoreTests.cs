using System.Security.Cryptography;
using System.Text;
using Board.Core.Documents;
using Board.Core.Meetings;
using Board.Data.Documents;
using Board.Tests.Data.Meetings;
using Dapper;

namespace Board.Tests.Data.Documents;

/// <summary>Rendered PDFs kept per meeting, kind and style, against a real SQLite file with the real migrations.</summary>
public sealed class DocumentStoreTests
{
    private TestDatabase _db = null!;
    private DocumentStore _store = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _december;
    private long _january;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new DocumentStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _december = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.December, MeetingState.Closed);
        _january = await MeetingData.MeetingAsync(_db.Database, _boardId, MeetingData.January, MeetingState.AgendaPublished);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private static byte[] Pdf(string text) => Encoding.UTF8.GetBytes($"%PDF-1.7\n{text}\n%%EOF");

    private static string Sha256(byte[] bytes) =>
        string.Concat(SHA256.HashData(bytes).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public async Task SaveAsync_ThenGetAsync_RoundTripsTheBytesWithTheirFingerprint()
    {
        var content = Pdf("Easy read minutes");
        var renderedAt = TestData.Now.AddHours(2);

        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead, content, 12, renderedAt);
        var stored = await _store.GetAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead);

        Assert.That(stored, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.MeetingId, Is.EqualTo(_december));
            Assert.That(stored.Kind, Is.EqualTo(DocumentKind.Minutes));
            Assert.That(stored.Style, Is.EqualTo(DocumentStyle.EasyRead));
            Assert.That(stored.Content, Is.EqualTo(content));
            Assert.That(stored.Sha256, Is.EqualTo(Sha256(content)));
            Assert.That(stored.Sha256, Does.Match("^[0-9a-f]{64}$"), "lower-case hex");
            Assert.That(stored.Pages, Is.EqualTo(12));
            Assert.That(stored.RenderedAt, Is.EqualTo(renderedAt));
        }
    }

    [Test]
    public async Task SaveAsync_KnownBytes_HaveTheKnownSha256()
    {
        await _store.SaveAsync(_boardId, _december, DocumentKind.Agenda, DocumentStyle.Standard, Encoding.ASCII.GetBytes("abc"), 1, TestData.Now);

        var stored = await _store.GetAsync(_boardId, _december, DocumentKind.Agenda, DocumentStyle.Standard);

        Assert.That(stored!.Sha256, Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [Test]
    public async Task SaveAsync_Again_ReplacesTheDocument_KeepingOneRow()
    {
        var first = Pdf("First render");
        var second = Pdf("Second render, longer than the first");
        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.Standard, first, 3, TestData.Now);

        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.Standard, second, 4, TestData.Now.AddDays(1));

        var stored = await _store.GetAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.Standard);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM documents"), Is.EqualTo(1));
            Assert.That(stored!.Content, Is.EqualTo(second));
            Assert.That(stored.Sha256, Is.EqualTo(Sha256(second)));
            Assert.That(stored.Pages, Is.EqualTo(4));
            Assert.That(stored.RenderedAt, Is.EqualTo(TestData.Now.AddDays(1)));
        }
    }

    [Test]
    public async Task SaveAsync_EachKindAndStyle_IsKeptApart()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var style in Enum.GetValues<DocumentStyle>())
                await _store.SaveAsync(_boardId, _december, kind, style, Pdf($"{kind} {style}"), 2, TestData.Now);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM documents"), Is.EqualTo(4));
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                foreach (var style in Enum.GetValues<DocumentStyle>())
                    Assert.That((await _store.GetAsync(_boardId, _december, kind, style))!.Content, Is.EqualTo(Pdf($"{kind} {style}")));
            }
        }
    }

    [Test]
    public async Task GetAsync_NothingRendered_IsNull()
    {
        await _store.SaveAsync(_boardId, _december, DocumentKind.Agenda, DocumentStyle.EasyRead, Pdf("Agenda"), 6, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.GetAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead), Is.Null, "another kind");
            Assert.That(await _store.GetAsync(_boardId, _december, DocumentKind.Agenda, DocumentStyle.Standard), Is.Null, "another style");
            Assert.That(await _store.GetAsync(_boardId, _january, DocumentKind.Agenda, DocumentStyle.EasyRead), Is.Null, "another meeting");
        }
    }

    [Test]
    public async Task GetAsync_WithAnotherBoardsId_FindsNothing()
    {
        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead, Pdf("Ours"), 5, TestData.Now);

        Assert.That(await _store.GetAsync(_otherBoardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead), Is.Null);
    }

    [Test]
    public async Task ListAsync_GivesSizesAndPages_WithoutTheContent()
    {
        var easyRead = Pdf("Easy read minutes with pictures");
        var standard = Pdf("Minutes");
        var agenda = Pdf("Agenda for January");
        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead, easyRead, 14, TestData.Now);
        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.Standard, standard, 3, TestData.Now.AddMinutes(1));
        await _store.SaveAsync(_boardId, _january, DocumentKind.Agenda, DocumentStyle.EasyRead, agenda, 8, TestData.Now.AddMinutes(2));

        var listed = await _store.ListAsync(_boardId);

        Assert.That(listed, Is.EquivalentTo(new[]
        {
            new DocumentListing(_december, DocumentKind.Minutes, DocumentStyle.EasyRead, easyRead.Length, 14, TestData.Now),
            new DocumentListing(_december, DocumentKind.Minutes, DocumentStyle.Standard, standard.Length, 3, TestData.Now.AddMinutes(1)),
            new DocumentListing(_january, DocumentKind.Agenda, DocumentStyle.EasyRead, agenda.Length, 8, TestData.Now.AddMinutes(2)),
        }));
    }

    [Test]
    public async Task ListAsync_AnotherBoard_SeesNothingOfOurs()
    {
        await _store.SaveAsync(_boardId, _december, DocumentKind.Minutes, DocumentStyle.EasyRead, Pdf("Ours"), 5, TestData.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.ListAsync(_otherBoardId), Is.Empty);
            Assert.That(await _store.ListAsync(_boardId), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task ListAsync_NothingRendered_IsEmpty()
    {
        Assert.That(await _store.ListAsync(_boardId), Is.Empty);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
