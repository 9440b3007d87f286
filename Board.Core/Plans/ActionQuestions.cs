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

    /// <summary>Questions one person may ask about one action in an hour: enough for a real conversation.</summary>
    public const int MaxPerActionPerHour = 5;

    /// <summary>Questions one person may ask in a day, about all actions: each one tells the owner organisation.</summary>
    public const int MaxPerDay = 20;

    /// <summary>How long after telling someone of a question on an action they are not told again of the next one.</summary>
    public static readonly TimeSpan QuietTime = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether the person may ask again, counted from what they asked (each question tells every partner of the owner
    /// organisation and the coordinator, also by email, so a flood would bury the answers people wait for).
    /// </summary>
    public static string? TooMany(int onThisActionInTheLastHour, int inTheLastDay) =>
        onThisActionInTheLastHour >= MaxPerActionPerHour
            ? $"You have asked {MaxPerActionPerHour} things about this action in the last hour. Wait for an answer, then ask again later."
            : inTheLastDay >= MaxPerDay
                ? $"You have asked {MaxPerDay} things today. You can ask more tomorrow."
                : null;

    /// <summary>
    /// Who is told of a new question: those of <paramref name="hearers"/> not already told of another question on
    /// the same action in the last <see cref="QuietTime"/> (one message an hour is enough: the page shows them all).
    /// A person was told of an earlier question unless they asked it themselves.
    /// </summary>
    public static IReadOnlyList<long> NotToldRecently(IEnumerable<long> hearers, IEnumerable<ActionQuestion> earlier, DateTimeOffset now)
    {
        var recentAskers = earlier.Where(q => now - q.AskedAt < QuietTime).Select(q => q.AskedBy).ToList();
        return hearers.Where(id => !recentAskers.Any(asker => asker != id)).ToList();
    }

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
