using Board.Core.Meetings;

namespace Board.Core.Minutes;

/// <summary>
/// The minutes' workflow as pure rules. Each check returns the plain reason it refuses (null when allowed), so
/// pages can show it and stores can repeat the same condition in SQL.
/// </summary>
public static class MinutesRules
{
    public const int NoteMaxLength = 4000;
    public const int ActionsMaxLength = 2000;
    public const int CommentMaxLength = 500;

    public static string? CanStart(MeetingState meetingState) => meetingState == MeetingState.Closed
        ? null
        : "You can write the minutes when the meeting has finished.";

    public static string? CanEdit(MinutesState state) => state == MinutesState.Published
        ? "These minutes are published. They cannot be changed."
        : null;

    /// <summary>Both notes are needed: the standard one for the council's records, the easy read one for everyone.</summary>
    public static IReadOnlyList<(string Field, string Message)> ValidateNotes(string? standardNote, string? easyReadNote, string? actions)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(standardNote))
            problems.Add(("StandardNote", "Write what was said and decided, for the council's records."));
        else if (standardNote.Length > NoteMaxLength)
            problems.Add(("StandardNote", $"The note must be {NoteMaxLength} characters or fewer."));
        if (string.IsNullOrWhiteSpace(easyReadNote))
            problems.Add(("EasyReadNote", "Write the easy read note. Reps read this one."));
        else if (easyReadNote.Length > NoteMaxLength)
            problems.Add(("EasyReadNote", $"The easy read note must be {NoteMaxLength} characters or fewer."));
        if (actions is { Length: > ActionsMaxLength })
            problems.Add(("Actions", $"The actions must be {ActionsMaxLength} characters or fewer."));
        return problems;
    }

    /// <summary>One action a line; blank lines and bullets typed by habit are dropped.</summary>
    public static IReadOnlyList<string> SplitActions(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim().TrimStart('-', '*', '•').Trim())
            .Where(line => line.Length > 0).ToList();

    public static string? CanSendToReps(MinutesDraft draft) => draft.State switch
    {
        MinutesState.WithReps => "The minutes are already with the Reps.",
        MinutesState.Published => "These minutes are published. They cannot be changed.",
        _ => MissingNotes(draft),
    };

    public static string? CanMark(MinutesState state) => state switch
    {
        MinutesState.Drafting => "The minutes are not ready to check yet.",
        MinutesState.Published => "These minutes are published. Thank you for checking.",
        _ => null,
    };

    public static IReadOnlyList<(string Field, string Message)> ValidateMark(string? mark, string? comment)
    {
        var problems = new List<(string, string)>();
        // The names only: Enum.TryParse would also take "2", which is no mark at all.
        if (mark is not (nameof(RepMark.Understood) or nameof(RepMark.Hard)))
            problems.Add(("Mark", "Choose \"I understand this\" or \"This is hard\"."));
        if (comment is { Length: > CommentMaxLength })
            problems.Add(("Comment", $"Your comment must be {CommentMaxLength} characters or fewer."));
        return problems;
    }

    /// <summary>Co-chairs sign off only what the Reps have had the chance to check.</summary>
    public static string? CanSignOff(MinutesState state, MinutesApproval approval) => (state, approval) switch
    {
        (_, MinutesApproval.VoteAtNextMeeting) => "The constitution says these minutes are approved by a vote at the next meeting.",
        (MinutesState.Drafting, _) => "The minutes go to the Reps to check before the co-chairs sign them off.",
        (MinutesState.Published, _) => "These minutes are already published.",
        _ => null,
    };

    public static string? CanSetUpApprovalVote(MinutesState state, MinutesApproval approval, ApprovalVote? existing, int version) => (state, approval) switch
    {
        (_, MinutesApproval.CoChairsSignOff) => "The constitution says both co-chairs sign off these minutes.",
        (MinutesState.Drafting, _) => "Send the minutes to the Reps to check before the board votes on them.",
        (MinutesState.Published, _) => "These minutes are already published.",
        _ when existing is { Passed: null, NotHeld: false } && existing.ForVersion == version => "The approval vote is already set up.",
        _ when existing is { Passed: true } && existing.ForVersion == version => "The board has already voted to approve these minutes.",
        _ => null,
    };

    /// <summary>Whether these minutes, as they stand now, are approved in the way the constitution says.</summary>
    public static ApprovalStatus Approval(
        MinutesApproval approval, int version, IReadOnlyCollection<long> coChairIds, IReadOnlyCollection<long> signedThisVersion, ApprovalVote? vote)
    {
        if (approval == MinutesApproval.CoChairsSignOff)
        {
            if (coChairIds.Count == 0)
                return new(false, "The board has no co-chairs to sign off the minutes.", []);
            var waiting = coChairIds.Where(id => !signedThisVersion.Contains(id)).ToList();
            return waiting.Count == 0
                ? new(true, "Both co-chairs have signed off these minutes.", [])
                : new(false, waiting.Count == coChairIds.Count ? "Waiting for the co-chairs to sign off." : "Waiting for one more co-chair to sign off.", waiting);
        }
        return vote switch
        {
            null => new(false, "The board has not voted on these minutes yet.", []),
            { ForVersion: var v } when v != version => new(false, "The minutes changed after the vote was set up. The board needs to vote again.", []),
            { NotHeld: true } => new(false, "The vote was not held at that meeting. Add the approval vote to the next meeting.", []),
            { Passed: null } => new(false, "Waiting for the vote at the next meeting.", []),
            { Passed: true } => new(true, "The board voted to approve these minutes.", []),
            _ => new(false, "The vote to approve these minutes did not pass. Change them and ask again.", []),
        };
    }

    public static string? CanPublish(MinutesDraft draft, ApprovalStatus approval) => draft.State switch
    {
        MinutesState.Published => "These minutes are already published.",
        MinutesState.Drafting => "Send the minutes to the Reps to check before you publish them.",
        _ when MissingNotes(draft) is { } missing => missing,
        _ when !approval.IsApproved => $"The minutes are not approved yet. {approval.Explanation}",
        _ => null,
    };

    private static string? MissingNotes(MinutesDraft draft)
    {
        if (draft.Items.Count == 0)
            return "There are no items to write minutes for.";
        var missing = draft.Items.Where(i => string.IsNullOrWhiteSpace(i.EasyReadNote) || string.IsNullOrWhiteSpace(i.StandardNote))
            .Select(i => i.Title).ToList();
        return missing.Count == 0 ? null : $"Write both notes for: {string.Join("; ", missing)}.";
    }
}
