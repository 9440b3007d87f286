using System.Diagnostics.CodeAnalysis;
using MailKit.Security;

namespace Board.Web.Jobs;

/// <summary>
/// The "Smtp" configuration section. Email is off unless <see cref="Host"/> is set; the in-app inbox works either way.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls by default, so a password is never sent in the clear; "None" only for a relay on this machine.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Who the email is from, for example "Riverside Partnership Board &lt;board@riverside.example&gt;".</summary>
    public string? From { get; set; }

    /// <summary>Old name of the top-level <c>PublicBaseUrl</c> setting, still read by <see cref="Infrastructure.PublicAddress"/>.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>How many messages one run sends at most; the rest go a minute later.</summary>
    public int BatchSize { get; set; } = 50;

    [MemberNotNullWhen(true, nameof(Host))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>When email is on, the settings it cannot work without; checked at start, so a mistake shows at once.</summary>
    public bool IsValid =>
        !IsConfigured
        || (MimeKit.MailboxAddress.TryParse(From, out _) && BatchSize > 0);
}
