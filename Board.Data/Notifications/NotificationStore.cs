using Board.Data.Database;
using Dapper;

namespace Board.Data.Notifications;

public sealed record Notification
{
    public long Id { get; init; }
    public long PersonId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public string? Link { get; init; }
    public bool IsRead { get; init; }
}

/// <summary>An email waiting to go, with where it goes.</summary>
public sealed record PendingEmail(long Id, string Email, string Subject, string Body, string? Link);

/// <summary>
/// The in-app inbox. Every message has a key that says what it is about (for example "deadline-7:meeting:12"); the same
/// key is stored once per person, so a job that runs twice, or is retried after a crash, sends nothing twice.
/// </summary>
public sealed class NotificationStore(BoardDatabase database)
{
    /// <summary>Adds the message unless this person already has one with this key. Returns whether it was new.</summary>
    public async Task<bool> SendAsync(long personId, string dedupeKey, string subject, string body, string? link, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteAsync(
            """
            INSERT INTO notifications (person_id, dedupe_key, created_at, subject, body, link)
            VALUES (@personId, @dedupeKey, @now, @subject, @body, @link)
            ON CONFLICT (person_id, dedupe_key) DO NOTHING
            """, new { personId, dedupeKey, now, subject, body, link }) == 1;
    }

    public async Task<IReadOnlyList<Notification>> InboxAsync(long personId, int take = 100)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<Notification>(
            """
            SELECT id AS Id, person_id AS PersonId, created_at AS CreatedAt, subject AS Subject, body AS Body, link AS Link,
                   read_at IS NOT NULL AS IsRead
            FROM notifications WHERE person_id = @personId ORDER BY id DESC LIMIT @take
            """, new { personId, take });
        return rows.ToList();
    }

    public async Task<int> UnreadCountAsync(long personId)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM notifications WHERE person_id = @personId AND read_at IS NULL", new { personId });
    }

    public async Task MarkAllReadAsync(long personId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            "UPDATE notifications SET read_at = @now WHERE person_id = @personId AND read_at IS NULL", new { personId, now });
    }

    /// <summary>Messages for people with an email address that have not been emailed yet, oldest first.</summary>
    public async Task<IReadOnlyList<PendingEmail>> UnemailedAsync(int take, DateTimeOffset? createdSince = null)
    {
        await using var connection = await database.OpenAsync();
        var rows = await connection.QueryAsync<(long Id, string Email, string Subject, string Body, string? Link)>(
            """
            SELECT n.id, p.email, n.subject, n.body, n.link
            FROM notifications n JOIN people p ON p.id = n.person_id
            WHERE n.emailed_at IS NULL AND p.email IS NOT NULL AND p.email <> ''
              AND (CAST(@createdSince AS text) IS NULL OR n.created_at >= @createdSince)
            ORDER BY n.id LIMIT @take
            """, new { take, createdSince });
        return rows.Select(r => new PendingEmail(r.Id, r.Email, r.Subject, r.Body, r.Link)).ToList();
    }

    public async Task MarkEmailedAsync(long notificationId, DateTimeOffset now)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("UPDATE notifications SET emailed_at = @now WHERE id = @notificationId", new { notificationId, now });
    }
}
