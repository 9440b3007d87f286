using System.Net;

namespace Board.Tests.Web;

/// <summary>
/// Questions and comments on a plan action: who may ask and answer, ids from elsewhere refused, bad input shown
/// next to the field with nothing saved, and who is told.
/// </summary>
[TestFixture]
public sealed class ActionQuestionTests : BoardWebTest
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    private async Task<HttpClient> As(string user) =>
        _clients.TryGetValue(user, out var client) ? client : _clients[user] = await Factory.SignedInClientAsync(user);

    /// <summary>
    /// The tests share one app and ask as the same people: earlier questions are moved back two days, so the per
    /// person limits and the hour without a second message (ActionQuestions.TooMany, NotToldRecently) start afresh.
    /// </summary>
    [SetUp]
    public async Task QuestionsOfEarlierTestsAreOld() =>
        await ScalarAsync<long>("UPDATE action_questions SET asked_at = '2020-01-01T00:00:00.0000000+00:00' RETURNING 0");

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
    }

    private string ActionPath(long? actionId = null) => $"/boards/{Ids.Riverside}/plan/actions/{actionId ?? Ids.RiversideAction}";

    /// <summary>Asks with a form token from a page the person may open, so a forged address is posted as a real form would be.</summary>
    private async Task<HttpResponseMessage> AskAsync(string user, string text, string kind = "Question", long? actionId = null)
    {
        var client = await As(user);
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, "/me/inbox");
        return await client.PostAsync($"{ActionPath(actionId)}?handler=Ask", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Question.Kind"] = kind,
            ["Question.Text"] = text,
        }));
    }

    private async Task<HttpResponseMessage> AnswerAsync(string user, long questionId, string answer, long? actionId = null)
    {
        var client = await As(user);
        var token = await BoardAppFactory.AntiforgeryTokenAsync(client, "/me/inbox");
        return await client.PostAsync($"{ActionPath(actionId)}?handler=Answer", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Reply.QuestionId"] = questionId.ToString(),
            ["Reply.Answer"] = answer,
        }));
    }

    private async Task<long> PersonOf(string user) =>
        await ScalarAsync<long>("SELECT person_id FROM accounts WHERE user_name = @user", new { user });

    private async Task<long> AskedAsync(string user, string text)
    {
        var response = await AskAsync(user, text);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return await ScalarAsync<long>("SELECT MAX(id) FROM action_questions WHERE text = @text", new { text });
    }

    [TestCase("rep@riverside.example")]
    [TestCase("carer@riverside.example")]
    [TestCase("supporter@riverside.example")]
    [TestCase("partner@riverside.example")]
    [TestCase("coordinator@riverside.example")]
    public async Task Ask_AnyoneOfTheBoard_IsSavedAndShownWithWhoAsked(string user)
    {
        var text = $"When will this start? ({user})";
        var id = await AskedAsync(user, text);

        var page = await (await As(user)).GetStringAsync(ActionPath());
        Assert.That(id, Is.GreaterThan(0));
        Assert.That(page, Does.Contain($"id=\"question-{id}\""));
        Assert.That(page, Does.Contain("When will this start? (" + user.Replace("@", "&#x40;", StringComparison.Ordinal)).Or.Contain("When will this start? (" + user));
    }

    [Test]
    public async Task Ask_TheAdministrator_WhoBelongsToNoBoard_IsRefused()
    {
        var before = await CountAsync("action_questions");
        var response = await AskAsync("admin@riverside.example", "Can I ask?");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/access-denied"));
        Assert.That(await CountAsync("action_questions"), Is.EqualTo(before));
    }

    [Test]
    public async Task Ask_ByAnotherBoardsCoordinator_IsRefused()
    {
        var before = await CountAsync("action_questions");
        var response = await AskAsync("coordinator@hillside.example", "Is this ours?");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await CountAsync("action_questions"), Is.EqualTo(before));
    }

    [TestCase("", "Question", "Write your question or comment.")]
    [TestCase("   ", "Comment", "Write your question or comment.")]
    [TestCase(null, "Question", "must be 1,000 characters or fewer")]
    [TestCase("Hello", "Shout", "Choose if it is a question or a comment.")]
    public async Task Ask_BadInput_SaysSoNextToTheFieldAndSavesNothing(string? text, string kind, string message)
    {
        var before = await CountAsync("action_questions");
        var response = await AskAsync("carer@riverside.example", text ?? new string('a', 1001), kind);

        var html = await AssertShowsAsync(response, message);
        Assert.That(html, Does.Contain("govuk-error-message"));
        Assert.That(await CountAsync("action_questions"), Is.EqualTo(before));
    }

    [Test]
    public async Task Answer_ByTheOwner_IsSavedAndTellsTheAskerAndFollowers_NotTheAnswerer()
    {
        var carer = await PersonOf("carer@riverside.example");
        var rep = await PersonOf("rep@riverside.example");
        var partner = await PersonOf("partner@riverside.example");
        await BoardAppFactory.PostFormAsync(await As("rep@riverside.example"), ActionPath(), new Dictionary<string, string>(), handler: "Follow");
        var id = await AskedAsync("carer@riverside.example", "Who can I phone about this?");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM notifications WHERE dedupe_key = @key AND person_id = @partner",
            new { key = $"action-question:{id}", partner }), Is.EqualTo(1), "the owner hears of the question");

        var response = await AnswerAsync("partner@riverside.example", id, "Phone Sam on 01234 567890.");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        Assert.That(await ScalarAsync<string>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.EqualTo("Phone Sam on 01234 567890."));
        var told = await ScalarAsync<string>(
            $"SELECT {TestSql.Concat("person_id")} FROM (SELECT person_id FROM notifications WHERE dedupe_key = @key ORDER BY person_id) AS t", new { key = $"action-answer:{id}" });
        Assert.That(told.Split(',').Select(long.Parse), Is.EquivalentTo(new[] { carer, rep }));
        Assert.That(told.Split(',').Select(long.Parse), Does.Not.Contain(partner));
        var page = await (await As("carer@riverside.example")).GetStringAsync(ActionPath());
        Assert.That(page, Does.Contain("Phone Sam on 01234 567890."));
        Assert.That(page, Does.Contain("<strong>Answer</strong> from"));
    }

    [TestCase("rep@riverside.example")]
    [TestCase("carer@riverside.example")]
    [TestCase("supporter@riverside.example")]
    [TestCase("admin@riverside.example")]
    public async Task Answer_BySomeoneNotOfTheOwnerOrganisation_IsRefused(string user)
    {
        var id = await AskedAsync("carer@riverside.example", $"Is anyone there? ({user})");

        var response = await AnswerAsync(user, id, "Yes.");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Does.Contain("/access-denied"));
        Assert.That(await ScalarAsync<string?>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.Null);
    }

    [Test]
    public async Task Answer_ByTheCoordinator_IsSaved()
    {
        var id = await AskedAsync("rep@riverside.example", "Can the coordinator answer?");

        var response = await AnswerAsync("coordinator@riverside.example", id, "Yes, for the owner.");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await ScalarAsync<string>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.EqualTo("Yes, for the owner."));
    }

    [Test]
    public async Task Answer_AQuestionOfAnotherAction_IsNotFoundAndSavesNothing()
    {
        // A second action of the same owner, in the same chapter: the partner may answer on it, but not this question.
        var other = await ScalarAsync<long>(
            """
            INSERT INTO plan_actions (chapter_id, what, what_easy_read, owner, due_date)
            SELECT chapter_id, 'A second action', 'A second action.', owner, due_date FROM plan_actions WHERE id = @action
            RETURNING id
            """, new { action = Ids.RiversideAction });
        var id = await AskedAsync("carer@riverside.example", "A question for the first action");

        var response = await AnswerAsync("partner@riverside.example", id, "Forged.", actionId: other);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await ScalarAsync<string?>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.Null);
    }

    [Test]
    public async Task Ask_OnAnotherBoardsAction_IsNotFound()
    {
        var hillsideAction = await ScalarAsync<long>(
            "SELECT COALESCE(MIN(a.id), 999999) FROM plan_actions a JOIN plan_chapters c ON c.id = a.chapter_id JOIN plans p ON p.id = c.plan_id WHERE p.board_id = @board",
            new { board = Ids.Hillside });
        var before = await CountAsync("action_questions");

        var response = await AskAsync("carer@riverside.example", "Forged board.", actionId: hillsideAction);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await CountAsync("action_questions"), Is.EqualTo(before));
    }

    [TestCase("", "Write your answer.")]
    [TestCase(null, "2,000 characters or fewer")]
    public async Task Answer_BadInput_SaysSoNextToTheQuestionAndSavesNothing(string? answer, string message)
    {
        var id = await AskedAsync("carer@riverside.example", $"Bad answer test {message}");

        var html = await AssertShowsAsync(await AnswerAsync("partner@riverside.example", id, answer ?? new string('a', 2001)), message);

        Assert.That(html, Does.Contain($"id=\"Answer_{id}-error\""));
        Assert.That(await ScalarAsync<string?>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.Null);
    }

    [Test]
    public async Task Answer_Twice_IsRefusedAndKeepsTheFirst()
    {
        var id = await AskedAsync("carer@riverside.example", "Answered once?");
        await AnswerAsync("partner@riverside.example", id, "First.");

        await AssertShowsAsync(await AnswerAsync("coordinator@riverside.example", id, "Second."), "has an answer already");

        Assert.That(await ScalarAsync<string>("SELECT answer FROM action_questions WHERE id = @id", new { id }), Is.EqualTo("First."));
    }
}
