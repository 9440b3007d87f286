using Board.Core.Composition;

namespace Board.Core.Meetings;

/// <summary>What a co-chair's "Not yet, I have a question" is about.</summary>
public enum QuestionAbout
{
    Agenda,
    Minutes,
}

/// <summary>
/// "Not yet, I have a question": a co-chair's answer instead of approving. The question goes to the coordinator, so
/// it must say something, and it must fit a message.
/// </summary>
public static class CoChairQuestions
{
    public const int MaxLength = 1000;

    public static IReadOnlyList<RuleError> Validate(string? question, string field = "Question") => question?.Trim() switch
    {
        null or "" => [new(field, "Write your question, so the coordinator knows what to look at.")],
        { Length: > MaxLength } => [new(field, $"Your question must be {MaxLength:N0} characters or fewer. It has {question.Trim().Length:N0}.")],
        _ => [],
    };

    /// <summary>"Sam asked about the agenda: ..." as the coordinator reads it.</summary>
    public static string Subject(string coChair, QuestionAbout about) => about switch
    {
        QuestionAbout.Agenda => $"{coChair} has a question about the agenda",
        QuestionAbout.Minutes => $"{coChair} has a question about the minutes",
    };
}
