using Board.Core.Composition;
using Board.Core.Plans;
using Board.Data.Plans;
using Dapper;

namespace Board.Tests.Data.Plans;

/// <summary>The plan store against a real SQLite file with the real migrations.</summary>
public sealed class PlanStoreTests
{
    private TestDatabase _db = null!;
    private PlanStore _plans = null!;
    private FollowStore _follows = null!;
    private long _boardId;
    private long _otherBoardId;
    private long _chapter;
    private long _person;

    [SetUp]
    public async Task SetUp()
    {
        _db = TestDatabase.Create();
        _plans = new PlanStore(_db.Database);
        _follows = new FollowStore(_db.Database);
        _boardId = await TestData.BoardAsync(_db.Database);
        _otherBoardId = await TestData.BoardAsync(_db.Database, "Hillside");
        _person = await TestData.PersonAsync(_db.Database, _boardId, "Carla Carer", Role.FamilyCarer);
        var plan = await _plans.CreatePlanAsync(_boardId, "Our plan", 2026, 2029);
        _chapter = await _plans.AddChapterAsync(plan, "Good Health", "Doctors must explain.", "health");
    }

    [TearDown]
    public void TearDown() => _db.Dispose();

    [Test]
    public async Task PostUpdate_SetsTheStatus_AndUpdatesCannotBeEdited()
    {
        var id = await _plans.AddActionAsync(_chapter, "Letters", "Easy read letters.", "Riverside NHS", null, new DateOnly(2027, 3, 31));
        var action = (await _plans.ActionAsync(_boardId, id))!;

        await _plans.PostUpdateAsync(action, _person, "Drafted.", "We made a draft.", "https://example.org/draft", ActionStatus.OnTrack, TestData.Now);

        await using var connection = await _db.Database.OpenAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await _plans.ActionAsync(_boardId, id))!.Status, Is.EqualTo(ActionStatus.OnTrack));
            Assert.That((await _plans.UpdatesAsync(_boardId)).Single().WhatHappenedEasyRead, Is.EqualTo("We made a draft."));
            Assert.CatchAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync("UPDATE action_updates SET what_happened = 'changed'"));
        }
    }

    [Test]
    public async Task Action_OfAnotherBoard_IsNotFound()
    {
        var id = await _plans.AddActionAsync(_chapter, "Letters", "Easy read letters.", "Riverside NHS", null, new DateOnly(2027, 3, 31));

        Assert.That(await _plans.ActionAsync(_otherBoardId, id), Is.Null);
    }

    [Test]
    public async Task Import_AddsEveryRowInOneGo()
    {
        var plan = (await _plans.CurrentPlanAsync(_boardId))!;
        var rows = new[]
        {
            new ImportRow(2, "Good Health", "Checks", "Health checks.", "Riverside NHS", new DateOnly(2027, 1, 1)),
            new ImportRow(3, "good health", "Training", "Staff learn.", "Riverside NHS", new DateOnly(2027, 2, 1)),
        };

        var imported = await _plans.ImportAsync(plan.Id, rows);

        Assert.That(imported, Is.EqualTo(2));
        Assert.That((await _plans.ActionsAsync(_boardId)).Select(a => a.What), Is.EquivalentTo(new[] { "Checks", "Training" }));
    }

    [Test]
    public async Task Followers_OfAnAction_IncludeTheChaptersFollowers_Once()
    {
        var id = await _plans.AddActionAsync(_chapter, "Letters", "Easy read letters.", "Riverside NHS", null, new DateOnly(2027, 3, 31));
        var other = await TestData.PersonAsync(_db.Database, _boardId, "Rita Rep", Role.Rep);
        await _follows.FollowAsync(_person, id, null);
        await _follows.FollowAsync(_person, null, _chapter);
        await _follows.FollowAsync(other, null, _chapter);
        await _follows.FollowAsync(other, null, _chapter);

        Assert.That(await _follows.FollowersOfActionAsync(id), Is.EquivalentTo(new[] { _person, other }));
        await _follows.UnfollowAsync(other, null, _chapter);
        Assert.That(await _follows.FollowersOfActionAsync(id), Is.EquivalentTo(new[] { _person }));
    }
}
