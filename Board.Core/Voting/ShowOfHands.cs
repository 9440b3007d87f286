namespace Board.Core.Voting;

/// <summary>Whether a show of hands, or a new ballot beside one, keeps every member counted once.</summary>
/// <param name="NotYetVoted">Voting members at the meeting with no ballot of their own (device, supporter or named in the room).</param>
public sealed record HandsCheck(bool IsAllowed, int Hands, int NotYetVoted, string? Problem);

/// <summary>What the poll counts at close: the ballots, plus the hands when they fit, and why not when they do not.</summary>
public sealed record CountedVotes(IReadOnlyList<OptionCount> Counts, bool HandsCounted, string? Note);

/// <summary>
/// What a show of hands means once members also vote on devices. Hands cannot say whose they are, so the rule a
/// board expects is the one chairs use: "hands up if you have not voted yet". Hands count only for voting members
/// at the meeting who have no ballot of their own, and never more of them than there are such members. Once hands
/// are recorded no further ballot is taken from a device, a supporter or named in the room (see <see cref="NewBallot"/>).
/// The same check runs when the poll closes, so no order of events counts more people than could vote.
/// </summary>
public static class ShowOfHands
{
    public const string HowHandsCount =
        "Count the hands last: only members here who have not voted on a device, through a supporter or by name. Once hands are recorded, nobody else can vote one by one unless you set the hands to 0. Each member counts once.";

    /// <summary>Recording (or recounting) the hands: they replace any hands recorded before.</summary>
    public static HandsCheck Recording(int hands, int notYetVoted) =>
        hands < 0 ? new(false, hands, notYetVoted, "Enter a whole number of hands, 0 or more, for each answer.")
        : hands <= notYetVoted ? new(true, hands, notYetVoted, null)
        : new(false, hands, notYetVoted, $"That is more hands than members still to vote ({notYetVoted}). Count again.");

    /// <summary>
    /// A ballot from a member with no ballot yet. Once hands are recorded no ballot is added one by one: a hand cannot
    /// say whose it is, so a member who raised a hand and then voted on a device would count twice, and a place
    /// "left beside the hands" could be taken by exactly that member. The chair counts the hands last; to take a
    /// ballot after that, the coordinator sets the hands to 0 (or counts them again, including that member).
    /// </summary>
    public static HandsCheck NewBallot(int hands, int notYetVoted) =>
        hands == 0 && notYetVoted > 0
            ? new(true, hands, notYetVoted, null)
            : new(false, hands, notYetVoted, hands > 0
                ? "The votes are being counted by a show of hands in the room now. Put your hand up, or tell the coordinator."
                : "Everyone here who can vote has been counted. If you put your hand up in the room, your vote is already in. If not, tell the coordinator.");

    /// <summary>
    /// At close: the hands count only if they still fit (a member may have left since they were counted). If they do
    /// not, only the ballots count, because ballots say whose they are and hands do not; the result says so.
    /// </summary>
    public static CountedVotes AtClose(IReadOnlyList<OptionCount> ballots, IReadOnlyList<OptionCount> hands, int notYetVoted)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(hands);
        var handsTotal = hands.Sum(h => h.Votes);
        if (handsTotal == 0)
            return new(ballots, true, null);
        if (handsTotal > notYetVoted)
            return new(ballots, false,
                $"The show of hands was not counted: {handsTotal} hands, but only {notYetVoted} members here had not voted another way.");
        var byOption = hands.GroupBy(h => h.Option.Id).ToDictionary(g => g.Key, g => g.Sum(h => h.Votes));
        var ids = ballots.Select(b => b.Option.Id).ToHashSet();
        var combined = ballots.Select(b => new OptionCount(b.Option, b.Votes + byOption.GetValueOrDefault(b.Option.Id)))
            .Concat(hands.Where(h => !ids.Contains(h.Option.Id)))
            .ToList();
        return new(combined, true, null);
    }
}
