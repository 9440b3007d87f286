namespace Board.Core.Voting;

/// <summary>
/// The key a device sends with a ballot, so a ballot sent twice counts once. Devices make it from random bytes (a
/// UUID or hex), so anything else is refused before it reaches the database: a character the database cannot store
/// (PostgreSQL refuses a NUL) would fail the whole group of ballots written with it.
/// </summary>
public static class BallotKeys
{
    public const int MaxLength = 100;

    /// <summary>1 to 100 printable ASCII characters, not all spaces.</summary>
    public static bool IsWellFormed(string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= MaxLength && key.All(c => c is >= ' ' and <= '~');
}
