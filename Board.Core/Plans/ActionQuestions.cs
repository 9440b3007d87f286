using Board.Core.Composition;

namespace Board.Core.Plans;

/// <summary>A question asks for an answer; a comment says something. The owner may answer either.</summary>
public enum QuestionKind
{
    Question,
    Comment,
}

/// <summary>A question or comment on an action, with its answer once the owner organisation gives one.</summary>
public sealed record ActionQuestion(
    long Id,
    long ActionId,
    QuestionKind Kind,
    long AskedBy,
    DateTimeOffset AskedAt,
    string Text,
    string? Answer,
    long? AnsweredBy,
    DateTimeOffset? AnsweredAt)
{
    public bool IsAnswered => Answer is not null;
}

/// <summary>
/// Members of the board ask about an action; the organisation that owns it answers (its partners, or the
/// coordinator for them), the same people who post its updates. Everyone following the action hears the answer.
/// </summary>
public static class ActionQuestions
{
    public const int MaxTextLength = 1000;
    public const int MaxAnswerLength = 2000;

    /// <summary>
    /// Anyone who belongs to the board may ask: Reps, family carers, supporters, partners and the coordinator. The
    /// site administrator belongs to no board, so a question from them would speak for nobody on it.
    /// </summary>
    public static bool CanAsk(Role role) => role is not Role.Admin;

    /// <summary>The owner organisation answers, as it posts updates (see <see cref="Ownership"/>).</summary>
    public static bool CanAnswer(Role role, string? organisation, PlanAction action) =>
        Ownership.CanPostUpdate(role, organisation, action);

    public static IReadOnlyList<RuleError> ValidateQuestion(QuestionKind? kind, string? text)
    {
        var errors = new List<RuleError>();
        if (kind is null || !Enum.IsDefined(kind.Value))
            errors.Add(new("Kind", "Choose if it is a question or a comment."));
        if (Problem(text, MaxTextLength, "Write your question or comment.", "Your question or comment") is { } problem)
            errors.Add(new("Text", problem));
        return errors;
    }

    /// <summary>An answer is given once: a second would change what the asker and the followers were told.</summary>
    public static IReadOnlyList<RuleError> ValidateAnswer(ActionQuestion question, string? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.IsAnswered)
            return [new("Answer", "This has an answer already. Read it above.")];
        return Problem(answer, MaxAnswerLength, "Write your answer.", "Your answer") is { } problem ? [new("Answer", problem)] : [];
    }

    /// <summary>Who hears of an answer: the asker and everyone following the action, once each, but not the person who answered.</summary>
    public static IReadOnlyList<long> WhoHearsOfAnswer(ActionQuestion question, IEnumerable<long> followers, long answeredBy)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new[] { question.AskedBy }.Concat(followers).Distinct().Where(id => id != answeredBy).ToList();
    }

    /// <summary>Who hears of a new question: the people who may answer it, except the asker.</summary>
    public static IReadOnlyList<long> WhoHearsOfQuestion(
        PlanAction action, IEnumerable<(long Id, Role Role, string? Organisation)> boardPeople, long askedBy) =>
        boardPeople.Where(p => p.Id != askedBy && CanAnswer(p.Role, p.Organisation, action)).Select(p => p.Id).Distinct().ToList();

    /// <summary>How the page says who asked and what kind of thing it is, in plain words.</summary>
    public static string Describe(QuestionKind kind) => kind switch
    {
        QuestionKind.Question => "Question",
        QuestionKind.Comment => "Comment",
    };

    private static string? Problem(string? text, int max, string empty, string what) =>
        string.IsNullOrWhiteSpace(text) ? empty
        : text.Trim().Length > max ? $"{what} must be {max:N0} characters or fewer."
        : null;
}
