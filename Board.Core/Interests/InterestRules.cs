using Board.Core.Composition;
using Board.Core.Meetings;

namespace Board.Core.Interests;

/// <summary>The easy read groups of the register of interests (a council's register, in plain words).</summary>
public enum InterestKind
{
    JobAndMoney,
    FamilyAndFriends,
    Groups,
    Other,
}

/// <summary>What a member who declares an interest in an item will do: council practice is to leave and not vote.</summary>
public enum InterestAction
{
    StayAndSpeak,
    LeaveForItem,
    NotVote,
}

/// <summary>Whether a member may vote on an item's polls, and why not in plain words.</summary>
public sealed record VoteRight(bool MayVote, string? Reason);

/// <summary>The register and the declarations: what may be written, and what a declaration means for a vote.</summary>
public static class InterestRules
{
    public const int MaxDescriptionLength = 300;

    /// <summary>The register is looked at again at least once a year (council practice: an annual review).</summary>
    public const int ReviewEveryMonths = 12;

    public const string CannotVoteMessage =
        "You cannot vote on this one. You said you have an interest in this item and will not vote. Thank you for telling us.";

    public static string Label(InterestKind kind) => kind switch
    {
        InterestKind.JobAndMoney => "My job and money",
        InterestKind.FamilyAndFriends => "My family and friends",
        InterestKind.Groups => "Groups I belong to",
        InterestKind.Other => "Other",
    };

    /// <summary>One plain sentence for each group, shown under its picture.</summary>
    public static string Hint(InterestKind kind) => kind switch
    {
        InterestKind.JobAndMoney => "Where I work or get money from, like a job, a business or a grant.",
        InterestKind.FamilyAndFriends => "People close to me who work for, or get help from, a service we talk about.",
        InterestKind.Groups => "Groups, charities or clubs I am part of or help to run.",
        InterestKind.Other => "Anything else that could make people think I am not fair on an item.",
    };

    /// <summary>The key of the picture shown beside each group (from the board's picture set).</summary>
    public static string Picture(InterestKind kind) => kind switch
    {
        InterestKind.JobAndMoney => "money",
        InterestKind.FamilyAndFriends => "family",
        InterestKind.Groups => "people",
        InterestKind.Other => "question",
    };

    /// <summary>The kind said of someone else (minutes): "about their job or money".</summary>
    public static string About(InterestKind kind) => kind switch
    {
        InterestKind.JobAndMoney => "their job or money",
        InterestKind.FamilyAndFriends => "their family or friends",
        InterestKind.Groups => "a group they belong to",
        InterestKind.Other => "something else",
    };

    public static string Label(InterestAction action) => action switch
    {
        InterestAction.StayAndSpeak => "I will stay and speak",
        InterestAction.LeaveForItem => "I will leave the room for this item",
        InterestAction.NotVote => "I will stay but not vote",
    };

    /// <summary>The same, said of someone else (minutes, the coordinator's list).</summary>
    public static string Said(InterestAction action) => action switch
    {
        InterestAction.StayAndSpeak => "stayed and could speak and vote",
        InterestAction.LeaveForItem => "left the room for this item and did not vote",
        InterestAction.NotVote => "stayed but did not vote",
    };

    /// <summary>
    /// Interest to vote: only a member who says they will stay and speak keeps their vote. Leaving the item means
    /// not voting on it, even if they come back before the poll closes (council practice: they take no part).
    /// </summary>
    public static VoteRight MayVote(InterestAction? declared) =>
        declared is null or InterestAction.StayAndSpeak ? new(true, null) : new(false, CannotVoteMessage);

    /// <summary>The actions that take away the vote on an item: what the ballot's SQL check is given.</summary>
    public static IReadOnlyList<string> ActionsWithoutVote { get; } =
        [.. Enum.GetValues<InterestAction>().Where(a => !MayVote(a).MayVote).Select(a => a.ToString())];

