using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Board.Core.Voting;

/// <summary>One line of the append-only audit log, chained to the line before it by <see cref="PreviousHash"/>.</summary>
/// <param name="Kind">What happened, as a short stable code: "ballot", "membership", "publication".</param>
/// <param name="Subject">What it happened to, for example "poll 12".</param>
/// <param name="Hash">SHA-256 of this entry's fields and <see cref="PreviousHash"/>, from <see cref="AuditChain.HashOf"/>.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Kind, string Subject, string Details, string PreviousHash, string Hash);

/// <summary>Whether the audit log is whole, and if not, the first entry that is wrong.</summary>
public sealed record ChainCheck(bool IsIntact, long? FirstBadSequence, string Explanation);

/// <summary>
/// The audit log's hash chain: each entry's hash covers its own fields and the hash of the entry before, so
/// changing, removing or reordering any entry breaks every link after it.
/// </summary>
/// <remarks>
/// A chain cannot show that entries were cut off its end; compare the newest hash with one kept elsewhere
/// (a printed or published copy) for that.
/// </remarks>
public static class AuditChain
{
    /// <summary>The <see cref="AuditEntry.PreviousHash"/> of entry 1.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    // Every stored hash depends on this encoding, so it carries a version: a new encoding gets a new tag.
    private const string FormatTag = "partnershipboard-audit-v1";

    // Throws on a lone surrogate rather than writing U+FFFD, so two different texts never encode the same.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Lower-case hex SHA-256 over the fields as netstrings (<c>length:bytes,</c>, UTF-8), so no two different
    /// entries share an encoding. <paramref name="at"/> is written in UTC in the round-trip ("O") format, so the
    /// store must keep it to the tick.
    /// </summary>
    public static string HashOf(long sequence, DateTimeOffset at, string kind, string subject, string details, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(previousHash);

        string[] fields =
        [
            FormatTag,
            sequence.ToString(CultureInfo.InvariantCulture),
            at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            kind,
            subject,
            details,
            previousHash,
        ];
        using var buffer = new MemoryStream();
        foreach (var field in fields)
        {
            var bytes = StrictUtf8.GetBytes(field);
            buffer.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
            buffer.Write(bytes);
            buffer.WriteByte((byte)',');
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>The entry that follows <paramref name="previous"/> (or starts the log when it is null), with its hash.</summary>
    public static AuditEntry Next(AuditEntry? previous, DateTimeOffset at, string kind, string subject, string details)
    {
        var sequence = previous is null ? 1 : previous.Sequence + 1;
        var previousHash = previous?.Hash ?? GenesisHash;
        return new(sequence, at, kind, subject, details, previousHash, HashOf(sequence, at, kind, subject, details, previousHash));
    }

    /// <summary>
    /// Checks the whole log from entry 1: sequences 1, 2, 3… with no gaps, each entry pointing at the hash of
    /// the one before, and each hash matching its entry. Reports the first sequence where that fails.
    /// </summary>
    public static ChainCheck Verify(IReadOnlyList<AuditEntry> entriesInOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInOrder);

        var previousHash = GenesisHash;
        for (var i = 0; i < entriesInOrder.Count; i++)
        {
            var expected = i + 1L;
            var entry = entriesInOrder[i];
            if (entry is null
                || entry.Sequence != expected
                || !string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal)
                || !HashMatches(entry))
            {
                return new(false, expected, $"Entry {expected} was changed or removed after it was written.");
            }
            previousHash = entry.Hash;
        }
        return new(true, null, "The record is complete and unchanged.");
    }

    private static bool HashMatches(AuditEntry entry)
    {
        // Rows come from a database, where a "non-null" string can still be null.
        if (entry.Kind is null || entry.Subject is null || entry.Details is null || entry.PreviousHash is null || entry.Hash is null)
            return false;
        try
        {
            return string.Equals(entry.Hash, HashOf(entry.Sequence, entry.At, entry.Kind, entry.Subject, entry.Details, entry.PreviousHash), StringComparison.Ordinal);
        }
        catch (EncoderFallbackException)
        {
            return false;   // text HashOf could never have hashed, so it was not written through the chain
        }
    }
}
