using Board.Data.Notifications;
using Board.Web.Infrastructure;
using Hangfire;
using MailKit.Net.Smtp;
using MimeKit;
using Microsoft.Extensions.Options;

namespace Board.Web.Jobs;

/// <summary>
/// Every minute: emails the inbox messages not yet emailed, to people who have an email address. Does nothing when
/// Smtp:Host is not set (the start-up log says so once); the inbox itself does not depend on email.
/// </summary>
/// <remarks>
/// At least once, never lost: each message is marked emailed right after the server accepts it. A crash between the
/// two repeats that one email on the next run; marking first would instead lose it. A repeated reminder is the
/// smaller harm. Runs never overlap (the lock below), so two workers cannot both send the same batch.
/// </remarks>
public sealed class EmailJob(NotificationStore notifications, IOptions<SmtpOptions> options, PublicAddress address, BoardClock clock, EmailStatus status, ILogger<EmailJob> logger)
{
    private readonly SmtpOptions _smtp = options.Value;

    /// <summary>Sends what is waiting. Returns how many emails were sent.</summary>
    // No Hangfire retries: the next minute's run picks up whatever is left. If a run is still going after 10 seconds,
    // the new one gives up (and shows as failed) rather than queue behind it.
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(2);

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 10)]
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!_smtp.IsConfigured)
            return 0;
        // Messages older than two days are not emailed late (for example when email is first turned on): a
        // reminder for a deadline that has passed helps nobody. They stay in the inbox.
        var pending = await notifications.UnemailedAsync(_smtp.BatchSize, clock.UtcNow - MaxAge);
        if (pending.Count == 0)
            return 0;

        try
        {
            return await SendAsync(pending, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Kept for the administrator's site health panel; the job still fails (and shows as failed in Hangfire).
            status.Failed(clock.UtcNow, ex.Message);
            throw;
        }
    }

    private async Task<int> SendAsync(IReadOnlyList<PendingEmail> pending, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(_smtp.Host!, _smtp.Port, _smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.UserName))
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);

        var sent = 0;
        foreach (var email in pending)
        {
            if (!MailboxAddress.TryParse(email.Email, out var to))
            {
                // It can never be sent; marking it keeps it from blocking the queue. It is still in the person's inbox.
                logger.LogWarning("Notification {NotificationId} not emailed: the address is not valid", email.Id);
                await notifications.MarkEmailedAsync(email.Id, clock.UtcNow);
                continue;
            }
            try
            {
                await client.SendAsync(Message(email, to), cancellationToken);
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode is >= 400 and < 500)
            {
                // A temporary refusal (greylisting, a full mailbox): leave it for the next run.
                logger.LogInformation("Notification {NotificationId} not emailed yet: the server said try later ({Status})", email.Id, ex.StatusCode);
                continue;
            }
            catch (SmtpCommandException ex) when (ex.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
            {
                // A permanent refusal of this message: mark it, so it cannot block every message behind it.
                logger.LogWarning("Notification {NotificationId} not emailed: the server refused it ({Status})", email.Id, ex.StatusCode);
                status.Failed(clock.UtcNow, $"The email server refused a message: {ex.Message}");
                await notifications.MarkEmailedAsync(email.Id, clock.UtcNow);
                continue;
            }
            // Marked straight after the server accepts it: see the remarks on the class.
            await notifications.MarkEmailedAsync(email.Id, clock.UtcNow);
            status.Sent(clock.UtcNow);
            sent++;
        }
        await client.DisconnectAsync(quit: true, cancellationToken);
        return sent;
    }

    private MimeMessage Message(PendingEmail email, MailboxAddress to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_smtp.From!)); // checked at start: SmtpOptions.IsValid
        message.To.Add(to);
        message.Subject = email.Subject;
        var text = email.Body;
        if (email.Link is { Length: > 0 } link)
            text += $"\n\nOpen it here:\n{AbsoluteLink(link)}";
        text += "\n\nYou can read all your messages when you sign in to PartnershipBoard.";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    /// <summary>Links in the inbox are paths on this site; in an email they need the site's address in front.</summary>
    private string AbsoluteLink(string link) =>
        link.StartsWith('/') ? address.Link(link) : link;
}
