using Board.Core.Composition;

namespace Board.Core.Voting;

/// <summary>Whether a poll can be set up, opened, closed or voted in, with the reason in plain words when not.</summary>
public static class PollRules
{
    public const int MaxQuestionLength = 200;
    public const int MinCustomOptions = 2;
    public const int MaxCustomOptions = 8;
    public const int MaxOptionLabelLength = 60;
    public const int MaxOverrideReasonLength = 500;
    public const int MaxMinimumOpenSeconds = 3600;

    /// <summary>The options a poll has when the board gives none of its own, in this order.</summary>
    public static IReadOnlyList<(string Label, OptionMeaning Meaning, string Symbol)> DefaultOptions { get; } =
    [
        ("For", OptionMeaning.For, "✔"),
        ("Against", OptionMeaning.Against, "✖"),
        // A circle rather than a dash, which reads as "minus" and looks like a mistake on a printed ballot.
        ("Abstain", OptionMeaning.Abstain, "○"),
    ];

    /// <summary>
    /// A poll opens once, from draft, while the meeting is live. A missing quorum does not stop it opening,
    /// because members are often still arriving; see <see cref="WarningOpening"/>, and the result says
    /// "Not decided" if the quorum is still missing.
    /// </summary>
    public static string? ProblemOpening(Poll poll, bool meetingIsLive, bool quorumMet)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.State switch
        {
            PollState.Open => "Voting has already started.",
            PollState.Closed or PollState.Published => "Voting has finished. To vote again, make a new poll.",
            PollState.Draft when !meetingIsLive => "You can only open a poll while the meeting is live.",
            PollState.Draft => null,
        };
    }

    /// <summary>The warning to show the coordinator before opening a poll without a quorum. It does not block.</summary>
    public static string? WarningOpening(bool quorumMet) =>
        quorumMet ? null : "There are not enough members here to decide. If you open the poll now, it will not decide anything.";

    /// <summary>Closing too soon would shut out members who read slowly or vote through a supporter.</summary>
    public static string? ProblemClosing(Poll poll, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return poll.State switch
        {
            PollState.Draft => "Voting has not started yet.",
            PollState.Closed or PollState.Published => "Voting has already finished.",
            PollState.Open => TooSoonToClose(poll, now),
        };
    }

    public static string? ProblemVoting(Poll poll, bool isVotingMember, bool isPresent, bool alreadyVoted)
    {
        ArgumentNullException.ThrowIfNull(poll);
        if (poll.State == PollState.Draft)
            return "Voting has not started yet.";
        if (poll.State is PollState.Closed or PollState.Published)
            return "Voting has finished.";
        if (!isVotingMember)
            return "You do not have a vote on this board. Thank you for taking part.";
        if (!isPresent)
            return "Only members at the meeting can vote. Ask the coordinator to mark you as here.";
        // An open ballot can be changed while the poll is open; a secret one is not linked to the voter, so it cannot.
        if (alreadyVoted && poll.Secrecy == BallotSecrecy.Secret)
            return "You have already voted. Secret votes cannot be changed.";
        return null;
    }

    /// <summary>
    /// Checks a new poll. Blank option boxes are ignored, so an empty form, or one with only blank boxes,
    /// means the default For, Against and Abstain.
    /// </summary>
    /// <param name="overrideRule">The rule for this poll when it is not the constitution's; null to use the constitution's.</param>
    public static IReadOnlyList<RuleError> ValidateDraft(
        string question,
        IReadOnlyList<string> customOptions,
        MajorityRule? overrideRule,
        string? overrideReason,
        MajorityRule constitutionRule,
        int minimumOpenSeconds)
    {
        ArgumentNullException.ThrowIfNull(customOptions);
        var errors = new List<RuleError>();

        if (string.IsNullOrWhiteSpace(question))
            errors.Add(new(nameof(Poll.Question), "Write the question."));
        else if (question.Trim().Length > MaxQuestionLength)
            errors.Add(new(nameof(Poll.Question), $"The question must be {MaxQuestionLength} characters or fewer."));

        ValidateOptions(customOptions, errors);

        if (overrideRule is { } rule && rule != constitutionRule)
        {
            if (string.IsNullOrWhiteSpace(overrideReason))
                errors.Add(new(nameof(Poll.MajorityOverrideReason), "Say why this vote does not use the board's usual rule."));
            else if (overrideReason.Trim().Length > MaxOverrideReasonLength)
                errors.Add(new(nameof(Poll.MajorityOverrideReason), $"The reason must be {MaxOverrideReasonLength} characters or fewer."));
        }

        if (minimumOpenSeconds is < 0 or > MaxMinimumOpenSeconds)
            errors.Add(new(nameof(Poll.MinimumOpenSeconds), $"The shortest time the poll stays open must be from 0 to {MaxMinimumOpenSeconds} seconds (1 hour)."));
        return errors;
    }

    private static void ValidateOptions(IReadOnlyList<string> customOptions, List<RuleError> errors)
    {
        var given = customOptions
            .Select((label, index) => (Label: label?.Trim() ?? "", Index: index))
            .Where(o => o.Label.Length > 0)
            .ToList();
        if (given.Count == 0)
            return;

        if (given.Count < MinCustomOptions)
            errors.Add(new(nameof(Poll.Options), $"Give at least {MinCustomOptions} options, or none to use For, Against and Abstain."));
        else if (given.Count > MaxCustomOptions)
            errors.Add(new(nameof(Poll.Options), $"Give {MaxCustomOptions} options at most."));

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, index) in given)
        {
            var field = $"{nameof(Poll.Options)}[{index}]";
            if (label.Length > MaxOptionLabelLength)
                errors.Add(new(field, $"Option {index + 1} must be {MaxOptionLabelLength} characters or fewer."));
            else if (!seen.TryAdd(label, index))
                errors.Add(new(field, $"Option {index + 1} is the same as option {seen[label] + 1}. Each option must be different."));
        }
    }

    private static string? TooSoonToClose(Poll poll, DateTimeOffset now)
    {
        if (poll.MinimumOpenSeconds <= 0 || poll.OpenedAt is not { } openedAt)
            return null;
        var minimum = TimeSpan.FromSeconds(poll.MinimumOpenSeconds);
        var open = now - openedAt;
        if (open >= minimum)
            return null;
        // A clock behind the opening time must not ask for a wait longer than the minimum itself.
        var waitSeconds = (int)Math.Ceiling(Math.Min((minimum - open).TotalSeconds, poll.MinimumOpenSeconds));
        return $"The poll must stay open for at least {Duration(poll.MinimumOpenSeconds)}. Wait {MoreTime(waitSeconds)}.";
    }

    /// <summary>"1 minute", "90 seconds" would be harder to picture than "1 minute and 30 seconds".</summary>
    private static string Duration(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, var s) => Plural(s, "second"),
        (var m, 0) => Plural(m, "minute"),
        (var m, var s) => $"{Plural(m, "minute")} and {Plural(s, "second")}",
    };

    /// <summary>"20 more seconds", "2 more minutes", "1 minute and 5 more seconds".</summary>
    private static string MoreTime(int seconds) => (seconds / 60, seconds % 60) switch
    {
        (0, var s) => Plural(s, "more second"),
        (var m, 0) => Plural(m, "more minute"),
        (var m, var s) => $"{Plural(m, "minute")} and {Plural(s, "more second")}",
    };

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
