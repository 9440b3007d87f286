using Board.Core.Composition;
using Board.Core.Plans;
using Microsoft.AspNetCore.Mvc;

namespace Board.Web.Pages.Plan;

/// <summary>
/// Questions and comments on the action (issue 13): any member of the board asks; the owner organisation (or the
/// coordinator) answers; the asker and everyone following the action hear of the answer in their inbox (and by email,
/// through the email job, if they have an address).
/// </summary>
public sealed partial class ActionModel
{
    [BindProperty] public QuestionInput Question { get; set; } = new();
    [BindProperty] public AnswerInput Reply { get; set; } = new();

    public Person? Me { get; private set; }
    public IReadOnlyDictionary<long, Person> BoardPeople { get; private set; } = new Dictionary<long, Person>();
    public IReadOnlyList<ActionQuestion> Questions { get; private set; } = [];
    public bool CanAsk => Me is not null && ActionQuestions.CanAsk(Me.Role);
    public bool CanAnswer => Me is not null && ActionQuestions.CanAnswer(Me.Role, Me.Organisation, Action);

    /// <summary>The form field of the answer to one question, so its error sits next to the right question.</summary>
    public static string AnswerField(long questionId) => $"Answer_{questionId}";

    public async Task<IActionResult> OnPostAskAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!CanAsk)
            return Forbid();
        // A kind that is not in the list arrives as no kind: the rule's plain message replaces the binder's.
        ModelState.Remove("Question.Kind");
        foreach (var error in ActionQuestions.ValidateQuestion(Question.Kind, Question.Text))
            ModelState.AddModelError($"Question.{error.Field}", error.Message);
        if (ModelState.IsValid)
        {
            var now = clock.UtcNow;
            var (onAction, inDay) = await questions.CountAskedAsync(ActionId, Me!.Id, now - TimeSpan.FromHours(1), now - TimeSpan.FromDays(1));
            if (ActionQuestions.TooMany(onAction, inDay) is { } tooMany)
                ModelState.AddModelError("Question.Text", tooMany);
        }
        if (!ModelState.IsValid)
            return Page();
        var text = Question.Text!.Trim();
        var id = await questions.AskAsync(BoardId, ActionId, Me!.Id, Question.Kind!.Value, text, clock.UtcNow);
        if (id == 0)
            return NotFound();
        var everyone = BoardPeople.Values.Select(p => (p.Id, p.Role, p.Organisation));
        // Questions is what the action had before this one: whoever was told of one in the last hour is not told again.
        var hearers = ActionQuestions.NotToldRecently(ActionQuestions.WhoHearsOfQuestion(Action, everyone, Me.Id), Questions, clock.UtcNow);
        foreach (var person in hearers)
            await notifications.SendAsync(person, $"action-question:{id}", $"{ActionQuestions.Describe(Question.Kind.Value)} about an action: {Action.WhatEasyRead}",
                $"{Me.Name} asks:\n{text}", $"/boards/{BoardId}/plan/actions/{ActionId}#question-{id}", clock.UtcNow);
        Saved = Question.Kind == QuestionKind.Question
            ? $"Your question is sent. {Action.Owner} will answer it here, and we will tell you."
            : $"Your comment is sent. {Action.Owner} can see it.";
        return Redirect($"/boards/{BoardId}/plan/actions/{ActionId}#question-{id}");
    }

    public async Task<IActionResult> OnPostAnswerAsync()
    {
        if (!await LoadAsync())
            return NotFound();
        if (!CanAnswer)
            return Forbid();
        // The question must be one of this action's, on this board: an id from anywhere else finds nothing.
        if (Questions.FirstOrDefault(q => q.Id == Reply.QuestionId) is not { } question)
            return NotFound();
        foreach (var error in ActionQuestions.ValidateAnswer(question, Reply.Answer))
            ModelState.AddModelError(AnswerField(question.Id), error.Message);
        if (!ModelState.IsValid)
            return Page();
        var answer = Reply.Answer!.Trim();
        if (!await questions.AnswerAsync(BoardId, ActionId, question.Id, Me!.Id, answer, clock.UtcNow))
        {
            Questions = await questions.ForActionAsync(BoardId, ActionId);
            ModelState.AddModelError(AnswerField(question.Id), "Someone answered this just now. Read their answer.");
            return Page();
        }
        var followers = await follows.FollowersOfActionAsync(ActionId);
        foreach (var person in ActionQuestions.WhoHearsOfAnswer(question, followers, Me.Id))
            await notifications.SendAsync(person, $"action-answer:{question.Id}", $"An answer about an action: {Action.WhatEasyRead}",
                $"{Me.Name} ({AnswererOrganisation(Me)}) answered:\n{answer}\nThe question was:\n{question.Text}",
                $"/boards/{BoardId}/plan/actions/{ActionId}#question-{question.Id}", clock.UtcNow);
        Saved = "Your answer is posted. The person who asked, and everyone following this action, have been told.";
        return Redirect($"/boards/{BoardId}/plan/actions/{ActionId}#question-{question.Id}");
    }

    /// <summary>Who answered, in plain words: the partner's organisation, or "the coordinator".</summary>
    public string AnswererOrganisation(Person person) =>
        person.Role == Role.Coordinator ? "the coordinator" : person.Organisation ?? Action.Owner;

    /// <summary>"Sam Smith (Riverside NHS Trust)" for an answer; the name alone for a question.</summary>
    public string WhoAnswered(long? personId) =>
        personId is { } id && BoardPeople.TryGetValue(id, out var person) ? $"{person.Name} ({AnswererOrganisation(person)})" : Action.Owner;

    public string WhoAsked(long personId) => Names.GetValueOrDefault(personId, "A member of the board");

    public sealed class QuestionInput
    {
        public QuestionKind? Kind { get; set; }
        public string? Text { get; set; }
    }

    public sealed class AnswerInput
    {
        public long QuestionId { get; set; }
        public string? Answer { get; set; }
    }
}
