using Board.Core.Accounts;
using Board.Web.Jobs;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Board.Web.Security;

/// <summary>
/// Emails a set-your-password link straight away, not through the inbox: the link must never be stored where a copy
/// of the database could read it, and it is only useful now.
/// </summary>
public sealed class AccountMail(IOptions<SmtpOptions> options, ILogger<AccountMail> logger)
{
    private readonly SmtpOptions _smtp = options.Value;

    public bool IsOn => _smtp.IsConfigured;

    /// <summary>Returns false (and logs why) when the email could not be sent, so the page can say so plainly.</summary>
    public async Task<bool> SendLinkAsync(string email, string name, LinkPurpose purpose, IssuedLink link, string? boardName, CancellationToken cancellationToken = default)
    {
        if (!_smtp.IsConfigured || !MailboxAddress.TryParse(email, out var to))
            return false;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(_smtp.From!)); // checked at start: SmtpOptions.IsValid
        message.To.Add(to);
        (message.Subject, var opening) = purpose switch
        {
            LinkPurpose.Invitation => ("You are invited to PartnershipBoard",
                $"Hello {name},\n\nYou have been invited to PartnershipBoard{(boardName is null ? "" : $" for {boardName}")}.\nTo start, choose your own password."),
            LinkPurpose.Reset => ("Choose a new password for PartnershipBoard",
                $"Hello {name},\n\nSomeone asked for a new password for your PartnershipBoard account. If it was you, choose a new password.\nIf it was not you, you can ignore this email: your password has not changed."),
        };
        message.Body = new TextPart("plain")
        {
            Text = $"{opening}\n\nOpen this link:\n{link.Url}\n\nThe link works once, for {AccountLinks.PlainLifetime(purpose)}.\n" +
                   "Nobody from the board will ever ask you for your password.",
        };
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(_smtp.Host, _smtp.Port, _smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_smtp.UserName))
                await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or MailKit.ProtocolException or MailKit.CommandException)
        {
            logger.LogWarning("A {Purpose} email could not be sent: {Reason}", purpose, ex.Message);
            return false;
        }
    }
}
