namespace Board.Core.Accounts;

/// <summary>Why a set-your-password link was made: someone was invited, or they forgot their password.</summary>
public enum LinkPurpose
{
    Invitation,
    Reset,
}

/// <summary>A link as stored: whose it is, what for, and what has happened to it.</summary>
public sealed record StoredLink(long PersonId, LinkPurpose Purpose, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, DateTimeOffset? RevokedAt);

/// <summary>Whether a link can still be used, and if not, what to tell the person in plain words.</summary>
public sealed record LinkCheck(bool IsUsable, string? Problem);

public static class AccountLinks
{
    /// <summary>An invitation waits a week (people read post slowly); a reset link is for now, so it lasts two hours.</summary>
    public static TimeSpan Lifetime(LinkPurpose purpose) => purpose switch
    {
        LinkPurpose.Invitation => TimeSpan.FromDays(7),
        LinkPurpose.Reset => TimeSpan.FromHours(2),
    };

    public static string PlainLifetime(LinkPurpose purpose) => purpose switch
    {
        LinkPurpose.Invitation => "7 days",
        LinkPurpose.Reset => "2 hours",
    };

    /// <summary>
    /// Unknown, used, stopped and expired links each say so, with what to do next. Saying "used" or "expired" tells
    /// nobody anything about an account: only the holder of a real link can see it.
    /// </summary>
    public static LinkCheck Check(StoredLink? link, DateTimeOffset now) => link switch
    {
        null => new(false, "This link does not work. Check you copied all of it, or ask for a new one."),
        { UsedAt: not null } => new(false, "This link has been used already. Each link works once. Sign in, or ask for a new link."),
        { RevokedAt: not null } => new(false, "This link has been replaced by a newer one. Use the newest link you were sent."),
        _ when now >= link.ExpiresAt => new(false, "This link is too old. It stopped working on " +
            link.ExpiresAt.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + ". Ask for a new link."),
        _ => new(true, null),
    };
}
