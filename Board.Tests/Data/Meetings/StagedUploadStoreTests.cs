using Board.Data.Meetings;

namespace Board.Tests.Data.Meetings;

/// <summary>Kept files leave only by DELETE ... RETURNING, so each is claimed once (ADR-014, review L1 and M2).</summary>
public sealed class StagedUploadStoreTests
{
    private static readonly DateTimeOffset Now = TestData.Now;
    private TestDatabase _db = null!;
    private StagedUploadStore _store = null!;
    private long _board;
    private long _meeting;
    private long _person;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new StagedUploadStore(_db.Database);
        _board = await TestData.BoardAsync(_db.Database);
        _meeting = await MeetingData.MeetingAsync(_db.Database, _board, MeetingData.December);
        _person = await TestData.PersonAsync(_db.Database, _board, "Sam Supporter", Board.Core.Composition.Role.Supporter);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private Task AddAsync(string token, DateTimeOffset at, long length = 100, long? meeting = null) =>
        _store.AddAsync(_board, meeting ?? _meeting, _person, token, token + ".pdf", "application/pdf", length, "stored-" + token, at);

    [Test]
    public async Task ClaimAsync_TakesEachFileOnce_AndNotOneThatRanOut()
    {
        await AddAsync("fresh", Now);
        await AddAsync("old", Now.AddHours(-3));

        var first = await _store.ClaimAsync(_board, _meeting, _person, ["fresh", "old"], Now.AddHours(-2));
        var second = await _store.ClaimAsync(_board, _meeting, _person, ["fresh", "old"], Now.AddHours(-2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(f => f.Token), Is.EqualTo(new[] { "fresh" }));
            Assert.That(first[0].StoredName, Is.EqualTo("stored-fresh"));
            Assert.That(second, Is.Empty, "a second send with the same tokens attaches nothing");
        }
    }

    [Test]
    public async Task ClaimAsync_OfAnotherPersonOrMeeting_FindsNothing()
    {
        await AddAsync("mine", Now);
        var other = await MeetingData.MeetingAsync(_db.Database, _board, MeetingData.January);

        Assert.That(await _store.ClaimAsync(_board, other, _person, ["mine"], Now.AddHours(-2)), Is.Empty);
        Assert.That(await _store.ClaimAsync(_board, _meeting, _person + 1000, ["mine"], Now.AddHours(-2)), Is.Empty);
    }

    [Test]
    public async Task ForgetAllButAsync_ReplacesTheFormsOtherFiles_AndLeavesOtherMeetings()
    {
        var other = await MeetingData.MeetingAsync(_db.Database, _board, MeetingData.January);
        await AddAsync("keep", Now, length: 10);
        await AddAsync("drop", Now, length: 20);
        await AddAsync("elsewhere", Now, length: 40, meeting: other);

        var forgotten = await _store.ForgetAllButAsync(_board, _meeting, _person, ["keep"]);
        var all = await _store.ForgetAllButAsync(_board, other, _person, []);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(forgotten, Is.EqualTo(new[] { "stored-drop" }));
            Assert.That(all, Is.EqualTo(new[] { "stored-elsewhere" }));
        }
        Assert.That(await _store.BytesKeptByAsync(_person), Is.EqualTo(10));
    }
}