    /// <summary>A kind or action from a form: only a named value, never a number or an unknown word.</summary>
    public static T? Parse<T>(string? text) where T : struct, Enum =>
        text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<T>(text) : null;

    /// <summary>An entry in the register: a group, a short plain description, and the dates it applies.</summary>
    public static IReadOnlyList<RuleError> ValidateEntry(string? kind, string? description, DateOnly? from, DateOnly? to)
    {
        var errors = new List<RuleError>();
        if (Parse<InterestKind>(kind) is null)
            errors.Add(new("Kind", "Choose what kind of interest it is."));
        CheckDescription(description, errors);
        if (from is { } start && to is { } end && end < start)
            errors.Add(new("To", "The end date must be on or after the start date."));
        return errors;
    }

    /// <summary>A declaration on an item: what kind of interest, a short description, and what the member will do.</summary>
    public static IReadOnlyList<RuleError> ValidateDeclaration(string? kind, string? action, string? description)
    {
        var errors = new List<RuleError>();
        if (Parse<InterestKind>(kind) is null)
            errors.Add(new("Kind", "Choose what kind of interest it is."));
        CheckDescription(description, errors);
        if (Parse<InterestAction>(action) is null)
            errors.Add(new("Action", "Choose what you will do for this item."));
        return errors;
    }

    /// <summary>
    /// Whether a declaration can be made on an item. Null when it can; the refusal in plain words when not.
    /// </summary>
    /// <param name="itemFound">The item is on an agenda of the caller's board (an id from another board is simply not found).</param>
    public static string? ProblemDeclaring(bool itemFound, MeetingState meetingState, bool isMember)
    {
        if (!itemFound)
            return "We could not find that item on your board's agenda.";
        if (meetingState == MeetingState.Closed)
            return "This meeting has finished, so you cannot declare an interest now. Tell the coordinator.";
        if (!isMember)
            return "Only members of the board declare interests.";
        return null;
    }

    /// <summary>"11 can vote. 1 person said they have an interest and will not vote."</summary>
    public static string EligibleText(int canVote, int declaredNotVoting)
    {
        var first = $"{canVote} can vote.";
        return declaredNotVoting switch
        {
            <= 0 => first,
            1 => $"{first} 1 person said they have an interest and will not vote.",
            var n => $"{first} {n} people said they have an interest and will not vote.",
        };
    }

    /// <summary>
    /// Whether the member should be asked to look at their register again: never looked at, a year since, or a new
    /// term began after the last look (a new term is a new start: council practice asks for the register within 28 days).
    /// </summary>
    public static bool ReviewDue(DateOnly? reviewedOn, DateOnly today, DateOnly? termStartedOn) =>
        reviewedOn is not { } reviewed
        || reviewed.AddMonths(ReviewEveryMonths) <= today
        || termStartedOn is { } started && started <= today && started > reviewed;

    /// <summary>
    /// The day the review fell due, which names the reminder so it is sent once: the start of the term (never looked at,
    /// or a new term since), else a year after the last look. Null when no review is due.
    /// </summary>
    public static DateOnly? ReviewDueSince(DateOnly? reviewedOn, DateOnly today, DateOnly? termStartedOn)
    {
        if (!ReviewDue(reviewedOn, today, termStartedOn))
            return null;
        if (reviewedOn is not { } reviewed || termStartedOn is { } started && started <= today && started > reviewed)
            return termStartedOn is { } term && term <= today ? term : today;
        return reviewed.AddMonths(ReviewEveryMonths);
    }

    private static void CheckDescription(string? description, List<RuleError> errors)
    {
        if (string.IsNullOrWhiteSpace(description))
            errors.Add(new("Description", "Say in a few words what the interest is."));
        else if (description.Trim().Length > MaxDescriptionLength)
            errors.Add(new("Description", $"Use {MaxDescriptionLength} characters or fewer."));
    }
}
