using Board.Data.Database;
using Board.Core.Composition;
using Board.Data.Glossary;

namespace Board.Tests.Data.Glossary;

public sealed class GlossaryStoreTests
{
    private TestDatabase _db = null!;
    private GlossaryStore _store = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _supporterId;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _store = new GlossaryStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database, "Riverside");
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _supporterId = await TestData.PersonAsync(_db.Database, _boardId, "Sue Supporter", Role.Supporter);
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    private Task<long> AddAsync(string word, bool approved, long? boardId = null, long? suggestedBy = null) =>
        _store.AddAsync(boardId ?? _boardId, word, $"What {word} means.", $"{word.ToLowerInvariant()}.png", suggestedBy, approved);

    [Test]
    public async Task AddAsync_ThenListAsync_ReturnsTheTermWithWhoSuggestedIt()
    {
        var id = await _store.AddAsync(_boardId, "Agenda", "The list of things the meeting will talk about.", "agenda.png", _supporterId, approved: false);

        Assert.That(await _store.ListAsync(_boardId, approvedOnly: false), Is.EqualTo(new[]
        {
            new GlossaryEntry
            {
                Id = id,
                Word = "Agenda",
                Explanation = "The list of things the meeting will talk about.",
                Picture = "agenda.png",
                SuggestedByName = "Sue Supporter",
                Approved = false,
            },
        }));
    }

    [Test]
    public async Task ListAsync_AddedByCoordinatorWithoutSuggester_HasNoName()
    {
        await AddAsync("Quorum", approved: true);

        Assert.That((await _store.ListAsync(_boardId, approvedOnly: true)).Single().SuggestedByName, Is.Null);
    }

    // Only approved words explain text to members; the coordinator sees suggestions waiting first.
    [TestCase(true, new[] { "Agenda", "quorum" })]
    [TestCase(false, new[] { "Budget", "minutes", "Agenda", "quorum" })]
    public async Task ListAsync_ApprovedOnlyOrAll_WaitingSuggestionsFirstThenByWord(bool approvedOnly, string[] expected)
    {
        await AddAsync("quorum", approved: true);
        await AddAsync("minutes", approved: false, suggestedBy: _supporterId);
        await AddAsync("Agenda", approved: true);
        await AddAsync("Budget", approved: false);
        await AddAsync("Advocacy", approved: true, boardId: _otherBoardId);

        var words = await _store.ListAsync(_boardId, approvedOnly);

        Assert.That(words.Select(w => w.Word), Is.EqualTo(expected));
    }

    [TestCase("Agenda")]
    [TestCase("agenda")]
    [TestCase("AGENDA")]
    public async Task AddAsync_SameWordInAnyCaseOnTheSameBoard_IsRefused(string word)
    {
        await AddAsync("Agenda", approved: true);

        var thrown = Assert.CatchAsync<System.Data.Common.DbException>(() => AddAsync(word, approved: false));

        Assert.That(DatabaseErrors.IsUniqueViolation(thrown!), Is.True, thrown!.Message);
    }

    [Test]
    public async Task AddAsync_SameWordOnAnotherBoard_IsAllowed()
    {
        await AddAsync("Agenda", approved: true);

        await AddAsync("Agenda", approved: true, boardId: _otherBoardId);

        Assert.That(await _store.ListAsync(_otherBoardId, approvedOnly: true), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task WordTakenAsync_IgnoresCaseAndIsPerBoard()
    {
        await AddAsync("Agenda", approved: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _store.WordTakenAsync(_boardId, "aGeNdA"), Is.True);
            Assert.That(await _store.WordTakenAsync(_boardId, "Agendas"), Is.False);
            Assert.That(await _store.WordTakenAsync(_otherBoardId, "Agenda"), Is.False);
        }
    }

    [Test]
    public async Task ApproveAsync_Suggestion_IsListedForMembers()
    {
        var id = await AddAsync("Minutes", approved: false, suggestedBy: _supporterId);

        var approved = await _store.ApproveAsync(_boardId, id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(approved, Is.True);
            Assert.That((await _store.ListAsync(_boardId, approvedOnly: true)).Select(w => w.Word), Is.EqualTo(new[] { "Minutes" }));
        }
    }

    [Test]
    public async Task ApproveAsync_WithAnotherBoardId_ChangesNothing()
    {
        var id = await AddAsync("Minutes", approved: false);

        var approved = await _store.ApproveAsync(_otherBoardId, id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(approved, Is.False);
            Assert.That(await _store.ListAsync(_boardId, approvedOnly: true), Is.Empty);
        }
    }

    [Test]
    public async Task RemoveAsync_OnlyFromItsOwnBoard()
    {
        var id = await AddAsync("Minutes", approved: true);

        var byOtherBoard = await _store.RemoveAsync(_otherBoardId, id);
        var stillThere = await _store.WordTakenAsync(_boardId, "Minutes");
        var byOwnBoard = await _store.RemoveAsync(_boardId, id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byOtherBoard, Is.False);
            Assert.That(stillThere, Is.True);
            Assert.That(byOwnBoard, Is.True);
            Assert.That(await _store.WordTakenAsync(_boardId, "Minutes"), Is.False);
        }
    }
}
